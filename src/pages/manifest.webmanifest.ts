import type { APIRoute } from 'astro';
import { manifestResponse } from './_web-manifest';

/** The English app's manifest (generated so its paths follow the configured base). */
export const GET: APIRoute = () => manifestResponse('en');
