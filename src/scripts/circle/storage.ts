/**
 * The one place the planner touches storage: one localStorage key, written only while the
 * reader has chosen "Keep this on this device", removed at once by "Delete everything". Both
 * languages' planners share it: a reader who switches language finds the same circle, in the
 * words of the page (what they typed stays as they typed it).
 *
 * A circle that is not kept lives in the page only. So that switching language does not lose
 * it, the language switch hands it over in sessionStorage (this tab only), and the planner it
 * opens takes it out at once: nothing stays after it arrives.
 */
import { CIRCLE_STORAGE_KEY, circleFromStorage, serialiseCircle, type Circle } from '../../lib/circle';

/** The circle this browser kept, if the reader chose to keep one. */
export function readKept(): Circle | undefined {
	try {
		return circleFromStorage(localStorage.getItem(CIRCLE_STORAGE_KEY));
	} catch {
		return undefined; // storage is off
	}
}

/** Keep the circle; false when the browser does not let the page store anything. */
export function writeKept(circle: Circle): boolean {
	try {
		localStorage.setItem(CIRCLE_STORAGE_KEY, serialiseCircle(circle));
		return true;
	} catch {
		return false;
	}
}

export function removeKept(): void {
	try {
		localStorage.removeItem(CIRCLE_STORAGE_KEY);
	} catch {
		// nothing was stored
	}
}

/** Where the language switch hands over a circle that is not kept (sessionStorage, one read). */
const HANDOVER_KEY = `${CIRCLE_STORAGE_KEY}-handover`;

/** Hand the circle to the planner the language switch opens in this tab. */
export function handOver(circle: Circle): void {
	try {
		sessionStorage.setItem(HANDOVER_KEY, serialiseCircle(circle));
	} catch {
		// storage is off: the switch still works, without the circle
	}
}

/** The circle handed over by the language switch, if any; removed as it is read. */
export function takeHandedOver(): Circle | undefined {
	try {
		const circle = circleFromStorage(sessionStorage.getItem(HANDOVER_KEY));
		sessionStorage.removeItem(HANDOVER_KEY);
		return circle;
	} catch {
		return undefined;
	}
}
