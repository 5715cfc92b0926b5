import { describe, expect, test } from 'vitest';
import { DEFAULT_TIMINGS, leaseContext, partitionLive, selfIdentity } from '../../../src/lease/context.js';
import type { LeaseRecord } from '../../../src/lease/records.js';
import type { HostProbe } from '../../../src/ports/host.js';
import { identity, world } from './fakes.js';

// What every lease operation of a namespace shares: the namespace checked, the timings, this
// process's identity, and the reader's caps on what records claim.

describe('leaseContext', () => {
  test.each(['Default', 'a.b', '-x', '', 'x'.repeat(41)])('namespace %j is refused, naming the rule', (namespace) => {
    const { proc } = world();
    expect(() => leaseContext(proc(200), namespace)).toThrow(`'${namespace}' is not a lease namespace; use lowercase letters, digits, '-' and '_' (up to 40)`);
  });

  test('the defaults, with what the caller overrides', () => {
    const { proc } = world();
    const ctx = leaseContext(proc(200), 'ci_1', { pollIntervalMs: 50, useEvents: false });
    expect(ctx.timings).toEqual({ ...DEFAULT_TIMINGS, pollIntervalMs: 50, useEvents: false });
    expect(ctx.store.namespace).toBe('ci_1');
    expect(ctx.me).toEqual(identity(200));
    expect(ctx.mutex.staleMs).toBe(DEFAULT_TIMINGS.mutexStaleMs);
  });

  test('liveness: now by the clock, this reader\'s caps, processes looked up on the host', () => {
    const { clock, proc } = world();
    const deps = proc(200);
    const ctx = leaseContext(deps, 'default', { leaseTtlCapMs: 120_000, ticketTtlMs: 30_000 });
    clock.time += 5000;
    const liveness = ctx.liveness();
    expect(liveness.nowMs).toBe(clock.now());
    expect(liveness.maxTtlMs).toEqual({ lease: 120_000, ticket: 30_000 });
    expect(liveness.lookup(200)).toEqual(identity(200));
    expect(liveness.lookup(999)).toBeUndefined();
  });
});

test('selfIdentity without /proc: this pid, nothing anyone could check', () => {
  const host = { pid: process.pid, processIdentity: () => undefined } as unknown as HostProbe;
  expect(selfIdentity(host)).toEqual({ pid: process.pid, startTicks: 0, pidNamespace: '', bootId: '', hostname: '' });
});

describe('partitionLive', () => {
  const T = 1_000_000;
  const record = (id: string, kind: 'lease' | 'ticket', extra: Partial<LeaseRecord> = {}): LeaseRecord =>
    ({ id, kind, owner: identity(200), stampedAtMs: T, ttlMs: 60_000, renewedAtMs: T, ...extra }) as LeaseRecord;

  test('stale records (owner gone, TTL run out) are set apart; the rest keep their order', () => {
    const context = { me: identity(100), lookup: (pid: number) => (pid === 200 ? identity(200) : undefined), nowMs: T + 1000, maxTtlMs: { lease: 3_600_000, ticket: 60_000 } };
    const live = partitionLive(
      {
        leases: [record('a', 'lease'), record('b', 'lease', { owner: identity(300) }), record('c', 'lease', { stampedAtMs: T - 120_000 })],
        tickets: [record('d', 'ticket'), record('e', 'ticket', { owner: identity(301) })],
        containersById: new Map(),
      },
      context,
    );
    expect(live.leases.map((r) => r.id)).toEqual(['a']);
    expect(live.tickets.map((r) => r.id)).toEqual(['d']);
    expect(live.stale.map((r) => r.id)).toEqual(['b', 'c', 'e']);
  });
});
