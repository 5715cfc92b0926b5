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
