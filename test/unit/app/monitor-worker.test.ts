import { expect, test } from 'vitest';
import { monitorDuties } from '../../../src/app/monitor.js';
import { acquireLease } from '../../../src/lease/acquire.js';
import { findLease, renewIntervalMs } from '../../../src/lease/lifecycle.js';
import { monitorConfig } from '../../../src/monitor/config.js';
import { world } from '../lease/fakes.js';

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
