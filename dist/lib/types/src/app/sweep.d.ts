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
}
export declare function sweepDeadOwners(deps: LeaseDeps, options: SweepOptions): Promise<DeadOwnerSweep>;
/** The preflight check that reports what dead jobs left here and what the sweep did about it. */
export declare function sweepCheck(sweep: DeadOwnerSweep): CheckResult;
/** Per dead project, how many of its resources the sweep removed (the summary's cleanup section). */
export declare function sweptProjects(sweep: DeadOwnerSweep): Array<{
    project: string;
    removed: number;
}>;
