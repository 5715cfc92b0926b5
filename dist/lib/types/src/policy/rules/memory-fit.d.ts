import type { Rule } from '../context.js';
export declare const MEMORY_FIT_RULES: Rule[];
