import type { APIRoute } from 'astro';
import { articleFeed } from '../lib/feed';

/** RSS 2.0 feed of every published article, in English. */
export const GET: APIRoute = ({ site }) => articleFeed('en', site);
