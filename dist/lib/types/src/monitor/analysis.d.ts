import type { MonitorEvent } from './records.js';
import { type Point } from './series.js';
import type { MonitorState } from './state.js';
export interface ServiceRun {
    service: string;
    /** Container names of the service (replicas, or a container Compose recreated). */
    containers: string[];
    image: string;
    /** Per container, bytes; undefined when the service has none. */
    memoryLimitBytes?: number;
    peakMemoryBytes: number;
    meanCpuPercent: number;
    peakCpuPercent: number;
    peakPids: number;
    restarts: number;
    oomKills: number;
    /** Transitions to unhealthy. */
    unhealthy: number;
    /** From the container's start event to its first healthy event (slowest replica). */
    timeToHealthyMs?: number;
    hasHealthcheck: boolean;
    /** Network and block I/O over the run, bytes (sum of replicas). */
    rxBytes: number;
    txBytes: number;
    readBytes: number;
    writeBytes: number;
    samples: number;
}
/** A series for charts and report.json: [ms since start, value]. */
export type ChartSeries = {
    name: string;
    memory: Array<[number, number]>;
    cpu: Array<[number, number]>;
};
export interface MonitorReport {
    intervalMs: number;
    startedAtMs: number;
    /** Last sample or the end record, whichever is later. */
    endedAtMs: number;
    endReason?: string;
    services: ServiceRun[];
    /** Highest memory the stack used at one sample (all containers together). */
    stackPeakMemoryBytes: number;
    host?: {
        totalBytes: number;
        peakUsedBytes: number;
    };
    events: MonitorEvent[];
    /** Events not kept (the middle of a long, noisy run), by action. */
    droppedEvents: Record<string, number>;
    gaps: Array<{
        fromMs: number;
        toMs: number;
        reason: string;
    }>;
    notes: string[];
    /** Per container, downsampled for charts; times relative to startedAtMs. */
    series: ChartSeries[];
    stackSeries: Array<[number, number]>;
}
/** Points kept per series in the report (report.json and the charts' raw material). */
export declare const REPORT_POINTS = 200;
export declare function analyseMonitor(state: MonitorState): MonitorReport;
/** At most `max` points: consecutive points merged in equal groups, peaks kept. */
export declare function downsample(points: readonly Point[], max: number): Point[];
