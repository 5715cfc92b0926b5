// What the tests ask the real daemon directly, through the docker CLI, independent of the code
// under test.
import { execFileSync } from 'node:child_process';

/** Runs the docker CLI against a daemon (by default the shared one) and returns its output. */
export type DockerCli = (args: string[]) => string;

export function docker(args: string[], timeoutMs = 60_000): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const lines = (text: string): string[] => text.split('\n').filter(Boolean);
const LEASE_PROJECT = 'docker-stability.lease.project';

export interface ProjectLeftovers {
  containers: string[];
  networks: string[];
  volumes: string[];
  /** Lease records (tickets waiting, leases held) of the project, by container name. */
  leases: string[];
}

export const NOTHING_LEFT: ProjectLeftovers = { containers: [], networks: [], volumes: [], leases: [] };

/** Every container, network and volume carrying the project's Compose label, and its leases. */
export function projectResources(project: string, cli: DockerCli = docker): ProjectLeftovers {
  const filter = `label=com.docker.compose.project=${project}`;
  return {
    containers: lines(cli(['ps', '-a', '--filter', filter, '--format', '{{.Names}}'])),
    networks: lines(cli(['network', 'ls', '--filter', filter, '--format', '{{.Name}}'])),
    volumes: lines(cli(['volume', 'ls', '--filter', filter, '--format', '{{.Name}}'])),
    leases: leaseRecords(project, cli),
  };
}

export function leaseRecords(project: string, cli: DockerCli = docker): string[] {
  return lines(cli(['ps', '-a', '--filter', `label=${LEASE_PROJECT}=${project}`, '--format', '{{.Names}}']));
}

/** Removes the lease records of the projects that match, in one listing. */
export function removeLeases(matches: (project: string) => boolean, cli: DockerCli = docker): void {
  const records = lines(cli(['ps', '-a', '--filter', `label=${LEASE_PROJECT}`, '--format', `{{.ID}} {{.Label "${LEASE_PROJECT}"}}`]))
    .map((line) => line.split(' ') as [string, string])
    .filter(([, project]) => matches(project));
  if (records.length > 0) cli(['rm', '-f', ...records.map(([id]) => id)]);
}

/** Removes whatever a failed test left of a project, so one failure does not cascade. */
export function forceRemoveProject(project: string): void {
  try {
    docker(['compose', '-p', project, 'down', '--volumes', '--remove-orphans', '--timeout', '0']);
  } catch {
    // Nothing to remove.
  }
  removeLeases((name) => name === project);
}

export function requireImages(...images: string[]): void {
  for (const image of images) {
    try {
      docker(['image', 'inspect', image]);
    } catch {
      throw new Error(`Test image ${image} is missing; build the test images with: npm run images`);
    }
  }
}
