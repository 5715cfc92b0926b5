import type { LeaseHandle } from '../lease/acquire.js';
import type { MonitorHandle } from '../monitor/control.js';
import type { ActionRuntime } from '../ports/runtime.js';
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
}
export declare function saveRunState(runtime: ActionRuntime, state: RunState): void;
/** The state main saved, or undefined when main saved none (it failed before validating). */
export declare function loadRunState(runtime: ActionRuntime): RunState | undefined;
