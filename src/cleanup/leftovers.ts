import { OWN_LABELS, projectFilter } from '../compose/labels.js';
import type { DockerApi } from '../ports/docker.js';

/** What still carries a project's label: the audit's "zero orphaned containers", measured. */
export interface Leftovers {
  containers: string[];
  networks: string[];
  volumes: string[];
}

/**
 * What of the run is still there: everything carrying the project's label or this run's owner
 * label, less what the teardown kept on purpose (a volume that existed before this run and is
 * not ours is not a leftover — and one that was removed though not ours would not show as one
 * either, which is why the teardown decides from labels and the record, never from names).
 */
export async function findLeftovers(docker: DockerApi, projectName: string, scope: { owners?: string[]; kept?: Array<{ kind: string; name: string }> } = {}): Promise<Leftovers> {
  const selectors = [[projectFilter(projectName)], ...(scope.owners ?? []).map((owner) => [`${OWN_LABELS.owner}=${owner}`])];
  const kept = new Set((scope.kept ?? []).map((resource) => `${resource.kind}:${resource.name}`));
  const names = async (kind: 'container' | 'network' | 'volume', list: (labels: string[]) => Promise<Array<{ name: string }>>): Promise<string[]> => {
    const found = await Promise.all(selectors.map((labels) => list(labels)));
    return [...new Set(found.flat().map((resource) => resource.name))].filter((name) => !kept.has(`${kind}:${name}`)).sort();
  };
  const [containers, networks, volumes] = await Promise.all([
    names('container', (labels) => docker.listContainers({ all: true, labels })),
    names('network', (labels) => docker.listNetworks({ labels })),
    names('volume', (labels) => docker.listVolumes({ labels })),
  ]);
  return { containers, networks, volumes };
}

export function leftoverCount(leftovers: Leftovers): number {
  return leftovers.containers.length + leftovers.networks.length + leftovers.volumes.length;
}

/** What the teardown did, as the run's report keeps it. */
export interface TeardownOutcome {
  problems: string[];
  leftovers?: Leftovers;
  /** What the teardown left in place on purpose, and why (not leftovers). */
  kept?: Array<{ kind: string; name: string; why: string }>;
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
