import { formatBytes, formatDuration } from '../core/units.js';
import { planAdmission, reservedBytes } from './admission.js';
import { describeBudget, resolveMemoryBudget, type MemoryBudget } from './budget.js';
import { leaseContext, partitionLive, type LeaseDeps } from './context.js';
import { clockTime, describeBlocker, describeClaims, holderView, type HolderView } from './describe.js';
import { isStale } from './liveness.js';
import type { LeaseRecord } from './records.js';

// What `docker-stability status` shows, and what the cleanup sweep asks: the leases of a
// namespace, who waits for what, the budget in use, and which leases are stale.

export interface LeaseStatus {
  namespace: string;
  nowMs: number;
  leases: Array<HolderView & { stale: boolean }>;
  waiting: Array<HolderView & { position: number; stale: boolean; blockers: HolderView[] }>;
  budget: { usedBytes: number; totalBytes: number; description: string };
}

export async function leaseStatus(deps: LeaseDeps, options: { namespace?: string; budget: MemoryBudget }): Promise<LeaseStatus> {
  const ctx = leaseContext(deps, options.namespace);
  const [snapshot, info] = await Promise.all([ctx.store.snapshot(), deps.docker.info()]);
  const liveness = ctx.liveness();
  const live = partitionLive(snapshot, liveness);
  const verdicts = planAdmission(live.leases, live.tickets);
  const stale = (record: LeaseRecord): boolean => isStale(record, liveness);
  return {
    namespace: ctx.store.namespace,
    nowMs: liveness.nowMs,
    leases: snapshot.leases.map((lease) => ({ ...holderView(lease), stale: stale(lease) })),
    waiting: snapshot.tickets.map((ticket, index) => ({
      ...holderView(ticket),
      position: index + 1,
      stale: stale(ticket),
      blockers: (verdicts.get(ticket.id)?.blockers ?? []).map((blocker) => holderView(blocker.record, blocker)),
    })),
    budget: (() => {
      const resolved = resolveMemoryBudget(options.budget, info.memTotalBytes);
      return { usedBytes: reservedBytes(live.leases), totalBytes: resolved.bytes, description: describeBudget(resolved) };
    })(),
  };
}

/**
 * Leases whose owner is dead or whose TTL ran out. The cleanup sweep removes the resources of
 * their projects (unless a live lease has the same project), then the records (releaseLease).
 */
export async function findStaleLeases(deps: LeaseDeps, options: { namespace?: string } = {}): Promise<LeaseRecord[]> {
  const ctx = leaseContext(deps, options.namespace);
  const snapshot = await ctx.store.snapshot();
  return partitionLive(snapshot, ctx.liveness()).stale.filter((record) => record.kind === 'lease');
}

/** The leases (newest generations) held for a Compose project, each saying whether it is stale. */
export async function leasesOfProject(deps: LeaseDeps, options: { namespace?: string; project: string }): Promise<Array<LeaseRecord & { stale: boolean }>> {
  const ctx = leaseContext(deps, options.namespace);
  const snapshot = await ctx.store.snapshot();
  const liveness = ctx.liveness();
  return snapshot.leases.filter((lease) => lease.request.project === options.project).map((lease) => ({ ...lease, stale: isStale(lease, liveness) }));
}

export function formatStatusText(status: LeaseStatus): string {
  const lines: string[] = [];
  const { usedBytes, totalBytes, description } = status.budget;
  lines.push(`Namespace ${status.namespace}: ${status.leases.length} held, ${status.waiting.length} waiting.`);
  lines.push(`Memory budget: ${formatBytes(usedBytes)} reserved of ${description} (${totalBytes > 0 ? Math.round((usedBytes / totalBytes) * 100) : 0}%).`);
  if (status.leases.length) lines.push('', 'Held:');
  for (const lease of status.leases) {
    lines.push(`  ${lease.who}${lease.project ? `, project ${lease.project}` : ''}${lease.stale ? '  [stale]' : ''}`);
    lines.push(`    holds ${describeClaims(lease)} since ${clockTime(lease.sinceMs)} (${formatDuration(status.nowMs - lease.sinceMs)})`);
  }
  if (status.waiting.length) lines.push('', 'Waiting, in order:');
  for (const ticket of status.waiting) {
    lines.push(`  ${ticket.position}. ${ticket.who}${ticket.project ? `, project ${ticket.project}` : ''}${ticket.stale ? '  [stale]' : ''}`);
    lines.push(`    wants ${describeClaims(ticket)}, waiting ${formatDuration(status.nowMs - ticket.sinceMs)}`);
    for (const blocker of ticket.blockers) lines.push(`    blocked: ${describeBlocker(blocker, status.nowMs)}`);
  }
  return lines.join('\n');
}
