import type { ComposeCli } from '../compose/compose-cli.js';
import { type DockerApi } from '../ports/docker.js';
import type { StackTarget } from '../compose/target.js';
import { type SweepResult } from './execute.js';
import { type Leftovers } from './leftovers.js';
import { type KeptResource } from './plan.js';
import type { PreExistingResources } from './pre-existing.js';
export interface TeardownResult {
    /** Problems met on the way, each naming what could not be done. Never thrown. */
    problems: string[];
    /** What the teardown removed (containers with their anonymous volumes, networks, volumes, built images). */
    swept?: SweepResult;
    /** What it left in place on purpose, each with why (another stack's volume, a network that existed before). */
    kept: KeptResource[];
    /** What of this run is still there afterwards (kept resources not counted); undefined when it could not be counted. */
    leftovers?: Leftovers;
    durationMs: number;
}
export interface TeardownOptions {
    /** Grace before SIGKILL; 0 kills at once (the stack is disposable). */
    stopTimeoutSeconds: number;
    timeoutMs: number;
    /** Also remove the images this run built: those carrying this built-by value (the run's owner). */
    removeBuiltBy?: string;
    /** This run's owner label values ("<namespace>/<lease id>"), when it ran under a lease. */
    owners?: string[];
    /** What existed before `up` (recorded by main, saved for post). */
    preExisting?: PreExistingResources;
    /** Why an owner label names a dead owner (planTeardown), for the CLI's `down` of a re-started stack. */
    deadOwner?: (owner: string) => string | undefined;
}
/**
 * Tears a stack down by its labels, never by the names in its files: a graceful `docker compose
 * stop` when `stop-timeout` asks for one, then the removal of what `planTeardown` decides —
 * the project's containers with their anonymous volumes, and the volumes and networks this run
 * created — then a count of what is left. Never `docker compose down --volumes`: Compose removes
 * every non-external volume the file names, including another stack's volume used under a fixed
 * `name:` ("already exists but was not created by Docker Compose"). Never throws.
 *
 * A daemon that does not answer first is not handed to Compose: the stop would wait out its whole
 * timeout and each removal its own — minutes on a frozen dockerd for nothing. The teardown then
 * says so at once; what stays is the stack of an owner that is gone, which the next job's
 * preflight sweep (or `docker-stability clean`) removes.
 */
export declare function tearDown(deps: {
    compose: ComposeCli;
    docker: DockerApi;
    now: () => number;
}, target: StackTarget, options: TeardownOptions): Promise<TeardownResult>;
