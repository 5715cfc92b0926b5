import type { Clock } from '../ports/clock.js';
import type { HostProbe } from '../ports/host.js';
import type { BackgroundProcesses } from '../ports/process.js';
import { type MonitorReport } from './analysis.js';
import { type MonitorConfig } from './config.js';
/** What main saves in state so post can find, stop and read the monitor. */
export interface MonitorHandle {
    pid: number;
    /** /proc start time of the pid: post signals it only if it is still the same process. */
    startTicks?: number;
    samplesFile: string;
    configFile: string;
}
export interface ControlDeps {
    processes: BackgroundProcesses;
    host: HostProbe;
    clock: Clock;
    writeFile(file: string, text: string): void;
    /** The last bytes of a file ('' when missing). */
    readTail(file: string, bytes: number): string;
}
/** Writes the config next to the samples and starts `node <script>` detached. */
export declare function startMonitor(deps: ControlDeps, options: {
    nodePath: string;
    script: string;
    configFile: string;
    config: MonitorConfig;
    env: NodeJS.ProcessEnv;
    nodeOptions?: string[];
    secrets?: string[];
}): MonitorHandle | {
    error: string;
};
export type StopOutcome = 'stopped' | 'killed' | 'not-running';
/**
 * SIGTERM, then wait (bounded) until the monitor wrote its end record or exited; SIGKILL when
 * it does not. Signals only the very process main started (pid and start time both match).
 */
export declare function stopMonitor(deps: ControlDeps, handle: MonitorHandle, timeoutMs: number): Promise<StopOutcome>;
/** Folds the monitor's file (live lines, a compacted snapshot, or both) into its report. */
export declare function readMonitorFile(text: string): MonitorReport | undefined;
