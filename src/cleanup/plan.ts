import type { Inventory, Resource } from './inventory.js';

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

/**
 * After `docker compose down`: whatever still carries the project's label — one-off `compose run`
 * containers, volumes, networks — and, when asked (`builtBy`: the run's owner value), the images
 * that run built: only those carrying its built-by label, never an image of the same name that
 * an earlier run built or that was pulled.
 */
export function planProjectSweep(inventory: Inventory, project: string, options: { builtBy?: string }): PlannedRemoval[] {
  return inRemovalOrder(
    inventory
      .filter((resource) =>
        resource.kind === 'image' ? options.builtBy !== undefined && resource.builtBy === options.builtBy : resource.project === project,
      )
      .map((resource) => ({
        resource,
        reason: resource.kind === 'image' ? `built by this run (remove-built-images)` : `left by project ${project} after docker compose down`,
      })),
  );
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
