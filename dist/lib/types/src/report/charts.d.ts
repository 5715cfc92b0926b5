import type { ChartSeries, MonitorReport } from '../monitor/analysis.js';
/** Points per line: enough to see the shape, few enough to keep the summary small. */
export declare const CHART_POINTS = 100;
/** Lines per chart; the services with the highest peaks are drawn, the rest are in the table. */
export declare const CHART_LINES = 8;
export interface Chart {
    /** The mermaid source (without the ``` fence). */
    mermaid: string;
    /** "🟦 db · 🟧 web" (markdown: the names are escaped). */
    legend: string;
}
type Metric = 'memory' | 'cpu';
/** Memory (MiB) or CPU (%) of the busiest containers over the run; undefined with no samples. */
export declare function metricChart(report: MonitorReport, metric: Metric): Chart | undefined;
/**
 * Resamples a series onto `points` equal bins over the run: memory takes the bin's peak, CPU
 * its mean. An empty bin between two samples repeats the one before (the series was merged
 * coarser than the bins); before the first sample, after the last and in a gap of the
 * daemon it is 0 — nothing was running or nothing is known.
 */
export declare function bin(series: ChartSeries, metric: Metric, durationMs: number, points: number, gaps?: ReadonlyArray<readonly [number, number]>): number[];
/** 1, 2 or 5 times a power of ten, at or above the value (a readable axis end). */
export declare function niceCeiling(value: number): number;
export {};
