import type { Rule } from '../context.js';
/**
 * True when a resolved name follows the project: it holds the project name as a word and is
 * written with interpolation (`edx.${COMPOSE_PROJECT_NAME:-devstack}.mongo`), so every copy of the
 * stack gets its own. A literal that merely contains today's project name (`myapp-db` in directory
 * myapp) is still fixed: the action's unique project names would not change it.
 */
export declare function followsProject(resolved: string, project: string, written: {
    value: unknown;
} | undefined): boolean;
/** A tag that names no version moves with every release: latest, stable, edge, nightly, main, alpine, lts… */
export declare function floatingTag(tag: string | undefined): boolean;
export declare const HYGIENE_RULES: Rule[];
