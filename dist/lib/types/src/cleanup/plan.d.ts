import type { Inventory, Resource } from './inventory.js';
export interface PlannedRemoval {
    resource: Resource;
    reason: string;
}
export declare function inRemovalOrder(removals: PlannedRemoval[]): PlannedRemoval[];
/**
 * After `docker compose down`: whatever still carries the project's label — one-off `compose run`
 * containers, volumes, networks — and, when asked, the images the stack built.
 */
export declare function planProjectSweep(inventory: Inventory, project: string, options: {
    removeBuiltImages: boolean;
}): PlannedRemoval[];
/** What an owner (a lease id) is, as far as the lease store can tell. */
export type OwnerState = {
    state: 'live';
} | {
    state: 'stale';
    why: string;
} | {
    state: 'absent';
};
/**
 * Resources this product created (our owner label) whose owner is no longer alive: the owning
 * lease is stale (owner process dead, or its TTL over) or gone (released, but cleanup did not
 * finish). Anything with a live owner, and anything without our label, is left alone.
 */
export declare function planDeadOwnerSweep(inventory: Inventory, ownerState: (owner: string) => OwnerState): PlannedRemoval[];
