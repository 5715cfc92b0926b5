import type { Inventory, Resource } from './inventory.js';
import { describeOwner, existedBefore, type PreExistingResources } from './pre-existing.js';

// What cleanup will remove, and why — decided by pure functions over an inventory, so a
// `--dry-run` lists exactly what a real run removes.

export interface PlannedRemoval {
  resource: Resource;
  reason: string;
}

/** Removal order: containers first (they hold networks and volumes), images last. */
const KIND_ORDER: Record<Resource['kind'], number> = { container: 0, network: 1, volume: 2, image: 3 };

export function inRemovalOrder(removals: PlannedRemoval[]): PlannedRemoval[] {
  return [...removals].sort(
    (a, b) => KIND_ORDER[a.resource.kind] - KIND_ORDER[b.resource.kind] || a.resource.name.localeCompare(b.resource.name),
  );
}

/** A resource the teardown leaves in place on purpose, and why ("it existed before this run…"). */
export interface KeptResource {
  kind: Resource['kind'];
  name: string;
  why: string;
}

export interface TeardownScope {
  project: string;
  /** Owner label values of this run's lease ("<namespace>/<id>"); empty when there was no lease. */
  owners: string[];
  /** What existed before `up`; undefined when it could not be recorded (or nobody recorded it). */
  preExisting?: PreExistingResources;
  /**
   * Why an owner label names a dead owner (its lease stale or gone), or undefined while it lives:
   * what an earlier `up` of the same project left under a lease that has ended is removable, as
   * the sweep of dead owners would remove it.
   */
  deadOwner?: (owner: string) => string | undefined;
  /** The images this run built (its built-by value) go too (remove-built-images). */
  removeBuiltBy?: string;
}

export interface TeardownPlan {
  removals: PlannedRemoval[];
  kept: KeptResource[];
}

/**
 * What the teardown removes, from an inventory of the project's label and this run's owner label:
 * - containers of the project (Compose's one-offs included), with their anonymous volumes;
 * - volumes and networks that carry this run's owner label (the generated override puts it on
 *   everything the stack creates), or the project's label when the record of what existed before
 *   `up` shows they are new;
 * - the images this run built (its built-by label), when asked.
 * Everything else stays, with the reason: what existed before `up` and is not ours (another
 * stack's data under a fixed `name:`, an external network), or a project-labelled volume or
 * network that nobody recorded as new. Pre-existing resources outside the inventory (other
 * projects', unlabelled) are listed as kept too, so the report says what was spared.
 */
export function planTeardown(inventory: Inventory, scope: TeardownScope): TeardownPlan {
  const removals: PlannedRemoval[] = [];
  const kept: KeptResource[] = [];
  const { project, owners, preExisting } = scope;
  const ours = (resource: Resource): boolean => resource.owner !== undefined && owners.includes(resource.owner);
  for (const resource of inventory) {
    if (resource.kind === 'container') {
      if (resource.project === project || ours(resource)) removals.push({ resource, reason: ours(resource) ? 'created by this run' : `a container of project ${project}` });
      continue;
    }
    if (resource.kind === 'image') {
      // Only what this run built (its built-by label): never an image of the same name that an
      // earlier run built, or that was pulled.
      if (scope.removeBuiltBy !== undefined && resource.builtBy === scope.removeBuiltBy) removals.push({ resource, reason: 'built by this run (remove-built-images)' });
      continue;
    }
    const before = existedBefore(preExisting, resource);
    const dead = resource.owner !== undefined && resource.project === project ? scope.deadOwner?.(resource.owner) : undefined;
    if (ours(resource)) {
      removals.push({ resource, reason: `created by this run (owner label ${resource.owner})` });
    } else if (dead) {
      removals.push({ resource, reason: `left by an earlier run of project ${project}: ${dead}` });
    } else if (before) {
      kept.push({ kind: resource.kind, name: resource.name, why: `it existed before this run and is not ours (${describeOwner(before)})` });
    } else if (resource.project === project && preExisting) {
      removals.push({ resource, reason: `created during this run (project ${project}; not there before up)` });
    } else if (resource.project === project) {
      kept.push({ kind: resource.kind, name: resource.name, why: `it carries project ${project}'s label but not this run's owner label, and no record says this run created it` });
    }
  }
  const listed = new Set(inventory.map((resource) => `${resource.kind}:${resource.id}`));
  for (const existing of preExisting?.resources ?? []) {
    if (listed.has(`${existing.kind}:${existing.id}`) || (existing.owner !== undefined && owners.includes(existing.owner))) continue;
    kept.push({ kind: existing.kind, name: existing.name, why: `it existed before this run and is not ours (${describeOwner(existing)})` });
  }
  return { removals: inRemovalOrder(removals), kept: kept.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)) };
}

/** What an owner (a lease id) is, as far as the lease store can tell. */
export type OwnerState = { state: 'live' } | { state: 'stale'; why: string } | { state: 'absent' };

/**
 * Resources this product created (our owner label) whose owner is no longer alive: the owning
 * lease is stale (owner process dead, or its TTL over) or gone (released, but cleanup did not
 * finish). Anything with a live owner, and anything without our label, is left alone.
 */
export function planDeadOwnerSweep(inventory: Inventory, ownerState: (owner: string) => OwnerState): PlannedRemoval[] {
  const states = new Map<string, OwnerState>();
  const removals: PlannedRemoval[] = [];
  for (const resource of inventory) {
    if (!resource.owner) continue;
    if (!states.has(resource.owner)) states.set(resource.owner, ownerState(resource.owner));
    const state = states.get(resource.owner)!;
    if (state.state === 'live') continue;
    const whose = resource.project ? `project ${resource.project}` : `owner ${resource.owner}`;
    removals.push({
      resource,
      reason: state.state === 'stale' ? `${whose}: its lease is stale (${state.why})` : `${whose}: its lease was released or never taken`,
    });
  }
  return inRemovalOrder(removals);
}
