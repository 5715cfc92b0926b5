import type { Rule } from '../context.js';
export declare const HYGIENE_RULES: Rule[];
