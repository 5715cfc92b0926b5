import type { RunReport } from './run-report.js';
export type Verdict = 'clean' | 'warnings' | 'failed';
/** The verdict and the reasons behind it, most serious first. */
export declare function verdictOf(report: RunReport): {
    verdict: Verdict;
    reasons: string[];
};
