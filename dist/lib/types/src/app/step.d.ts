import type { ActionRuntime } from '../ports/runtime.js';
/**
 * Runs a step body and turns anything thrown — an Error or not — into a failed step with a
 * message. Sets process.exitCode rather than exiting, so pending output is flushed.
 */
export declare function runStep(runtime: ActionRuntime, body: () => Promise<void>): Promise<void>;
export declare function errorMessage(error: unknown): string;
