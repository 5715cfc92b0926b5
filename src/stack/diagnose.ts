import { COMPOSE_LABELS, projectFilter } from '../compose/labels.js';
import type { DockerApi } from '../ports/docker.js';
import type { Log } from '../ports/runtime.js';

/** What a service's container looked like when something went wrong. */
export interface ServiceDiagnosis {
  service: string;
  container: string;
  state: string;
  exitCode: number;
  oomKilled: boolean;
  restartCount: number;
  health?: string;
  /** Outputs of the last health checks, oldest first. */
  healthLog: Array<{ exitCode: number; output: string }>;
  /** Last lines of the container's log. */
  logTail: string[];
}

export const LOG_TAIL_LINES = 50;
const HEALTH_LOG_ENTRIES = 5;

/** Inspects every container of the project (one-off `run` containers aside). */
export async function diagnoseProject(docker: DockerApi, projectName: string): Promise<ServiceDiagnosis[]> {
  const containers = await docker.listContainers({ all: true, labels: [projectFilter(projectName)] });
  const results = await Promise.all(
    containers
      .filter((container) => container.labels[COMPOSE_LABELS.oneoff] !== 'True')
      .map(async (container): Promise<ServiceDiagnosis | undefined> => {
        const details = await docker.inspectContainer(container.id);
        if (!details) return undefined;
        const logs = await docker.containerLogs(container.id, LOG_TAIL_LINES);
        return {
          service: container.labels[COMPOSE_LABELS.service] ?? container.name,
          container: details.name,
          state: details.state.status,
          exitCode: details.state.exitCode,
          oomKilled: details.state.oomKilled,
          restartCount: details.restartCount,
          health: details.state.health?.status,
          healthLog: (details.state.health?.log ?? [])
            .slice(-HEALTH_LOG_ENTRIES)
            .map((entry) => ({ exitCode: entry.exitCode, output: entry.output.trim() })),
          logTail: logs.split('\n').filter((line) => line !== '').slice(-LOG_TAIL_LINES),
        };
      }),
  );
  return results.filter((result): result is ServiceDiagnosis => result !== undefined).sort((a, b) => a.service.localeCompare(b.service));
}

/** A service that keeps `up --wait` from succeeding: not running, unhealthy, or still starting. */
export function isFailing(diagnosis: ServiceDiagnosis): boolean {
  if (diagnosis.health === 'unhealthy' || diagnosis.health === 'starting') return true;
  if (diagnosis.state === 'running') return false;
  return !(diagnosis.state === 'exited' && diagnosis.exitCode === 0 && !diagnosis.oomKilled);
}

/**
 * A service still starting when Compose gave up: usually a bystander of another service's
 * failure (Compose stops waiting at the first one), so it is named after the real failures.
 */
export function isBystander(diagnosis: ServiceDiagnosis): boolean {
  return diagnosis.health === 'starting' && diagnosis.state === 'running' && !diagnosis.oomKilled;
}

/** Real failures first, bystanders last, by service name within each. */
export function byFailureWeight(a: ServiceDiagnosis, b: ServiceDiagnosis): number {
  return Number(isBystander(a)) - Number(isBystander(b)) || a.service.localeCompare(b.service);
}

const STATE_WORDS: Record<string, string> = {
  created: 'created but never started',
  restarting: 'restarting (crash loop)',
};

/** One line per failing service: "db: unhealthy, last health check: exit 1 'connection refused'". */
export function describeFailure(diagnosis: ServiceDiagnosis): string {
  const parts: string[] = [];
  if (diagnosis.health === 'unhealthy') parts.push('unhealthy');
  else if (diagnosis.health === 'starting' && diagnosis.state === 'running') parts.push('still starting when the wait ended');
  else parts.push(STATE_WORDS[diagnosis.state] ?? diagnosis.state);
  if (diagnosis.state === 'exited' || diagnosis.state === 'dead') parts.push(`exit code ${diagnosis.exitCode}`);
  if (diagnosis.oomKilled) parts.push('killed by the kernel for exceeding its memory limit (OOM)');
  if (diagnosis.restartCount > 0) parts.push(`${diagnosis.restartCount} restarts`);
  const lastCheck = diagnosis.healthLog.at(-1);
  if (lastCheck) parts.push(`last health check: exit ${lastCheck.exitCode}${lastCheck.output ? ` '${truncate(lastCheck.output, 160)}'` : ''}`);
  return `${diagnosis.service}: ${parts.join(', ')}`;
}

/**
 * A failing service in the log: its one-line diagnosis as the group's title, then what its health
 * checks and its log said, verbatim through log.output (the container's words, never commands).
 */
export async function printDiagnosis(log: Log, diagnosis: ServiceDiagnosis): Promise<void> {
  await log.group(`${describeFailure(diagnosis)} — health checks and last ${diagnosis.logTail.length} log lines`, async () => {
    for (const entry of diagnosis.healthLog) {
      log.info(`health check (exit ${entry.exitCode}):`);
      log.output(entry.output);
    }
    log.info(`log (last ${diagnosis.logTail.length} lines):`);
    log.output(diagnosis.logTail);
  });
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
