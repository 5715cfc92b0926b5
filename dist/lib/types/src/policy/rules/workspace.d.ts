import { type Rule } from '../context.js';
export declare const WORKSPACE_RULES: Rule[];
