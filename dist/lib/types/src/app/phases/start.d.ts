import type { ComposeModel } from '../../compose/model.js';
import { type ComposeOverride } from '../../compose/override.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import { type MonitorHandle } from '../../monitor/control.js';
import type { ProcessIdentity } from '../../ports/host.js';
import type { Log } from '../../ports/runtime.js';
import type { Settings } from '../../settings/settings.js';
import { type StartOutcome } from '../../stack/start.js';
import type { Deps } from '../wiring.js';
export declare const OVERRIDE_FILE = "docker-stability.override.yaml";
/** Writes the final override file into the run directory; its path is passed to every compose call. */
export declare function writeStackOverride(deps: Deps, runDir: string, base: ComposeOverride, model: ComposeModel, lease: LeaseHandle): string;
/**
 * An owner nobody can check: the lease is then judged by its TTL alone. Used when the lease must
 * outlive every process of this run (cleanup: never), or when the monitor could not start.
 */
export declare function ttlOnlyOwner(hostname: string): ProcessIdentity;
export interface MonitorStart {
    monitor?: MonitorHandle;
    problem?: string;
}
/**
 * Starts the monitor and, when `handOver`, gives it the lease (it renews it until post takes it
 * back). Without a monitor the lease falls back to its TTL, so no sweep takes a running stack.
 */
export declare function startMonitorWithLease(deps: Deps, log: Log, options: {
    projectName: string;
    runDir: string;
    sampleIntervalMs: number;
    lease: LeaseHandle;
    ttlMs: number;
    handOver: boolean;
}): Promise<MonitorStart>;
export declare function upUnderOverride(deps: Deps, log: Log, settings: Settings, overrideFile: string, signal: AbortSignal): Promise<StartOutcome>;
/**
 * Nothing half-started stays behind: stop the monitor (so the kills are not recorded as
 * crashes), tear down, release the lease. Never throws; problems become warnings.
 */
export declare function abandonStack(deps: Deps, log: Log, settings: Settings, parts: {
    monitor?: MonitorHandle;
    overrideFile?: string;
    lease?: LeaseHandle;
}): Promise<LeaseHandle | undefined>;
