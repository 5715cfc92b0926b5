import { describe, expect, test } from 'vitest';
import { leaseContext } from '../../../src/lease/context.js';
import { LEASE_LABELS } from '../../../src/lease/records.js';
import { TicketKeeper } from '../../../src/lease/ticket.js';
import { world } from './fakes.js';

// Our place in the queue: the daemon's creation time of the first generation, carried by every
// renewal (a new generation, then the old one removed), so a waiter holds its place only while
// it renews.

const REQUEST = { project: 'p', groups: ['it'], ports: ['tcp/5432'], memoryBytes: 1024 };
const TICKET_TTL = 60_000;

function keeper(w: ReturnType<typeof world>, id = 'aaa') {
  const ctx = leaseContext(w.proc(200), 'unit', { ticketTtlMs: TICKET_TTL });
  return new TicketKeeper(ctx, id, REQUEST, 4096, { repository: 'o/r', runner: 'runner-1' }, 3_600_000);
}

const labelsOf = (w: ReturnType<typeof world>, containerId: string) => w.docker.containers.get(containerId)!.labels;

describe('TicketKeeper', () => {
  test('create: generation 0 with what it asks for, who asks, its TTL and the lease TTL it will have', async () => {
    const w = world();
    const ticket = keeper(w);
    await ticket.create();
    const current = ticket.current();
    expect(current).toEqual({ id: 'aaa', containerId: expect.any(String), generation: 0 });
    expect(w.docker.names()).toEqual(['dsa-lease.unit.wait.aaa.0']);
    expect(labelsOf(w, current.containerId)).toMatchObject({
      [LEASE_LABELS.kind]: 'ticket',
      [LEASE_LABELS.groups]: 'it',
      [LEASE_LABELS.ports]: 'tcp/5432',
      [LEASE_LABELS.memory]: '1024',
      [LEASE_LABELS.budget]: '4096',
      [LEASE_LABELS.ttl]: String(TICKET_TTL),
      [LEASE_LABELS.leaseTtl]: '3600000',
      [LEASE_LABELS.ownerPid]: '200',
      [LEASE_LABELS.runner]: 'runner-1',
    });
    // The first generation's place is its creation time, not a label of its own.
    expect(labelsOf(w, current.containerId)[LEASE_LABELS.order]).toBeUndefined();
  });

  test('renewal is not due before a third of the ticket TTL', async () => {
    const w = world();
    const ticket = keeper(w);
    await ticket.create();
    expect(ticket.renewDueMs()).toBe(w.clock.now() + TICKET_TTL / 3);
    w.clock.time += TICKET_TTL / 3 - 1;
    await ticket.renewIfDue();
    expect(ticket.current().generation).toBe(0);
  });

  test('a renewal writes the next generation carrying the first one\'s place, then removes the old one', async () => {
    const w = world();
    const ticket = keeper(w);
    await ticket.create();
    const first = ticket.current().containerId;
    const place = await leaseContext(w.proc(200), 'unit').store.creationOrder(first);
    w.clock.time += TICKET_TTL / 3;
    await ticket.renewIfDue();
    expect(ticket.current().generation).toBe(1);
    expect(w.docker.names()).toEqual(['dsa-lease.unit.wait.aaa.1']);
    expect(labelsOf(w, ticket.current().containerId)[LEASE_LABELS.order]).toBe(place);
    expect(ticket.containerIds()).toEqual([ticket.current().containerId]);
    expect(ticket.renewDueMs()).toBe(w.clock.now() + TICKET_TTL / 3);
  });

  test('queued again after being swept: a new place at the end of the queue, generation 0', async () => {
    const w = world();
    const ticket = keeper(w);
    await ticket.create();
    const first = ticket.current().containerId;
    await w.docker.removeContainer(first);
    w.clock.time += 5000;
    await ticket.create();
    expect(ticket.current().generation).toBe(0);
    expect(ticket.current().containerId).not.toBe(first);
    expect(labelsOf(w, ticket.current().containerId)[LEASE_LABELS.requestedAt]).toBe(String(w.clock.now()));
  });

  test('two waiters that drew the same id: the second cannot queue, and says why', async () => {
    const w = world();
    await keeper(w).create();
    await expect(keeper(w).create()).rejects.toThrow('Lease ticket aaa generation 0 exists already; two waiters drew the same id');
  });
});
