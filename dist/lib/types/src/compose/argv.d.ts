import type { StackTarget } from './target.js';
/** `docker compose -f … -p … --profile … --env-file …`, plus generated override files. */
export declare function composeBase(target: StackTarget, overrideFiles?: string[]): string[];
export declare function configArgs(target: StackTarget, overrideFiles?: string[]): string[];
export declare function upArgs(target: StackTarget, options: {
    waitTimeoutMs: number;
    overrideFiles?: string[];
}): string[];
/**
 * Tear-down of a disposable stack: no grace period by default (a PID 1 that ignores SIGTERM
 * would cost 10 s per container), volumes and orphans included.
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
