import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The monitor bundle beside the running code: dist/monitor/index.js next to dist/main (or
 * dist/post, dist/cli) — found from this module's own location, not from how node was started
 * (GitHub's local-action runner starts our code through its own script). Undefined when absent.
 */
export function monitorScript(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, '..', 'monitor', 'index.js'), path.join(here, '..', '..', 'dist', 'monitor', 'index.js')];
  return candidates.find((candidate) => existsSync(candidate));
}

/** The CLI bundle beside the running code, for the kept-stack note of the summary. */
export function cliScript(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js');
}
