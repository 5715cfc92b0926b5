import type { Log } from '../../ports/runtime.js';
import type { LogsSection, LogsUpload } from '../../report/logs-section.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
/** Bound for the artifact upload, the library's own retries included. */
export declare const LOGS_UPLOAD_TIMEOUT_MS = 120000;
export declare function logsDirectory(runDir: string): string;
/** Never throws: what could not be kept is a problem in the section. */
export declare function keepServiceLogs(deps: Deps, log: Log, settings: Settings, runDir: string, keptBy: LogsSection['keptBy']): Promise<LogsSection>;
/**
 * Why the run counts as failed for `upload-logs: on-failure`, or undefined: main failed, a
 * fail-on condition was met, or a step exported DOCKER_STABILITY_JOB_STATUS=failure (a post step
 * cannot see whether the job's other steps failed, but it sees the environment they exported).
 */
export declare function runFailure(startFailure: string | undefined, failOnMet: string[], env: NodeJS.ProcessEnv): string | undefined;
/** Uploads the kept logs as one artifact when `upload-logs` asks for it; says once why not otherwise. */
export declare function uploadServiceLogs(deps: Deps, log: Log, settings: Settings, logs: LogsSection, failure: string | undefined): Promise<LogsUpload>;
