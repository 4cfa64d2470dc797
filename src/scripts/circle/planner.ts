/**
 * The support-circle planner on /my-circle/. Everything happens in this page: what the reader
 * types is kept in memory, written to this browser's storage only while they choose "Keep this
 * on this device", and leaves the page only as files they download or as the printable card and
 * plan they open. Nothing is sent over the network.
 */
import { fill, plural } from '../../i18n/format';
import {
	CARD_MAX,
	cardCount,
	emptyCircle,
	isEmptyCircle,
	MAX_FILE_BYTES,
	newId,
	newMeeting,
	newPerson,
	PLAN_TEXTS,
	serialiseCircle,
	withoutDanglingIds,
	type Circle,
	type Meeting,
	type Person,
	type PersonGroup,
	type PlanText,
} from '../../lib/circle';
import type { PlannerWords } from '../../lib/circle-words';
import { vcard, vcardFileName, vcards, type VCardContact } from '../../lib/vcard';
import { registerServiceWorker } from '../offline';
import { download } from './dom';
import { load } from './lazy';
import { meetingRow, showMeetingName } from './meetings';
import { personRow, showName, showPhone } from './people';
import { showAskList, showPlan, toggle } from './plan';
import { answerWithCircle } from './share';
import { handOver, readKept, removeKept, takeHandedOver, writeKept } from './storage';

const root = document.querySelector<HTMLElement>('[data-circle]');
if (root) setUp(root);
registerServiceWorker();

function setUp(root: HTMLElement) {
	const words = JSON.parse(root.dataset.words ?? '{}') as PlannerWords;
	const lineIds = (root.dataset.lines ?? '').split(' ').filter(Boolean);
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const personTemplate = $<HTMLTemplateElement>('[data-person-template]');
	const meetingTemplate = $<HTMLTemplateElement>('[data-meeting-template]');
	const keepBox = $<HTMLInputElement>('[data-keep]');
	const say = (selector: string, message: string) => ($(selector).textContent = message);

	// The kept circle is always the newest one; a circle that is not kept comes over from the
	// same planner in the other language (the language switch below), read once.
	const handedOver = takeHandedOver();
	const kept = readKept();
	let circle: Circle = kept ?? handedOver ?? emptyCircle(lineIds);
	keepBox.checked = Boolean(kept);

	// What "Delete everything" took away, held in this page only until the reader undoes it, makes
	// another change, or leaves (WCAG 3.3.4: deleting what the reader kept can be reversed).
	const undoButton = $<HTMLButtonElement>('[data-action="undo-delete"]');
	let deleted: { circle: Circle; kept: boolean } | undefined;
	const forgetDeleted = () => {
		deleted = undefined;
		undoButton.hidden = true;
	};

	/** After every change: keep it if the reader chose to, and refresh what depends on it. */
	const changed = (peopleChanged = false) => {
		if (deleted) forgetDeleted();
		if (keepBox.checked) writeKept(circle);
		if (peopleChanged) showAskList(root, circle, words.people.unnamed);
	};

	// The page comes with the empty circle's count (data-count); the text changes only with the
	// number, which spares a reader with nothing kept the cost of loading Intl's plural rules.
	const countLine = $('[data-card-count]');
	const showCardCount = () => {
		const count = String(cardCount(circle));
		if (count === countLine.dataset.count) return;
		countLine.dataset.count = count;
		countLine.textContent = plural(words.intl, words.take.cardCount, Number(count), {
			max: String(CARD_MAX),
		});
	};

	const showAll = () => {
		for (const list of root.querySelectorAll<HTMLElement>('[data-people]')) {
			const group = list.dataset.people as PersonGroup;
			list.replaceChildren(
				...circle.people
					.filter((p) => p.group === group)
					.map((p) => personRow(personTemplate, p, words.people))
			);
		}
		$('[data-meetings]').replaceChildren(
			...circle.meetings.map((m) => meetingRow(meetingTemplate, m, words.meetings))
		);
		showPlan(root, circle, words.people.unnamed);
		showCardCount();
	};

	const personOf = (el: Element) => {
		const row = el.closest<HTMLElement>('[data-person]');
		const person = row && circle.people.find((p) => p.id === row.dataset.id);
		return row && person ? { row, person } : undefined;
	};
	const meetingOf = (el: Element) => {
		const row = el.closest<HTMLElement>('[data-meeting]');
		const meeting = row && circle.meetings.find((m) => m.id === row.dataset.id);
		return row && meeting ? { row, meeting } : undefined;
	};

	// Phone numbers are checked with libphonenumber-js, loaded the first time a phone field is used.
	const loadPhone = () => load('checkPhone', root.dataset.phoneModule!);
	// A message appearing under the number moves what is below it. When the reader left the field
	// by pressing on something else, wait until they let go, so the press lands where they aimed.
	let pressing: Promise<void> | undefined;
	addEventListener(
		'pointerdown',
		() => {
			pressing = new Promise((resolve) => {
				const done = () => setTimeout(resolve);
				addEventListener('pointerup', done, { once: true, capture: true });
				addEventListener('pointercancel', done, { once: true, capture: true });
			});
		},
		{ capture: true }
	);
	const checkNumber = async (row: HTMLElement, person: Person, input: HTMLInputElement) => {
		const check = (await loadPhone())(input.value);
		await pressing;
		person.phone = input.value.trim();
		person.tel = check.status === 'valid' ? check.tel : '';
		person.display = check.status === 'valid' ? check.display : '';
		if (check.status === 'valid' && document.activeElement !== input) input.value = person.display;
		showPhone(row, person, words.people, check);
		changed();
	};

	root.addEventListener('focusin', (event) => {
		const target = event.target as HTMLElement;
		if (target.matches('[data-field="phone"]')) loadPhone().catch(() => undefined);
		// Chromium scrolls a focused text box only far enough to show its caret, which can leave
		// the rest of a tall box under the phone call bar; show all of it (scroll-padding keeps
		// it clear of the bar).
		if (target.localName === 'textarea') target.scrollIntoView({ block: 'nearest' });
	});

	root.addEventListener('input', (event) => {
		const target = event.target as HTMLInputElement;
		const field = target.dataset.field;
		const person = personOf(target);
		if (person && field) {
			if (field === 'name' || field === 'when' || field === 'helpsWith') {
				person.person[field] = target.value;
				if (field === 'name') showName(person.row, person.person, words.people);
				return changed(field === 'name');
			}
			// A corrected number clears its message as soon as it is right.
			if (field === 'phone' && target.getAttribute('aria-invalid') === 'true') {
				void checkNumber(person.row, person.person, target);
			}
			return;
		}
		const meeting = meetingOf(target);
		if (meeting && field) {
			if (field === 'day') meeting.meeting.day = target.value as Meeting['day'];
			else meeting.meeting[field as 'name' | 'time' | 'placeOrLink'] = target.value;
			if (field === 'name') showMeetingName(meeting.row, meeting.meeting, words.meetings);
			return changed();
		}
		const planKey = target.dataset.plan as PlanText | undefined;
		if (planKey && PLAN_TEXTS.includes(planKey)) {
			circle.plan[planKey] = target.value;
			changed();
		}
	});

	root.addEventListener('change', (event) => {
		const target = event.target as HTMLInputElement;
		const { field, planLine, cardLine, ask } = target.dataset;
		const person = personOf(target);
		if (person && field === 'phone') return void checkNumber(person.row, person.person, target);
		if (person && field === 'reach') {
			person.person.reach = target.value as Person['reach'];
			showName(person.row, person.person, words.people);
			return changed();
		}
		if (person && field === 'onCard')
			return pickForCard(target, () => (person.person.onCard = target.checked));
		if (planLine) {
			circle.plan.lines = toggle(circle.plan.lines, planLine, target.checked);
			return changed();
		}
		if (cardLine) {
			return pickForCard(
				target,
				() => (circle.cardLines = toggle(circle.cardLines, cardLine, target.checked))
			);
		}
		if (ask) {
			circle.plan.askForHelp = toggle(circle.plan.askForHelp, ask, target.checked);
			return changed();
		}
		if (target === keepBox) return keepOrForget();
		if (target.matches('[data-import]')) return void importFile(target);
	});

	/** Tick a person or line for the card, unless the card is full. */
	const pickForCard = (box: HTMLInputElement, apply: () => void) => {
		if (box.checked && cardCount(circle) >= CARD_MAX) {
			box.checked = false;
			countLine.dataset.count = ''; // the count goes back in place of this message at the next change
			return say('[data-card-count]', fill(words.take.cardFull, { max: String(CARD_MAX) }));
		}
		apply();
		showCardCount();
		changed();
	};

	const keepOrForget = () => {
		if (!keepBox.checked) {
			removeKept();
			return say('[data-circle-status]', words.privacy.notKept);
		}
		const ok = writeKept(circle);
		keepBox.checked = ok;
		say('[data-circle-status]', ok ? words.privacy.kept : words.privacy.off);
	};

	const importFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		say('[data-import-status]', '');
		say('[data-import-error]', '');
		const { errors } = words.take;
		if (file.size > MAX_FILE_BYTES) {
			const size = `${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB`;
			return say('[data-import-error]', fill(errors.tooLarge, { size }));
		}
		const [content, readCircleFile] = await Promise.all([
			file.text(),
			load('readCircleFile', root.dataset.fileModule!),
		]);
		const result = readCircleFile(content, file.size);
		if (!result.ok) {
			const { problem } = result;
			const values = {
				size: `${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB`,
				version: problem.reason === 'version' ? problem.found : '',
				field: problem.reason === 'field' ? problem.field : '',
			};
			return say('[data-import-error]', fill(errors[problem.reason], values));
		}
		circle = result.circle;
		showAll();
		changed();
		say(
			'[data-import-status]',
			fill(words.take.imported, {
				people: plural(words.intl, words.people.count, circle.people.length),
				meetings: plural(words.intl, words.meetings.count, circle.meetings.length),
			})
		);
	};

	const contactOf = (p: Person): VCardContact => ({
		name: p.name,
		tel: p.tel,
		reach: p.reach,
		note: [p.when, p.helpsWith].filter((s) => s.trim()).join('\n'),
		category: words.people.groups[p.group],
	});

	root.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
		const action = button?.dataset.action;
		if (!button || !action) return;
		if (action === 'add-person') {
			const person = newPerson(newId(), button.dataset.group as PersonGroup);
			circle.people.push(person);
			const row = personRow(personTemplate, person, words.people);
			$(`[data-people="${person.group}"]`).append(row);
			row.querySelector<HTMLInputElement>('[data-field="name"]')!.focus();
			return changed(true);
		}
		if (action === 'add-meeting') {
			const meeting = newMeeting(newId());
			circle.meetings.push(meeting);
			const row = meetingRow(meetingTemplate, meeting, words.meetings);
			$('[data-meetings]').append(row);
			row.querySelector<HTMLInputElement>('[data-field="name"]')!.focus();
			return changed();
		}
		const person = personOf(button);
		if (person && action === 'remove-person') {
			circle = withoutDanglingIds({ ...circle, people: circle.people.filter((p) => p !== person.person) });
			person.row.remove();
			root
				.querySelector<HTMLElement>(`[data-action="add-person"][data-group="${person.person.group}"]`)
				?.focus();
			say(
				'[data-announce]',
				fill(words.people.removed, { name: person.person.name.trim() || words.people.unnamed })
			);
			showCardCount();
			return changed(true);
		}
		if (person && action === 'person-vcard') {
			const name = vcardFileName(person.person.name, words.take.fileNames.contact);
			return download(vcard(contactOf(person.person)), name, 'text/vcard');
		}
		const meeting = meetingOf(button);
		if (meeting && action === 'remove-meeting') {
			circle.meetings = circle.meetings.filter((m) => m !== meeting.meeting);
			meeting.row.remove();
			$('[data-action="add-meeting"]').focus();
			say(
				'[data-announce]',
				fill(words.meetings.removed, { name: meeting.meeting.name.trim() || words.meetings.unnamed })
			);
			return changed();
		}
		if (action === 'circle-vcard') {
			const reachable = circle.people.filter((p) => p.name.trim() && p.tel);
			const name = `${words.take.fileNames.contacts}.vcf`;
			return download(vcards(reachable.map(contactOf)), name, 'text/vcard');
		}
		if (action === 'export') {
			const name = `${words.take.fileNames.copy}.json`;
			return download(serialiseCircle(circle), name, 'application/json');
		}
		if (action === 'delete-all') {
			deleted = { circle, kept: keepBox.checked };
			undoButton.hidden = false;
			removeKept();
			keepBox.checked = false;
			circle = emptyCircle(lineIds);
			showAll();
			say('[data-import-status]', '');
			say('[data-import-error]', '');
			say('[data-circle-status]', words.privacy.deleted);
		}
		if (action === 'undo-delete' && deleted) {
			({ circle } = deleted);
			keepBox.checked = deleted.kept;
			if (deleted.kept) writeKept(circle);
			forgetDeleted();
			showAll();
			$('[data-action="delete-all"]').focus();
			say('[data-circle-status]', words.privacy.restored);
		}
	});

	// Switching language opens the same planner in the other language. A kept circle is there
	// already; one that is not kept goes along for that one page load.
	document.querySelector('[data-language-switch]')?.addEventListener('click', () => {
		if (!keepBox.checked && !isEmptyCircle(circle)) handOver(circle);
	});
	// Back on this page (from the browser's page cache), nothing must wait to be handed over.
	addEventListener('pageshow', (event) => {
		if (event.persisted) takeHandedOver();
	});

	showAll();
	answerWithCircle(() => circle);
}
