import path from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { formatBytes, formatDuration } from '../../core/units.js';
import type { Log } from '../../ports/runtime.js';
import type { LogFile, LogsSection, LogsUpload } from '../../report/logs-section.js';
import { JOB_STATUS_ENV } from '../../settings/keys.js';
import type { Settings } from '../../settings/settings.js';
import { collectServiceLogs } from '../../stack/service-logs.js';
import type { Deps } from '../deps.js';

// Every service's log survives the job: written before the teardown removes the containers
// (post's finish, or main before it tears down a start that failed), redacted like everything
// else the run writes, and uploaded as a workflow artifact when `upload-logs` says so. Nothing
// here fails the run: a log that cannot be kept or uploaded is a warning.

/** Bound for the artifact upload, the library's own retries included. */
export const LOGS_UPLOAD_TIMEOUT_MS = 120_000;

export function logsDirectory(runDir: string): string {
  return path.join(runDir, 'logs');
}

/** Never throws: what could not be kept is a problem in the section. */
export async function keepServiceLogs(deps: Deps, log: Log, settings: Settings, runDir: string, keptBy: LogsSection['keptBy']): Promise<LogsSection> {
  const started = deps.clock.now();
  const dir = logsDirectory(runDir);
  const files: LogFile[] = [];
  const problems: string[] = [];
  try {
    deps.files.makeDirectory(dir);
    const logs = await collectServiceLogs(deps.docker, settings.stack.projectName, { maxBytesPerService: settings.logs.maxBytesPerService });
    for (const service of logs) {
      // Service names are [a-zA-Z0-9][a-zA-Z0-9_.-]* in Compose; anything else is not a file name of ours.
      const file = path.join(dir, `${service.service.replace(/[^a-zA-Z0-9_.-]/g, '_').replace(/^\.+/, '_')}.log`);
      const text = deps.runtime.redactor.redact(service.text);
      deps.files.writeText(file, text);
      files.push({ service: service.service, file, bytes: Buffer.byteLength(text), containers: service.containers, truncated: service.truncated });
      problems.push(...service.problems);
    }
  } catch (error) {
    problems.push(`the logs could not be kept: ${errorMessage(error)}`);
  }
  const durationMs = deps.clock.now() - started;
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  log.info(`Kept the logs of ${files.length} ${files.length === 1 ? 'service' : 'services'} in ${dir} (${formatBytes(total)} in ${formatDuration(durationMs)}${files.some((file) => file.truncated) ? `; cut to the last ${formatBytes(settings.logs.maxBytesPerService)} each where longer` : ''}).`);
  for (const problem of problems) log.warning(`Logs: ${problem}`);
  return { dir, keptBy, durationMs, files, problems };
}

/**
 * Why the run counts as failed for `upload-logs: on-failure`, or undefined: main failed, a
 * fail-on condition was met, or a step exported DOCKER_STABILITY_JOB_STATUS=failure (a post step
 * cannot see whether the job's other steps failed, but it sees the environment they exported).
 */
export function runFailure(startFailure: string | undefined, failOnMet: string[], env: NodeJS.ProcessEnv): string | undefined {
  if (startFailure) return 'main failed';
  if (failOnMet.length > 0) return `fail-on was met (${failOnMet.join('; ')})`;
  if (env[JOB_STATUS_ENV] === 'failure') return `a step reported the job failed (${JOB_STATUS_ENV}=failure)`;
  return undefined;
}

/** Uploads the kept logs as one artifact when `upload-logs` asks for it; says once why not otherwise. */
export async function uploadServiceLogs(deps: Deps, log: Log, settings: Settings, logs: LogsSection, failure: string | undefined): Promise<LogsUpload> {
  const mode = settings.logs.upload;
  if (mode === 'never') return { outcome: 'skipped', reason: 'upload-logs: never' };
  if (mode === 'on-failure' && !failure) return { outcome: 'skipped', reason: 'upload-logs: on-failure, and the run did not fail' };
  if (logs.files.length === 0) return { outcome: 'skipped', reason: 'no log was kept' };
  const availability = deps.artifacts.availability();
  if (!availability.available) {
    log.info(`The logs are not uploaded as an artifact: ${availability.reason}. They stay in ${logs.dir} until the job ends.`);
    return { outcome: 'unavailable', reason: availability.reason };
  }
  const why = mode === 'always' ? 'upload-logs: always' : `upload-logs: on-failure, and ${failure}`;
  const files = logs.files.map((file) => file.file);
  const request = { files, rootDirectory: logs.dir, timeoutMs: LOGS_UPLOAD_TIMEOUT_MS };
  let name = `${settings.stack.projectName}-logs`;
  let result = await deps.artifacts.upload({ ...request, name });
  // Names are unique per workflow run: a project name the workflow chose may be used by another
  // job (a matrix) or an earlier attempt.
  if (result.kind === 'failed' && /\(409\)|already exists/i.test(result.reason)) {
    name = `${name}-${deps.randomHex()}`;
    result = await deps.artifacts.upload({ ...request, name });
  }
  if (result.kind === 'uploaded') {
    log.info(`Uploaded the logs as the artifact ${name} (${formatBytes(result.sizeBytes)} in ${formatDuration(result.durationMs)}${result.url ? `: ${result.url}` : ''}).`);
    return { outcome: 'uploaded', reason: why, name, id: result.id, sizeBytes: result.sizeBytes, durationMs: result.durationMs, ...(result.url ? { url: result.url } : {}) };
  }
  if (result.kind === 'unavailable') {
    log.info(`The logs are not uploaded as an artifact: ${result.reason}. They stay in ${logs.dir} until the job ends.`);
    return { outcome: 'unavailable', reason: result.reason };
  }
  log.warning(`The logs could not be uploaded as an artifact (${result.reason}); they stay in ${logs.dir} until the job ends.`);
  return { outcome: 'failed', reason: result.reason, name, durationMs: result.durationMs };
}
