import { describe, expect, test } from 'vitest';
import { acquireLease, type AcquireOptions, type WaitProgress } from '../../../src/lease/acquire.js';
import { LeaseAbortedError, LeaseTimeoutError, LeaseTooLargeError } from '../../../src/lease/errors.js';
import { releaseLease } from '../../../src/lease/lifecycle.js';
import { LEASE_IMAGE, recordLabels, recordName, type LeaseRecord } from '../../../src/lease/records.js';
import type { LeaseRequest } from '../../../src/lease/request.js';
import type { FakeClock, FakeDocker} from './fakes.js';
import { identity, world } from './fakes.js';

const GiB = 1024 ** 3;

const group = (name: string, extra: Partial<LeaseRequest> = {}): LeaseRequest => ({ project: '', groups: [name], ports: [], memoryBytes: 0, ...extra });
const memory = (gib: number): LeaseRequest => ({ project: `p${gib}`, groups: [], ports: [], memoryBytes: gib * GiB });

function options(extra: Partial<AcquireOptions> = {}): AcquireOptions {
  return {
    namespace: 'unit',
    budgetBytes: 4 * GiB,
    timeoutMs: 600_000,
    ttlMs: 6 * 3_600_000,
    who: { repository: 'octo/app', runId: '812.1', job: 'it', runner: 'runner-2' },
    timings: { pollIntervalMs: 1000, progressIntervalMs: 30_000, mutexStaleMs: 10_000, mutexRetryMs: 250, ticketTtlMs: 60_000 },
    ...extra,
  };
}

/** Lets pending promises and setImmediate callbacks run until `done` holds (or gives up). */
async function until(done: () => boolean, rounds = 2000): Promise<void> {
  for (let round = 0; round < rounds && !done(); round += 1) await new Promise((resolve) => setImmediate(resolve));
  if (!done()) throw new Error('condition not reached');
}

describe('acquireLease on an in-memory daemon', () => {
  test('uncontended: a ticket, renamed to the mutex, renamed to the lease; release removes it', async () => {
    const { docker, proc } = world();
    const lease = await acquireLease(proc(200), group('it'), options());
    const id = lease.handle.id;
    expect(docker.calls.filter((call) => !call.startsWith('list') && !call.startsWith('inspect') && !call.startsWith('remove image'))).toEqual([
      `import ${LEASE_IMAGE}`,
      `create dsa-lease.unit.wait.${id}.0`,
      `rename dsa-lease.unit.wait.${id}.0 -> dsa-lease.unit.mutex`,
      `rename dsa-lease.unit.mutex -> ${lease.record.name}`,
    ]);
    expect(lease.record).toMatchObject({ kind: 'lease', generation: 0, owner: identity(200), request: group('it'), ttlMs: 6 * 3_600_000 });
    expect(lease.waitedFor).toEqual([]);
    expect(docker.names()).toEqual([lease.record.name]);
    expect(await releaseLease(proc(200), lease.handle)).toBe(true);
    expect(docker.names()).toEqual([]);
    expect(await releaseLease(proc(200), lease.handle)).toBe(false);
  });

  test('untagged copies of the image left by concurrent first imports are removed, unless in use', async () => {
    const { docker, proc } = world();
    docker.untaggedImages.set('sha256:loser1', { inUse: false });
    docker.untaggedImages.set('sha256:loser2', { inUse: true });
    await acquireLease(proc(200), group('it'), options());
    expect([...docker.untaggedImages.keys()]).toEqual(['sha256:loser2']);
    expect(docker.images).toEqual(new Set([LEASE_IMAGE]));
  });

  test('a waiter is admitted when the holder releases, and knows whom it waited for', async () => {
    const { docker, proc } = world();
    const first = await acquireLease(proc(200), group('it', { project: 'dsa-1' }), options());
    let admitted = false;
    const second = acquireLease(proc(300), group('it'), options()).then((lease) => ((admitted = true), lease));
    await until(() => docker.names().some((name) => name.includes('.wait.')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(admitted).toBe(false);
    await releaseLease(proc(200), first.handle);
    const lease = await second;
    expect(lease.waitedMs).toBeGreaterThan(0);
    expect(lease.waitedFor.map((view) => [view.who, view.project, view.blocking])).toEqual([
      ['octo/app run 812.1 job it on runner-2 (pid 200)', 'dsa-1', { as: 'holder', groups: ['it'], ports: [], memory: false }],
    ]);
    expect(docker.names()).toEqual([lease.record.name]);
  });

  test('waiters are admitted in the order they arrived', async () => {
    const { docker, proc } = world();
    const holder = await acquireLease(proc(200), group('it'), options());
    const order: number[] = [];
    const waiters = [301, 302, 303, 304].map(async (pid, index) => {
      // Each queues after the previous one's ticket exists.
      await until(() => docker.names().filter((name) => name.includes('.wait.')).length === index);
      const lease = await acquireLease(proc(pid), group('it'), options());
      order.push(pid);
      await releaseLease(proc(pid), lease.handle);
    });
    await until(() => docker.names().filter((name) => name.includes('.wait.')).length === 4);
    await releaseLease(proc(200), holder.handle);
    await Promise.all(waiters);
    expect(order).toEqual([301, 302, 303, 304]);
  });

  test('a big stack is not starved by small ones that would fit', async () => {
    const { docker, proc } = world();
    const held = await acquireLease(proc(200), memory(2), options());
    const admitted: string[] = [];
    const big = acquireLease(proc(300), memory(3), options()).then((lease) => (admitted.push('big'), lease));
    await until(() => docker.names().some((name) => name.includes('.wait.')));
    const small = acquireLease(proc(400), memory(1), options()).then((lease) => (admitted.push('small'), lease));
    await until(() => docker.names().filter((name) => name.includes('.wait.')).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(admitted).toEqual([]);
    // Once the holder leaves both fit together; which renames itself first does not matter.
    await releaseLease(proc(200), held.handle);
    const [bigLease, smallLease] = await Promise.all([big, small]);
    expect(admitted.sort()).toEqual(['big', 'small']);
    expect(Math.max(bigLease.usedBytes, smallLease.usedBytes)).toBe(4 * GiB);
  });

  test('a stack larger than the whole budget fails at once, with the numbers, creating nothing', async () => {
    const { docker, proc } = world();
    const error = await acquireLease(proc(200), memory(5), options({ budgetDescription: "4 GiB (50% of the daemon's 8 GiB)" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeaseTooLargeError);
    expect((error as Error).message).toBe(
      "Stack p5 reserves 5 GiB of memory (memory limits plus tmpfs sizes), more than the whole memory budget of 4 GiB (50% of the daemon's 8 GiB): it could never be admitted. Lower the services' memory limits or tmpfs sizes, or raise memory-budget.",
    );
    expect(docker.calls).toEqual([]);
  });

  test('lock-timeout ends with the holders named, and leaves the queue', async () => {
    const { docker, proc } = world();
    const holder = await acquireLease(proc(200), group('it', { ports: ['tcp/5432'], project: 'dsa-1' }), options());
    const error = await acquireLease(proc(300), group('other', { ports: ['tcp/5432'] }), options({ timeoutMs: 5000 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeaseTimeoutError);
    expect((error as LeaseTimeoutError).waitedMs).toBeGreaterThanOrEqual(5000);
    expect((error as Error).message).toMatch(
      /^Gave up waiting for a lease after 5\.\d s \(lock-timeout\)\.\nIn the way:\n {2}- octo\/app run 812\.1 job it on runner-2 \(pid 200\) for project dsa-1 holds port tcp\/5432 since 2026-11-27 10:00:00 UTC \(\d\.\d s\)\n/,
    );
    expect(docker.names()).toEqual([holder.record.name]);
  });

  test('a timeout of 0 does not wait', async () => {
    const { proc } = world();
    await acquireLease(proc(200), group('it'), options());
    await expect(acquireLease(proc(300), group('it'), options({ timeoutMs: 0 }))).rejects.toBeInstanceOf(LeaseTimeoutError);
  });

  test('aborting leaves the queue cleanly', async () => {
    const { docker, proc } = world();
    const holder = await acquireLease(proc(200), group('it'), options());
    const controller = new AbortController();
    const waiting = acquireLease(proc(300), group('it'), options({ signal: controller.signal })).catch((e: unknown) => e);
    await until(() => docker.names().some((name) => name.includes('.wait.')));
    controller.abort();
    expect(await waiting).toBeInstanceOf(LeaseAbortedError);
    expect(docker.names()).toEqual([holder.record.name]);
  });

  test('progress names who is in the way, at once and then every progress interval', async () => {
    const { proc } = world();
    await acquireLease(proc(200), group('it'), options());
    const reports: WaitProgress[] = [];
    await acquireLease(proc(300), group('it'), options({ timeoutMs: 100_000, onProgress: (report) => reports.push(report) })).catch(() => undefined);
    expect(reports.length).toBe(4);
    expect(reports[0]).toMatchObject({ position: 1, blockers: [{ who: 'octo/app run 812.1 job it on runner-2 (pid 200)', groups: ['it'] }] });
    expect(reports[0]!.waitedMs).toBeLessThan(1000);
    expect(reports[1]!.waitedMs - reports[0]!.waitedMs).toBeGreaterThanOrEqual(30_000);
  });
});

describe('stale records and the mutex', () => {
  test('a lease whose owner died on this host is freed at once', async () => {
    const { docker, host, proc } = world();
    const holder = await acquireLease(proc(200), group('it'), options());
    host.kill(200);
    const lease = await acquireLease(proc(300), group('it'), options());
    expect(docker.names()).toEqual([lease.record.name]);
    expect(docker.calls).toContain(`remove ${holder.record.name}`);
  });

  /** A lease written by a process nobody here can check: claims in its labels, the stamp the daemon's. */
  function foreignLease(docker: FakeDocker, clock: FakeClock, claims: { renewedAtMs: number; ttlMs?: number; stampedAtMs?: number }): void {
    const { renewedAtMs, ttlMs = 3_600_000, stampedAtMs = clock.now() } = claims;
    const record: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'> = {
      kind: 'lease',
      namespace: 'unit',
      id: 'remote1',
      generation: 2,
      request: group('it'),
      budgetBytes: GiB,
      owner: identity(9, { bootId: 'another-host' }),
      who: { runner: 'elsewhere' },
      requestedAtMs: renewedAtMs,
      admittedAtMs: renewedAtMs,
      renewedAtMs,
      ttlMs,
    };
    docker.images.add(LEASE_IMAGE);
    docker.container({ id: 'remote-c', name: recordName('lease', 'unit', 'remote1', 2), image: LEASE_IMAGE, labels: recordLabels(record), created: new Date(stampedAtMs).toISOString() });
  }

  test('a lease of an owner that cannot be checked holds until its TTL runs out since the daemon stamped it, then is swept', async () => {
    const { docker, clock, proc } = world();
    foreignLease(docker, clock, { renewedAtMs: clock.now() - 3_590_000, stampedAtMs: clock.now() - 3_590_000 });
    const lease = await acquireLease(proc(300), group('it'), options());
    expect(lease.waitedMs).toBeGreaterThanOrEqual(9_000);
    expect(lease.waitedMs).toBeLessThan(12_000);
    expect(docker.names()).toEqual([lease.record.name]);
  });

  test('a forged renewal time in the far future does not keep a lease: the daemon\'s stamp decides', async () => {
    const { docker, clock, proc } = world();
    foreignLease(docker, clock, { renewedAtMs: Date.UTC(2100, 0, 1), stampedAtMs: clock.now() - 3_590_000 });
    const lease = await acquireLease(proc(300), group('it'), options());
    expect(lease.waitedMs).toBeGreaterThanOrEqual(9_000);
    expect(lease.waitedMs).toBeLessThan(12_000);
    expect(docker.names()).toEqual([lease.record.name]);
  });

  test('a forged TTL of a century is capped at the reader\'s own lease-ttl', async () => {
    const { docker, clock, proc } = world();
    foreignLease(docker, clock, { renewedAtMs: Date.UTC(2100, 0, 1), ttlMs: 100 * 365 * 86_400_000, stampedAtMs: clock.now() - 50_000 });
    const lease = await acquireLease(proc(300), group('it'), options({ ttlMs: 60_000 }));
    expect(lease.waitedMs).toBeGreaterThanOrEqual(9_000);
    expect(lease.waitedMs).toBeLessThan(12_000);
    expect(docker.names()).toEqual([lease.record.name]);
  });

  test('an owner label naming a living process (pid 1 of this host) does not keep a lease past its TTL either', async () => {
    const { docker, clock, host, proc } = world();
    const init = host.spawn(1);
    const record: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'> = {
      kind: 'lease', namespace: 'unit', id: 'forged1', generation: 1, request: group('it'), budgetBytes: GiB, owner: init, who: {},
      requestedAtMs: 0, admittedAtMs: 0, renewedAtMs: Date.UTC(2100, 0, 1), ttlMs: 3_600_000,
    };
    docker.images.add(LEASE_IMAGE);
    docker.container({ id: 'forged-c', name: recordName('lease', 'unit', 'forged1', 1), image: LEASE_IMAGE, labels: recordLabels(record), created: new Date(clock.now() - 3_590_000).toISOString() });
    const lease = await acquireLease(proc(300), group('it'), options());
    expect(lease.waitedMs).toBeGreaterThanOrEqual(9_000);
    expect(lease.waitedMs).toBeLessThan(12_000);
    expect(docker.names()).toEqual([lease.record.name]);
  });

  function ticketHoldingMutex(docker: FakeDocker, clock: FakeClock, owner: LeaseRecord['owner']): string {
    const record: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'> = {
      kind: 'ticket',
      namespace: 'unit',
      id: 'other1',
      generation: 0,
      request: group('other'),
      budgetBytes: GiB,
      owner,
      who: {},
      requestedAtMs: clock.now(),
      renewedAtMs: clock.now(),
      ttlMs: 60_000,
    };
    docker.images.add(LEASE_IMAGE);
    docker.container({ id: 'mutex-c', name: 'dsa-lease.unit.mutex', image: LEASE_IMAGE, labels: recordLabels(record), created: new Date(clock.now()).toISOString() });
    return 'mutex-c';
  }

  test('a mutex whose holder died is broken at once, by removing that ticket', async () => {
    const { docker, clock, host, proc } = world();
    ticketHoldingMutex(docker, clock, host.spawn(500));
    host.kill(500);
    const lease = await acquireLease(proc(300), group('it'), options());
    expect(lease.waitedMs).toBeLessThan(1000);
    expect(docker.calls).toContain('remove dsa-lease.unit.mutex');
    expect(docker.names()).toEqual([lease.record.name]);
  });

  test('a mutex held by a live owner that is stuck is taken back after mutexStaleMs, by renaming it back', async () => {
    const { docker, clock, proc } = world();
    // A process on another host (so it cannot be checked) holds the mutex and never gives it back.
    ticketHoldingMutex(docker, clock, identity(7, { bootId: 'other' }));
    const lease = await acquireLease(proc(300), group('it'), options());
    expect(lease.waitedMs).toBeGreaterThanOrEqual(10_000);
    expect(lease.waitedMs).toBeLessThan(12_000);
    expect(docker.calls).toContain('rename dsa-lease.unit.mutex -> dsa-lease.unit.wait.other1.0');
    expect(docker.names()).toEqual([lease.record.name, 'dsa-lease.unit.wait.other1.0'].sort());
  });

  test('a holder whose mutex was taken back while it was stuck gives up its pass cleanly and is admitted later', async () => {
    const { docker, clock, proc } = world();
    // The first pass is slow: its snapshot takes 6 s (over half of mutexStaleMs), and meanwhile
    // a breaker renames its ticket back to the wait name.
    const list = docker.listContainers.bind(docker);
    let slowed = false;
    docker.listContainers = async (query) => {
      const mutex = [...docker.containers.values()].find((c) => c.name === 'dsa-lease.unit.mutex');
      if (mutex && !slowed) {
        slowed = true;
        clock.time += 6000;
        await docker.renameContainer(mutex.id, mutex.labels['docker-stability.lease.generation'] ? `dsa-lease.unit.wait.${mutex.labels['docker-stability.lease.id']}.0` : 'x');
      }
      return list(query);
    };
    const lease = await acquireLease(proc(300), group('it'), options());
    expect(slowed).toBe(true);
    expect(docker.names()).toEqual([lease.record.name]);
  });

  test('a long wait renews the ticket without losing its place', async () => {
    const { docker, proc } = world();
    const holder = await acquireLease(proc(200), group('it'), options());
    const first = acquireLease(proc(300), group('it'), options());
    await until(() => docker.names().some((name) => name.includes('.wait.')));
    // 300 renews its ticket every 20 s; after 100 s a newcomer queues.
    await until(() => docker.names().some((name) => /\.wait\.[0-9a-f]+\.5$/.test(name)), 20_000);
    const order: string[] = [];
    const second = acquireLease(proc(400), group('it'), options()).then((lease) => (order.push('400'), lease));
    await until(() => docker.names().filter((name) => name.includes('.wait.')).length === 2);
    void first.then(() => order.push('300'));
    await releaseLease(proc(200), holder.handle);
    await releaseLease(proc(300), (await first).handle);
    await second;
    expect(order).toEqual(['300', '400']);
  });
});
