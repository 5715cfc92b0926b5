import type { PreExistingResources } from '../cleanup/pre-existing.js';
import type { LeaseHandle } from '../lease/acquire.js';
import type { MonitorHandle } from '../monitor/control.js';
import type { ActionRuntime } from '../ports/runtime.js';
import { STATE_KEYS } from '../settings/keys.js';
import type { Settings } from '../settings/settings.js';

/**
 * What main hands to post. Saved as one JSON document and rewritten at each phase, so post
 * knows how far main got even when main was killed (the runner keeps the last value written).
 * Bulky results (the report, the monitor's samples) stay in files in the run directory: each
 * STATE_ value becomes an environment variable of post, and those are limited in size.
 */
export interface RunState {
  version: 2;
  /** Everything main parsed (post acts on the same settings, project name included). */
  settings: Settings;
  /** Directory under RUNNER_TEMP with main's report, the override file, the monitor's samples. */
  runDir: string;
  /** How far main got: post releases from 'admitted' on and tears down from 'starting' on. */
  phase: 'validated' | 'admitted' | 'starting' | 'started' | 'start-failed';
  startedAtMs: number;
  startupMs?: number;
  engineVersion?: string;
  composeVersion?: string;
  /** The lease the stack was admitted under; post takes it back, then releases it last. */
  lease?: LeaseHandle;
  /** The generated override file every compose call of this stack uses. */
  overrideFile?: string;
  /** The background monitor main started: post stops it and reads its samples. */
  monitor?: MonitorHandle;
  /**
   * The volumes and networks of the model that existed before `up`, with their owners (recorded
   * just before `up`): post's teardown keeps them. Absent when main did not get that far or the
   * daemon could not say; the teardown then removes only what carries this run's owner label.
   */
  preExisting?: PreExistingResources;
}

export function saveRunState(runtime: ActionRuntime, state: RunState): void {
  runtime.saveState(STATE_KEYS.run, JSON.stringify(state));
}

/** The state main saved, or undefined when main saved none (it failed before validating). */
export function loadRunState(runtime: ActionRuntime): RunState | undefined {
  const raw = runtime.state(STATE_KEYS.run);
  if (!raw) return undefined;
  const parsed = JSON.parse(raw) as Partial<RunState>;
  if (parsed.version !== 2 || !parsed.settings?.stack?.projectName || !parsed.runDir) {
    throw new Error(`The state main saved is not one this version of post understands: ${raw.slice(0, 200)}`);
  }
  return parsed as RunState;
}
