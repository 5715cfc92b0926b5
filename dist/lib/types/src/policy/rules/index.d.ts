import type { Rule } from '../context.js';
/** Every rule, one family per file; the catalog (../catalog.ts) holds their ids and help. */
export declare const ALL_RULES: Rule[];
