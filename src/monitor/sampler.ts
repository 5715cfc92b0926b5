import { COMPOSE_LABELS, projectFilter } from '../compose/labels.js';
import type { Clock } from '../ports/clock.js';
import { DockerUnavailableError, type ContainerSummary, type DockerApi } from '../ports/docker.js';
import type { HostProbe } from '../ports/host.js';
import type { MonitorConfig } from './config.js';
import { EventFeed } from './event-feed.js';
import { round2, type EndRecord, type TickRecord } from './records.js';
import type { Redactor } from '../core/untrusted.js';
import { Recorder, type RecordStore } from './recorder.js';
import { sampleOf, type CpuReading } from './stats.js';
import { MonitorState } from './state.js';

export interface MonitorDeps {
  docker: DockerApi;
  host: HostProbe;
  clock: Clock;
  store: RecordStore;
  /** False once the runner removed the run directory: the job is over. */
  runDirExists: () => boolean;
  /** Blanks the run's secret values from every record before it is written. */
  redactor?: Pick<Redactor, 'redactJson'>;
}

/**
 * Periodic work besides sampling that must happen while the job runs (the lease's renewal,
 * for one). Failures are noted in the file and never stop the monitor.
 */
export interface MonitorDuty {
  name: string;
  everyMs: number;
  run(signal: AbortSignal): Promise<void>;
}

/**
 * Stats calls in flight at once. The daemon answers stats from a collector that runs once a
 * second for every waiting caller (moby daemon/stats/collector.go), so even a one-shot call
 * waits up to 1 s: asked one after another, 20 containers would take 20 s. Asked together,
 * one collector pass answers them all.
 */
const STATS_CONCURRENCY = 64;
const MAX_BACKOFF_MS = 10_000;
/**
 * The container list is read again when an event says a container started or stopped, when a
 * stats call finds one gone, and at least every this many ticks (a missed event): listing every
 * tick would be a quarter of the monitor's CPU for a list that rarely changes.
 */
const RELIST_EVERY_TICKS = 10;
const FINAL_INSPECT_MS = 3000;
/**
 * A tick dropped on the stop whose call had waited this long counts as the daemon being away. A
 * stats call waits up to a second on the collector, longer on a loaded runner; five is neither.
 */
const UNANSWERED_AT_STOP_MS = 5000;

interface Known {
  index: number;
  shortId: string;
  inspected: boolean;
  cpu?: CpuReading;
}

/**
 * The monitor's loop: samples every running container of the project each interval, streams
 * its events, records gaps while the daemon is away, and ends on the signal (after a final
 * flush), at its maximum lifetime, when the run directory disappears, or when the project has
 * had no container for a while. Resolves with why it ended.
 */
export async function runMonitor(deps: MonitorDeps, config: MonitorConfig, signal: AbortSignal, duties: MonitorDuty[] = []): Promise<EndRecord['reason']> {
  const { docker, clock } = deps;
  const recorder = new Recorder(new MonitorState(), deps.store, config.maxFileBytes, deps.redactor);
  const known = new Map<string, Known>();
  const stop = new AbortController();
  const stopAll = (): void => stop.abort();
  signal.addEventListener('abort', stopAll, { once: true });
  const label = projectFilter(config.projectName);

  const ensure = (id: string, fields: { name: string; service: string; image: string; limit: number; health: boolean }, inspected: boolean): Known => {
    let entry = known.get(id);
    if (!entry || (inspected && !entry.inspected)) {
      entry = { index: entry?.index ?? recorder.state.nextIndex(), shortId: id.slice(0, 12), inspected, cpu: entry?.cpu };
      known.set(id, entry);
      recorder.write({ k: 'ctr', i: entry.index, id: entry.shortId, ...fields });
    }
    return entry;
  };

  recorder.write({ k: 'meta', v: 1, project: config.projectName, intervalMs: config.sampleIntervalMs, startedAtMs: config.startedAtMs, pid: deps.host.pid, hostMemTotal: deps.host.memory()?.totalBytes });
  let listDue = true;
  let ticksSinceList = 0;
  let running: ContainerSummary[] = [];
  const feed = new EventFeed(docker, clock, label, Math.floor(config.startedAtMs / 1000), (event) => {
    if (event.action === 'start' || event.action === 'die') listDue = true;
    const entry = ensure(event.fullId, { name: event.name, service: event.service, image: event.image, limit: 0, health: false }, false);
    const { fullId: _full, image: _image, ...rest } = event;
    recorder.write({ k: 'ev', ...rest, id: entry.shortId });
  });
  const events = feed.run(stop.signal);
  const dutyLoops = duties.map((duty) => runDuty(duty, clock, stop.signal, (text) => recorder.write({ k: 'note', t: clock.now(), text })));

  let reason: EndRecord['reason'] = 'stopped';
  let lastGoodTick: number | undefined;
  let downSince: number | undefined;
  let downReason = '';
  let failures = 0;
  let sawContainers = false;
  let idleSince: number | undefined;
  const deadline = config.startedAtMs + config.maxLifetimeMs;

  while (!stop.signal.aborted) {
    const started = clock.now();
    if (started >= deadline) {
      reason = 'max-lifetime';
      break;
    }
    if (!deps.runDirExists()) {
      reason = 'run-dir-gone';
      break;
    }
    try {
      // With nothing to sample, the listing is the tick's only word with the daemon (and how a
      // daemon that went away is noticed).
      if (listDue || running.length === 0 || downSince !== undefined || ticksSinceList >= RELIST_EVERY_TICKS) {
        listDue = false;
        ticksSinceList = 0;
        running = await orStop(docker.listContainers({ all: false, labels: [label] }), stop.signal);
      }
      ticksSinceList += 1;
      if (downSince !== undefined) {
        recorder.write({ k: 'gap', from: lastGoodTick ?? downSince, to: started, reason: downReason });
        // Counters restart with the daemon's containers: a CPU delta across the gap means nothing.
        for (const entry of known.values()) entry.cpu = undefined;
        downSince = undefined;
      }
      failures = 0;
      for (const container of running) {
        const entry = known.get(container.id);
        if (entry?.inspected) continue;
        const details = await orStop(docker.inspectContainer(container.id), stop.signal);
        ensure(
          container.id,
          {
            name: container.name,
            service: container.labels[COMPOSE_LABELS.service] ?? container.name,
            image: details?.image ?? container.image,
            limit: details?.memoryLimitBytes ?? 0,
            health: details?.healthcheck !== undefined && !details.healthcheck.test.includes('NONE'),
          },
          details !== undefined,
        );
      }
      const samples = await orStop(mapLimited(running, STATS_CONCURRENCY, async (container): Promise<TickRecord['c'][number] | undefined> => {
        const entry = known.get(container.id)!;
        // The daemon being away fails the whole tick (a gap); anything else only this sample.
        const stats = await docker.containerStats(container.id).catch((error: unknown) => {
          if (error instanceof DockerUnavailableError) throw error;
          return undefined;
        });
        if (!stats) {
          listDue = true;
          return undefined;
        }
        const { sample, cpu } = sampleOf(stats, entry.cpu);
        entry.cpu = cpu;
        return [entry.index, round2(sample.cpuPercent), sample.memoryBytes, sample.pids, sample.rxBytes, sample.txBytes, sample.readBytes, sample.writeBytes];
      }), stop.signal);
      const memory = deps.host.memory();
      recorder.write({
        k: 'tick',
        t: started,
        h: memory ? [memory.totalBytes - memory.availableBytes, memory.totalBytes] : undefined,
        c: samples.filter((sample) => sample !== undefined),
      });
      lastGoodTick = started;
      if (running.length > 0) {
        sawContainers = true;
        idleSince = undefined;
      } else if (sawContainers) {
        idleSince ??= started;
        if (started - idleSince >= config.idleExitMs) {
          reason = 'idle';
          break;
        }
      }
    } catch (error) {
      if (error === STOPPED) {
        // A call unanswered this long is a daemon that went away (frozen, restarting), not the
        // collector's second: the gap is recorded as the call's timeout would have.
        const waited = clock.now() - started;
        if (downSince === undefined && waited >= UNANSWERED_AT_STOP_MS) {
          downSince = started;
          downReason = `the Docker daemon did not answer (no answer for ${Math.round(waited / 1000)} s)`;
        }
        break;
      }
      failures += 1;
      listDue = true;
      if (downSince === undefined) {
        downSince = started;
        downReason = `the Docker daemon did not answer (${outageDetail(error)})`;
      }
    }
    const wait = failures === 0 ? config.sampleIntervalMs : Math.min(config.sampleIntervalMs * 2 ** (failures - 1), Math.max(config.sampleIntervalMs, MAX_BACKOFF_MS));
    await clock.sleep(Math.max(0, started + wait - clock.now()), stop.signal);
  }

  stop.abort();
  await Promise.allSettled([events, ...dutyLoops]);
  const now = clock.now();
  if (downSince !== undefined) recorder.write({ k: 'gap', from: lastGoodTick ?? downSince, to: now, reason: `${downReason}; still away when the monitor ended` });
  await finalInspect(docker, known, recorder);
  recorder.write({ k: 'end', t: clock.now(), reason });
  return reason;
}

/** What a call left behind by `orStop` rejects with: the monitor was told to stop, not a failure. */
const STOPPED = Symbol('stopped');

/**
 * The call's result, or STOPPED as soon as the monitor is told to stop. A stats call waits up to
 * a second for the daemon's collector (see STATS_CONCURRENCY) and post waits on the monitor's
 * end record before it tears down: a tick in flight is dropped, not finished. The dropped call
 * settles later on its own; nothing of it is written after the signal.
 */
function orStop<T>(call: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(STOPPED);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(STOPPED);
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Restart counts and OOM flags as inspect has them, bounded: the daemon may be gone. */
async function finalInspect(docker: DockerApi, known: Map<string, Known>, recorder: Recorder): Promise<void> {
  const inspections = Promise.all(
    [...known].map(async ([id, entry]) => {
      const details = await docker.inspectContainer(id).catch(() => undefined);
      if (details) {
        recorder.write({ k: 'final', id: entry.shortId, restartCount: details.restartCount, oomKilled: details.state.oomKilled, health: details.state.health?.status });
      }
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([inspections, new Promise((resolve) => (timer = setTimeout(resolve, FINAL_INSPECT_MS)))]);
  clearTimeout(timer);
}

async function runDuty(duty: MonitorDuty, clock: Clock, signal: AbortSignal, note: (text: string) => void): Promise<void> {
  while (!signal.aborted) {
    await clock.sleep(duty.everyMs, signal);
    if (signal.aborted) return;
    try {
      await duty.run(signal);
    } catch (error) {
      note(`${duty.name} failed: ${firstLine(error)}`);
    }
  }
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** "connect ENOENT /var/run/docker.sock" rather than the whole advice-laden message. */
function outageDetail(error: unknown): string {
  if (!(error instanceof DockerUnavailableError)) return firstLine(error);
  if (error.timedOut) return `'${error.operation}' timed out`;
  return error.cause instanceof Error ? error.cause.message : String(error.cause);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
