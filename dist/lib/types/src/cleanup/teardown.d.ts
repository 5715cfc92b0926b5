import type { ComposeCli } from '../compose/compose-cli.js';
import { type DockerApi } from '../ports/docker.js';
import type { StackTarget } from '../compose/target.js';
import { type SweepResult } from './execute.js';
import { type Leftovers } from './leftovers.js';
export interface TeardownResult {
    /** Problems met on the way, each naming what could not be done. Never thrown. */
    problems: string[];
    /** What the sweep after `down` removed (one-off containers, volumes, networks, built images). */
    swept?: SweepResult;
    /** What still carries the project's label afterwards; undefined when it could not be counted. */
    leftovers?: Leftovers;
    durationMs: number;
}
export interface TeardownOptions {
    /** Grace before SIGKILL; 0 kills at once (the stack is disposable). */
    stopTimeoutSeconds: number;
    overrideFiles?: string[];
    timeoutMs: number;
    /** Also remove the images the stack built (they carry the project's label). */
    removeBuiltImages?: boolean;
}
/**
 * `docker compose down --volumes --remove-orphans` (falling back to the project name alone when
 * the files no longer load), then a sweep of whatever still carries the project's label, then a
 * count of what is left — the audit's "zero orphaned containers", measured. Never throws.
 *
 * A daemon that does not answer first is not handed to Compose: `down` would wait out its whole
 * timeout, the fallback by name another, and each sweep call its own — minutes on a frozen
 * dockerd for nothing. The teardown then says so at once; what stays is the stack of an owner
 * that is gone, which the next job's preflight sweep (or `docker-stability clean`) removes.
 */
export declare function tearDown(deps: {
    compose: ComposeCli;
    docker: DockerApi;
    now: () => number;
}, target: StackTarget, options: TeardownOptions): Promise<TeardownResult>;
