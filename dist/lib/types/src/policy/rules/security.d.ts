import type { Rule } from '../context.js';
export declare const SECURITY_RULES: Rule[];
