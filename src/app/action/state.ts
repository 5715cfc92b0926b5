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
