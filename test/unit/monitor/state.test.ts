import { describe, expect, test } from 'vitest';
import { analyseMonitor } from '../../../src/monitor/analysis.js';
import { parseRecord, type MonitorRecord } from '../../../src/monitor/records.js';
import { MonitorState } from '../../../src/monitor/state.js';
import { syntheticRecords } from '../../support/monitor-synthetic.js';

function fold(records: Iterable<MonitorRecord>): MonitorState {
  const state = new MonitorState();
  for (const record of records) state.apply(record);
  return state;
}

const MiB = 1024 ** 2;
const start = 1_000_000;
const ctr = (i: number, service: string, health = true): MonitorRecord => ({ k: 'ctr', i, id: `id${i}`, name: `p-${service}-1`, service, image: 'img', limit: 32 * MiB, health });
const ev = (t: number, i: number, service: string, action: string, extra: object = {}): MonitorRecord => ({ k: 'ev', t: start + t, id: `id${i}`, name: `p-${service}-1`, service, action, ...extra });
const tick = (t: number, ...c: Array<[number, number, number]>): MonitorRecord => ({
  k: 'tick',
  t: start + t,
  h: [1000 * MiB + t, 4000 * MiB],
  c: c.map(([i, cpu, mem]) => [i, cpu, mem, 2, 10, 20, 30, 40]),
});

describe('MonitorState and analyseMonitor', () => {
  const run: MonitorRecord[] = [
    { k: 'meta', v: 1, project: 'p', intervalMs: 1000, startedAtMs: start, pid: 1 },
    ctr(0, 'db'),
    ctr(1, 'web', false),
    ev(100, 0, 'db', 'start'),
    ev(150, 1, 'web', 'start'),
    ev(2600, 0, 'db', 'health_status: healthy'),
    tick(3000, [0, 10, 20 * MiB], [1, 1, 5 * MiB]),
    tick(4000, [0, 30, 31 * MiB], [1, 3, 6 * MiB]),
    ev(4500, 0, 'db', 'oom'),
    ev(4510, 0, 'db', 'die', { exitCode: 137 }),
    ev(5000, 0, 'db', 'start'),
    ev(6000, 0, 'db', 'health_status: unhealthy'),
    { k: 'gap', from: start + 6000, to: start + 9000, reason: 'the Docker daemon did not answer' },
    tick(9000, [0, 20, 10 * MiB], [1, 2, 7 * MiB]),
    { k: 'final', id: 'id1', restartCount: 2, oomKilled: false },
    { k: 'end', t: start + 9500, reason: 'stopped' },
  ];

  test('per service: peaks, means, restarts, OOM kills, time to healthy', () => {
    const report = analyseMonitor(fold(run));
    expect(report.services).toEqual([
      expect.objectContaining({
        service: 'db',
        containers: ['p-db-1'],
        memoryLimitBytes: 32 * MiB,
        peakMemoryBytes: 31 * MiB,
        peakCpuPercent: 30,
        meanCpuPercent: 20,
        restarts: 1,
        oomKills: 1,
        unhealthy: 1,
        timeToHealthyMs: 2500,
        hasHealthcheck: true,
      }),
      // No health check, so no time to healthy; restarts come from inspect's count.
      expect.objectContaining({ service: 'web', restarts: 2, oomKills: 0, hasHealthcheck: false }),
    ]);
    expect(report.services[1]!.timeToHealthyMs).toBeUndefined();
    expect(report.stackPeakMemoryBytes).toBe(37 * MiB);
    expect(report.host).toEqual({ totalBytes: 4000 * MiB, peakUsedBytes: 1000 * MiB + 9000 });
    expect(report.gaps).toEqual([{ fromMs: start + 6000, toMs: start + 9000, reason: 'the Docker daemon did not answer' }]);
    expect(report.events.map((e) => e.action)).toEqual(['start', 'start', 'health_status: healthy', 'oom', 'die', 'start', 'health_status: unhealthy']);
    expect(report.endedAtMs).toBe(start + 9500);
    expect(report.series[0]!.memory[0]).toEqual([3000, 20 * MiB]);
  });

  test('a compacted snapshot reads back to the same analysis as the live records', () => {
    const live = fold(syntheticRecords({ services: 5, hours: 1, intervalMs: 2000 }));
    const lines = live.snapshot().map((record) => JSON.stringify(record));
    const reread = fold(lines.map((line) => parseRecord(line)!));
    // CPU means are stored with 3 decimals; everything else is exact.
    expectClose(analyseMonitor(reread), analyseMonitor(live));
  });

  test('live records after a snapshot keep counting from it', () => {
    const records = [...syntheticRecords({ services: 3, hours: 0.5, intervalMs: 2000 })];
    const middle = Math.floor(records.length / 2);
    const first = fold(records.slice(0, middle));
    const resumed = fold([...first.snapshot(), ...records.slice(middle)]);
    const straight = analyseMonitor(fold(records));
    const analysed = analyseMonitor(resumed);
    expect(analysed.services.map((s) => [s.restarts, s.oomKills, s.unhealthy, s.peakMemoryBytes])).toEqual(
      straight.services.map((s) => [s.restarts, s.oomKills, s.unhealthy, s.peakMemoryBytes]),
    );
    expect(analysed.stackPeakMemoryBytes).toBe(straight.stackPeakMemoryBytes);
  });

  test('events are bounded: first and last kept, the middle counted by action', () => {
    const state = new MonitorState({ pointsPerSeries: 16, eventsHead: 3, eventsTail: 4, gaps: 2, notes: 1 });
    state.apply(ctr(0, 'db'));
    for (let n = 0; n < 20; n += 1) state.apply(ev(n, 0, 'db', n % 2 ? 'die' : 'start'));
    expect(state.events().map((e) => e.t - start)).toEqual([0, 1, 2, 16, 17, 18, 19]);
    expect(state.dropped).toEqual({ start: 6, die: 7 });
    // Counters see every event, kept or not.
    expect(analyseMonitor(state).services[0]!.restarts).toBe(9);
    for (let n = 0; n < 4; n += 1) state.apply({ k: 'gap', from: n * 10, to: n * 10 + 5, reason: `r${n}` });
    expect(state.gaps.length).toBeLessThanOrEqual(2);
    expect(state.gaps[0]!.from).toBe(0);
  });

  test('a torn last line is skipped', () => {
    expect(parseRecord('{"k":"tick","t":1,"c":[[0,1')).toBeUndefined();
    expect(parseRecord('')).toBeUndefined();
  });
});

/** Deep equality with numbers allowed to differ by 0.01 (CPU means stored with 3 decimals, charted with 2). */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(0.0101);
  } else if (expected && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}
