import { COMPOSE_LABELS, projectFilter } from '../compose/labels.js';
import { errorMessage } from '../core/errors.js';
import { formatBytes } from '../core/units.js';
import type { ContainerSummary, DockerApi } from '../ports/docker.js';
import { LineSplitter, LogTail } from './log-tail.js';

// Every service's log, kept before the teardown removes it: stdout and stderr, each line with
// the daemon's timestamp and its stream, the replicas of a service in one file (merged by time,
// each line naming its container), bounded to the last N bytes per service. What a container
// printed is data: the caller redacts it before it is written anywhere.

export interface ServiceLog {
  service: string;
  containers: string[];
  /** The file's text: lines in order, a note first when the start was cut. */
  text: string;
  /** Earlier output was left out to stay within the bound. */
  truncated: boolean;
  /** What went wrong reading a container's log (the rest is kept). */
  problems: string[];
}

/** Bound for reading one container's log; what arrived by then is kept. */
export const LOG_READ_TIMEOUT_MS = 60_000;
/** Every line the daemon timestamps is at least this long ("2026-01-01T00:00:00.000000000Z "). */
const TIMESTAMP_CHARS = 31;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /;

/** The project's services (one-off `run` containers aside), each container's log read in turn. */
export async function collectServiceLogs(docker: DockerApi, projectName: string, options: { maxBytesPerService: number; timeoutMs?: number }): Promise<ServiceLog[]> {
  const containers = (await docker.listContainers({ all: true, labels: [projectFilter(projectName)] })).filter((container) => container.labels[COMPOSE_LABELS.oneoff] !== 'True');
  const byService = new Map<string, ContainerSummary[]>();
  for (const container of containers) {
    const service = container.labels[COMPOSE_LABELS.service] ?? container.name;
    byService.set(service, [...(byService.get(service) ?? []), container]);
  }
  const logs: ServiceLog[] = [];
  // One service at a time: memory holds one service's bound, not every service's.
  for (const [service, replicas] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
    replicas.sort((a, b) => replicaNumber(a) - replicaNumber(b));
    const budget = Math.floor(options.maxBytesPerService / replicas.length);
    const read = [];
    for (const container of replicas) read.push(await readContainerLog(docker, container, replicas.length > 1 ? `${service}-${replicaNumber(container)}` : undefined, budget, options.timeoutMs ?? LOG_READ_TIMEOUT_MS));
    const lines = read.length > 1 ? mergeByTime(read.map((one) => one.lines)) : (read[0]?.lines ?? []);
    const truncated = read.some((one) => one.truncated);
    const problems = read.flatMap((one) => one.problems);
    const head = truncated ? [`[docker-stability] Earlier lines were left out: only the last ${formatBytes(options.maxBytesPerService)} of this service's log are kept (logs-max-size).`] : [];
    const tail = problems.map((problem) => `[docker-stability] ${problem}`);
    logs.push({ service, containers: replicas.map((container) => container.name), text: [...head, ...lines, ...tail].join('\n') + '\n', truncated, problems });
  }
  return logs;
}

function replicaNumber(container: ContainerSummary): number {
  return Number(container.labels[COMPOSE_LABELS.containerNumber] ?? 1) || 1;
}

/** A first guess of a formatted line's size: most logs' lines are longer, so one read usually does. */
const FIRST_GUESS_LINE_BYTES = 128;

/**
 * One container's last `budget` bytes of formatted lines: "<timestamp> [<replica>] <stream> <text>".
 * The daemon reads its file backwards for the last N lines, and its cost grows with what it
 * sends: a first read asks for as many lines as the budget holds at a usual line size; when those
 * were fewer bytes than the budget and the log has more, a second read asks for as many as it
 * holds at their measured size, and so on up to the count that always covers the budget (every
 * timestamped line has at least 31 bytes). A log of gigabytes is never sent whole.
 */
async function readContainerLog(docker: DockerApi, container: ContainerSummary, replica: string | undefined, budget: number, timeoutMs: number): Promise<{ lines: string[]; truncated: boolean; problems: string[] }> {
  const covering = Math.max(1, Math.ceil(budget / TIMESTAMP_CHARS));
  let wanted = Math.min(covering, Math.max(1, Math.ceil(budget / FIRST_GUESS_LINE_BYTES)));
  for (;;) {
    const read = await readLastLines(docker, container, replica, budget, wanted, timeoutMs);
    const whole = read.received < wanted;
    if (whole || read.tail.droppedLines > 0 || wanted >= covering || read.problems.length) {
      return { lines: read.tail.kept(), truncated: read.tail.droppedLines > 0 || (!whole && !read.problems.length), problems: read.problems };
    }
    const average = read.tail.keptBytes / Math.max(1, read.tail.kept().length);
    wanted = Math.min(covering, Math.max(wanted * 2, Math.ceil((budget / average) * 1.25)));
  }
}

async function readLastLines(docker: DockerApi, container: ContainerSummary, replica: string | undefined, budget: number, wanted: number, timeoutMs: number): Promise<{ tail: LogTail; received: number; problems: string[] }> {
  const tail = new LogTail(budget);
  const format = (stream: string) => (line: string): void => {
    const stamp = TIMESTAMP.exec(line)?.[0] ?? '';
    tail.add(`${stamp}${replica ? `${replica} ` : ''}${stream} ${line.slice(stamp.length)}`);
  };
  const splitters = { stdout: new LineSplitter(format('stdout')), stderr: new LineSplitter(format('stderr')) };
  let received = 0;
  const problems: string[] = [];
  try {
    await docker.streamContainerLogs(container.id, { follow: false, timestamps: true, tail: wanted, timeoutMs }, (chunk) => {
      received += chunk.text.split('\n').length - 1;
      splitters[chunk.stream].push(chunk.text);
    });
  } catch (error) {
    problems.push(`The log of ${container.name} could not be read to its end (${errorMessage(error)}); what arrived is kept.`);
  }
  splitters.stdout.end();
  splitters.stderr.end();
  return { tail, received, problems };
}

/** Lines of several replicas in the order of their timestamps (each replica's own order kept). */
export function mergeByTime(replicas: string[][]): string[] {
  const keyed: Array<{ key: string; line: string; order: number }> = [];
  let order = 0;
  for (const lines of replicas) {
    let last = '';
    for (const line of lines) {
      // A line without a timestamp goes with the line before it.
      last = TIMESTAMP.exec(line)?.[0] ?? last;
      keyed.push({ key: last, line, order: (order += 1) });
    }
  }
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order)).map((entry) => entry.line);
}
