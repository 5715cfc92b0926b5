import type { Log } from '../../ports/runtime.js';
import { describeFailure, isBystander, printDiagnosis } from '../../stack/diagnose.js';
import type { StartOutcome } from '../../stack/start.js';

type Failed = Extract<StartOutcome, { ok: false }>;

/** Each failing service's health checks and last log lines, in a group of its own (inert, redacted). */
export async function tellStartFailure(log: Log, outcome: Failed): Promise<void> {
  for (const diagnosis of outcome.failing) await printDiagnosis(log, diagnosis);
}

/** The step's error: which services failed and why, Compose's own error, who was still starting. */
export function startFailureMessage(projectName: string, outcome: Failed): string {
  const why = outcome.reason === 'interrupted' ? 'was interrupted' : outcome.reason === 'timeout' ? 'did not finish in time' : 'did not become healthy';
  const failed = outcome.failing.filter((diagnosis) => !isBystander(diagnosis)).map(describeFailure);
  const bystanders = outcome.failing.filter(isBystander).map((diagnosis) => diagnosis.service);
  // Compose's own error says what the daemon refused (a bad command, a port already taken).
  const composeErrors = outcome.composeTail.filter((line) => /error|failed|refused|denied/i.test(line));
  const lines = [
    ...failed,
    ...composeErrors.map((line) => `docker compose: ${line}`),
    ...(bystanders.length ? [`Still starting when Compose gave up: ${bystanders.join(', ')}`] : []),
  ];
  if (lines.length === 0) lines.push(...outcome.composeTail);
  return `Stack ${projectName} ${why}.${lines.length ? `\n${lines.join('\n')}` : ''}`;
}
