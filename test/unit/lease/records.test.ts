import { describe, expect, test } from 'vitest';
import { claimsUnseenRenewal, expiresAtMs, isStale, ownerLiveness, staleReason } from '../../../src/lease/liveness.js';
import { admittedName, decodeRecord, mutexName, parseRecordName, recordLabels, recordName, type LeaseRecord } from '../../../src/lease/records.js';
import { BOOT, identity, NS } from './fakes.js';

const ticket: LeaseRecord = {
  kind: 'ticket',
  containerId: 'c1',
  name: 'dsa-lease.ns1.wait.ab12.3',
  namespace: 'ns1',
  id: 'ab12',
  generation: 3,
  request: { project: 'dsa-812-1-it', groups: ['it', 'db'], ports: ['tcp/5432', 'udp/127.0.0.1:53'], memoryBytes: 1536 },
  budgetBytes: 4096,
  owner: identity(4242, { hostname: 'runner-2' }),
  who: { repository: 'octo/app', runId: '812.1', job: 'it', runner: 'runner-2' },
  requestedAtMs: 1000,
  renewedAtMs: 2000,
  stampedAtMs: 2000,
  ttlMs: 60_000,
  leaseTtlMs: 21_600_000,
  order: '0001',
};
/** The daemon's creation time of a container, as `docker ps` gives it (seconds). */
const CREATED = 2;

describe('records in labels and names', () => {
  test('a ticket round-trips through its labels and name', () => {
    expect(decodeRecord({ id: 'c1', name: ticket.name, labels: recordLabels(ticket), createdSeconds: CREATED })).toEqual({ ...ticket, admittedAtMs: undefined, holdsMutex: undefined });
  });

  test('renamed to the mutex it is still a ticket, holding the mutex', () => {
    const decoded = decodeRecord({ id: 'c1', name: mutexName('ns1'), labels: recordLabels(ticket), createdSeconds: CREATED });
    expect(decoded).toMatchObject({ kind: 'ticket', generation: 3, holdsMutex: true });
  });

  test('renamed to its lease name it is generation 0 of the lease, admitted and renewed then, with the lease TTL', () => {
    const name = admittedName('ns1', 'ab12', 5000);
    expect(name).toBe('dsa-lease.ns1.held.ab12.0.5000');
    expect(decodeRecord({ id: 'c1', name, labels: recordLabels(ticket), createdSeconds: CREATED })).toMatchObject({
      kind: 'lease',
      generation: 0,
      admittedAtMs: 5000,
      renewedAtMs: 5000,
      // A rename is not a new container: the stamp stays the ticket's.
      stampedAtMs: 2000,
      ttlMs: 21_600_000,
      leaseTtlMs: undefined,
    });
  });

  test('a later generation is created as a lease', () => {
    const lease = { ...ticket, kind: 'lease' as const, generation: 4, admittedAtMs: 5000, renewedAtMs: 9000, stampedAtMs: 9000, ttlMs: 21_600_000, order: undefined, leaseTtlMs: undefined };
    const name = recordName('lease', 'ns1', 'ab12', 4);
    expect(decodeRecord({ id: 'c9', name, labels: recordLabels(lease), createdSeconds: 9 })).toEqual({ ...lease, containerId: 'c9', name, holdsMutex: undefined });
  });

  test.each([
    ['dsa-lease.ns1.wait.ab12.0', { state: 'wait', id: 'ab12', generation: 0, admittedAtMs: undefined }],
    ['dsa-lease.ns1.held.ab12.0.5000', { state: 'held', id: 'ab12', generation: 0, admittedAtMs: 5000 }],
    ['dsa-lease.ns1.held.ab12.7', { state: 'held', id: 'ab12', generation: 7, admittedAtMs: undefined }],
    ['dsa-lease.ns1.mutex', { state: 'mutex' }],
    ['dsa-lease.ns2.mutex', undefined],
    ['dsa-lease.ns1.gone.ab12.0', undefined],
    ['other', undefined],
  ])('name %s', (name, parsed) => {
    expect(parseRecordName(name, 'ns1')).toEqual(parsed);
  });

  test('labels that are not a complete record, or a name that disagrees with them, are ignored', () => {
    const labels = recordLabels(ticket);
    expect(decodeRecord({ id: 'c1', name: ticket.name, labels: { ...labels, 'docker-stability.lease.memory-bytes': 'lots' }, createdSeconds: CREATED })).toBeUndefined();
    expect(decodeRecord({ id: 'c1', name: 'dsa-lease.ns1.wait.ffff.3', labels, createdSeconds: CREATED })).toBeUndefined();
    expect(decodeRecord({ id: 'c1', name: 'dsa-stack-db-1', labels, createdSeconds: CREATED })).toBeUndefined();
  });
});

describe('owner liveness', () => {
  const me = identity(100);
  const table = new Map([[4242, identity(4242)], [77, identity(77, { startTicks: 1 })]]);
  const context = { me, lookup: (pid: number) => table.get(pid), nowMs: 100_000, maxTtlMs: { lease: 6 * 3_600_000, ticket: 60_000 } };

  test.each([
    ['alive: same boot, same namespace, same start time', identity(4242), 'alive'],
    ['dead: the pid is gone', identity(5555), 'dead'],
    ['dead: the pid was reused by a process started later', identity(77), 'dead'],
    ['unknown: another PID namespace (a container) is invisible, not dead', identity(5555, { pidNamespace: 'pid:[1]' }), 'unknown'],
    ['unknown: another boot or host', identity(5555, { bootId: 'other' }), 'unknown'],
    ['unknown: a record without identity (no /proc where it was made)', identity(5555, { bootId: '' }), 'unknown'],
  ])('%s', (_title, owner, expected) => {
    expect(ownerLiveness(owner, context)).toBe(expected);
  });

  test('without /proc here, nothing can be checked', () => {
    expect(ownerLiveness(identity(4242), { me: undefined, lookup: () => undefined })).toBe('unknown');
  });

  // [title, owner, the daemon's stamp, claimed renewal, claimed TTL, stale]
  test.each([
    ['live owner within its TTL since the stamp', identity(4242), 50_000, 50_000, 60_000, false],
    ['live owner that stopped renewing: stale too (an owner label can name any living process)', identity(4242), 0, 0, 60_000, true],
    ['dead owner, TTL ahead: stale at once', identity(5555), 99_000, 99_000, 1_000_000, true],
    ['unseen owner within its TTL', identity(1, { bootId: 'x' }), 50_000, 50_000, 60_000, false],
    ['unseen owner past its TTL', identity(1, { bootId: 'x' }), 30_000, 30_000, 60_000, true],
    ['unseen owner claiming a renewal in the year 2100: the stamp decides', identity(1, { bootId: 'x' }), 30_000, Date.UTC(2100, 0, 1), 60_000, true],
    ['a ticket claiming a TTL of a day lives the reader\'s ticket TTL (60 s)', identity(1, { bootId: 'x' }), 30_000, 30_000, 86_400_000, true],
  ])('%s', (_title, owner, stampedAtMs, renewedAtMs, ttlMs, stale) => {
    const record = { kind: 'ticket' as const, owner, stampedAtMs, renewedAtMs, ttlMs };
    expect(isStale(record, context)).toBe(stale);
    expect(staleReason(record, context) !== undefined).toBe(stale);
  });

  test('a lease claiming a century lives at most the reader\'s lease-ttl past its stamp', () => {
    const forged = { kind: 'lease' as const, owner: identity(1, { bootId: 'x' }), stampedAtMs: 0, renewedAtMs: Date.UTC(2100, 0, 1), ttlMs: 100 * 365 * 86_400_000 };
    expect(expiresAtMs(forged, context)).toBe(6 * 3_600_000);
    expect(isStale(forged, { ...context, nowMs: 6 * 3_600_000 + 1 })).toBe(true);
    expect(isStale(forged, { ...context, nowMs: 6 * 3_600_000 - 1 })).toBe(false);
    expect(staleReason(forged, { ...context, nowMs: 6 * 3_600_000 + 1 })).toBe('owner pid 1 on host-a cannot be checked from here and did not renew it within its TTL of 360 min since the daemon stamped it');
    expect(claimsUnseenRenewal(forged)).toBe(true);
    expect(claimsUnseenRenewal({ renewedAtMs: 5000, stampedAtMs: 2000 })).toBe(false);
  });

  test('the reason names the owner', () => {
    expect(staleReason({ kind: 'lease', owner: identity(5555, { hostname: 'runner-2' }), stampedAtMs: 0, renewedAtMs: 0, ttlMs: 1 }, context)).toBe('owner pid 5555 on runner-2 is gone');
    expect(BOOT).toBe(context.me.bootId);
    expect(NS).toBe(context.me.pidNamespace);
  });
});
