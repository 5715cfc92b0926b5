import { type Rule } from '../context.js';
export declare const HEALTH_RULES: Rule[];
