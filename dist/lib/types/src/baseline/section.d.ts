import { type BaselineComparison, type Regression } from './compare.js';
import { type RunFigures } from './document.js';
import type { RegressionThresholds } from './inputs.js';
import type { BaselineRecall, BaselineSave } from './cache-io.js';
export interface BaselineVerdict {
    comparison?: BaselineComparison;
    /** Why this run has no figures to compare (the stack did not start…). */
    noFigures?: string;
    outputs: {
        baselineFound: boolean;
        regressions: number;
    };
    /** One per regression, for runtime.warning. */
    warnings: string[];
}
export declare function baselineVerdict(recall: BaselineRecall, report: RunFigures, thresholds: RegressionThresholds): BaselineVerdict;
export declare function describeRegression(regression: Regression): string;
export declare function renderBaselineSection(recall: BaselineRecall, verdict: BaselineVerdict, save: BaselineSave | undefined, thresholds: RegressionThresholds): string;
