import { type Rule } from '../context.js';
export declare const PORT_RULES: Rule[];
