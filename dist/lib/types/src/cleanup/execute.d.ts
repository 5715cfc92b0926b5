import type { DockerApi } from '../ports/docker.js';
import type { PlannedRemoval } from './plan.js';
export interface SweepResult {
    removed: PlannedRemoval[];
    /** Already gone when we got to it (another cleaner, or Compose itself). */
    missing: PlannedRemoval[];
    /** Could not be removed, with the daemon's reason. */
    failed: Array<PlannedRemoval & {
        error: string;
    }>;
}
/**
 * Removes planned resources kind by kind in plan order (containers with their anonymous volumes
 * first: they hold the networks and volumes), the resources of one kind at once, as Compose's own
 * down does. Never throws: what could not be removed is returned with the reason, for a warning
 * naming it.
 */
export declare function executeRemovals(docker: DockerApi, plan: PlannedRemoval[]): Promise<SweepResult>;
