import type { LeaseRecord } from './records.js';
import { overlap, overlaps } from './request.js';

// Who may be admitted, decided from one snapshot of live leases and the queue. Fair: tickets are
// considered in arrival order, and a ticket is admissible only when nothing held blocks it AND
// no earlier ticket that conflicts with it is still waiting — so a big stack is not starved by a
// stream of small ones. Earlier tickets that are admissible count as already holding.

export interface Blocker {
  record: LeaseRecord;
  /** A lease held now, or an earlier ticket in the queue. */
  as: 'holder' | 'earlier';
  ports: string[];
  groups: string[];
  /** Blocks us through the memory budget. */
  memory: boolean;
  /** Its memory is part of usedBytes (a holder, or an earlier ticket that is admissible). */
  counted: boolean;
}

export interface Verdict {
  admissible: boolean;
  blockers: Blocker[];
  /** Reserved by holders and admissible earlier tickets, in bytes, as seen by this ticket. */
  usedBytes: number;
  fits: boolean;
}

/** One verdict per ticket id. Tickets must be in queue order; leases and tickets must be live. */
export function planAdmission(leases: LeaseRecord[], tickets: LeaseRecord[]): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>();
  const holding: Array<{ record: LeaseRecord; as: Blocker['as'] }> = leases.map((record) => ({ record, as: 'holder' }));
  const waiting: Array<{ record: LeaseRecord; fits: boolean }> = [];

  for (const ticket of tickets) {
    const wantsMemory = ticket.request.memoryBytes > 0;
    const usedBytes = holding.reduce((sum, held) => sum + held.record.request.memoryBytes, 0);
    const fits = !wantsMemory || usedBytes + ticket.request.memoryBytes <= ticket.budgetBytes;
    const blockers: Blocker[] = [];

    for (const held of holding) {
      const shared = overlap(held.record.request, ticket.request);
      const memory = !fits && held.record.request.memoryBytes > 0;
      if (overlaps(shared) || memory) blockers.push({ record: held.record, as: held.as, ...shared, memory, counted: true });
    }
    for (const earlier of waiting) {
      const shared = overlap(earlier.record.request, ticket.request);
      const memory = wantsMemory && earlier.record.request.memoryBytes > 0 && !earlier.fits;
      if (overlaps(shared) || memory) blockers.push({ record: earlier.record, as: 'earlier', ...shared, memory, counted: false });
    }

    const admissible = blockers.length === 0;
    verdicts.set(ticket.id, { admissible, blockers, usedBytes, fits });
    if (admissible) holding.push({ record: ticket, as: 'earlier' });
    else waiting.push({ record: ticket, fits });
  }
  return verdicts;
}

/** Bytes the live leases reserve. */
export function reservedBytes(leases: LeaseRecord[]): number {
  return leases.reduce((sum, lease) => sum + lease.request.memoryBytes, 0);
}
