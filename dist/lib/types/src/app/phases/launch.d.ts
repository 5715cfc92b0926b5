import { type PreExistingResources } from '../../cleanup/pre-existing.js';
import type { ComposeModel } from '../../compose/model.js';
import { type ComposeOverride } from '../../compose/override.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import type { MonitorHandle } from '../../monitor/control.js';
import type { ProcessIdentity } from '../../ports/host.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { type StartOutcome } from '../../stack/start.js';
import type { LeaseKeeper } from '../pipeline/carried.js';
import type { Deps } from '../deps.js';
/** Writes the final override file into the run directory; its path is passed to every compose call. */
export declare function writeStackOverride(deps: Deps, runDir: string, base: ComposeOverride, model: ComposeModel, lease: LeaseHandle): string;
/**
 * An owner nobody can check: the lease is then judged by its TTL alone. Used when the lease must
 * outlive every process of this run (cleanup: never), or when its keeper could not start.
 */
export declare function ttlOnlyOwner(hostname: string): ProcessIdentity;
export interface Keeping {
    monitor?: MonitorHandle;
    /** Why there is no monitor, when there should be one. */
    monitorProblem?: string;
    /** `run`: stops this process's renewal loop. */
    stopRenewal?: () => Promise<void>;
    /** Said once the lease has its keeper. */
    note: string;
}
/**
 * Hands the lease to whoever keeps it alive while the stack runs, starting the monitor (when
 * asked) on the way. A keeper that cannot start leaves the lease to its TTL, so no sweep takes
 * a running stack; that is said, never thrown.
 */
export declare function keepLease(deps: Deps, options: {
    keeper: LeaseKeeper;
    monitor: boolean;
    lease: LeaseHandle;
    settings: Settings;
    runDir: string;
    startKeeper?: (lease: LeaseHandle) => number | undefined;
}): Promise<Keeping>;
/**
 * What of the model's volumes and networks already exists, just before `up` (carried to the
 * finish: the teardown keeps what was there). Undefined when the daemon could not say; the
 * teardown then removes only what carries this run's owner label.
 */
export declare function recordBeforeUp(deps: Deps, log: Log, model: ComposeModel, projectName: string): Promise<PreExistingResources | undefined>;
/** `docker compose up --detach --wait` (with `up-flags`) under the override; on failure, which services and why. */
export declare function upUnderOverride(deps: Deps, log: Log, settings: Settings, overrideFile: string, signal: AbortSignal): Promise<StartOutcome>;
