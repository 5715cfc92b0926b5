import type { BaselineVerdict } from '../../baseline/section.js';
import type { LeaseHandle } from '../../lease/acquire.js';
import type { MonitorHandle } from '../../monitor/control.js';
import type { Log } from '../../ports/runtime.js';
import type { RunReport } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../wiring.js';
export interface RunToFinish {
    settings: Settings;
    /** How far the start got: nothing to tear down before 'starting'. */
    phase: 'validated' | 'admitted' | 'starting' | 'started' | 'start-failed';
    lease?: LeaseHandle;
    /** The lease is owned by another process (the action's monitor): take it back first. */
    leaseElsewhere: boolean;
    monitor?: MonitorHandle;
    overrideFile?: string;
}
export interface Finished {
    /** Why the stack was kept, when it was. */
    keep?: string;
    failOnMet: string[];
    baseline?: BaselineVerdict;
}
export declare function finishRun(deps: Deps, log: Log, run: RunToFinish, report: RunReport): Promise<Finished>;
/** Why the stack stays up (cleanup: never, or on-success after a failure), or undefined. */
export declare function keepReason(settings: Settings, phase: RunToFinish['phase'], report: RunReport, failOnMet: string[], env: NodeJS.ProcessEnv): string | undefined;
