import type { APIRoute } from 'astro';
import { manifestResponse } from '../_web-manifest';

/** The Spanish app's manifest. */
export const GET: APIRoute = () => manifestResponse('es');
