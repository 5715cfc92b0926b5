import { executeRemovals, type SweepResult } from '../cleanup/execute.js';
import { takeInventory, type Inventory } from '../cleanup/inventory.js';
import { parseOwner } from '../cleanup/ownership.js';
import { planDeadOwnerSweep, type PlannedRemoval } from '../cleanup/plan.js';
import type { LeaseDeps } from '../lease/context.js';
import { leaseOwnerStates } from '../lease/hooks.js';
import { releaseLease } from '../lease/lifecycle.js';
import { findStaleLeases } from '../lease/status.js';
import type { CheckResult } from '../preflight/checks.js';

// The sweep of dead owners: what jobs that died without their post step (a self-hosted runner
// that crashed, a killed CLI) left on this daemon. Shared by the CLI's `clean`, the action's
// preflight and `run`. Only resources with our owner label in this namespace are candidates,
// and only when their lease is stale or gone: unlabelled resources, other Compose projects,
// other namespaces and live owners are never touched. A lease is stale when its owner is seen
// dead or its TTL ran out since the daemon stamped it (never by the times a record claims).

export interface DeadOwnerSweep {
  namespace: string;
  /** What is (or, in a dry run, would be) removed, in removal order, each with its reason. */
  plan: PlannedRemoval[];
  /** Stale leases whose resources are all gone: released after the removals (or would be). */
  staleLeases: Array<{ id: string; project: string; reason: string }>;
  /** Undefined in a dry run. */
  result?: SweepResult;
  released: string[];
}

export interface SweepOptions {
  namespace: string;
  dryRun: boolean;
  /** This reader's lease-ttl: no lease outlives its daemon stamp by more (default 6 h). */
  leaseTtlMs?: number;
}

/** Resources whose owner label names a lease of this namespace. */
function inNamespace(inventory: Inventory, namespace: string): Inventory {
  return inventory.filter((resource) => parseOwner(resource.owner)?.namespace === namespace);
}

export async function sweepDeadOwners(deps: LeaseDeps, options: SweepOptions): Promise<DeadOwnerSweep> {
  const inventory = inNamespace(await takeInventory(deps.docker, { owned: true }), options.namespace);
  const ownerState = await leaseOwnerStates(deps, { namespace: options.namespace, leaseTtlMs: options.leaseTtlMs });
  const plan = planDeadOwnerSweep(inventory, (owner) => ownerState(parseOwner(owner)!.id));
  const staleRecords = await findStaleLeases(deps, { namespace: options.namespace, leaseTtlMs: options.leaseTtlMs });
  const staleLeases = staleRecords.map((record) => {
    const state = ownerState(record.id);
    return { id: record.id, project: record.request.project, reason: state.state === 'stale' ? state.why : 'stale' };
  });
  if (options.dryRun) return { namespace: options.namespace, plan, staleLeases, released: [] };

  const result = await executeRemovals(deps.docker, plan);
  // A lease goes last, and only once nothing it owned is left: until then its claims stand.
  const stillOwned = new Set(result.failed.map((failure) => parseOwner(failure.resource.owner)?.id));
  const released: string[] = [];
  for (const lease of staleLeases) {
    if (stillOwned.has(lease.id)) continue;
    if (await releaseLease(deps, { namespace: options.namespace, id: lease.id })) released.push(lease.id);
  }
  return { namespace: options.namespace, plan, staleLeases, result, released };
}

/**
 * Why an owner label names a dead owner of this namespace (its lease stale or gone), or undefined
 * while it lives or is another namespace's: what `down` may remove of an earlier `up` whose
 * keeper died, exactly as the sweep of dead owners would.
 */
export async function deadOwnerCheck(deps: LeaseDeps, options: { namespace: string; leaseTtlMs?: number }): Promise<(owner: string) => string | undefined> {
  const ownerState = await leaseOwnerStates(deps, { namespace: options.namespace, leaseTtlMs: options.leaseTtlMs });
  return (owner) => {
    const parsed = parseOwner(owner);
    if (parsed?.namespace !== options.namespace) return undefined;
    const state = ownerState(parsed.id);
    return state.state === 'live' ? undefined : state.state === 'stale' ? `its lease is stale (${state.why})` : 'its lease was released or never taken';
  };
}

/** The preflight check that reports what dead jobs left here and what the sweep did about it. */
export function sweepCheck(sweep: DeadOwnerSweep): CheckResult {
  const base = { id: 'stale-projects', title: 'Leftovers of dead jobs on this daemon' };
  const projects = [...new Set(sweep.plan.map((removal) => removal.resource.project ?? removal.resource.owner ?? '?'))];
  if (sweep.plan.length === 0 && sweep.staleLeases.length === 0) return { ...base, status: 'pass', detail: 'none found' };
  const failed = sweep.result?.failed ?? [];
  const removed = sweep.result?.removed.length ?? 0;
  const why = [...new Set(sweep.plan.map((removal) => removal.reason))].slice(0, 3).join('; ');
  const detail = [
    projects.length ? `${projects.length} dead jobs left ${sweep.plan.length} resources (${why}); removed ${removed}` : '',
    sweep.released.length ? `released ${sweep.released.length} stale leases` : '',
    failed.length ? `could not remove ${failed.map((failure) => `${failure.resource.kind} ${failure.resource.name}: ${failure.error}`).join('; ')}` : '',
  ].filter(Boolean);
  return { ...base, status: 'warn', detail: detail.join('; ') };
}

/** Per dead project, how many of its resources the sweep removed (the summary's cleanup section). */
export function sweptProjects(sweep: DeadOwnerSweep): Array<{ project: string; removed: number }> {
  const counts = new Map<string, number>();
  for (const removal of sweep.result?.removed ?? []) {
    const project = removal.resource.project ?? removal.resource.owner ?? '?';
    counts.set(project, (counts.get(project) ?? 0) + 1);
  }
  return [...counts].map(([project, removed]) => ({ project, removed }));
}
