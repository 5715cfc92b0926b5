import type { MonitorReport } from '../monitor/analysis.js';
export declare const BASELINE_SCHEMA = "docker-stability/baseline@1";
export declare const BASELINE_FILE = "baseline.json";
export interface ServiceFigures {
    service: string;
    peakMemoryBytes: number;
    meanCpuPercent: number;
    /** Only for services with a health check that became healthy. */
    timeToHealthyMs?: number;
}
/** What one run measured, as compared across runs. */
export interface StackFigures {
    /** `docker compose up --wait` until every service was running and healthy. */
    startupMs?: number;
    stackPeakMemoryBytes?: number;
    services: ServiceFigures[];
}
export interface Baseline extends StackFigures {
    schema: typeof BASELINE_SCHEMA;
    stackHash: string;
    branch: string;
    runId: string;
    runAttempt: string;
    savedAtMs: number;
}
/** The parts of a run's report the baseline reads (the report passes itself). */
export interface RunFigures {
    start?: {
        ok: boolean;
        durationMs: number;
    };
    monitor?: MonitorReport;
}
/** The figures of a run, or why it has none worth remembering. */
export declare function figuresFromReport(report: RunFigures): StackFigures | {
    skip: string;
};
export declare function baselineDocument(figures: StackFigures, meta: Omit<Baseline, 'schema' | keyof StackFigures>): Baseline;
/** A baseline read back from the cache, checked field by field: another version is not guessed at. */
export declare function parseBaseline(text: string): Baseline | {
    error: string;
};
