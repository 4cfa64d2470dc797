import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory (bytes) of a process and all its descendants, read from /proc (Linux). */
function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(status.match(/^PPid:\s+(\d+)/m)?.[1]);
			rss.set(Number(name), Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0) * 1024);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const sum = (pid: number): number =>
		(rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((a, c) => a + sum(c), 0);
	return sum(root);
}

/** Run a command, returning its exit code, wall time and peak memory of its process tree. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
	return new Promise<{ code: number; seconds: number; peakBytes: number; output: string }>((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peakBytes = 0;
		const timer = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakBytes, output });
		});
	});
}
