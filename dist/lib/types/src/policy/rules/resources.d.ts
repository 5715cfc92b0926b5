import { type Rule } from '../context.js';
export declare const RESOURCE_RULES: Rule[];
