/**
 * The planner hands the circle to its printable card and plan, opened in another tab, through a
 * BroadcastChannel: in the browser only, between this site's own pages, and without storing
 * anything. The printable page asks; an open planner answers with what is on it now.
 */
import type { Circle } from '../../lib/circle';

type Message = { type: 'ask' } | { type: 'circle'; circle: Circle };

const channelName = () => `tir-circle:${document.documentElement.dataset.base ?? '/'}`;

/** In the planner: answer every ask with the circle as it is now. */
export function answerWithCircle(current: () => Circle): void {
	if (!('BroadcastChannel' in window)) return;
	const channel = new BroadcastChannel(channelName());
	channel.addEventListener('message', (event: MessageEvent<Message>) => {
		if (event.data?.type === 'ask')
			channel.postMessage({ type: 'circle', circle: current() } satisfies Message);
	});
}

/** In a printable page: ask an open planner for its circle; calls back when one answers. */
export function askForCircle(received: (circle: Circle) => void): void {
	if (!('BroadcastChannel' in window)) return;
	const channel = new BroadcastChannel(channelName());
	channel.addEventListener('message', (event: MessageEvent<Message>) => {
		if (event.data?.type === 'circle') received(event.data.circle);
	});
	channel.postMessage({ type: 'ask' } satisfies Message);
}
