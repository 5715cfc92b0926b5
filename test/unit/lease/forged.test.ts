import { describe, expect, test } from 'vitest';
import { runClean } from '../../../src/app/commands/clean.js';
import { parseMemoryBudget, type MemoryBudget } from '../../../src/lease/budget.js';
import { leaseOwnerStates } from '../../../src/lease/hooks.js';
import { LEASE_IMAGE, recordLabels, recordName, type LeaseRecord } from '../../../src/lease/records.js';
import { findStaleLeases, formatStatusText, leaseStatus } from '../../../src/lease/status.js';
import { identity, world, type FakeClock, type FakeDocker } from './fakes.js';

// A lease record written by hand, as an attacker with access to the daemon would: an owner
// nobody can check, a renewal time in the year 2100, a TTL of a century, the whole memory budget
// and a group. The daemon's own creation time of the record is all that counts.

const GiB = 1024 ** 3;
const budget = parseMemoryBudget('75%') as MemoryBudget;
const YEAR_2100 = Date.UTC(2100, 0, 1);

function forge(docker: FakeDocker, clock: FakeClock, owner = identity(31337, { bootId: 'somewhere-else', hostname: 'attacker' })): string {
  const record: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'> = {
    kind: 'lease',
    namespace: 'unit',
    id: 'f0rged',
    generation: 1,
    request: { project: 'victim-stack', groups: ['integration-db'], ports: [], memoryBytes: 6 * GiB },
    budgetBytes: 6 * GiB,
    owner,
    who: { runner: 'attacker' },
    requestedAtMs: YEAR_2100,
    admittedAtMs: YEAR_2100,
    renewedAtMs: YEAR_2100,
    ttlMs: 100 * 365 * 86_400_000,
  };
  docker.images.add(LEASE_IMAGE);
  const name = recordName('lease', 'unit', 'f0rged', 1);
  docker.container({ id: 'forged-c', name, image: LEASE_IMAGE, labels: recordLabels(record), created: new Date(clock.now()).toISOString() });
  return name;
}

describe('a forged lease', () => {
  test('status shows it as unverified, with the expiry counted from the daemon\'s stamp, and the claimed renewal it never saw', async () => {
    const { docker, clock, proc } = world();
    forge(docker, clock);
    const status = await leaseStatus(proc(400), { namespace: 'unit', budget, leaseTtlMs: 3_600_000 });
    expect(status.leases).toHaveLength(1);
    expect(status.leases[0]).toMatchObject({ stale: false, owner: 'unverified', stampedAtMs: clock.now(), expiresAtMs: clock.now() + 3_600_000, claimedRenewalAtMs: YEAR_2100 });
    // Its claimed admission in 2100 is not shown as "since": the daemon's stamp is.
    expect(status.leases[0]!.sinceMs).toBe(clock.now());
    const text = formatStatusText(status);
    expect(text).toContain('[unverified owner; expires 2026-11-27 11:00:00 UTC (in 1h 00m) unless renewed; claims a renewal at 2100-01-01 00:00:00 UTC the daemon never stamped]');
  });

  test('it is stale once the reader\'s lease-ttl has passed since the daemon stamped it, and clean removes it', async () => {
    const { docker, clock, proc } = world();
    const name = forge(docker, clock);
    const out: string[] = [];
    const clean = (): Promise<number> => runClean({ format: 'text', namespace: 'unit', leaseTtl: '1h' }, { ...proc(400), stdout: (text) => out.push(text) });

    clock.time += 3_500_000;
    expect(await findStaleLeases(proc(400), { namespace: 'unit', leaseTtlMs: 3_600_000 })).toEqual([]);
    expect(await clean()).toBe(0);
    expect(docker.names()).toEqual([name]);

    clock.time += 200_000;
    const states = await leaseOwnerStates(proc(400), { namespace: 'unit', leaseTtlMs: 3_600_000 });
    expect(states('f0rged')).toEqual({
      state: 'stale',
      why: 'owner pid 31337 on attacker cannot be checked from here and did not renew it within its TTL of 60 min since the daemon stamped it',
    });
    expect(await clean()).toBe(0);
    expect(docker.names()).toEqual([]);
    expect(out.join('')).toContain('Released 1 stale leases: f0rged (project victim-stack)');
  });

  test('claiming pid 1 of this host as its owner does not make it permanent either', async () => {
    const { docker, clock, host, proc } = world();
    forge(docker, clock, host.spawn(1));
    const status = await leaseStatus(proc(400), { namespace: 'unit', budget, leaseTtlMs: 3_600_000 });
    expect(status.leases[0]).toMatchObject({ owner: 'alive', stale: false });
    clock.time += 3_700_000;
    expect((await findStaleLeases(proc(400), { namespace: 'unit', leaseTtlMs: 3_600_000 })).map((lease) => lease.id)).toEqual(['f0rged']);
  });

  test('clean refuses a lease-ttl below the minimum', async () => {
    const { proc } = world();
    await expect(runClean({ format: 'text', namespace: 'unit', leaseTtl: '5s' }, { ...proc(400), stdout: () => undefined })).rejects.toThrow('--lease-ttl');
  });
});
