import { planAdmission, type Verdict } from './admission.js';
import { partitionLive, type LeaseContext } from './context.js';
import { admittedName, recordName, type LeaseRecord } from './records.js';

// One admission pass, under the mutex: sweep stale records, decide from a fresh snapshot, and
// admit our ticket by renaming it to its lease name (which also releases the mutex). Each waiter
// admits only itself: admitting another process's ticket would make a lease for an owner that
// may be gone unseen (a dead remote waiter), blocking everyone for a whole TTL.

export type PassOutcome =
  | { outcome: 'admitted'; lease: LeaseRecord; usedBytes: number }
  | { outcome: 'busy' }
  | { outcome: 'blocked'; verdict?: Verdict }
  | { outcome: 'ticket-gone' };

export async function admissionPass(ctx: LeaseContext, ticket: { id: string; containerId: string; generation: number }): Promise<PassOutcome> {
  const held = await ctx.mutex.tryAcquire(ticket.containerId);
  if (held === 'busy' || held === 'ticket-gone') return { outcome: held };
  let releaseTo: string | undefined = recordName('ticket', ctx.store.namespace, ticket.id, ticket.generation);
  try {
    const snapshot = await ctx.store.snapshot();
    const mine = snapshot.tickets.find((record) => record.id === ticket.id);
    if (!mine) return { outcome: 'ticket-gone' };

    const live = partitionLive(snapshot, ctx.liveness());
    for (const stale of live.stale) {
      if (overdue(ctx, held.acquiredAtMs)) return { outcome: 'blocked' };
      for (const containerId of snapshot.containersById.get(stale.id) ?? []) await ctx.store.remove(containerId);
    }
    const verdict = planAdmission(live.leases, live.tickets).get(ticket.id);
    if (!verdict?.admissible || overdue(ctx, held.acquiredAtMs)) return { outcome: 'blocked', verdict };

    const now = ctx.deps.clock.now();
    const name = admittedName(ctx.store.namespace, ticket.id, now);
    const renamed = await ctx.store.rename(ticket.containerId, name);
    releaseTo = undefined;
    if (renamed !== 'renamed') return { outcome: 'ticket-gone' };
    const lease: LeaseRecord = {
      ...mine,
      kind: 'lease',
      name,
      generation: 0,
      admittedAtMs: now,
      renewedAtMs: now,
      ttlMs: mine.leaseTtlMs ?? mine.ttlMs,
      leaseTtlMs: undefined,
      order: undefined,
      holdsMutex: undefined,
    };
    // What leases reserve now that we hold ours (earlier admissible tickets count as holding).
    return { outcome: 'admitted', lease, usedBytes: verdict.usedBytes + mine.request.memoryBytes };
  } finally {
    if (releaseTo) await ctx.mutex.release(held, releaseTo);
  }
}

/** A holder that took too long stops before writing, so a breaker never overlaps its writes. */
function overdue(ctx: LeaseContext, acquiredAtMs: number): boolean {
  return ctx.deps.clock.now() - acquiredAtMs > ctx.mutex.staleMs / 2;
}
