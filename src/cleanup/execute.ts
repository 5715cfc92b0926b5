import type { DockerApi } from '../ports/docker.js';
import type { PlannedRemoval } from './plan.js';

export interface SweepResult {
  removed: PlannedRemoval[];
  /** Already gone when we got to it (another cleaner, or Compose itself). */
  missing: PlannedRemoval[];
  /** Could not be removed, with the daemon's reason. */
  failed: Array<PlannedRemoval & { error: string }>;
}

/**
 * Removes planned resources in order (containers with their anonymous volumes first). Never
 * throws: what could not be removed is returned with the reason, for a warning naming it.
 */
export async function executeRemovals(docker: DockerApi, plan: PlannedRemoval[]): Promise<SweepResult> {
  const result: SweepResult = { removed: [], missing: [], failed: [] };
  for (const removal of plan) {
    const { resource } = removal;
    try {
      const outcome =
        resource.kind === 'container'
          ? await docker.removeContainer(resource.id, { force: true, volumes: true })
          : resource.kind === 'network'
            ? await docker.removeNetwork(resource.id)
            : resource.kind === 'volume'
              ? await docker.removeVolume(resource.id)
              : await docker.removeImage(resource.id);
      if (outcome === 'removed') result.removed.push(removal);
      else if (outcome === 'missing') result.missing.push(removal);
      else result.failed.push({ ...removal, error: inUseReason(resource.kind) });
    } catch (error) {
      result.failed.push({ ...removal, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

function inUseReason(kind: string): string {
  return kind === 'network'
    ? 'still in use: a container outside the project is attached to it (disconnect or stop it)'
    : kind === 'volume'
      ? 'still in use by a container outside the project'
      : kind === 'image'
        ? 'still used by a container'
        : 'removal already in progress';
}
