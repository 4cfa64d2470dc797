// Loaded by the planner when the reader brings back a file (see lazy.ts).
import { readCircleFile } from '../../lib/circle-file';
import { lazy } from './lazy';

lazy.readCircleFile = readCircleFile;
