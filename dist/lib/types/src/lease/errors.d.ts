import { type HolderView } from './describe.js';
/** The request alone is larger than the whole budget: it could never be admitted. */
export declare class LeaseTooLargeError extends Error {
    readonly requestedBytes: number;
    readonly budgetBytes: number;
    constructor(requestedBytes: number, budgetBytes: number, budgetDescription: string, 
    /** The Compose project, when the lease is for a stack. */
    project?: string);
}
/** Waited lock-timeout and gave up; names who held what we needed. */
export declare class LeaseTimeoutError extends Error {
    readonly waitedMs: number;
    readonly blockers: HolderView[];
    constructor(waitedMs: number, blockers: HolderView[], nowMs: number);
}
/** Waiting was cancelled (SIGINT/SIGTERM, or the caller's signal); we left the queue. */
export declare class LeaseAbortedError extends Error {
    readonly waitedMs: number;
    constructor(waitedMs: number);
}
