import type { ThisProcess } from '../ports/process.js';
/** The ThisProcess port over node's `process` and `os`. */
export declare function thisProcess(env?: NodeJS.ProcessEnv): ThisProcess;
