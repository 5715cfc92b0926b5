import { describe, expect, test } from 'vitest';
import { acquireLease, type AcquireOptions } from '../../../src/lease/acquire.js';
import { parseMemoryBudget, type MemoryBudget } from '../../../src/lease/budget.js';
import { admittedReport, leaseOwnerStates, leaseRenewalDuty } from '../../../src/lease/hooks.js';
import { holdLease } from '../../../src/lease/keeper.js';
import { findLease, keepLeaseRenewed, releaseLease, renewIntervalMs, renewLease, transferLease } from '../../../src/lease/lifecycle.js';
import { findStaleLeases, formatStatusText, leaseStatus } from '../../../src/lease/status.js';
import type { LeaseRequest } from '../../../src/lease/request.js';
import { world } from './fakes.js';

const GiB = 1024 ** 3;

const options: AcquireOptions = { namespace: 'unit', budgetBytes: 6 * GiB, timeoutMs: 60_000, ttlMs: 3_600_000, who: { runner: 'alice@laptop' } };
const stack = (project: string, extra: Partial<LeaseRequest> = {}): LeaseRequest => ({ project, groups: [], ports: [], memoryBytes: GiB, ...extra });
const budget = parseMemoryBudget('75%') as MemoryBudget;

describe('renewal and transfer by generation', () => {
  test('transfer writes the next generation for the new owner and removes the older ones', async () => {
    const { docker, proc } = world();
    const lease = await acquireLease(proc(200), stack('a'), options);
    const keeper = proc(300);
    const moved = await transferLease(keeper, lease.handle, keeper.host.self);
    expect(moved).toMatchObject({ kind: 'lease', generation: 1, owner: keeper.host.self, admittedAtMs: lease.record.admittedAtMs, ttlMs: 3_600_000 });
    expect(docker.names()).toEqual([`dsa-lease.unit.held.${lease.handle.id}.1`]);
    expect((await findLease(keeper, lease.handle))?.newest.owner.pid).toBe(300);
  });

  test('the owner renews; the old owner learns of a transfer; nobody renews a released lease', async () => {
    const { clock, docker, proc } = world();
    const lease = await acquireLease(proc(200), stack('a'), options);
    clock.time += 60_000;
    expect(await renewLease(proc(200), lease.handle)).toBe('renewed');
    const renewed = await findLease(proc(200), lease.handle);
    expect(renewed?.newest).toMatchObject({ generation: 1, renewedAtMs: clock.time });
    expect(renewed?.containerIds).toHaveLength(1);

    await transferLease(proc(300), lease.handle, proc(300).host.self);
    expect(await renewLease(proc(200), lease.handle)).toBe('transferred');
    expect(await renewLease(proc(300), lease.handle)).toBe('renewed');
    await releaseLease(proc(300), lease.handle);
    expect(await renewLease(proc(300), lease.handle)).toBe('lost');
    expect(docker.names()).toEqual([]);
    await expect(transferLease(proc(300), lease.handle)).rejects.toThrow(/no longer exists; it was released or swept as stale/);
  });

  test('a renewal that finds its lease swept meanwhile does not resurrect it', async () => {
    const { docker, proc } = world();
    const lease = await acquireLease(proc(200), stack('a'), options);
    // A sweeper removes generation 0 just as the owner writes generation 1.
    const create = docker.createContainer.bind(docker);
    docker.createContainer = async (spec) => {
      await docker.removeContainer(lease.record.containerId);
      return create(spec);
    };
    expect(await renewLease(proc(200), lease.handle)).toBe('lost');
    expect(docker.names()).toEqual([]);
  });

  test('keepLeaseRenewed renews every interval until stopped or transferred', async () => {
    const { clock, proc } = world();
    const lease = await acquireLease(proc(200), stack('a'), options);
    const stop = new AbortController();
    const started = clock.now();
    const keeping = keepLeaseRenewed(proc(200), lease.handle, { intervalMs: 1000, signal: stop.signal });
    while (clock.now() - started < 3500) await new Promise((resolve) => setImmediate(resolve));
    stop.abort();
    expect(await keeping).toBe('stopped');
    expect((await findLease(proc(200), lease.handle))?.newest.generation).toBeGreaterThanOrEqual(3);

    const again = keepLeaseRenewed(proc(200), lease.handle, { intervalMs: 1000, signal: new AbortController().signal });
    await transferLease(proc(300), lease.handle, proc(300).host.self);
    expect(await again).toBe('transferred');
    // A third of the TTL, and at least every 20 s: a reader with the shortest lease-ttl (1m) caps our TTL at that.
    expect(renewIntervalMs(6 * 3_600_000)).toBe(20_000);
    expect(renewIntervalMs(60_000)).toBe(20_000);
    expect(renewIntervalMs(30_000)).toBe(10_000);
  });

  test('the monitor duty renews, and complains only when the lease is lost', async () => {
    const { proc } = world();
    const lease = await acquireLease(proc(200), stack('a'), options);
    const duty = leaseRenewalDuty(proc(200), lease.handle, 3_600_000);
    expect(duty.everyMs).toBe(20_000);
    await duty.run(new AbortController().signal);
    await transferLease(proc(300), lease.handle, proc(300).host.self);
    await duty.run(new AbortController().signal);
    await releaseLease(proc(300), lease.handle);
    await expect(duty.run(new AbortController().signal)).rejects.toThrow(`lease ${lease.handle.id} is gone`);
  });
});

describe("the CLI's keeper", () => {
  test('waits to be handed the lease, renews it, and ends when down takes it over', async () => {
    const { clock, docker, proc } = world();
    const lease = await acquireLease(proc(200), stack('a'), { ...options, ttlMs: 60_000 });
    const keeper = proc(300);
    const holding = holdLease(keeper, lease.handle, { ttlMs: 60_000, signal: new AbortController().signal });
    await transferLease(proc(200), lease.handle, keeper.host.self);
    const started = clock.now();
    while (clock.now() - started < 45_000) await new Promise((resolve) => setImmediate(resolve));
    // Renewed every 20 s (a third of the TTL) after generation 1, the handover.
    expect((await findLease(keeper, lease.handle))?.newest.generation).toBeGreaterThanOrEqual(3);
    await transferLease(proc(400), lease.handle, proc(400).host.self);
    expect(await holding).toBe('transferred');
    expect(docker.names()).toHaveLength(1);
  });

  test('ends when the lease is released, or when it is never handed over', async () => {
    const { proc } = world();
    const lease = await acquireLease(proc(200), stack('a'), options);
    const never = holdLease(proc(300), lease.handle, { ttlMs: 60_000, signal: new AbortController().signal });
    expect(await never).toBe('not-handed-over');
    const holding = holdLease(proc(200), lease.handle, { ttlMs: 60_000, signal: new AbortController().signal });
    await new Promise((resolve) => setImmediate(resolve));
    await releaseLease(proc(200), lease.handle);
    expect(await holding).toBe('lost');
  });
});

describe('status, stale leases and the hooks', () => {
  test('status lists holders, the queue with blockers, and the budget', async () => {
    const { docker, proc } = world();
    await acquireLease(proc(200), stack('dev', { ports: ['tcp/5432'], memoryBytes: 2 * GiB }), options);
    const waiting = acquireLease(proc(300), stack('ci', { ports: ['tcp/5432'] }), options).catch(() => undefined);
    while (!docker.names().some((name) => name.includes('.wait.'))) await new Promise((resolve) => setImmediate(resolve));

    const status = await leaseStatus(proc(400), { namespace: 'unit', budget });
    expect(status.leases.map((lease) => [lease.project, lease.ports, lease.memoryBytes, lease.stale])).toEqual([['dev', ['tcp/5432'], 2 * GiB, false]]);
    expect(status.waiting.map((ticket) => [ticket.position, ticket.project, ticket.blockers.map((b) => b.project)])).toEqual([[1, 'ci', ['dev']]]);
    expect(status.budget).toEqual({ usedBytes: 2 * GiB, totalBytes: 6 * GiB, description: "6 GiB (75% of the daemon's 8 GiB)" });
    const text = formatStatusText(status);
    expect(text).toContain('Namespace unit: 1 held, 1 waiting.');
    expect(text).toContain("Memory budget: 2 GiB reserved of 6 GiB (75% of the daemon's 8 GiB) (33%).");
    expect(text).toMatch(/alice@laptop \(pid 200\), project dev\n {4}holds port tcp\/5432, 2 GiB of memory since 2026-11-27 10:00:00 UTC/);
    expect(text).toMatch(/1\. alice@laptop \(pid 300\), project ci\n {4}wants port tcp\/5432, 1 GiB of memory, waiting .*\n {4}blocked: alice@laptop \(pid 200\) for project dev holds port tcp\/5432 since/);
    void waiting;
  });

  test('stale leases for the cleanup sweep, and owner states by lease id', async () => {
    const { host, proc } = world();
    const dead = await acquireLease(proc(200), stack('dead-job'), options);
    const live = await acquireLease(proc(300), stack('live-job'), options);
    host.kill(200);
    expect((await findStaleLeases(proc(400), { namespace: 'unit' })).map((lease) => lease.request.project)).toEqual(['dead-job']);
    const states = await leaseOwnerStates(proc(400), { namespace: 'unit' });
    expect(states(dead.handle.id)).toEqual({ state: 'stale', why: 'owner pid 200 on host-a is gone' });
    expect(states(live.handle.id)).toEqual({ state: 'live' });
    expect(states('never-heard-of')).toEqual({ state: 'absent' });
  });

  test('the summary section says whom we waited for and how long', async () => {
    const { docker, proc } = world();
    const first = await acquireLease(proc(200), stack('dev', { groups: ['it'], memoryBytes: 2 * GiB }), options);
    const second = acquireLease(proc(300), stack('ci', { groups: ['it'] }), options);
    while (!docker.names().some((name) => name.includes('.wait.'))) await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 50; i += 1) await new Promise((resolve) => setImmediate(resolve));
    await releaseLease(proc(200), first.handle);
    const report = admittedReport(await second);
    expect(report).toMatchObject({
      outcome: 'admitted',
      waitedFor: ['alice@laptop (pid 200) for project dev: group it'],
      budgetBytes: 6 * GiB,
      usedBytes: GiB,
      ownBytes: GiB,
    });
    expect(report.waitedMs).toBeGreaterThan(0);
  });
});
