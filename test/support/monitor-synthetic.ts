// Synthetic monitor records: a stack of N services sampled for hours, with OOM kills, restarts
// and health changes, for the tests of bounds (file size, memory, summary size) and the
// summary renderer. Deterministic: the same arguments give the same records.
import type { MonitorRecord, TickRecord } from '../../src/monitor/records.js';

export interface SyntheticRun {
  services: number;
  hours: number;
  intervalMs: number;
  startedAtMs?: number;
}

const MiB = 1024 ** 2;

export function* syntheticRecords(run: SyntheticRun): Generator<MonitorRecord> {
  const start = run.startedAtMs ?? Date.UTC(2026, 10, 27, 8, 0, 0);
  yield { k: 'meta', v: 1, project: 'dsa-synthetic', intervalMs: run.intervalMs, startedAtMs: start, pid: 4242, hostMemTotal: 16 * 1024 * MiB };
  for (let i = 0; i < run.services; i += 1) {
    const service = serviceName(i);
    yield { k: 'ctr', i, id: `c0ffee${String(i).padStart(6, '0')}`, name: `dsa-synthetic-${service}-1`, service, image: i % 3 ? 'dsa-test/busybox:1' : 'dsa-test/postgres:15', limit: (64 + (i % 4) * 64) * MiB, health: i % 2 === 0 };
    yield { k: 'ev', t: start + 200 + i * 10, id: `c0ffee${String(i).padStart(6, '0')}`, name: `dsa-synthetic-${service}-1`, service, action: 'start' };
    if (i % 2 === 0) {
      yield { k: 'ev', t: start + 1500 + i * 37, id: `c0ffee${String(i).padStart(6, '0')}`, name: `dsa-synthetic-${service}-1`, service, action: 'health_status: healthy' };
    }
  }
  const ticks = Math.floor((run.hours * 3_600_000) / run.intervalMs);
  for (let tick = 0; tick < ticks; tick += 1) {
    const t = start + 2000 + tick * run.intervalMs;
    const samples: TickRecord['c'] = [];
    for (let i = 0; i < run.services; i += 1) {
      const wave = Math.sin((tick + i * 17) / 150);
      const memory = Math.round((20 + i + 15 * (1 + wave)) * MiB);
      const cpu = Math.round((2 + 3 * (1 + Math.cos((tick + i) / 40)) + (tick % 97 === i % 97 ? 80 : 0)) * 100) / 100;
      samples.push([i, cpu, memory, 3 + (i % 5), tick * 1200, tick * 800, tick * 4096, tick * 8192]);
    }
    yield { k: 'tick', t, h: [4 * 1024 * MiB + (tick % 500) * MiB, 16 * 1024 * MiB], c: samples };
    // Every 20 minutes a crash-looping service restarts; once an hour one is OOM-killed.
    if (tick > 0 && tick % Math.round(1_200_000 / run.intervalMs) === 0) {
      const i = tick % run.services;
      const id = `c0ffee${String(i).padStart(6, '0')}`;
      const name = `dsa-synthetic-${serviceName(i)}-1`;
      const service = serviceName(i);
      if (tick % Math.round(3_600_000 / run.intervalMs) === 0) yield { k: 'ev', t: t + 100, id, name, service, action: 'oom' };
      yield { k: 'ev', t: t + 150, id, name, service, action: 'die', exitCode: 137 };
      yield { k: 'ev', t: t + 900, id, name, service, action: 'start' };
      yield { k: 'ev', t: t + 1800, id, name, service, action: 'health_status: unhealthy' };
    }
  }
  yield { k: 'end', t: start + 2000 + ticks * run.intervalMs, reason: 'stopped' };
}

export function serviceName(index: number): string {
  const kinds = ['api', 'db', 'cache', 'queue', 'worker', 'search', 'auth', 'web'];
  return `${kinds[index % kinds.length]}${index >= kinds.length ? `-${Math.floor(index / kinds.length)}` : ''}`;
}
