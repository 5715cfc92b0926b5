import { COMPOSE_LABELS, OWN_LABELS } from '../compose/labels.js';
import type { DockerApi } from '../ports/docker.js';

/** One resource as cleanup sees it: enough to decide about it and to name it in a report. */
export interface Resource {
  kind: 'container' | 'network' | 'volume' | 'image';
  /** What removal takes: container/network id, volume name, image id. */
  id: string;
  name: string;
  project?: string;
  owner?: string;
  /** Images only: the run that built it (our built-by label). */
  builtBy?: string;
  /** Containers only: running (removal kills it). */
  running?: boolean;
}

export type Inventory = Resource[];

/**
 * Everything on the daemon that carries our owner label (any, or the given values) or the given
 * projects' Compose label, and the images one run built (`builtBy`: that run's owner value).
 * Labels are the only evidence cleanup accepts: unlabelled resources are never listed.
 */
export async function takeInventory(docker: DockerApi, scope: { projects?: string[]; owned?: boolean; owners?: string[]; builtBy?: string }): Promise<Inventory> {
  const selectors: string[] = [];
  if (scope.owned) selectors.push(OWN_LABELS.owner);
  for (const owner of scope.owners ?? []) selectors.push(`${OWN_LABELS.owner}=${owner}`);
  for (const project of scope.projects ?? []) selectors.push(`${COMPOSE_LABELS.project}=${project}`);
  const found = new Map<string, Resource>();
  // One query per selector: Docker ANDs label filters, and we want the union.
  for (const label of selectors) {
    const labels = [label];
    const [containers, networks, volumes] = await Promise.all([
      docker.listContainers({ all: true, labels }),
      docker.listNetworks({ labels }),
      docker.listVolumes({ labels }),
    ]);
    for (const c of containers) {
      found.set(`container:${c.id}`, { kind: 'container', id: c.id, name: c.name, ...origin(c.labels), running: c.state === 'running' || c.state === 'restarting' });
    }
    for (const n of networks) found.set(`network:${n.id}`, { kind: 'network', id: n.id, name: n.name, ...origin(n.labels) });
    for (const v of volumes) found.set(`volume:${v.name}`, { kind: 'volume', id: v.name, name: v.name, ...origin(v.labels) });
  }
  if (scope.builtBy) {
    for (const i of await docker.listImages({ labels: [`${OWN_LABELS.builtBy}=${scope.builtBy}`] })) {
      found.set(`image:${i.id}`, { kind: 'image', id: i.id, name: i.repoTags[0] ?? i.id.slice(0, 19), ...origin(i.labels), builtBy: i.labels[OWN_LABELS.builtBy] });
    }
  }
  return [...found.values()];
}

function origin(labels: Record<string, string>): { project?: string; owner?: string } {
  return { project: labels[COMPOSE_LABELS.project], owner: labels[OWN_LABELS.owner] };
}
