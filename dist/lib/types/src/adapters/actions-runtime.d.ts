import type { ActionRuntime } from '../ports/runtime.js';
/** The GitHub runner through @actions/core: file commands, annotations, groups and the summary. */
export declare function actionsRuntime(env?: NodeJS.ProcessEnv): ActionRuntime;
