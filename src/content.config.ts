import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { idsInFolder, idsInYamlList, paths, pathsEs } from './lib/content-ids';
import {
	articleSchema,
	articleTranslationSchema,
	glossarySchema,
	glossaryTranslationSchema,
	hubSchema,
	hubTranslationSchema,
	organisationSchema,
	organisationTranslationSchema,
	supportTypeSchema,
	supportTypeTranslationSchema,
	topicSchema,
	topicTranslationSchema,
	type KnownIds,
} from './lib/content-schemas';

// Known ids are read from the folders first, so a reference to a missing entry fails
// schema validation with the file, the field and the allowed values.
const ids: KnownIds = {
	topics: idsInYamlList(paths.topics),
	articles: idsInFolder(paths.articles, '.mdx'),
	supportTypes: idsInFolder(paths.supportTypes, '.yaml'),
};

/** File names become addresses, so they must be lower-case words joined by hyphens. */
function slugFromFile({ entry }: { entry: string }): string {
	const id = entry.replace(/\.(mdx|yaml)$/, '');
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
		throw new Error(
			`${entry}: file name must be lower-case words joined by hyphens (it becomes the address), e.g. feeling-alone.mdx`
		);
	}
	return id;
}

const articles = defineCollection({
	loader: glob({ base: `./${paths.articles}`, pattern: '[^_]*.mdx', generateId: slugFromFile }),
	schema: articleSchema(ids),
});

const supportTypes = defineCollection({
	loader: glob({ base: `./${paths.supportTypes}`, pattern: '[^_]*.yaml', generateId: slugFromFile }),
	schema: supportTypeSchema(ids),
});

const organisations = defineCollection({
	loader: glob({ base: `./${paths.organisations}`, pattern: '[^_]*.yaml', generateId: slugFromFile }),
	schema: organisationSchema(ids),
});

const topics = defineCollection({ loader: file(`./${paths.topics}`), schema: topicSchema() });
const glossary = defineCollection({ loader: file(`./${paths.glossary}`), schema: glossarySchema() });
const hubs = defineCollection({ loader: file(`./${paths.hubs}`), schema: hubSchema(ids) });

// The Spanish edition (content/es): words only, paired with the English entries by file name or id
// (tests/unit/spanish-content.test.ts checks every pair both ways).
const articlesEs = defineCollection({
	loader: glob({ base: `./${pathsEs.articles}`, pattern: '[^_]*.mdx', generateId: slugFromFile }),
	schema: articleTranslationSchema(ids),
});
const supportTypesEs = defineCollection({
	loader: glob({ base: `./${pathsEs.supportTypes}`, pattern: '[^_]*.yaml', generateId: slugFromFile }),
	schema: supportTypeTranslationSchema(),
});
const organisationsEs = defineCollection({
	loader: glob({ base: `./${pathsEs.organisations}`, pattern: '[^_]*.yaml', generateId: slugFromFile }),
	schema: organisationTranslationSchema(),
});
const topicsEs = defineCollection({
	loader: file(`./${pathsEs.topics}`),
	schema: topicTranslationSchema(ids),
});
const glossaryEs = defineCollection({
	loader: file(`./${pathsEs.glossary}`),
	schema: glossaryTranslationSchema(idsInYamlList(paths.glossary)),
});
const hubsEs = defineCollection({ loader: file(`./${pathsEs.hubs}`), schema: hubTranslationSchema() });

export const collections = {
	articles,
	supportTypes,
	organisations,
	topics,
	glossary,
	hubs,
	articlesEs,
	supportTypesEs,
	organisationsEs,
	topicsEs,
	glossaryEs,
	hubsEs,
};
