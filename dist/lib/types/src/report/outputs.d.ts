import type { RunReport } from './run-report.js';
import { type FailCondition, type ServiceOutcome } from './fail-on.js';
/** The step outputs post sets, by output name's meaning; undefined when not known. */
export interface RunOutputs {
    startupSeconds?: string;
    peakMemoryBytes?: string;
    oomKills?: string;
    restarts?: string;
    pullSeconds?: string;
    buildSeconds?: string;
}
export declare function runOutputs(report: RunReport, startupMs: number | undefined): RunOutputs;
/** pull-seconds and build-seconds: each phase's wall time, when it ran (main sets them too). */
export declare function phaseSeconds(report: Pick<RunReport, 'pull' | 'build'>): Pick<RunOutputs, 'pullSeconds' | 'buildSeconds'>;
/**
 * What fail-on sees: the monitor's services, plus OOM kills that main's diagnosis of a failed
 * start found (a service killed during `up` may have died before the monitor sampled it).
 */
export declare function failOnOutcomes(report: RunReport): ServiceOutcome[];
/** Evaluates fail-on, records the result in the report, returns the conditions met. */
export declare function applyFailOn(report: RunReport, conditions: FailCondition[]): string[];
