import type { StackFigures } from './document.js';
import type { RegressionThresholds } from './inputs.js';
export declare const FLOORS: {
    readonly memoryBytes: number;
    readonly timeMs: 1000;
    readonly cpuPercent: 5;
};
export type Metric = 'peak-memory' | 'mean-cpu' | 'time-to-healthy' | 'startup';
export interface Delta {
    current?: number;
    baseline?: number;
    /** (current - baseline) / baseline; undefined when either side is missing or the baseline is 0. */
    change?: number;
    regression: boolean;
}
export interface ServiceComparison {
    service: string;
    /** 'new': not in the baseline; 'gone': in the baseline, not in this run. */
    presence: 'both' | 'new' | 'gone';
    peakMemory: Delta;
    meanCpu: Delta;
    timeToHealthy: Delta;
}
export interface Regression {
    metric: Metric;
    /** Undefined for the stack's start-up time. */
    service?: string;
    current: number;
    baseline: number;
    change: number;
    threshold: number;
}
export interface BaselineComparison {
    services: ServiceComparison[];
    startup: Delta;
    stackPeakMemory: Delta;
    regressions: Regression[];
}
export declare function compareToBaseline(current: StackFigures, baseline: StackFigures, thresholds: RegressionThresholds): BaselineComparison;
