// A developer's stack next to the tests: started with plain `docker compose up`, and compared
// resource for resource (ids, start times) before and after, to prove nothing touched it.
import path from 'node:path';
import { docker, forceRemoveProject } from './docker.js';
import { REPO_ROOT } from './runner.js';

export interface ProjectSnapshot {
  containers: string[];
  volumes: string[];
  networks: string[];
}

export function startDevStack(project: string): void {
  docker(['compose', '-f', path.join(REPO_ROOT, 'test/fixtures/stacks/dev/compose.yaml'), '-p', project, 'up', '-d', '--wait'], 120_000);
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
