import type { BackgroundProcesses } from '../ports/process.js';
/** Detached, stdio ignored and unref'd: the step exits while the worker goes on (STYLE.md). */
export declare const nodeBackgroundProcesses: BackgroundProcesses;
