import { expect, test } from 'vitest';
import { monitorDuties, monitorWorker } from '../../../src/app/monitor.js';
import { acquireLease } from '../../../src/lease/acquire.js';
import { findLease, renewIntervalMs } from '../../../src/lease/lifecycle.js';
import { MONITOR_CONFIG_ENV, monitorConfig } from '../../../src/monitor/config.js';
import type { ThisProcess } from '../../../src/ports/process.js';
import { world } from '../lease/fakes.js';
import { MemoryFiles } from './world.js';

// The detached monitor's duties besides sampling: the lease renewal when it keeps the lease
// (the action), none otherwise (`up` has a keeper of its own).

const config = (lease?: { namespace: string; id: string; ttlMs: number }) =>
  monitorConfig({ projectName: 'p', sampleIntervalMs: 2000, samplesFile: '/run/monitor.ndjson', runDir: '/run', startedAtMs: 0, ...(lease ? { lease } : {}) });

test('without a lease in its config, the monitor has no duty', () => {
  const { proc } = world();
  expect(monitorDuties(config(), proc(501))).toEqual([]);
});

test('with one, it renews that lease at the interval its TTL calls for', async () => {
  const { proc } = world();
  const lease = await acquireLease(proc(501), { project: 'p', groups: [], ports: [], memoryBytes: 0 }, { namespace: 'default', budgetBytes: 1, timeoutMs: 0, ttlMs: 3_600_000, who: { runner: 'r' } });
  const [duty, ...rest] = monitorDuties(config({ namespace: 'default', id: lease.handle.id, ttlMs: 90_000 }), proc(501));
  expect(rest).toEqual([]);
  expect(duty).toMatchObject({ name: 'lease renewal', everyMs: renewIntervalMs(90_000) });
  await duty!.run(new AbortController().signal);
  expect((await findLease(proc(501), lease.handle))?.newest.generation).toBe(1);
});

test('started by hand, without its config or with an unreadable one, the worker says so and exits 2', async () => {
  const written: string[] = [];
  const self = { env: {}, stderr: (text: string) => void written.push(text) } as unknown as ThisProcess;
  expect(await monitorWorker(self, new MemoryFiles({}))).toBe(2);
  expect(written.join('')).toContain(`${MONITOR_CONFIG_ENV} is not set; main starts this worker, not people.`);
  const named = { ...self, env: { [MONITOR_CONFIG_ENV]: '/run/missing.json' } } as unknown as ThisProcess;
  expect(await monitorWorker(named, new MemoryFiles({}))).toBe(2);
  expect(written.join('')).toContain(`${MONITOR_CONFIG_ENV} names no readable file (/run/missing.json)`);
});
