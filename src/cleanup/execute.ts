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
 * Removes planned resources kind by kind in plan order (containers with their anonymous volumes
 * first: they hold the networks and volumes), the resources of one kind at once, as Compose's own
 * down does. Never throws: what could not be removed is returned with the reason, for a warning
 * naming it.
 */
export async function executeRemovals(docker: DockerApi, plan: PlannedRemoval[]): Promise<SweepResult> {
  const result: SweepResult = { removed: [], missing: [], failed: [] };
  const kinds = [...new Set(plan.map((removal) => removal.resource.kind))];
  for (const kind of kinds) {
    const batch = plan.filter((removal) => removal.resource.kind === kind);
    const outcomes = await Promise.all(batch.map((removal) => removeOne(docker, removal)));
    batch.forEach((removal, index) => {
      const outcome = outcomes[index]!;
      if (outcome === 'removed') result.removed.push(removal);
      else if (outcome === 'missing') result.missing.push(removal);
      else result.failed.push({ ...removal, error: outcome.error });
    });
  }
  return result;
}

async function removeOne(docker: DockerApi, removal: PlannedRemoval): Promise<'removed' | 'missing' | { error: string }> {
  const { resource } = removal;
  try {
    const outcome =
      resource.kind === 'container'
        ? // The engine removes only anonymous volumes with the container; named ones are never touched.
          await docker.removeContainer(resource.id, { force: true, volumes: true })
        : resource.kind === 'network'
          ? await docker.removeNetwork(resource.id)
          : resource.kind === 'volume'
            ? await docker.removeVolume(resource.id)
            : await docker.removeImage(resource.id);
    return outcome === 'in-use' ? { error: inUseReason(resource.kind) } : outcome;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
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
