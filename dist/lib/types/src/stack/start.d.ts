import type { ComposeCli } from '../compose/compose-cli.js';
import { DockerUnavailableError, type DockerApi } from '../ports/docker.js';
import type { Log } from '../ports/runtime.js';
import type { StackTarget } from '../compose/target.js';
import { type ServiceDiagnosis } from './diagnose.js';
export type StartOutcome = {
    ok: true;
    durationMs: number;
} | {
    ok: false;
    durationMs: number;
    reason: 'failed' | 'timeout' | 'interrupted';
    /** Compose's own last words. */
    composeTail: string[];
    /** Every failing service, with state, health log and log tail. */
    failing: ServiceDiagnosis[];
};
export interface StartOptions {
    waitTimeoutMs: number;
    overrideFiles?: string[];
    /** `up-flags`, already judged. */
    upFlags?: string[];
    signal?: AbortSignal;
}
/**
 * `docker compose up --detach --wait`. On failure, inspects the project to say which services
 * failed and why. Does not tear down: the caller's cleanup does, on every path.
 */
export declare function startStack(deps: {
    compose: ComposeCli;
    docker: DockerApi;
    log: Log;
    now: () => number;
}, target: StackTarget, options: StartOptions): Promise<StartOutcome>;
/** `docker compose up` failed and the daemon did not answer afterwards. */
export declare class DaemonLostError extends Error {
    readonly composeLastLine: string;
    readonly cause: DockerUnavailableError;
    constructor(composeLastLine: string, cause: DockerUnavailableError);
}
