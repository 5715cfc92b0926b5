import type { ActionRuntime } from '../ports/runtime.js';
/**
 * The GitHub runner through @actions/core: file commands, annotations, groups and the summary.
 * Every message is redacted and made inert here (defence in depth: callers print container
 * output through output(), but a message that quotes it cannot start a command either).
 */
export declare function actionsRuntime(env?: NodeJS.ProcessEnv): ActionRuntime;
