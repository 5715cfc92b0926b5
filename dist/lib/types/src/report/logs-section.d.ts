export interface LogFile {
    service: string;
    /** Absolute path. */
    file: string;
    bytes: number;
    containers: string[];
    /** Earlier output was left out (logs-max-size). */
    truncated: boolean;
}
export interface LogsUpload {
    outcome: 'uploaded' | 'skipped' | 'unavailable' | 'failed';
    /** Why it was skipped, unavailable or failed; for an upload, what decided it. */
    reason: string;
    name?: string;
    id?: number;
    url?: string;
    sizeBytes?: number;
    durationMs?: number;
}
export interface LogsSection {
    /** The `logs-dir` output: <RUNNER_TEMP>/docker-stability/<project>/logs. */
    dir: string;
    /** Main keeps the logs of a start that failed (it tears that stack down); post keeps the rest. */
    keptBy: 'start' | 'finish';
    durationMs: number;
    files: LogFile[];
    problems: string[];
    upload?: LogsUpload;
}
export declare function logsSection(logs: LogsSection | undefined): string | undefined;
