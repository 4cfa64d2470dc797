import { describe, expect, it } from 'vitest';
import {
	cardCount,
	CIRCLE_FORMAT,
	circleFromStorage,
	emptyCircle,
	isEmptyCircle,
	newMeeting,
	newPerson,
	serialiseCircle,
	type Circle,
} from '../../src/lib/circle';

const LINES = ['lifeline988', 'samhsa', 'helpline'];

function sample(): Circle {
	const circle = emptyCircle(LINES);
	const jo = {
		...newPerson('jo1', 'sponsor'),
		name: 'Jo',
		tel: '+12025550123',
		display: '(202) 555-0123',
		onCard: true,
	};
	circle.people.push(jo, { ...newPerson('mum', 'family'), name: 'Mum' });
	circle.meetings.push({ ...newMeeting('m1'), name: 'Tuesday group', day: 'tue', time: '19:30' });
	circle.plan.onMyOwn = 'Walk the dog';
	circle.plan.askForHelp = ['jo1'];
	circle.cardLines = ['lifeline988'];
	return circle;
}

describe('a circle', () => {
	it('starts empty, with every configured line in the plan', () => {
		const circle = emptyCircle(LINES);
		expect(isEmptyCircle(circle)).toBe(true);
		expect(circle.plan.lines).toEqual(LINES);
		expect(isEmptyCircle(sample())).toBe(false);
	});
	it('counts the people and lines on the wallet card', () => {
		expect(cardCount(sample())).toBe(2);
	});
	it('is saved in a labelled, versioned envelope and read back unchanged', () => {
		const text = serialiseCircle(sample());
		expect(JSON.parse(text)).toMatchObject({ format: CIRCLE_FORMAT, version: 1 });
		expect(circleFromStorage(text)).toEqual(sample());
	});
});

describe('circleFromStorage', () => {
	it('reads nothing from an empty, broken or other-version value', () => {
		expect(circleFromStorage(null)).toBeUndefined();
		expect(circleFromStorage('{')).toBeUndefined();
		expect(circleFromStorage('"text"')).toBeUndefined();
		expect(
			circleFromStorage(JSON.stringify({ format: CIRCLE_FORMAT, version: 2, circle: {} }))
		).toBeUndefined();
	});
	it('turns damaged values into empty ones instead of failing', () => {
		const damaged = JSON.stringify({
			format: CIRCLE_FORMAT,
			version: 1,
			circle: {
				people: [{ id: 'a', group: 'nope', name: 42, onCard: 'yes', reach: 'fax' }],
				meetings: 'none',
				plan: { onMyOwn: ['x'], askForHelp: ['a', 'gone'] },
			},
		});
		const circle = circleFromStorage(damaged)!;
		expect(circle.people[0]).toMatchObject({
			id: 'a',
			group: 'other',
			name: '',
			onCard: false,
			reach: 'call',
		});
		expect(circle.meetings).toEqual([]);
		expect(circle.plan.onMyOwn).toBe('');
		expect(circle.plan.askForHelp).toEqual(['a']);
		expect(circle.cardLines).toEqual([]);
	});
});
