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

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return `Unexpected failure: ${JSON.stringify(error)}`;
  } catch {
    return `Unexpected failure: ${String(error)}`;
  }
}
