/**
 * The reader's support circle: their people, their meetings and their plan for hard moments.
 * Pure data and helpers, shared by the planner script, the printable plan and card, and the
 * tests. Nothing here touches storage, the page or the network.
 */

/** The file and storage format. A new shape of the data gets a new version number. */
export const CIRCLE_FORMAT = 'together-in-recovery/circle';
export const CIRCLE_VERSION = 1;

/** The one localStorage key the planner writes, and only after the reader chooses to keep it. */
export const CIRCLE_STORAGE_KEY = 'tir-circle';

/** The kinds of support the articles describe, in the order the planner shows them. */
export const PERSON_GROUPS = [
	'sponsor',
	'treatment',
	'family',
	'recoveryFriends',
	'group',
	'newFriends',
	'other',
] as const;
export type PersonGroup = (typeof PERSON_GROUPS)[number];

/** How the reader reaches someone. */
export const REACH_WAYS = ['call', 'text', 'both'] as const;
export type Reach = (typeof REACH_WAYS)[number];

/** Meeting days; an empty string means not set. */
export const MEETING_DAYS = ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'varies'] as const;
export type MeetingDay = (typeof MEETING_DAYS)[number];

/** The plan's steps the reader writes in their own words. */
export const PLAN_TEXTS = ['warningSigns', 'onMyOwn', 'distractions', 'saferSpace'] as const;
export type PlanText = (typeof PLAN_TEXTS)[number];

/** How many people and lines fit on the wallet card. */
export const CARD_MAX = 5;

/** A number a person in the circle can be called on: E.164, as tel: links take it (src/lib/links.ts). */
export const E164 = /^\+[1-9]\d{7,14}$/;

/** The largest file the planner reads back. A real circle is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Longest values the planner accepts, so a stored or imported circle stays small. */
export const LIMITS = { people: 100, meetings: 50, name: 120, phone: 40, text: 2000, id: 64 } as const;

export interface Person {
	id: string;
	group: PersonGroup;
	name: string;
	/** The number as the reader typed it. */
	phone: string;
	/** What phones dial (E.164), or '' when there is no valid number. */
	tel: string;
	/** The number in a dialable, readable form, or ''. */
	display: string;
	reach: Reach;
	/** When I reach out to them. */
	when: string;
	/** What they help with. */
	helpsWith: string;
	/** On the wallet card. */
	onCard: boolean;
}

export interface Meeting {
	id: string;
	name: string;
	day: MeetingDay;
	/** 24-hour "HH:MM", or ''. */
	time: string;
	placeOrLink: string;
}

export interface Plan extends Record<PlanText, string> {
	/** Ids of people (from My people) I can ask for help. */
	askForHelp: string[];
	/** Ids of the configured lines kept in the plan (the reader may remove any). */
	lines: string[];
}

export interface Circle {
	people: Person[];
	meetings: Meeting[];
	plan: Plan;
	/** Ids of the configured lines on the wallet card. */
	cardLines: string[];
}

/** The saved or exported form: the circle in a labelled, versioned envelope. */
export interface CircleFile {
	format: typeof CIRCLE_FORMAT;
	version: typeof CIRCLE_VERSION;
	circle: Circle;
}

/** A short random id for a person or meeting (works where crypto.randomUUID does not: plain http). */
export function newId(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join(
		''
	);
}

/** A new, empty circle, with every configured line in the plan. */
export function emptyCircle(lineIds: readonly string[]): Circle {
	return {
		people: [],
		meetings: [],
		plan: {
			warningSigns: '',
			onMyOwn: '',
			distractions: '',
			saferSpace: '',
			askForHelp: [],
			lines: [...lineIds],
		},
		cardLines: [],
	};
}

/** Whether the reader has written or added anything. */
export function isEmptyCircle(circle: Circle): boolean {
	return (
		circle.people.length === 0 &&
		circle.meetings.length === 0 &&
		PLAN_TEXTS.every((key) => circle.plan[key].trim() === '')
	);
}

/** A new person in a group, with nothing filled in. */
export function newPerson(id: string, group: PersonGroup): Person {
	return {
		id,
		group,
		name: '',
		phone: '',
		tel: '',
		display: '',
		reach: 'call',
		when: '',
		helpsWith: '',
		onCard: false,
	};
}

/** A new meeting with nothing filled in. */
export function newMeeting(id: string): Meeting {
	return { id, name: '', day: '', time: '', placeOrLink: '' };
}

/** How many people and lines are on the card. */
export function cardCount(circle: Circle): number {
	return circle.people.filter((p) => p.onCard).length + circle.cardLines.length;
}

/** The circle in its versioned envelope, as JSON. */
export function serialiseCircle(circle: Circle): string {
	const file: CircleFile = { format: CIRCLE_FORMAT, version: CIRCLE_VERSION, circle };
	return JSON.stringify(file, null, 1);
}

/** Drop references to people who are no longer in the circle. */
export function withoutDanglingIds(circle: Circle): Circle {
	const ids = new Set(circle.people.map((p) => p.id));
	return {
		...circle,
		plan: { ...circle.plan, askForHelp: circle.plan.askForHelp.filter((id) => ids.has(id)) },
	};
}

const str = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
	allowed.includes(value as T) ? (value as T) : fallback;
const list = (value: unknown, max: number): unknown[] => (Array.isArray(value) ? value.slice(0, max) : []);
const ids = (value: unknown) =>
	list(value, LIMITS.people)
		.map((v) => str(v, LIMITS.id))
		.filter(Boolean);
const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * The circle this browser kept, read back from storage. The planner wrote it, so this only
 * guards against damage: a value of the wrong kind becomes empty instead of breaking the page.
 * Files from elsewhere go through the strict schema in circle-file.ts instead.
 * @returns undefined when there is nothing kept, or it is not a circle of this version.
 */
export function circleFromStorage(text: string | null): Circle | undefined {
	if (!text) return undefined;
	let raw: Record<string, unknown>;
	try {
		raw = record(JSON.parse(text));
	} catch {
		return undefined;
	}
	if (raw.format !== CIRCLE_FORMAT || raw.version !== CIRCLE_VERSION) return undefined;
	const c = record(raw.circle);
	const plan = record(c.plan);
	return withoutDanglingIds({
		people: list(c.people, LIMITS.people).map((value) => {
			const p = record(value);
			return {
				id: str(p.id, LIMITS.id) || newId(),
				group: oneOf(p.group, PERSON_GROUPS, 'other'),
				name: str(p.name, LIMITS.name),
				phone: str(p.phone, LIMITS.phone),
				tel: E164.test(str(p.tel, LIMITS.phone)) ? str(p.tel, LIMITS.phone) : '',
				display: str(p.display, LIMITS.phone),
				reach: oneOf(p.reach, REACH_WAYS, 'call'),
				when: str(p.when, LIMITS.text),
				helpsWith: str(p.helpsWith, LIMITS.text),
				onCard: p.onCard === true,
			};
		}),
		meetings: list(c.meetings, LIMITS.meetings).map((value) => {
			const m = record(value);
			return {
				id: str(m.id, LIMITS.id) || newId(),
				name: str(m.name, LIMITS.name),
				day: oneOf(m.day, MEETING_DAYS, ''),
				time: str(m.time, 5),
				placeOrLink: str(m.placeOrLink, LIMITS.text),
			};
		}),
		plan: {
			warningSigns: str(plan.warningSigns, LIMITS.text),
			onMyOwn: str(plan.onMyOwn, LIMITS.text),
			distractions: str(plan.distractions, LIMITS.text),
			saferSpace: str(plan.saferSpace, LIMITS.text),
			askForHelp: ids(plan.askForHelp),
			lines: ids(plan.lines),
		},
		cardLines: ids(c.cardLines),
	});
}
