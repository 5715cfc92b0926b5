import { code, inline } from '../core/markdown.js';
import { formatBytes, formatDuration } from '../core/units.js';

// Every service's log, kept before the teardown (or before a failed start was torn down), and
// the workflow artifact they were uploaded as. A pure function of the report.

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

const FILE_ROWS = 30;

export function logsSection(logs: LogsSection | undefined): string | undefined {
  if (!logs) return undefined;
  const total = logs.files.reduce((sum, file) => sum + file.bytes, 0);
  const cut = logs.files.filter((file) => file.truncated).map((file) => file.service);
  const lines = [
    '### Service logs',
    logs.files.length
      ? `Every service's log (stdout and stderr, timestamped) was kept in ${code(logs.dir)}: ${logs.files.length} ${logs.files.length === 1 ? 'file' : 'files'}, ${formatBytes(total)}, written in ${formatDuration(logs.durationMs)}.`
      : `No service had a container left to read a log from; ${code(logs.dir)} is empty.`,
  ];
  if (cut.length) lines.push(`Cut to their last part (logs-max-size): ${cut.slice(0, FILE_ROWS).map(inline).join(', ')}${cut.length > FILE_ROWS ? ' …' : ''}.`);
  if (logs.upload) lines.push(uploadLine(logs.upload));
  for (const problem of logs.problems) lines.push(`- ${inline(problem)}`);
  return lines.join('\n\n');
}

function uploadLine(upload: LogsUpload): string {
  if (upload.outcome === 'uploaded') {
    const name = inline(upload.name ?? 'logs');
    // The address is built from the runner's own variables; anything unexpected is shown, not linked.
    const link = upload.url && /^https?:\/\/[^\s()<>]+$/.test(upload.url) ? `[${name}](${upload.url})` : name;
    return `Uploaded as the workflow artifact ${link} (${formatBytes(upload.sizeBytes ?? 0)} zipped, ${formatDuration(upload.durationMs ?? 0)}; ${inline(upload.reason)}).`;
  }
  if (upload.outcome === 'skipped') return `Not uploaded as an artifact: ${inline(upload.reason)}.`;
  if (upload.outcome === 'unavailable') return `Not uploaded: ${inline(upload.reason)}.`;
  return `The artifact upload failed: ${inline(upload.reason)}. The files stay on the runner until the job ends.`;
}
