import { COMPOSE_LABELS, projectFilter } from '../compose/labels.js';
import { errorMessage } from '../core/errors.js';
import type { Clock } from '../ports/clock.js';
import type { DockerApi } from '../ports/docker.js';
import type { NetworkProbe, ProbeAttempt } from '../ports/network.js';
import { compileLogPattern, LineMatcher, type LinePredicate } from './log-lines.js';
import { hostAndPort, publishedPorts, type ReplicaPorts } from './published-ports.js';
import { describeProbe, type WaitFor } from './wait-for.js';

// `wait-for` after `up --wait`: each probe tried against every running replica of its service,
// all at once, until it passes or the time runs out. TCP and HTTP go to the host port the daemon
// published (read from the daemon, so ephemeral ports work); a log probe follows the container's
// log. A replica whose container stops fails at once rather than at the deadline.

/** One replica's answer to one probe. */
export interface ReplicaReadiness {
  container: string;
  replica: number;
  ready: boolean;
  attempts: number;
  /** From the start of the wait until it passed. */
  waitedMs?: number;
  /** From the container's start (the daemon's StartedAt) until it passed, when that is known. */
  sinceStartMs?: number;
  /** The last answer: what passed, or why it did not. */
  detail: string;
}

export interface ProbeReadiness {
  /** As the user wrote it: `db:5432`. */
  probe: string;
  service: string;
  /** "TCP 5432", "HTTP GET /healthz", "log /ready/". */
  target: string;
  ready: boolean;
  replicas: ReplicaReadiness[];
  /** Why it could not be tried at all: no such service, a port not published, a bad pattern. */
  problem?: string;
}

export interface ReadinessOutcome {
  ok: boolean;
  durationMs: number;
  ports: ReplicaPorts[];
  probes: ProbeReadiness[];
}

export interface ReadinessDeps {
  docker: DockerApi;
  network: NetworkProbe;
  clock: Clock;
}

const TCP_ATTEMPT_MS = 2000;
const HTTP_ATTEMPT_MS = 5000;
/** Even past the deadline, one attempt gets this long (the deadline is checked between attempts). */
const MIN_ATTEMPT_MS = 1000;
/** Longer than Docker's userland proxy takes to close a connection nothing listens behind (~30 ms). */
export const TCP_HOLD_MS = 500;
const FIRST_PAUSE_MS = 250;
const MAX_PAUSE_MS = 1000;
/** How often a waiting replica's container is looked at, to stop waiting for one that exited. */
const STATE_CHECK_MS = 2000;

/** Reads the published ports, then runs every probe until the deadline (absolute, clock time). */
export async function awaitReadiness(deps: ReadinessDeps, projectName: string, probes: WaitFor[], options: { deadlineMs: number; signal?: AbortSignal }): Promise<ReadinessOutcome> {
  const started = deps.clock.now();
  const containers = await deps.docker.listContainers({ all: true, labels: [projectFilter(projectName)] });
  const ports = publishedPorts(containers, deps.docker.endpoint);
  const results = await Promise.all(
    probes.map(async (probe): Promise<ProbeReadiness> => {
      const base = { probe: probe.text, service: probe.service, target: describeProbe(probe) };
      const replicas = ports.filter((replica) => replica.service === probe.service);
      if (replicas.length === 0) {
        const stopped = containers.filter((container) => container.labels[COMPOSE_LABELS.service] === probe.service);
        const problem = stopped.length
          ? `no running container of service '${probe.service}' (${stopped.map((container) => `${container.name}: ${container.state}`).join(', ')})`
          : `the stack has no container of service '${probe.service}' (not one of its services, or in a profile that is not enabled)`;
        return { ...base, ready: false, replicas: [], problem };
      }
      let predicate: LinePredicate | undefined;
      if (probe.kind === 'log') {
        const compiled = await compileLogPattern(probe.pattern);
        if ('error' in compiled) return { ...base, ready: false, replicas: [], problem: compiled.error };
        predicate = compiled;
      }
      const answers = await Promise.all(replicas.map((replica) => awaitReplica(deps, probe, replica, predicate, { started, ...options })));
      const problem = answers.find((answer) => 'problem' in answer) as { problem: string } | undefined;
      const done = answers.filter((answer): answer is ReplicaReadiness => !('problem' in answer));
      if (problem) return { ...base, ready: false, replicas: done, problem: problem.problem };
      return { ...base, ready: done.every((replica) => replica.ready), replicas: done };
    }),
  );
  return { ok: results.every((result) => result.ready), durationMs: deps.clock.now() - started, ports, probes: results };
}

interface WaitOptions {
  started: number;
  deadlineMs: number;
  signal?: AbortSignal;
}

async function awaitReplica(deps: ReadinessDeps, probe: WaitFor, replica: ReplicaPorts, predicate: LinePredicate | undefined, options: WaitOptions): Promise<ReplicaReadiness | { problem: string }> {
  const startedAt = await containerStart(deps.docker, replica.containerId);
  const base = { container: replica.container, replica: replica.replica };
  const passed = (attempts: number, detail: string): ReplicaReadiness => {
    const now = deps.clock.now();
    const sinceStart = startedAt === undefined ? undefined : now - startedAt;
    return { ...base, ready: true, attempts, waitedMs: now - options.started, ...(sinceStart !== undefined && sinceStart >= 0 ? { sinceStartMs: sinceStart } : {}), detail };
  };
  if (probe.kind === 'log') return followLog(deps, replica, predicate!, options, passed);

  const target = targetPort(probe, replica);
  if ('problem' in target) return target;
  const attempt = (remainingMs: number): Promise<ProbeAttempt> =>
    probe.kind === 'tcp'
      ? deps.network.tcp(target.host, target.hostPort, { timeoutMs: Math.max(MIN_ATTEMPT_MS, Math.min(TCP_ATTEMPT_MS, remainingMs)), holdMs: TCP_HOLD_MS })
      : deps.network.http(`http://${hostAndPort(target)}${probe.path}`, { timeoutMs: Math.max(MIN_ATTEMPT_MS, Math.min(HTTP_ATTEMPT_MS, remainingMs)) });

  let attempts = 0;
  let pause = FIRST_PAUSE_MS;
  let lastStateCheck = deps.clock.now();
  for (;;) {
    attempts += 1;
    const answer = await attempt(options.deadlineMs - deps.clock.now());
    if (answer.ok) return passed(attempts, `${hostAndPort(target)}: ${answer.detail}`);
    const why = `${hostAndPort(target)}: ${answer.reason}`;
    if (options.signal?.aborted) return { ...base, ready: false, attempts, detail: `interrupted; last: ${why}` };
    if (deps.clock.now() - lastStateCheck >= STATE_CHECK_MS) {
      lastStateCheck = deps.clock.now();
      const stopped = await stoppedState(deps.docker, replica.containerId);
      if (stopped) return { ...base, ready: false, attempts, detail: `the container ${stopped}; last: ${why}` };
    }
    const remaining = options.deadlineMs - deps.clock.now();
    if (remaining <= 0) return { ...base, ready: false, attempts, detail: `not ready when the wait ended; last: ${why}` };
    await deps.clock.sleep(Math.min(pause, remaining), options.signal);
    pause = Math.min(MAX_PAUSE_MS, Math.round(pause * 1.5));
  }
}

/** The replica's host port for a TCP or HTTP probe, or why there is none to try. */
function targetPort(probe: Extract<WaitFor, { kind: 'tcp' | 'http' }>, replica: ReplicaPorts): ReplicaPorts['ports'][number] | { problem: string } {
  const tcp = replica.ports.filter((port) => port.protocol === 'tcp');
  const wanted = probe.port;
  const found = wanted === undefined ? tcp[0] : tcp.find((port) => port.containerPort === wanted);
  if (found) return found;
  if (wanted === undefined) return { problem: `${replica.container} publishes no TCP port to probe; publish one (ports: ["8080"] gives an ephemeral host port) or probe the log` };
  return {
    problem: `port ${wanted}/tcp of ${replica.container} is not published${tcp.length ? ` (it publishes ${tcp.map((port) => port.containerPort).join(', ')})` : ''}; publish it (ports: ["${wanted}"] gives an ephemeral host port) or probe the log`,
  };
}

/** Follows the container's log until a line matches, the container stops, or the time runs out. */
async function followLog(
  deps: ReadinessDeps,
  replica: ReplicaPorts,
  predicate: LinePredicate,
  options: WaitOptions,
  passed: (attempts: number, detail: string) => ReplicaReadiness,
): Promise<ReplicaReadiness> {
  const base = { container: replica.container, replica: replica.replica };
  const matcher = new LineMatcher(predicate);
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  let matched = false;
  const remaining = Math.max(0, options.deadlineMs - deps.clock.now());
  // The deadline, on the clock the rest of the wait uses.
  const deadline = deps.clock.sleep(remaining, stop.signal).then(() => stop.abort());
  let failure: string | undefined;
  try {
    await deps.docker.streamContainerLogs(
      replica.containerId,
      { follow: true, timestamps: false, timeoutMs: remaining + 10_000 },
      (chunk) => {
        if (!matched && matcher.push(chunk.stream, chunk.text)) {
          matched = true;
          stop.abort();
        }
      },
      signal,
    );
    if (!matched && !stop.signal.aborted && matcher.end()) matched = true;
  } catch (error) {
    failure = errorMessage(error);
  } finally {
    stop.abort();
    await deadline;
  }
  const lines = `${matcher.lines} ${matcher.lines === 1 ? 'line' : 'lines'} read`;
  if (matched) return passed(1, `a matching line after ${lines}`);
  if (failure) return { ...base, ready: false, attempts: 1, detail: `the log could not be read: ${failure}` };
  if (options.signal?.aborted) return { ...base, ready: false, attempts: 1, detail: `interrupted; ${lines}` };
  if (deps.clock.now() >= options.deadlineMs) return { ...base, ready: false, attempts: 1, detail: `no matching line when the wait ended (${lines})` };
  const stopped = await stoppedState(deps.docker, replica.containerId);
  return { ...base, ready: false, attempts: 1, detail: `the log ended without a matching line (${lines})${stopped ? `: the container ${stopped}` : ''}` };
}

/** When the container started, in clock milliseconds, from the daemon's StartedAt. */
async function containerStart(docker: DockerApi, id: string): Promise<number | undefined> {
  const details = await docker.inspectContainer(id).catch(() => undefined);
  const at = details ? Date.parse(details.state.startedAt) : NaN;
  return Number.isFinite(at) && at > 0 ? at : undefined;
}

/** "exited with code 1" when the container no longer runs; undefined while it does (or cannot be told). */
async function stoppedState(docker: DockerApi, id: string): Promise<string | undefined> {
  const details = await docker.inspectContainer(id).catch(() => 'unknown' as const);
  if (details === 'unknown' || details?.state.running) return undefined;
  if (!details) return 'was removed';
  return details.state.status === 'exited' ? `exited with code ${details.state.exitCode}${details.state.oomKilled ? ' (OOM-killed)' : ''}` : `is ${details.state.status}`;
}
