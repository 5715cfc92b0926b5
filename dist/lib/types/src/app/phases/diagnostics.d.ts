import type { Log } from '../../ports/runtime.js';
import type { StartOutcome } from '../../stack/start.js';
type Failed = Extract<StartOutcome, {
    ok: false;
}>;
/** Each failing service's health checks and last log lines, in a group of its own (inert, redacted). */
export declare function tellStartFailure(log: Log, outcome: Failed): Promise<void>;
/** The step's error: which services failed and why, Compose's own error, who was still starting. */
export declare function startFailureMessage(projectName: string, outcome: Failed): string;
export {};
