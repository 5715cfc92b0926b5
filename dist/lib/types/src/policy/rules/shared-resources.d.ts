import { type Rule } from '../context.js';
export declare const SHARED_RESOURCE_RULES: Rule[];
