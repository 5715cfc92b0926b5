import { type Rule } from '../context.js';
export declare const HOST_ACCESS_RULES: Rule[];
