import { createServer, type AddressInfo, type Server } from 'node:net';

/**
 * `count` different ports that nothing listens on right now, chosen by the operating system,
 * so tests and benchmarks never depend on a fixed port being free.
 */
export async function freePorts(count: number): Promise<number[]> {
	const servers = await Promise.all(
		Array.from(
			{ length: count },
			() =>
				new Promise<Server>((resolve, reject) => {
					const server = createServer();
					server.once('error', reject);
					server.listen(0, '127.0.0.1', () => resolve(server));
				})
		)
	);
	const ports = servers.map((server) => (server.address() as AddressInfo).port);
	await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
	return ports;
}
