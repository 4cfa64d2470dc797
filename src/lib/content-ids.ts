import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Ids of the entries in a content folder: file names without extension, skipping `_` files.
 * Read before the collections load, so schemas can check references against them.
 */
export function idsInFolder(folder: string, extension: string): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith(extension) && !name.startsWith('_'))
		.map((name) => name.slice(0, -extension.length))
		.sort();
}

/** Ids listed in a YAML file that holds an array of `{ id }` objects. */
export function idsInYamlList(file: string): string[] {
	const list = parse(readFileSync(file, 'utf8')) as { id: string }[];
	return list.map((item) => item.id);
}

export const CONTENT_DIR = 'content';
export const paths = {
	articles: join(CONTENT_DIR, 'articles'),
	supportTypes: join(CONTENT_DIR, 'directory', 'support-types'),
	organisations: join(CONTENT_DIR, 'directory', 'organisations'),
	topics: join(CONTENT_DIR, 'topics.yaml'),
	glossary: join(CONTENT_DIR, 'glossary.yaml'),
	hubs: join(CONTENT_DIR, 'hubs.yaml'),
};

/** The Spanish edition: same shapes, Spanish words; file names and `id`s pair them with English. */
export const pathsEs = {
	articles: join(CONTENT_DIR, 'es', 'articles'),
	supportTypes: join(CONTENT_DIR, 'es', 'directory', 'support-types'),
	organisations: join(CONTENT_DIR, 'es', 'directory', 'organisations'),
	topics: join(CONTENT_DIR, 'es', 'topics.yaml'),
	glossary: join(CONTENT_DIR, 'es', 'glossary.yaml'),
	hubs: join(CONTENT_DIR, 'es', 'hubs.yaml'),
};
