import type { CheckResult } from '../../preflight/checks.js';
import type { CleanupSection, HistorySection, PolicySection, RunReport, StackSection } from '../../report/run-report.js';
import type { LeaseSection } from '../../lease/section.js';
import type { MonitorReport } from '../../monitor/analysis.js';
import type { LogsSection } from '../../report/logs-section.js';
import type { ReadinessSection } from '../../report/readiness-section.js';
import type { PhaseTiming } from './phase-clock.js';
/** What the start of a run learned, phase by phase. */
export interface StartSections {
    projectName: string;
    startedAtMs: number;
    engine?: RunReport['engine'];
    stack?: StackSection;
    policy?: PolicySection;
    /** Absolute path of the SARIF file written. */
    sarifFile?: string;
    preflight: CheckResult[];
    /** Leftovers of dead jobs the preflight's sweep removed. */
    swept?: Array<{
        project: string;
        removed: number;
    }>;
    lease?: LeaseSection;
    history?: HistorySection;
    pull?: RunReport['pull'];
    build?: RunReport['build'];
    start?: RunReport['start'];
    /** After `up`: published ports and wait-for (phases/readiness.ts). */
    readiness?: ReadinessSection;
    /** A failed start's logs, kept before it was torn down (phases/logs.ts). */
    logs?: LogsSection;
    /** Why the start failed outside the stack's own start (bad input, daemon down, policy). */
    failure?: string;
    monitorProblems?: string[];
    timings: PhaseTiming[];
}
/** What the finish learned. */
export interface FinishSections {
    monitor?: MonitorReport;
    monitorProblems: string[];
    teardown: NonNullable<RunReport['teardown']>;
    cleanup?: Pick<CleanupSection, 'removed' | 'left' | 'kept'>;
    failOn?: RunReport['failOn'];
    history?: HistorySection;
    /** Every service's log, kept before the teardown, and its upload (phases/logs.ts). */
    logs?: LogsSection;
    timings: PhaseTiming[];
}
export declare function assembleReport(start: StartSections, finish?: FinishSections): RunReport;
