// A developer's stack next to the tests: started with plain `docker compose up`, and compared
// resource for resource (ids, start times) before and after, to prove nothing touched it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { docker, forceRemoveProject } from './docker.js';
import { REPO_ROOT } from './runner.js';

export interface ProjectSnapshot {
  containers: string[];
  volumes: string[];
  networks: string[];
}

/**
 * Starts the dev stack and returns the host port its Redis got: one the daemon picks, so suites
 * run side by side on one daemon (the full suite under the load of another) do not collide on it.
 */
export function startDevStack(project: string): number {
  const file = path.join(REPO_ROOT, 'test/fixtures/stacks/dev/compose.yaml');
  execFileSync('docker', ['compose', '-f', file, '-p', project, 'up', '-d', '--wait'], {
    env: { ...process.env, DSA_DEV_PUBLISH: '127.0.0.1:' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const published = docker(['compose', '-f', file, '-p', project, 'port', 'devdb', '6379']);
  const port = Number(/:(\d+)$/.exec(published)?.[1]);
  if (!port) throw new Error(`the dev stack's port is not published: '${published}'`);
  return port;
}

/** Container ids with their start time and restart count, volumes and networks by name. */
export function snapshotProject(project: string): ProjectSnapshot {
  const filter = `label=com.docker.compose.project=${project}`;
  const ids = docker(['ps', '-a', '-q', '--filter', filter]).split('\n').filter(Boolean);
  const containers = ids
    .map((id) => docker(['inspect', '--format', '{{.Name}} {{.Id}} {{.State.StartedAt}} {{.RestartCount}} {{.State.Status}}', id]))
    .sort();
  return {
    containers,
    volumes: docker(['volume', 'ls', '-q', '--filter', filter]).split('\n').filter(Boolean).sort(),
    networks: docker(['network', 'ls', '-q', '--filter', filter]).split('\n').filter(Boolean).sort(),
  };
}

export function stopDevStack(project: string): void {
  forceRemoveProject(project);
}
