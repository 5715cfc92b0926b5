import type { MonitorRecord } from './records.js';
import type { MonitorState } from './state.js';
/** Where the monitor's lines go: an append-only file that compaction replaces whole. */
export interface RecordStore {
    /** Appends text (whole lines) synchronously, so a killed worker loses at most one tick. */
    append(text: string): void;
    /** Replaces the content atomically (temp file and rename). */
    replace(text: string): void;
}
/**
 * Applies each record to the state and appends it to the file; when the file passes its cap,
 * rewrites it as the state's snapshot. The file stays under max(cap, 2 × snapshot), and the
 * snapshot is bounded by the state's limits.
 */
export declare class Recorder {
    readonly state: MonitorState;
    private readonly store;
    private readonly maxFileBytes;
    private bytes;
    private threshold;
    compactions: number;
    constructor(state: MonitorState, store: RecordStore, maxFileBytes: number);
    write(record: MonitorRecord): void;
    compact(): void;
    get fileBytes(): number;
}
