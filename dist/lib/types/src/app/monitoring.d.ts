import type { MonitorReport } from '../monitor/analysis.js';
import { type MonitorConfig } from '../monitor/config.js';
import { type MonitorHandle } from '../monitor/control.js';
import type { Deps } from './deps.js';
/** How long the finish waits for the monitor's final flush before it kills it. */
export declare const MONITOR_STOP_TIMEOUT_MS = 8000;
/**
 * V8 flags for the worker. Its state is bounded to a few MB and it runs at ~65–70 MB resident
 * with or without smaller heap flags (bench/monitor.ts); the cap is a guard: should it ever
 * grow, the monitor dies, not the runner.
 */
export declare const MONITOR_NODE_OPTIONS: string[];
/** Starts the detached monitor for the project; a problem (never thrown) when it cannot. */
export declare function startMonitoring(deps: Deps, options: {
    projectName: string;
    runDir: string;
    sampleIntervalMs: number;
    startedAtMs: number;
    lease?: MonitorConfig['lease'];
}): MonitorHandle | {
    problem: string;
};
/** What the monitor saw, and why it is missing or partial. */
export interface MonitorOutcome {
    monitor?: MonitorReport;
    problems: string[];
}
/** Stops the monitor (bounded) and reads what it saw. */
export declare function finishMonitoring(deps: Deps, handle: MonitorHandle): Promise<MonitorOutcome>;
/** Stops the monitor without reading it (a start that failed). */
export declare function stopMonitoring(deps: Deps, handle: MonitorHandle): Promise<'stopped' | 'killed' | 'not-running'>;
/** "web 2.1 s, db 4.8 s": per-service time to healthy as far as the monitor has seen it. */
export declare function timeToHealthyLine(deps: Deps, handle: MonitorHandle): string | undefined;
