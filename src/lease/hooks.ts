import type { OwnerState } from '../cleanup/plan.js';
import type { LeaseSection } from './section.js';
import { formatDuration } from '../core/units.js';
import type { AcquiredLease, LeaseHandle } from './acquire.js';
import { describeHolding, type HolderView } from './describe.js';
import type { LeaseTimeoutError } from './errors.js';
import { renewIntervalMs, renewLease } from './lifecycle.js';
import { leaseContext, type LeaseDeps } from './context.js';
import { staleReason } from './liveness.js';

// Where leases meet the rest of the product, shaped for its hooks: the monitor's periodic
// duties (renewal), the cleanup sweep's owner states, and the job summary's lease section.
// The shapes are theirs (types only): the summary's LeaseSection, the sweep's OwnerState.

/** A periodic duty for the monitor (src/monitor/sampler.ts MonitorDuty): renews our lease. */
export function leaseRenewalDuty(
  deps: LeaseDeps,
  handle: LeaseHandle,
  ttlMs: number,
): { name: string; everyMs: number; run(signal: AbortSignal): Promise<void> } {
  return {
    name: 'lease renewal',
    everyMs: renewIntervalMs(ttlMs),
    run: async () => {
      const outcome = await renewLease(deps, handle);
      // Transferred is normal at the end of a job (post took it over); lost is worth a note.
      if (outcome === 'lost') throw new Error(`lease ${handle.id} is gone: released, or swept as stale`);
    },
  };
}


/**
 * One read of a namespace, answering for each lease id (the owner label on a stack's resources)
 * whether its lease is live, stale (with why) or absent — for cleanup's dead-owner sweep.
 */
export async function leaseOwnerStates(deps: LeaseDeps, options: { namespace?: string; leaseTtlMs?: number } = {}): Promise<(owner: string) => OwnerState> {
  const ctx = leaseContext(deps, options.namespace, options.leaseTtlMs === undefined ? {} : { leaseTtlCapMs: options.leaseTtlMs });
  const snapshot = await ctx.store.snapshot();
  const liveness = ctx.liveness();
  const records = new Map([...snapshot.tickets, ...snapshot.leases].map((record) => [record.id, record]));
  return (owner) => {
    const record = records.get(owner);
    if (!record) return { state: 'absent' };
    const why = staleReason(record, liveness);
    return why ? { state: 'stale', why } : { state: 'live' };
  };
}

/** One line per holder we waited for, without times (the summary states the wait once). */
export function waitedForLines(views: HolderView[]): string[] {
  return views.map(describeHolding);
}

export function admittedReport(lease: AcquiredLease): LeaseSection {
  return {
    outcome: 'admitted',
    waitedMs: lease.waitedMs,
    waitedFor: waitedForLines(lease.waitedFor),
    budgetBytes: lease.budgetBytes,
    usedBytes: lease.usedBytes,
    ownBytes: lease.record.request.memoryBytes,
    detail: lease.waitedMs >= 1000 ? `waited ${formatDuration(lease.waitedMs)}` : undefined,
  };
}

export function timedOutReport(error: LeaseTimeoutError, budgetBytes?: number): LeaseSection {
  return {
    outcome: 'timed-out',
    waitedMs: error.waitedMs,
    waitedFor: waitedForLines(error.blockers),
    budgetBytes,
    detail: `gave up after ${formatDuration(error.waitedMs)} (lock-timeout)`,
  };
}
