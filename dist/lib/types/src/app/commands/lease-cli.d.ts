import { type AcquiredLease } from '../../lease/acquire.js';
import { type MemoryBudget } from '../../lease/budget.js';
import type { LeaseDeps } from '../../lease/context.js';
import type { LeaseRequest } from '../../lease/request.js';
import type { BackgroundProcesses, ThisProcess } from '../../ports/process.js';
export interface LeaseFlags {
    timeout: string;
    memoryBudget: string;
    leaseTtl: string;
    namespace: string;
}
export interface LeaseCliOptions {
    timeoutMs: number;
    budget: MemoryBudget;
    ttlMs: number;
    namespace: string;
}
export interface LeaseCliDeps extends LeaseDeps {
    processes: BackgroundProcesses;
    self: ThisProcess;
}
/** The lease flags through the action's own lease parser; every problem at once, each naming its flag. */
export declare function parseLeaseFlags(flags: Partial<LeaseFlags>): LeaseCliOptions;
export declare function leaseCliDeps(self: ThisProcess): LeaseCliDeps;
/**
 * Waits for the lease in a terminal: one line saying who is in the way (rewritten in place on a
 * TTY), Ctrl-C leaves the queue. Failures become ExitErrors with their own words.
 */
export declare function acquireInTerminal(deps: LeaseCliDeps, request: LeaseRequest, options: LeaseCliOptions): Promise<AcquiredLease>;
