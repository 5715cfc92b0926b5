import type { ActionRuntime } from '../../ports/runtime.js';
import { STATE_KEYS } from '../../settings/keys.js';
import type { CarriedRun } from '../pipeline/carried.js';

// What main hands to post through GITHUB_STATE: the carried run as one JSON value, rewritten
// after every phase (the runner keeps the last value written, so post knows how far a killed
// main got). Each STATE_ value becomes an environment variable of post, so it stays small.

export function saveCarriedRun(runtime: ActionRuntime, run: CarriedRun): void {
  runtime.saveState(STATE_KEYS.run, JSON.stringify(run));
}

/** The run main saved, or undefined when it saved none (it failed before validating its inputs). */
export function loadCarriedRun(runtime: ActionRuntime): CarriedRun | undefined {
  const raw = runtime.state(STATE_KEYS.run);
  if (!raw) return undefined;
  let parsed: Partial<CarriedRun>;
  try {
    parsed = JSON.parse(raw) as Partial<CarriedRun>;
  } catch {
    throw new Error('The state main saved is not JSON; was it written by this version of the action?');
  }
  if (parsed.version !== 3 || !parsed.settings?.stack?.projectName || !parsed.runDir) {
    throw new Error(`The state main saved is not one this version of post understands (version ${String(parsed.version)}); main and post must come from the same action version.`);
  }
  return parsed as CarriedRun;
}

/**
 * The stack's secret values, for post: it keeps the services' logs, which must be redacted as
 * main redacted everything else. Like the monitor's copy (an environment variable of its
 * process), they reach post as an environment variable of its process (STATE_*), never a file of
 * the run directory. Saved again only when main learned more.
 */
export function saveSecrets(runtime: ActionRuntime, values: string[]): void {
  runtime.saveState(STATE_KEYS.secrets, JSON.stringify(values));
}

/** Hands the values main saved to this process's redactor (post). */
export function loadSecrets(runtime: ActionRuntime): void {
  const raw = runtime.state(STATE_KEYS.secrets);
  if (!raw) return;
  try {
    const values: unknown = JSON.parse(raw);
    if (Array.isArray(values)) runtime.redactor.add(values.filter((value): value is string => typeof value === 'string'));
  } catch {
    // Not ours (or cut): the logs are then redacted of nothing more than the runner masks.
  }
}
