import type { RunReport } from './run-report.js';
export { verdictOf, type Verdict } from './verdict.js';
/** GitHub drops a step's whole summary above 1 MiB; we stay well below, in bytes. */
export declare const SUMMARY_BUDGET_BYTES: number;
/** The job summary: verdict first, then metrics, services, host, events, charts, findings. */
export declare function renderSummary(report: RunReport, options?: {
    budgetBytes?: number;
    reportFile?: string;
}): string;
