import { describe, expect, test } from 'vitest';
import { isStale, ownerLiveness, staleReason } from '../../../src/lease/liveness.js';
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
  ttlMs: 60_000,
  leaseTtlMs: 21_600_000,
  order: '0001',
};

describe('records in labels and names', () => {
  test('a ticket round-trips through its labels and name', () => {
    expect(decodeRecord({ id: 'c1', name: ticket.name, labels: recordLabels(ticket) })).toEqual({ ...ticket, admittedAtMs: undefined, holdsMutex: undefined });
  });

  test('renamed to the mutex it is still a ticket, holding the mutex', () => {
    const decoded = decodeRecord({ id: 'c1', name: mutexName('ns1'), labels: recordLabels(ticket) });
    expect(decoded).toMatchObject({ kind: 'ticket', generation: 3, holdsMutex: true });
  });

  test('renamed to its lease name it is generation 0 of the lease, admitted and renewed then, with the lease TTL', () => {
    const name = admittedName('ns1', 'ab12', 5000);
    expect(name).toBe('dsa-lease.ns1.held.ab12.0.5000');
    expect(decodeRecord({ id: 'c1', name, labels: recordLabels(ticket) })).toMatchObject({
      kind: 'lease',
      generation: 0,
      admittedAtMs: 5000,
      renewedAtMs: 5000,
      ttlMs: 21_600_000,
      leaseTtlMs: undefined,
    });
  });

  test('a later generation is created as a lease', () => {
    const lease = { ...ticket, kind: 'lease' as const, generation: 4, admittedAtMs: 5000, renewedAtMs: 9000, ttlMs: 21_600_000, order: undefined, leaseTtlMs: undefined };
    const name = recordName('lease', 'ns1', 'ab12', 4);
    expect(decodeRecord({ id: 'c9', name, labels: recordLabels(lease) })).toEqual({ ...lease, containerId: 'c9', name, holdsMutex: undefined });
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
    expect(decodeRecord({ id: 'c1', name: ticket.name, labels: { ...labels, 'docker-stability.lease.memory-bytes': 'lots' } })).toBeUndefined();
    expect(decodeRecord({ id: 'c1', name: 'dsa-lease.ns1.wait.ffff.3', labels })).toBeUndefined();
    expect(decodeRecord({ id: 'c1', name: 'dsa-stack-db-1', labels })).toBeUndefined();
  });
});

describe('owner liveness', () => {
  const me = identity(100);
  const table = new Map([[4242, identity(4242)], [77, identity(77, { startTicks: 1 })]]);
  const context = { me, lookup: (pid: number) => table.get(pid), nowMs: 100_000 };

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

  test.each([
    ['live owner, TTL long over: not stale (only unseen owners expire)', identity(4242), 0, 1000, false],
    ['dead owner, TTL ahead: stale at once', identity(5555), 99_000, 1_000_000, true],
    ['unseen owner within its TTL', identity(1, { bootId: 'x' }), 50_000, 60_000, false],
    ['unseen owner past its TTL', identity(1, { bootId: 'x' }), 30_000, 60_000, true],
  ])('%s', (_title, owner, renewedAtMs, ttlMs, stale) => {
    expect(isStale({ owner, renewedAtMs, ttlMs }, context)).toBe(stale);
    expect(staleReason({ owner, renewedAtMs, ttlMs }, context) !== undefined).toBe(stale);
  });

  test('the reason names the owner', () => {
    expect(staleReason({ owner: identity(5555, { hostname: 'runner-2' }), renewedAtMs: 0, ttlMs: 1 }, context)).toBe('owner pid 5555 on runner-2 is gone');
    expect(BOOT).toBe(context.me.bootId);
    expect(NS).toBe(context.me.pidNamespace);
  });
});
