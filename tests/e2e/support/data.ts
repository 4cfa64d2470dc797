/** The directory data as an editor wrote it, read straight from the YAML files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FacetGroup } from '../../../src/lib/facets';
import { ROOT } from './site';

export interface SupportTypeData {
	id: string;
	name: string;
	category: string;
	/** Facet fields (audiences, formats, ...: see src/lib/facets.ts). */
	[field: string]: string | string[];
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

/** The values a support type has in one facet group, read from the field the group names. */
export function valuesIn(type: SupportTypeData, group: FacetGroup): string[] {
	return (type[group.field] as string[] | undefined) ?? [];
}
