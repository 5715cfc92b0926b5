import { errorMessage } from '../core/errors.js';
import type { ActionRuntime } from '../ports/runtime.js';

/**
 * Runs a step body and turns anything thrown — an Error or not — into a failed step with a
 * message. Sets process.exitCode rather than exiting, so pending output is flushed.
 */
export async function runStep(runtime: ActionRuntime, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    runtime.setFailed(errorMessage(error));
  }
}
