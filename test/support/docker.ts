// What the tests ask the real daemon directly, through the docker CLI, independent of the code
// under test.
import { execFileSync } from 'node:child_process';

export function docker(args: string[], timeoutMs = 60_000): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Every container, network and volume carrying the project's Compose label. */
export function projectResources(project: string): { containers: string[]; networks: string[]; volumes: string[] } {
  const filter = `label=com.docker.compose.project=${project}`;
  const lines = (text: string): string[] => text.split('\n').filter(Boolean);
  return {
    containers: lines(docker(['ps', '-a', '--filter', filter, '--format', '{{.Names}}'])),
    networks: lines(docker(['network', 'ls', '--filter', filter, '--format', '{{.Name}}'])),
    volumes: lines(docker(['volume', 'ls', '--filter', filter, '--format', '{{.Name}}'])),
  };
}

/** Removes whatever a failed test left of a project, so one failure does not cascade. */
export function forceRemoveProject(project: string): void {
  try {
    docker(['compose', '-p', project, 'down', '--volumes', '--remove-orphans', '--timeout', '0']);
  } catch {
    // Nothing to remove.
  }
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
