import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The folder of Markdown articles to build, set by the bench. */
const base = process.env.BENCH_CONTENT_DIR;
if (!base) throw new Error('BENCH_CONTENT_DIR is not set: the bench sets it to the folder of Markdown articles to build');

const articles = defineCollection({ loader: glob({ base, pattern: '**/*.md' }) });

export const collections = { articles };
