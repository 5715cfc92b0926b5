import { type MemoryBudget } from './budget.js';
import { type LeaseDeps } from './context.js';
import { type HolderView } from './describe.js';
import type { LeaseRecord } from './records.js';
export interface LeaseStatus {
    namespace: string;
    nowMs: number;
    leases: Array<HolderView & {
        stale: boolean;
    }>;
    waiting: Array<HolderView & {
        position: number;
        stale: boolean;
        blockers: HolderView[];
    }>;
    budget: {
        usedBytes: number;
        totalBytes: number;
        description: string;
    };
}
export declare function leaseStatus(deps: LeaseDeps, options: {
    namespace?: string;
    budget: MemoryBudget;
}): Promise<LeaseStatus>;
/**
 * Leases whose owner is dead or whose TTL ran out. The cleanup sweep removes the resources of
 * their projects (unless a live lease has the same project), then the records (releaseLease).
 */
export declare function findStaleLeases(deps: LeaseDeps, options?: {
    namespace?: string;
}): Promise<LeaseRecord[]>;
/** The leases (newest generations) held for a Compose project, each saying whether it is stale. */
export declare function leasesOfProject(deps: LeaseDeps, options: {
    namespace?: string;
    project: string;
}): Promise<Array<LeaseRecord & {
    stale: boolean;
}>>;
export declare function formatStatusText(status: LeaseStatus): string;
