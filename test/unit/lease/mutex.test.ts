import { describe, expect, test } from 'vitest';
import { leaseContext } from '../../../src/lease/context.js';
import { AdmissionMutex } from '../../../src/lease/mutex.js';
import { mutexName } from '../../../src/lease/records.js';
import { TicketKeeper } from '../../../src/lease/ticket.js';
import { world } from './fakes.js';

// The admission mutex: a ticket renamed to the namespace's fixed name. Who holds it is known
// from the ticket; a dead holder is broken at once (its ticket removed by ID), a live one only
// after holding the same container for staleMs by our clock (renamed back, also by ID).

const STALE_MS = 10_000;
const MUTEX = mutexName('unit');

/** A process of the world with its ticket queued and its own view of the mutex (what it has observed). */
async function waiter(w: ReturnType<typeof world>, pid: number, id: string): Promise<{ ctx: { mutex: AdmissionMutex }; ticket: TicketKeeper }> {
  const lease = leaseContext(w.proc(pid), 'unit');
  const ticket = new TicketKeeper(lease, id, { project: '', groups: [], ports: [], memoryBytes: 0 }, 1, { runner: 'r' }, 60_000);
  await ticket.create();
  return { ctx: { mutex: new AdmissionMutex(lease.store, w.clock, lease.liveness, STALE_MS) }, ticket };
}

describe('AdmissionMutex', () => {
  test('free: our ticket becomes the mutex; released, it is our ticket again', async () => {
    const w = world();
    const { ctx, ticket } = await waiter(w, 200, 'aaa');
    const held = await ctx.mutex.tryAcquire(ticket.current().containerId);
    expect(held).toEqual({ containerId: ticket.current().containerId, acquiredAtMs: w.clock.now() });
    expect(w.docker.names()).toEqual([MUTEX]);
    await ctx.mutex.release(held as Exclude<typeof held, string>, 'dsa-lease.unit.wait.aaa.0');
    expect(w.docker.names()).toEqual(['dsa-lease.unit.wait.aaa.0']);
  });

  test('a ticket that is gone cannot take it', async () => {
    const w = world();
    const { ctx, ticket } = await waiter(w, 200, 'aaa');
    await w.docker.removeContainer(ticket.current().containerId);
    expect(await ctx.mutex.tryAcquire(ticket.current().containerId)).toBe('ticket-gone');
  });

  test('a live holder: busy, and busy again until it has held the same container for staleMs; then renamed back by ID', async () => {
    const w = world();
    const holder = await waiter(w, 300, 'hhh');
    await holder.ctx.mutex.tryAcquire(holder.ticket.current().containerId);
    const { ctx, ticket } = await waiter(w, 200, 'aaa');
    expect(await ctx.mutex.tryAcquire(ticket.current().containerId)).toBe('busy');
    w.clock.time += STALE_MS;
    expect(await ctx.mutex.tryAcquire(ticket.current().containerId)).toBe('busy');
    w.clock.time += 1;
    expect(await ctx.mutex.tryAcquire(ticket.current().containerId)).toMatchObject({ containerId: ticket.current().containerId });
    // The slow holder's ticket is back in the queue under its own name, not removed.
    expect(w.docker.names()).toEqual([MUTEX, 'dsa-lease.unit.wait.hhh.0']);
  });

  test('a holder that changes is watched afresh: no one is broken for another\'s time', async () => {
    const w = world();
    const first = await waiter(w, 300, 'hhh');
    const held = await first.ctx.mutex.tryAcquire(first.ticket.current().containerId);
    const { ctx, ticket } = await waiter(w, 200, 'aaa');
    expect(await ctx.mutex.tryAcquire(ticket.current().containerId)).toBe('busy');
    // The first holder gives it back and a third waiter takes it.
    await first.ctx.mutex.release(held as Exclude<typeof held, string>, 'dsa-lease.unit.wait.hhh.0');
    const third = await waiter(w, 400, 'ccc');
    await third.ctx.mutex.tryAcquire(third.ticket.current().containerId);
    w.clock.time += STALE_MS + 1;
    expect(await ctx.mutex.tryAcquire(ticket.current().containerId)).toBe('busy');
  });

  test('a dead holder is broken at once: its ticket removed, the mutex ours', async () => {
    const w = world();
    const holder = await waiter(w, 300, 'hhh');
    await holder.ctx.mutex.tryAcquire(holder.ticket.current().containerId);
    w.host.kill(300);
    const { ctx, ticket } = await waiter(w, 200, 'aaa');
    expect(await ctx.mutex.tryAcquire(ticket.current().containerId)).toMatchObject({ containerId: ticket.current().containerId });
    expect(w.docker.names()).toEqual([MUTEX]);
    expect(w.docker.calls).toContain(`remove ${MUTEX}`);
  });
});
