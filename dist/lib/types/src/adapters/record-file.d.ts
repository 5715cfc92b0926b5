import type { RecordStore } from '../monitor/recorder.js';
/**
 * The monitor's NDJSON file: synchronous appends (one write per tick, on a descriptor kept
 * open rather than opened each time), atomic rewrites (temp file and rename, then reopened).
 */
export declare function recordFile(file: string): RecordStore;
export declare function readTextFile(file: string): string | undefined;
/** The last `bytes` of a file ('' when it does not exist): enough to find the end record. */
export declare function readFileTail(file: string, bytes: number): string;
