/**
 * The one place the planner touches storage: one localStorage key, written only while the
 * reader has chosen "Keep this on this device", removed at once by "Delete everything".
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
