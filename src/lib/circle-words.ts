/**
 * The words the planner's scripts need, taken from the UI dictionary and put on the page as
 * JSON (data-words), so the scripts carry no words of their own and the Spanish edition needs
 * no other change.
 */
import type { Dictionary } from '../i18n';
import { PERSON_GROUPS, type PersonGroup } from './circle';

/** Words for the planner script on /my-circle/. */
export function plannerWords(t: Dictionary, intl: string) {
	const { privacy, people, meetings, take } = t.circle;
	return {
		intl,
		privacy: {
			kept: privacy.kept,
			notKept: privacy.notKept,
			deleted: privacy.deleted,
			restored: privacy.restored,
			off: privacy.storageOff,
		},
		people: {
			newPerson: people.newPerson,
			unnamed: people.unnamed,
			phoneInvalid: people.phoneInvalid,
			phoneValid: people.phoneValid,
			callName: people.callName,
			textName: people.textName,
			removed: people.removed,
			count: people.count,
			groups: Object.fromEntries(PERSON_GROUPS.map((g) => [g, people.groups[g].title])) as Record<
				PersonGroup,
				string
			>,
		},
		meetings: {
			newMeeting: meetings.newMeeting,
			unnamed: meetings.unnamed,
			removed: meetings.removed,
			count: meetings.count,
		},
		take: {
			cardCount: take.cardCount,
			cardFull: take.cardFull,
			imported: take.imported,
			fileNames: take.fileNames,
			errors: take.importErrors,
		},
	};
}
export type PlannerWords = ReturnType<typeof plannerWords>;

/** Words for the printable card and plan, which fill in the reader's circle. */
export function printWords(t: Dictionary, intl: string) {
	const { people, meetings } = t.circle;
	return {
		intl,
		groups: Object.fromEntries(PERSON_GROUPS.map((g) => [g, people.groups[g].title])) as Record<
			PersonGroup,
			string
		>,
		reach: people.reachWays,
		days: meetings.days,
		unnamed: people.unnamed,
		unnamedMeeting: meetings.unnamed,
	};
}
export type PrintWords = ReturnType<typeof printWords>;
