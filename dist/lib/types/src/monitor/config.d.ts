export declare const MONITOR_CONFIG_ENV = "DOCKER_STABILITY_MONITOR_CONFIG";
/**
 * The secret values main knows, as a JSON array, for the monitor to blank from what it writes.
 * An environment variable of the detached process, not a file: nothing secret on disk.
 */
export declare const MONITOR_SECRETS_ENV = "DOCKER_STABILITY_MONITOR_SECRETS";
/** The secret values handed over in the environment (none when absent or malformed). */
export declare function monitorSecrets(env: NodeJS.ProcessEnv): string[];
export interface MonitorConfig {
    version: 1;
    projectName: string;
    sampleIntervalMs: number;
    /** The NDJSON file the monitor writes; post reads it. */
    samplesFile: string;
    /** The run directory under RUNNER_TEMP: when the runner empties it, the job is over. */
    runDir: string;
    /** Epoch ms; events are replayed from here, so nothing between spawn and subscribe is lost. */
    startedAtMs: number;
    /** The monitor ends itself after this long, whether post came or not. */
    maxLifetimeMs: number;
    /** …and after this long without a single container of the project (once it saw one). */
    idleExitMs: number;
    /** The file is compacted (merged samples) whenever it grows past this. */
    maxFileBytes: number;
    /** The lease the monitor owns while the job runs: it renews it (see app/monitor.ts duties). */
    lease?: {
        namespace: string;
        id: string;
        ttlMs: number;
    };
}
/** A GitHub-hosted job lasts at most 6 hours; a little margin for post's own work. */
export declare const DEFAULT_MAX_LIFETIME_MS: number;
export declare const DEFAULT_IDLE_EXIT_MS: number;
export declare const DEFAULT_MAX_FILE_BYTES: number;
export declare function monitorConfig(fields: Pick<MonitorConfig, 'projectName' | 'sampleIntervalMs' | 'samplesFile' | 'runDir' | 'startedAtMs'> & Partial<MonitorConfig>): MonitorConfig;
/** Parses and checks the file main wrote; throws naming the first thing wrong. */
export declare function parseMonitorConfig(text: string): MonitorConfig;
