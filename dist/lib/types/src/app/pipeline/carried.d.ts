import type { PreExistingResources } from '../../cleanup/pre-existing.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import type { MonitorHandle } from '../../monitor/control.js';
import type { Settings } from '../../settings/settings.js';
/**
 * How far the start of a run got: post (or `run`'s finish) releases the lease from 'admitted'
 * on and tears down from 'starting' on.
 */
export type RunPhase = 'validated' | 'admitted' | 'starting' | 'started' | 'start-failed';
/** Who keeps the lease alive while the stack runs. */
export type LeaseKeeper = 
/** The action: the background monitor renews it between main and post. */
'monitor'
/** `run` and the library: this process renews it while the command runs. */
 | 'self'
/** `up`: a small detached keeper process that `down` stops. */
 | 'keeper';
/**
 * What the start of a run hands to its finish: the action saves it as one state value after
 * every phase (post reads the last one written, even when main was killed); `run` keeps it in
 * memory. Handles only — the report sections travel in the run directory's main-report.json.
 */
export interface CarriedRun {
    version: 3;
    /** Everything the start parsed; the finish acts on the same settings, project name included. */
    settings: Settings;
    /** Directory for this run's files: main's report, the override, the monitor's samples. */
    runDir: string;
    /** Lease namespace. */
    namespace: string;
    phase: RunPhase;
    startedAtMs: number;
    keeper: LeaseKeeper;
    /** The lease the stack was admitted under; the finish takes it back and releases it last. */
    lease?: LeaseHandle;
    /** The generated override file every compose call of this stack uses. */
    overrideFile?: string;
    monitor?: MonitorHandle;
    /** What of the model's volumes and networks existed before `up`: the teardown keeps it. */
    preExisting?: PreExistingResources;
    /** `up --wait` until every service was running and healthy. */
    startupMs?: number;
}
