import type { DockerApi } from '../ports/docker.js';
/** What still carries a project's label: the audit's "zero orphaned containers", measured. */
export interface Leftovers {
    containers: string[];
    networks: string[];
    volumes: string[];
}
/**
 * What of the run is still there: everything carrying the project's label or this run's owner
 * label, less what the teardown kept on purpose (a volume that existed before this run and is
 * not ours is not a leftover — and one that was removed though not ours would not show as one
 * either, which is why the teardown decides from labels and the record, never from names).
 */
export declare function findLeftovers(docker: DockerApi, projectName: string, scope?: {
    owners?: string[];
    kept?: Array<{
        kind: string;
        name: string;
    }>;
}): Promise<Leftovers>;
export declare function leftoverCount(leftovers: Leftovers): number;
/** What the teardown did, as the run's report keeps it. */
export interface TeardownOutcome {
    problems: string[];
    leftovers?: Leftovers;
    /** What the teardown left in place on purpose, and why (not leftovers). */
    kept?: Array<{
        kind: string;
        name: string;
        why: string;
    }>;
    /** Why nothing was torn down on purpose (never started, kept). */
    skipped?: string;
}
/**
 * Why the step must fail after its teardown, or undefined: something was left behind, or the
 * teardown could neither be done nor checked (a daemon that stopped answering) — "nothing left"
 * is a promise kept only when it was counted.
 */
export declare function cleanupFailure(teardown: TeardownOutcome | undefined, project: string): string | undefined;
