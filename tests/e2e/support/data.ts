/** The directory data as an editor wrote it, read straight from the YAML files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './site';

export interface SupportTypeData {
	id: string;
	name: string;
	category: string;
	audiences: string[];
	formats: string[];
	costs: string[];
	approaches: string[];
}

export interface OrganisationData {
	id: string;
	name: string;
	supportTypes: string[];
	lines: { kind: string; e164: string; display: string }[];
	nationalLine?: string;
}

function readFolder<T>(folder: string): T[] {
	const dir = join(ROOT, folder);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }) as T);
}

export const supportTypes = readFolder<SupportTypeData>('content/directory/support-types');
export const organisations = readFolder<OrganisationData>('content/directory/organisations');

/** Field of the data that each filter group reads. */
export const FIELD = {
	audience: 'audiences',
	format: 'formats',
	cost: 'costs',
	approach: 'approaches',
} as const;
