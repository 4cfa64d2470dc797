import { describe, expect, it } from 'vitest';
import { CIRCLE_FORMAT, emptyCircle, newPerson, serialiseCircle } from '../../src/lib/circle';
import { MAX_FILE_BYTES, readCircleFile } from '../../src/lib/circle-file';

function exported() {
	const circle = emptyCircle(['lifeline988']);
	circle.people.push({
		...newPerson('jo1', 'sponsor'),
		name: 'Jo',
		tel: '+12025550123',
		display: '(202) 555-0123',
	});
	circle.meetings.push({ id: 'm1', name: 'Home group', day: 'tue', time: '19:30', placeOrLink: 'Library' });
	return circle;
}
/** An exported file as plain JSON, to damage one value of. */
type Raw = Record<string, unknown> & {
	circle: {
		people: Record<string, unknown>[];
		meetings: Record<string, unknown>[];
		plan: Record<string, unknown>;
		cardLines: unknown;
	};
};
const file = (change: (data: Raw) => void) => {
	const data = JSON.parse(serialiseCircle(exported())) as Raw;
	change(data);
	return JSON.stringify(data);
};

describe('readCircleFile', () => {
	it('reads back a file the planner saved', () => {
		expect(readCircleFile(serialiseCircle(exported()))).toEqual({ ok: true, circle: exported() });
	});
	it('refuses a file over the size limit before reading it', () => {
		const big = ' '.repeat(10 * 1024 * 1024);
		expect(readCircleFile(big)).toEqual({
			ok: false,
			problem: { reason: 'tooLarge', limit: MAX_FILE_BYTES },
		});
		expect(readCircleFile('{}', MAX_FILE_BYTES + 1)).toMatchObject({
			ok: false,
			problem: { reason: 'tooLarge' },
		});
	});
	it('refuses broken JSON', () => {
		expect(readCircleFile('{"format": ')).toEqual({ ok: false, problem: { reason: 'notJson' } });
	});
	it('refuses JSON that is not a circle', () => {
		expect(readCircleFile('[1,2]')).toEqual({ ok: false, problem: { reason: 'notCircle' } });
		expect(readCircleFile(JSON.stringify({ people: [] }))).toEqual({
			ok: false,
			problem: { reason: 'notCircle' },
		});
	});
	it('refuses another version, saying which', () => {
		expect(readCircleFile(file((d) => (d.version = 2)))).toEqual({
			ok: false,
			problem: { reason: 'version', found: '2' },
		});
	});
	it('refuses a value of the wrong kind and says where it is, counting from 1', () => {
		expect(readCircleFile(file((d) => (d.circle.people[0]!.name = 7)))).toEqual({
			ok: false,
			problem: { reason: 'field', field: 'people › 1 › name' },
		});
		expect(readCircleFile(file((d) => (d.circle.people[0]!.tel = 'tel:999')))).toMatchObject({
			problem: { field: 'people › 1 › tel' },
		});
		expect(readCircleFile(file((d) => (d.circle.meetings[0]!.time = '25:00')))).toMatchObject({
			problem: { field: 'meetings › 1 › time' },
		});
		expect(readCircleFile(file((d) => (d.circle.plan.extra = 'x')))).toMatchObject({
			problem: { field: 'plan › extra' },
		});
		expect(readCircleFile(file((d) => (d.circle.cardLines = ['a', 'b', 'c', 'd', 'e', 'f'])))).toMatchObject({
			problem: { field: 'cardLines' },
		});
	});
	it('drops references to people who are not in the file', () => {
		const result = readCircleFile(file((d) => (d.circle.plan.askForHelp = ['jo1', 'nobody'])));
		expect(result.ok && result.circle.plan.askForHelp).toEqual(['jo1']);
	});
	it('only reads its own format', () => {
		expect(readCircleFile(JSON.stringify({ format: `${CIRCLE_FORMAT}x`, version: 1 }))).toMatchObject({
			problem: { reason: 'notCircle' },
		});
	});
});
