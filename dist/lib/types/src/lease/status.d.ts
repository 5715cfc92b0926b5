import { type MemoryBudget } from './budget.js';
import { type LeaseDeps } from './context.js';
import { type HolderView } from './describe.js';
import { type LivenessContext } from './liveness.js';
import type { LeaseRecord } from './records.js';
/** How a reader judges a record: its owner as far as it can be checked, and when it expires. */
export interface RecordVerdict {
    stale: boolean;
    /** 'unverified': the owner cannot be checked from here (another host, PID namespace or a forged label). */
    owner: 'alive' | 'dead' | 'unverified';
    /** The daemon's timestamp of the newest generation, and when it expires without renewal. */
    stampedAtMs: number;
    expiresAtMs: number;
    /** The record claims a renewal the daemon never stamped (forged, or a far-off clock). */
    claimedRenewalAtMs?: number;
}
export interface LeaseStatus {
    namespace: string;
    nowMs: number;
    leases: Array<HolderView & RecordVerdict>;
    waiting: Array<HolderView & RecordVerdict & {
        position: number;
        blockers: HolderView[];
    }>;
    budget: {
        usedBytes: number;
        totalBytes: number;
        description: string;
    };
}
/** The reader's verdict on one record (pure). */
export declare function recordVerdict(record: LeaseRecord, liveness: LivenessContext): RecordVerdict;
export declare function leaseStatus(deps: LeaseDeps, options: {
    namespace?: string;
    budget: MemoryBudget;
    leaseTtlMs?: number;
}): Promise<LeaseStatus>;
/**
 * Leases whose owner is dead or whose TTL ran out. The cleanup sweep removes the resources of
 * their projects (unless a live lease has the same project), then the records (releaseLease).
 */
export declare function findStaleLeases(deps: LeaseDeps, options?: {
    namespace?: string;
    leaseTtlMs?: number;
}): Promise<LeaseRecord[]>;
/** The leases (newest generations) held for a Compose project, each saying whether it is stale. */
export declare function leasesOfProject(deps: LeaseDeps, options: {
    namespace?: string;
    project: string;
    leaseTtlMs?: number;
}): Promise<Array<LeaseRecord & {
    stale: boolean;
}>>;
/** A reader's lease-ttl as the cap on others' TTLs; undefined keeps the default (6 h). */
export declare function cap(leaseTtlMs: number | undefined): {
    leaseTtlCapMs?: number;
};
export declare function formatStatusText(status: LeaseStatus): string;
