import type { MonitorHandle } from '../monitor/control.js';
import type { ActionRuntime } from '../ports/runtime.js';
import type { FailCondition } from '../report/fail-on.js';
import { STATE_KEYS } from '../settings/keys.js';
import type { StackTarget } from '../settings/stack-target.js';

/**
 * What main hands to post. Saved as one JSON document and rewritten at each phase, so post
 * knows how far main got even when main was killed (the runner keeps the last value written).
 */
export interface RunState {
  version: 1;
  target: StackTarget;
  /** Directory under RUNNER_TEMP with main's report and, later, the monitor's samples. */
  runDir: string;
  /** How far main got: post cleans up from 'starting' on. */
  phase: 'validated' | 'starting' | 'started' | 'start-failed';
  startedAtMs: number;
  startupMs?: number;
  engineVersion?: string;
  composeVersion?: string;
  /** The background monitor main started: post stops it and reads its samples. */
  monitor?: MonitorHandle;
  /** fail-on as main parsed it; post applies it after cleaning up. */
  failOn?: FailCondition[];
}

export function saveRunState(runtime: ActionRuntime, state: RunState): void {
  runtime.saveState(STATE_KEYS.run, JSON.stringify(state));
}

/** The state main saved, or undefined when main saved none (it failed before validating). */
export function loadRunState(runtime: ActionRuntime): RunState | undefined {
  const raw = runtime.state(STATE_KEYS.run);
  if (!raw) return undefined;
  const parsed = JSON.parse(raw) as Partial<RunState>;
  if (parsed.version !== 1 || !parsed.target?.projectName) {
    throw new Error(`The state main saved is not one this version of post understands: ${raw.slice(0, 200)}`);
  }
  return parsed as RunState;
}
