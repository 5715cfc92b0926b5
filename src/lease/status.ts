import { formatBytes, formatDuration } from '../core/units.js';
import { planAdmission, reservedBytes } from './admission.js';
import { describeBudget, resolveMemoryBudget, type MemoryBudget } from './budget.js';
import { leaseContext, partitionLive, type LeaseDeps } from './context.js';
import { clockTime, describeBlocker, describeClaims, holderView, type HolderView } from './describe.js';
import { claimsUnseenRenewal, expiresAtMs, isStale, ownerLiveness, type LivenessContext } from './liveness.js';
import type { LeaseRecord } from './records.js';

// What `docker-stability status` shows, and what the cleanup sweep asks: the leases of a
// namespace, who waits for what, the budget in use, and which leases are stale.

/** How a reader judges a record: its owner as far as it can be checked, and when it expires. */
export interface RecordVerdict {
  stale: boolean;
  /** 'unverified': the owner cannot be checked from here (another host, PID namespace or a forged label). */
  owner: 'alive' | 'dead' | 'unverified';
  /** The daemon's timestamp of the newest generation, and when it expires without renewal. */
  stampedAtMs: number;
  expiresAtMs: number;
  /** The record claims a renewal the daemon never stamped (forged, or a far-off clock). */
  claimedRenewalAtMs?: number;
}

export interface LeaseStatus {
  namespace: string;
  nowMs: number;
  leases: Array<HolderView & RecordVerdict>;
  waiting: Array<HolderView & RecordVerdict & { position: number; blockers: HolderView[] }>;
  budget: { usedBytes: number; totalBytes: number; description: string };
}

/** The reader's verdict on one record (pure). */
export function recordVerdict(record: LeaseRecord, liveness: LivenessContext): RecordVerdict {
  const owner = ownerLiveness(record.owner, liveness);
  return {
    stale: isStale(record, liveness),
    owner: owner === 'unknown' ? 'unverified' : owner,
    stampedAtMs: record.stampedAtMs,
    expiresAtMs: expiresAtMs(record, liveness),
    ...(claimsUnseenRenewal(record) ? { claimedRenewalAtMs: record.renewedAtMs } : {}),
  };
}

export async function leaseStatus(deps: LeaseDeps, options: { namespace?: string; budget: MemoryBudget; leaseTtlMs?: number }): Promise<LeaseStatus> {
  const ctx = leaseContext(deps, options.namespace, cap(options.leaseTtlMs));
  const [snapshot, info] = await Promise.all([ctx.store.snapshot(), deps.docker.info()]);
  const liveness = ctx.liveness();
  const live = partitionLive(snapshot, liveness);
  const verdicts = planAdmission(live.leases, live.tickets);
  return {
    namespace: ctx.store.namespace,
    nowMs: liveness.nowMs,
    leases: snapshot.leases.map((lease) => ({ ...holderView(lease), ...recordVerdict(lease, liveness) })),
    waiting: snapshot.tickets.map((ticket, index) => ({
      ...holderView(ticket),
      ...recordVerdict(ticket, liveness),
      position: index + 1,
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
export async function findStaleLeases(deps: LeaseDeps, options: { namespace?: string; leaseTtlMs?: number } = {}): Promise<LeaseRecord[]> {
  const ctx = leaseContext(deps, options.namespace, cap(options.leaseTtlMs));
  const snapshot = await ctx.store.snapshot();
  return partitionLive(snapshot, ctx.liveness()).stale.filter((record) => record.kind === 'lease');
}

/** The leases (newest generations) held for a Compose project, each saying whether it is stale. */
export async function leasesOfProject(deps: LeaseDeps, options: { namespace?: string; project: string; leaseTtlMs?: number }): Promise<Array<LeaseRecord & { stale: boolean }>> {
  const ctx = leaseContext(deps, options.namespace, cap(options.leaseTtlMs));
  const snapshot = await ctx.store.snapshot();
  const liveness = ctx.liveness();
  return snapshot.leases.filter((lease) => lease.request.project === options.project).map((lease) => ({ ...lease, stale: isStale(lease, liveness) }));
}

/** A reader's lease-ttl as the cap on others' TTLs; undefined keeps the default (6 h). */
export function cap(leaseTtlMs: number | undefined): { leaseTtlCapMs?: number } {
  return leaseTtlMs === undefined ? {} : { leaseTtlCapMs: leaseTtlMs };
}

/** "[stale]", or for an owner nobody here can check: "[unverified owner; expires … by the daemon's stamp]". */
function verdictTag(verdict: RecordVerdict, nowMs: number): string {
  if (verdict.stale) return '  [stale]';
  const tags: string[] = [];
  if (verdict.owner === 'unverified') {
    tags.push(`unverified owner; expires ${clockTime(verdict.expiresAtMs)} (in ${formatDuration(Math.max(0, verdict.expiresAtMs - nowMs))}) unless renewed`);
  }
  if (verdict.claimedRenewalAtMs !== undefined) tags.push(`claims a renewal at ${clockTime(verdict.claimedRenewalAtMs)} the daemon never stamped`);
  return tags.length ? `  [${tags.join('; ')}]` : '';
}

export function formatStatusText(status: LeaseStatus): string {
  const lines: string[] = [];
  const { usedBytes, totalBytes, description } = status.budget;
  lines.push(`Namespace ${status.namespace}: ${status.leases.length} held, ${status.waiting.length} waiting.`);
  lines.push(`Memory budget: ${formatBytes(usedBytes)} reserved of ${description} (${totalBytes > 0 ? Math.round((usedBytes / totalBytes) * 100) : 0}%).`);
  if (status.leases.length) lines.push('', 'Held:');
  for (const lease of status.leases) {
    lines.push(`  ${lease.who}${lease.project ? `, project ${lease.project}` : ''}${verdictTag(lease, status.nowMs)}`);
    lines.push(`    holds ${describeClaims(lease)} since ${clockTime(lease.sinceMs)} (${formatDuration(status.nowMs - lease.sinceMs)})`);
  }
  if (status.waiting.length) lines.push('', 'Waiting, in order:');
  for (const ticket of status.waiting) {
    lines.push(`  ${ticket.position}. ${ticket.who}${ticket.project ? `, project ${ticket.project}` : ''}${verdictTag(ticket, status.nowMs)}`);
    lines.push(`    wants ${describeClaims(ticket)}, waiting ${formatDuration(status.nowMs - ticket.sinceMs)}`);
    for (const blocker of ticket.blockers) lines.push(`    blocked: ${describeBlocker(blocker, status.nowMs)}`);
  }
  return lines.join('\n');
}
