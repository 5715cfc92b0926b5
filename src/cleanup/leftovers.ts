import { projectFilter } from '../compose/labels.js';
import type { DockerApi } from '../ports/docker.js';

/** What still carries a project's label: the audit's "zero orphaned containers", measured. */
export interface Leftovers {
  containers: string[];
  networks: string[];
  volumes: string[];
}

export async function findLeftovers(docker: DockerApi, projectName: string): Promise<Leftovers> {
  const labels = [projectFilter(projectName)];
  const [containers, networks, volumes] = await Promise.all([
    docker.listContainers({ all: true, labels }),
    docker.listNetworks({ labels }),
    docker.listVolumes({ labels }),
  ]);
  return {
    containers: containers.map((container) => container.name).sort(),
    networks: networks.map((network) => network.name).sort(),
    volumes: volumes.map((volume) => volume.name).sort(),
  };
}

export function leftoverCount(leftovers: Leftovers): number {
  return leftovers.containers.length + leftovers.networks.length + leftovers.volumes.length;
}

/** What the teardown did, as the run's report keeps it. */
export interface TeardownOutcome {
  problems: string[];
  leftovers?: Leftovers;
  /** Why nothing was torn down on purpose (never started, kept). */
  skipped?: string;
}

/**
 * Why the step must fail after its teardown, or undefined: something was left behind, or the
 * teardown could neither be done nor checked (a daemon that stopped answering) — "nothing left"
 * is a promise kept only when it was counted.
 */
export function cleanupFailure(teardown: TeardownOutcome | undefined, project: string): string | undefined {
  if (!teardown || teardown.skipped) return undefined;
  const { leftovers } = teardown;
  if (!leftovers) return `Cleanup of project ${project} could not be done or checked: ${teardown.problems.join('; ') || 'no count of what is left'}`;
  if (leftoverCount(leftovers) === 0) return undefined;
  return `Cleanup left ${leftoverCount(leftovers)} resources of project ${project} behind: ${[...leftovers.containers, ...leftovers.networks, ...leftovers.volumes].join(', ')}`;
}
