import type { Command } from 'commander';
import { type AcquiredLease } from '../../lease/acquire.js';
import { type MemoryBudget } from '../../lease/budget.js';
import type { LeaseDeps } from '../../lease/context.js';
import { type Who } from '../../lease/records.js';
import type { LeaseRequest } from '../../lease/request.js';
import type { BackgroundProcesses } from '../../ports/process.js';
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
    env: NodeJS.ProcessEnv;
    stderr: (text: string) => void;
    isTty: boolean;
}
export declare const collect: (value: string, previous: string[]) => string[];
export declare function addLeaseOptions(command: Command, options?: {
    timeout?: boolean;
}): Command;
export declare function parseLeaseFlags(flags: Partial<LeaseFlags>): LeaseCliOptions;
export declare function realLeaseCliDeps(): LeaseCliDeps;
export declare function whoHere(env: NodeJS.ProcessEnv): Who;
/**
 * Waits for the lease in a terminal: one line saying who is in the way (rewritten in place on a
 * TTY), Ctrl-C leaves the queue. Failures become ExitErrors with their own words.
 */
export declare function acquireInTerminal(deps: LeaseCliDeps, request: LeaseRequest, options: LeaseCliOptions): Promise<AcquiredLease>;
