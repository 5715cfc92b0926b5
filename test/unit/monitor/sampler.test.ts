import { describe, expect, test } from 'vitest';
import { analyseMonitor } from '../../../src/monitor/analysis.js';
import { monitorConfig } from '../../../src/monitor/config.js';
import { parseRecord, type MonitorRecord } from '../../../src/monitor/records.js';
import { runMonitor, type MonitorDuty } from '../../../src/monitor/sampler.js';
import { MonitorState } from '../../../src/monitor/state.js';
import type { Clock } from '../../../src/ports/clock.js';
import { DockerUnavailableError, type ContainerSummary, type DockerApi, type DockerEvent, type RawStats } from '../../../src/ports/docker.js';
import type { HostProbe } from '../../../src/ports/host.js';

const START = 1_800_000_000_000;
const MiB = 1024 ** 2;

/** Virtual time: sleeping advances it at once; `onAdvance` lets a test stop at a virtual moment. */
function virtualClock(onAdvance: (elapsedMs: number) => void = () => undefined): Clock {
  let now = START;
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      if (!signal?.aborted) now += ms;
      onAdvance(now - START);
      await Promise.resolve();
    },
  };
}

const container = (id: string, service: string): ContainerSummary => ({
  id,
  name: `p-${service}-1`,
  image: 'img',
  state: 'running',
  status: 'Up',
  labels: { 'com.docker.compose.project': 'p', 'com.docker.compose.service': service },
  createdSeconds: 0,
  ports: [],
});

const stats = (cpuNs: number, systemNs: number, memory: number): RawStats => ({
  read: '',
  cpu_stats: { cpu_usage: { total_usage: cpuNs }, system_cpu_usage: systemNs, online_cpus: 2 },
  memory_stats: { usage: memory, limit: 64 * MiB, stats: { total_inactive_file: 0 } },
  pids_stats: { current: 3 },
});

interface Scenario {
  /** Virtual ms ranges when the daemon is away. */
  down?: Array<[number, number]>;
  events?: Array<{ at: number; event: DockerEvent }>;
  stopAt: number;
  containers?: ContainerSummary[];
}

function fakeDocker(clock: Clock, scenario: Scenario, calls: string[]): DockerApi {
  const isDown = (): boolean => (scenario.down ?? []).some(([from, to]) => clock.now() - START >= from && clock.now() - START < to);
  const guard = (operation: string): void => {
    calls.push(operation);
    if (isDown()) throw new DockerUnavailableError('unix:///fake.sock', operation, 'connect ECONNREFUSED', false);
  };
  let tick = 0;
  return {
    endpoint: 'unix:///fake.sock',
    listContainers: async () => {
      guard('list');
      return scenario.containers ?? [container('aaaaaaaaaaaa1111', 'db'), container('bbbbbbbbbbbb2222', 'web')];
    },
    inspectContainer: async (id: string) => {
      guard('inspect');
      return {
        id,
        name: 'x',
        image: id.startsWith('a') ? 'postgres:15' : 'busybox',
        labels: {},
        restartCount: 0,
        state: { status: 'running', running: true, exitCode: 0, oomKilled: false, startedAt: '', finishedAt: '' },
        memoryLimitBytes: 64 * MiB,
        nanoCpus: 0,
        healthcheck: id.startsWith('a') ? { test: ['CMD', 'true'], intervalNs: 0, timeoutNs: 0, retries: 0, startPeriodNs: 0 } : undefined,
      };
    },
    containerStats: async (id: string) => {
      guard('stats');
      tick += 1;
      return stats(tick * 1e8, tick * 1e9, (id.startsWith('a') ? 40 : 10) * MiB + tick);
    },
    streamEvents: async (query, onEvent, signal) => {
      guard('events');
      calls.push(`events since ${query.since}`);
      for (const { at, event } of scenario.events ?? []) {
        if (clock.now() - START <= at) onEvent(event);
      }
      await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
    },
  } as Partial<DockerApi> as DockerApi;
}

const host: HostProbe = {
  pid: 4242,
  memory: () => ({ totalBytes: 8000 * MiB, availableBytes: 6000 * MiB }),
  load: () => ({ load1: 0, cpus: 2 }),
  freeDiskBytes: async () => undefined,
  processIdentity: () => undefined,
};

async function run(scenario: Scenario, duties: MonitorDuty[] = [], options: { runDirExists?: () => boolean; maxFileBytes?: number } = {}) {
  const controller = new AbortController();
  const clock = virtualClock((elapsed) => {
    if (elapsed >= scenario.stopAt) controller.abort();
  });
  const calls: string[] = [];
  const lines: string[] = [];
  let replaced = 0;
  const docker = fakeDocker(clock, scenario, calls);
  const config = monitorConfig({
    projectName: 'p',
    sampleIntervalMs: 1000,
    samplesFile: '/x',
    runDir: '/r',
    startedAtMs: START,
    maxFileBytes: options.maxFileBytes ?? 1024 * 1024,
    idleExitMs: 60_000,
  });
  const store = {
    append: (text: string) => lines.push(...text.split('\n').filter(Boolean)),
    replace: (text: string) => {
      replaced += 1;
      lines.splice(0, lines.length, ...text.split('\n').filter(Boolean));
    },
  };
  const reason = await runMonitor({ docker, host, clock, store, runDirExists: options.runDirExists ?? (() => true) }, config, controller.signal, duties);
  const records = lines.map((line) => parseRecord(line)!);
  const state = new MonitorState();
  for (const record of records) state.apply(record);
  return { reason, records, calls, replaced, report: analyseMonitor(state) };
}

const event = (action: string, id = 'aaaaaaaaaaaa1111', t = START + 500): DockerEvent => ({
  type: 'container',
  action,
  id,
  attributes: { name: id.startsWith('a') ? 'p-db-1' : 'p-web-1', 'com.docker.compose.service': id.startsWith('a') ? 'db' : 'web', image: 'img', exitCode: '137', SECRET_ENV: 'hunter2' },
  timeNano: t * 1e6,
});

describe('runMonitor', () => {
  test('samples every container each interval and ends with a final flush on the signal', async () => {
    const { reason, records, report } = await run({ stopAt: 10_000, events: [{ at: 0, event: event('oom') }] });
    expect(reason).toBe('stopped');
    expect(records[0]).toMatchObject({ k: 'meta', project: 'p', intervalMs: 1000 });
    expect(records.filter((r) => r.k === 'tick').length).toBeGreaterThanOrEqual(9);
    expect(records.at(-1)).toMatchObject({ k: 'end', reason: 'stopped' });
    expect(records.filter((r) => r.k === 'final')).toHaveLength(2);
    const db = report.services.find((s) => s.service === 'db')!;
    expect(db).toMatchObject({ image: 'postgres:15', memoryLimitBytes: 64 * MiB, hasHealthcheck: true, oomKills: 1 });
    expect(db.peakMemoryBytes).toBeGreaterThanOrEqual(40 * MiB);
    // 1e8 ns of CPU per 1e9 ns of system time on 2 CPUs, but the fake advances per call: just positive.
    expect(db.meanCpuPercent).toBeGreaterThan(0);
    expect(report.services.find((s) => s.service === 'web')!.hasHealthcheck).toBe(false);
  });

  test('event attributes other than name, service, exit code and signal never reach the file', async () => {
    const { records } = await run({ stopAt: 3000, events: [{ at: 0, event: event('die') }] });
    const text = JSON.stringify(records);
    expect(text).not.toContain('hunter2');
    expect(records.find((r) => r.k === 'ev')).toMatchObject({ action: 'die', exitCode: 137, service: 'db', name: 'p-db-1' });
  });

  test('a daemon outage is a gap; sampling and the event stream resume after it', async () => {
    const { records, calls, report } = await run({ stopAt: 20_000, down: [[4000, 9000]] });
    expect(report.gaps).toHaveLength(1);
    const gap = report.gaps[0]!;
    expect(gap.fromMs - START).toBeLessThanOrEqual(4000);
    expect(gap.toMs - START).toBeGreaterThanOrEqual(9000);
    expect(gap.reason).toContain('the Docker daemon did not answer');
    const ticksAfter = records.filter((r) => r.k === 'tick' && r.t > gap.toMs);
    expect(ticksAfter.length).toBeGreaterThan(3);
    expect(calls.filter((c) => c === 'events').length).toBeGreaterThanOrEqual(1);
  });

  test('a daemon that goes away between two listings is still a gap (stats fail as unavailable)', async () => {
    // Down for 3 s starting right after a listing: only the stats calls see it.
    const { report, calls } = await run({ stopAt: 20_000, down: [[2500, 5500]] });
    expect(report.gaps).toHaveLength(1);
    expect(calls.filter((c) => c === 'list').length).toBeLessThan(calls.filter((c) => c === 'stats').length / 2);
  });

  test('ends itself at its maximum lifetime and when the run directory disappears', async () => {
    const lifetime = await run({ stopAt: Number.MAX_SAFE_INTEGER, containers: [] });
    expect(lifetime.reason).toBe('max-lifetime');
    let checks = 0;
    const gone = await run({ stopAt: Number.MAX_SAFE_INTEGER }, [], { runDirExists: () => (checks += 1) < 5 });
    expect(gone.reason).toBe('run-dir-gone');
    expect(gone.records.at(-1)).toMatchObject({ k: 'end', reason: 'run-dir-gone' });
  });

  test('ends when the project has had no container for the idle time', async () => {
    let listed = 0;
    const clock = virtualClock();
    const docker = fakeDocker(clock, { stopAt: 0 }, []);
    const original = docker.listContainers.bind(docker);
    docker.listContainers = async (query) => ((listed += 1) <= 3 ? original(query) : []);
    const lines: string[] = [];
    const config = monitorConfig({ projectName: 'p', sampleIntervalMs: 1000, samplesFile: '/x', runDir: '/r', startedAtMs: START, idleExitMs: 10_000 });
    const reason = await runMonitor(
      { docker, host, clock, store: { append: (t) => lines.push(t), replace: () => undefined }, runDirExists: () => true },
      config,
      new AbortController().signal,
    );
    expect(reason).toBe('idle');
    // The list is read at least every 10 ticks, so idleness is seen within idle time + 10 s.
    expect(clock.now() - START).toBeLessThan(45_000);
  });

  test('a stop that arrives while stats are in flight ends at once: the tick is dropped, the final flush and end record written', async () => {
    const clock = virtualClock();
    const controller = new AbortController();
    const docker = fakeDocker(clock, { stopAt: 0 }, []);
    let asked = 0;
    // The daemon's collector answers up to a second later; here it never does, and the stop
    // arrives while the first stats calls wait.
    docker.containerStats = () => {
      asked += 1;
      if (asked === 2) queueMicrotask(() => controller.abort());
      return new Promise<RawStats | undefined>(() => undefined);
    };
    const lines: string[] = [];
    const config = monitorConfig({ projectName: 'p', sampleIntervalMs: 1000, samplesFile: '/x', runDir: '/r', startedAtMs: START, idleExitMs: 60_000 });
    const reason = await runMonitor({ docker, host, clock, store: { append: (t) => lines.push(...t.split('\n').filter(Boolean)), replace: () => undefined }, runDirExists: () => true }, config, controller.signal);
    const records = lines.map((line) => parseRecord(line)!);
    expect(reason).toBe('stopped');
    expect(asked).toBe(2);
    expect(records.filter((r) => r.k === 'tick' || r.k === 'gap')).toEqual([]);
    expect(records.filter((r) => r.k === 'final')).toHaveLength(2);
    expect(records.at(-1)).toMatchObject({ k: 'end', reason: 'stopped' });
  });

  test('a stop that drops a call unanswered for seconds (a frozen daemon) records the gap as still open', async () => {
    let now = START;
    const clock: Clock = { now: () => now, sleep: async (ms, signal) => void (signal?.aborted ? undefined : (now += ms)) };
    const controller = new AbortController();
    const docker = fakeDocker(clock, { stopAt: 0 }, []);
    let asked = 0;
    docker.listContainers = async (query) => {
      asked += 1;
      if (asked === 1) return fakeDocker(clock, { stopAt: 0 }, []).listContainers(query);
      // The daemon froze: this listing hangs, and post stops the monitor 14 s later.
      queueMicrotask(() => {
        now += 14_000;
        controller.abort();
      });
      return new Promise<ContainerSummary[]>(() => undefined);
    };
    docker.inspectContainer = async () => undefined;
    docker.containerStats = async () => stats(1e8, 1e9, MiB);
    const lines: string[] = [];
    const config = monitorConfig({ projectName: 'p', sampleIntervalMs: 1000, samplesFile: '/x', runDir: '/r', startedAtMs: START, idleExitMs: 60_000 });
    // The first listing answers; the relisting ten ticks later is the one that hangs.
    await runMonitor({ docker, host, clock, store: { append: (t) => lines.push(...t.split('\n').filter(Boolean)), replace: () => undefined }, runDirExists: () => true }, config, controller.signal);
    const records = lines.map((line) => parseRecord(line)!);
    const state = new MonitorState();
    for (const record of records) state.apply(record);
    const gaps = analyseMonitor(state).gaps;
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.reason).toBe('the Docker daemon did not answer (no answer for 14 s); still away when the monitor ended');
    expect(records.at(-1)).toMatchObject({ k: 'end', reason: 'stopped' });
  });

  test('duties run periodically; their failures become notes', async () => {
    let runs = 0;
    const duty: MonitorDuty = {
      name: 'lease renewal',
      everyMs: 2000,
      run: async () => {
        runs += 1;
        if (runs === 2) throw new Error('lease was taken over');
      },
    };
    const { report } = await run({ stopAt: 9000 }, [duty]);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(report.notes).toEqual(['lease renewal failed: lease was taken over']);
  });

  test('the file is compacted when it passes its cap, and still reads back whole', async () => {
    const { replaced, report, records } = await run({ stopAt: 300_000 }, [], { maxFileBytes: 16 * 1024 });
    expect(replaced).toBeGreaterThan(0);
    expect(records.filter((r: MonitorRecord) => r.k === 'meta')).toHaveLength(1);
    expect(report.services.map((s) => s.samples)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(report.services[0]!.samples).toBeGreaterThan(250);
  });
});
