import type { OwnerState } from '../cleanup/plan.js';
import type { LeaseSection } from './section.js';
import type { AcquiredLease, LeaseHandle } from './acquire.js';
import { type HolderView } from './describe.js';
import type { LeaseTimeoutError } from './errors.js';
import { type LeaseDeps } from './context.js';
/** A periodic duty for the monitor (src/monitor/sampler.ts MonitorDuty): renews our lease. */
export declare function leaseRenewalDuty(deps: LeaseDeps, handle: LeaseHandle, ttlMs: number): {
    name: string;
    everyMs: number;
    run(signal: AbortSignal): Promise<void>;
};
/**
 * One read of a namespace, answering for each lease id (the owner label on a stack's resources)
 * whether its lease is live, stale (with why) or absent — for cleanup's dead-owner sweep.
 */
export declare function leaseOwnerStates(deps: LeaseDeps, options?: {
    namespace?: string;
    leaseTtlMs?: number;
}): Promise<(owner: string) => OwnerState>;
/** One line per holder we waited for, without times (the summary states the wait once). */
export declare function waitedForLines(views: HolderView[]): string[];
export declare function admittedReport(lease: AcquiredLease): LeaseSection;
export declare function timedOutReport(error: LeaseTimeoutError, budgetBytes?: number): LeaseSection;
