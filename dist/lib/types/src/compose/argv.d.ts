import type { StackTarget } from './target.js';
/** `docker compose --file=… --project-name=… --profile=… --env-file=…`, plus generated override files. */
export declare function composeBase(target: StackTarget, overrideFiles?: string[]): string[];
/** The model as Compose will run it: the selected services and their dependencies only. */
export declare function configArgs(target: StackTarget, overrideFiles?: string[]): string[];
export interface UpArgsOptions {
    waitTimeoutMs: number;
    overrideFiles?: string[];
    /** `up-flags`, already judged (src/compose/flags.ts). */
    upFlags?: string[];
}
/**
 * `up --detach --wait`, pulling and building nothing: the pull and build phases did that, so
 * the time `up` takes is the start-up alone, and a missing image fails here rather than being
 * fetched behind the policy's back.
 */
export declare function upArgs(target: StackTarget, options: UpArgsOptions): string[];
/** One service's image, from its registry (the service's platform and the user's credentials, as Compose has them). */
export declare function pullArgs(target: StackTarget, service: string, overrideFiles?: string[]): string[];
/** One service's image, built (with the override's labels; `cache_from`/`cache_to` as the file says). */
export declare function buildArgs(target: StackTarget, service: string, overrideFiles?: string[]): string[];
/**
 * Tear-down of a disposable stack: no grace period by default (a PID 1 that ignores SIGTERM
 * would cost 10 s per container), volumes and orphans included. Never limited to the selected
 * services: the whole project goes.
 */
export declare function downArgs(target: StackTarget, options: {
    stopTimeoutSeconds: number;
    overrideFiles?: string[];
}): string[];
/** Tear-down by project name alone, for when the compose files are gone or no longer parse. */
export declare function downByNameArgs(projectName: string, stopTimeoutSeconds: number): string[];
/** A graceful stop by project name (the teardown then removes what it owns by label). */
export declare function stopByNameArgs(projectName: string, stopTimeoutSeconds: number): string[];
export declare function versionArgs(): string[];
