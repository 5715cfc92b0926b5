// A lease forged through the real daemon (the docker CLI, as an attacker with the socket would):
// an owner nobody can check, a renewal claimed for the year 2100, a TTL of a century. What the
// daemon stamped — the container's creation time — decides: status calls it unverified and gives
// its expiry from that stamp; it holds exactly the reader's lease-ttl, then the sweep releases it.
// The reader's clock is moved forward instead of waiting (the daemon's stamp cannot be moved).
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { linuxHostProbe } from '../../src/adapters/host-probe.js';
import { sweepDeadOwners } from '../../src/app/sweep.js';
import { parseMemoryBudget, type MemoryBudget } from '../../src/lease/budget.js';
import { leaseStatus } from '../../src/lease/status.js';
import type { Clock } from '../../src/ports/clock.js';
import { createdAtMs, forgeLease, YEAR_2100_MS } from '../support/forged-lease.js';
import { namespaceContainers, removeNamespace, uniqueNamespace } from './lease-helpers.js';

const ns = uniqueNamespace('forge');
const api = new EngineApi();
const budget = parseMemoryBudget('75%') as MemoryBudget;
const TTL = 60_000;

/** The reader's clock, `aheadMs` past the real one. */
const clockAhead = (aheadMs: number): Clock => ({ now: () => Date.now() + aheadMs, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
const deps = (aheadMs = 0) => ({ docker: api, host: linuxHostProbe, clock: clockAhead(aheadMs) });

afterAll(() => removeNamespace(ns));

describe('a forged lease on the real daemon', () => {
  test('is unverified, expires lease-ttl after the daemon\'s stamp whatever it claims, and is then released by the sweep', async () => {
    const id = randomBytes(4).toString('hex');
    const forged = forgeLease({ namespace: ns, id, project: 'victim', groups: ['integration-db'], memoryBytes: 1024 ** 4 });
    const stamped = createdAtMs(forged.containerId);

    const status = await leaseStatus(deps(), { namespace: ns, budget, leaseTtlMs: TTL });
    expect(status.leases).toHaveLength(1);
    const lease = status.leases[0]!;
    expect(lease).toMatchObject({ id, stale: false, owner: 'unverified', claimedRenewalAtMs: YEAR_2100_MS });
    // `docker ps` gives whole seconds: the stamp is the daemon's creation time, floored.
    expect(stamped - lease.stampedAtMs).toBeGreaterThanOrEqual(0);
    expect(stamped - lease.stampedAtMs).toBeLessThan(1000);
    expect(lease.expiresAtMs).toBe(lease.stampedAtMs + TTL);

    // Before its TTL since the stamp: it holds.
    expect((await sweepDeadOwners(deps(), { namespace: ns, dryRun: false, leaseTtlMs: TTL })).released).toEqual([]);
    expect(namespaceContainers(ns)).toHaveLength(1);

    // Past it, by the reader's clock: stale and released, its century-long TTL and 2100 renewal notwithstanding.
    const later = lease.expiresAtMs - Date.now() + 2000;
    const sweep = await sweepDeadOwners(deps(later), { namespace: ns, dryRun: false, leaseTtlMs: TTL });
    expect(sweep.staleLeases).toEqual([{ id, project: 'victim', reason: expect.stringContaining('did not renew it within its TTL of 1 min since the daemon stamped it') }]);
    expect(sweep.released).toEqual([id]);
    expect(namespaceContainers(ns)).toEqual([]);
  });
});
