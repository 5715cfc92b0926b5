import { type ContainerCounters, type ContainerRecord, type EndRecord, type FinalRecord, type GapRecord, type MetaRecord, type MonitorEvent, type MonitorRecord } from './records.js';
import { BoundedSeries } from './series.js';
/** Bounds that keep a monitor of 50 services over 6 hours within a few MB of memory. */
export interface StateLimits {
    pointsPerSeries: number;
    /** Events kept from the start and from the end; the middle is only counted. */
    eventsHead: number;
    eventsTail: number;
    gaps: number;
    notes: number;
}
export declare const DEFAULT_LIMITS: StateLimits;
/**
 * Everything the monitor knows, bounded. Built by applying records in order — live ones as the
 * worker makes them, or a file's lines when post reads it back — so both sides agree.
 */
export declare class MonitorState {
    readonly limits: StateLimits;
    meta?: MetaRecord;
    readonly containers: Map<number, ContainerRecord>;
    readonly byId: Map<string, ContainerRecord>;
    readonly series: Map<number | "host" | "stack", BoundedSeries>;
    readonly counters: Map<string, ContainerCounters>;
    readonly finals: Map<string, FinalRecord>;
    head: MonitorEvent[];
    tail: MonitorEvent[];
    dropped: Record<string, number>;
    gaps: GapRecord[];
    notes: string[];
    end?: EndRecord;
    hostTotalBytes?: number;
    lastTickMs?: number;
    constructor(limits?: StateLimits);
    apply(record: MonitorRecord): void;
    /** The next free container index (the writer assigns them). */
    nextIndex(): number;
    events(): MonitorEvent[];
    /** The same state as records: what compaction writes instead of the live lines. */
    snapshot(): MonitorRecord[];
    seriesOf(key: number | 'host' | 'stack'): BoundedSeries;
    private applyTick;
    private applyEvent;
    private mergeOldestGaps;
}
