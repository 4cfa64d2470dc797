// Loaded by the planner the first time a phone field is used (see lazy.ts).
import { checkPhone } from '../../lib/reader-phone';
import { lazy } from './lazy';

lazy.checkPhone = checkPhone;
