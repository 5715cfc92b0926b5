import type { Inventory, Resource } from './inventory.js';
import { type PreExistingResources } from './pre-existing.js';
export interface PlannedRemoval {
    resource: Resource;
    reason: string;
}
export declare function inRemovalOrder(removals: PlannedRemoval[]): PlannedRemoval[];
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
export declare function planTeardown(inventory: Inventory, scope: TeardownScope): TeardownPlan;
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
