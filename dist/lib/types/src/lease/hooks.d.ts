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
export type OwnerState = {
    state: 'live';
} | {
    state: 'stale';
    why: string;
} | {
    state: 'absent';
};
/**
 * One read of a namespace, answering for each lease id (the owner label on a stack's resources)
 * whether its lease is live, stale (with why) or absent — for cleanup's dead-owner sweep.
 */
export declare function leaseOwnerStates(deps: LeaseDeps, options?: {
    namespace?: string;
}): Promise<(owner: string) => OwnerState>;
/**
 * Projects whose lease is stale, with why and how many containers, networks and volumes they
 * still hold — the shape of preflight's StaleProject, for its stale-projects probe.
 */
export declare function staleLeaseProjects(deps: LeaseDeps, options?: {
    namespace?: string;
}): Promise<Array<{
    project: string;
    reason: string;
    resources: number;
}>>;
/** The job summary's lease section (src/report/run-report.ts LeaseSection). */
export interface LeaseReport {
    outcome: 'admitted' | 'timed-out' | 'skipped';
    waitedMs: number;
    waitedFor: string[];
    budgetBytes?: number;
    usedBytes?: number;
    ownBytes?: number;
    detail?: string;
}
/** One line per holder we waited for, without times (the summary states the wait once). */
export declare function waitedForLines(views: HolderView[]): string[];
export declare function admittedReport(lease: AcquiredLease): LeaseReport;
export declare function timedOutReport(error: LeaseTimeoutError, budgetBytes?: number): LeaseReport;
