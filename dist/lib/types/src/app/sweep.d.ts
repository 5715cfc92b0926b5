import { type SweepResult } from '../cleanup/execute.js';
import { type PlannedRemoval } from '../cleanup/plan.js';
import type { LeaseDeps } from '../lease/context.js';
import type { CheckResult } from '../preflight/checks.js';
export interface DeadOwnerSweep {
    namespace: string;
    /** What is (or, in a dry run, would be) removed, in removal order, each with its reason. */
    plan: PlannedRemoval[];
    /** Stale leases whose resources are all gone: released after the removals (or would be). */
    staleLeases: Array<{
        id: string;
        project: string;
        reason: string;
    }>;
    /** Undefined in a dry run. */
    result?: SweepResult;
    released: string[];
}
export interface SweepOptions {
    namespace: string;
    dryRun: boolean;
    /** This reader's lease-ttl: no lease outlives its daemon stamp by more (default 6 h). */
    leaseTtlMs?: number;
}
export declare function sweepDeadOwners(deps: LeaseDeps, options: SweepOptions): Promise<DeadOwnerSweep>;
/**
 * Why an owner label names a dead owner of this namespace (its lease stale or gone), or undefined
 * while it lives or is another namespace's: what `down` may remove of an earlier `up` whose
 * keeper died, exactly as the sweep of dead owners would.
 */
export declare function deadOwnerCheck(deps: LeaseDeps, options: {
    namespace: string;
    leaseTtlMs?: number;
}): Promise<(owner: string) => string | undefined>;
/** The preflight check that reports what dead jobs left here and what the sweep did about it. */
export declare function sweepCheck(sweep: DeadOwnerSweep): CheckResult;
/** Per dead project, how many of its resources the sweep removed (the summary's cleanup section). */
export declare function sweptProjects(sweep: DeadOwnerSweep): Array<{
    project: string;
    removed: number;
}>;
