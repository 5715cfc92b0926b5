import type { DockerApi } from '../ports/docker.js';
/** What still carries a project's label: the audit's "zero orphaned containers", measured. */
export interface Leftovers {
    containers: string[];
    networks: string[];
    volumes: string[];
}
export declare function findLeftovers(docker: DockerApi, projectName: string): Promise<Leftovers>;
export declare function leftoverCount(leftovers: Leftovers): number;
/** What the teardown did, as the run's report keeps it. */
export interface TeardownOutcome {
    problems: string[];
    leftovers?: Leftovers;
    /** Why nothing was torn down on purpose (never started, kept). */
    skipped?: string;
}
/**
 * Why the step must fail after its teardown, or undefined: something was left behind, or the
 * teardown could neither be done nor checked (a daemon that stopped answering) — "nothing left"
 * is a promise kept only when it was counted.
 */
export declare function cleanupFailure(teardown: TeardownOutcome | undefined, project: string): string | undefined;
