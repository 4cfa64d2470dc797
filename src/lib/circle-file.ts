/**
 * Reading back a circle from a file the reader chose: normally a copy this planner saved, but it
 * could be anything. Checked strictly with Zod; a file that is too large, is not JSON, is not a
 * circle, is another version or has a value of the wrong kind is refused with a reason the page
 * puts in words, and the caller leaves the circle on the page as it was.
 *
 * The planner loads this module only when the reader imports a file, so Zod never weighs on
 * the page's first load.
 */
import { z } from 'astro/zod';
export { MAX_FILE_BYTES } from './circle';
import {
	CARD_MAX,
	CIRCLE_FORMAT,
	CIRCLE_VERSION,
	E164,
	LIMITS,
	MAX_FILE_BYTES,
	MEETING_DAYS,
	PERSON_GROUPS,
	REACH_WAYS,
	withoutDanglingIds,
	type Circle,
} from './circle';

const text = (max: number) => z.string().max(max);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const ids = (max: number) => z.array(id).max(max);

const personSchema = z.strictObject({
	id,
	group: z.enum(PERSON_GROUPS),
	name: text(LIMITS.name),
	phone: text(LIMITS.phone),
	tel: z.union([z.literal(''), z.string().regex(E164)]),
	display: text(LIMITS.phone),
	reach: z.enum(REACH_WAYS),
	when: text(LIMITS.text),
	helpsWith: text(LIMITS.text),
	onCard: z.boolean(),
});

const meetingSchema = z.strictObject({
	id,
	name: text(LIMITS.name),
	day: z.enum(MEETING_DAYS),
	time: z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]),
	placeOrLink: text(LIMITS.text),
});

export const circleSchema = z.strictObject({
	people: z.array(personSchema).max(LIMITS.people),
	meetings: z.array(meetingSchema).max(LIMITS.meetings),
	plan: z.strictObject({
		warningSigns: text(LIMITS.text),
		onMyOwn: text(LIMITS.text),
		distractions: text(LIMITS.text),
		saferSpace: text(LIMITS.text),
		askForHelp: ids(LIMITS.people),
		lines: ids(20),
	}),
	cardLines: ids(CARD_MAX),
});

/** The schema and the Circle type describe the same thing (a mismatch fails `astro check`). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type SchemaMatchesCircle = Same<z.infer<typeof circleSchema>, Circle> extends true ? true : never;
export const schemaMatchesCircle: SchemaMatchesCircle = true;

export type ImportProblem =
	| { reason: 'tooLarge'; limit: number }
	| { reason: 'notJson' }
	| { reason: 'notCircle' }
	| { reason: 'version'; found: string }
	| { reason: 'field'; field: string };

export type ImportResult = { ok: true; circle: Circle } | { ok: false; problem: ImportProblem };

/** Where a problem is, for readers: "people › 2 › phone" (counting from 1). */
function fieldName(path: readonly PropertyKey[], keys: readonly string[] = []): string {
	const parts = path
		.slice(path[0] === 'circle' ? 1 : 0)
		.map((part) => (typeof part === 'number' ? String(part + 1) : String(part)));
	return [...parts, ...keys].join(' › ') || 'circle';
}

/**
 * Check a file's text. `bytes` is its size on disk when known; the planner checks the size
 * before it reads a file at all, and this checks it again.
 */
export function readCircleFile(
	content: string,
	bytes = new TextEncoder().encode(content).length
): ImportResult {
	if (bytes > MAX_FILE_BYTES) return { ok: false, problem: { reason: 'tooLarge', limit: MAX_FILE_BYTES } };
	let raw: unknown;
	try {
		raw = JSON.parse(content);
	} catch {
		return { ok: false, problem: { reason: 'notJson' } };
	}
	if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== CIRCLE_FORMAT) {
		return { ok: false, problem: { reason: 'notCircle' } };
	}
	const version = (raw as { version?: unknown }).version;
	if (version !== CIRCLE_VERSION) {
		return { ok: false, problem: { reason: 'version', found: String(version) } };
	}
	const parsed = z
		.strictObject({
			format: z.literal(CIRCLE_FORMAT),
			version: z.literal(CIRCLE_VERSION),
			circle: circleSchema,
		})
		.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
		return { ok: false, problem: { reason: 'field', field: fieldName(issue.path, keys) } };
	}
	return { ok: true, circle: withoutDanglingIds(parsed.data.circle) };
}
