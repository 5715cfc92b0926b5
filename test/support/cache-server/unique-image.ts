// An image no one else has: the test busybox plus a layer of random bytes (incompressible, so
// pulls, archives and loads move real data), committed from a stopped container — no builder
// needed. Pushed to a local registry and removed locally, it is an image this daemon must fetch.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docker } from '../docker.js';

export function commitUniqueImage(reference: string, randomMiB: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-image-'));
  const name = `dsa-image-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(path.join(dir, 'blob'), randomBytes(randomMiB * 1024 * 1024));
    docker(['create', '--name', name, '--network', 'none', 'dsa-test/busybox:1', 'true']);
    docker(['cp', path.join(dir, 'blob'), `${name}:/blob`]);
    return docker(['commit', name, reference]);
  } finally {
    try {
      docker(['rm', '-f', name]);
    } catch {
      // Not created.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes a local image by reference; true when it was there. */
export function removeImage(reference: string): boolean {
  try {
    docker(['image', 'rm', '--force', reference]);
    return true;
  } catch {
    return false;
  }
}

export function localImageId(reference: string): string | undefined {
  try {
    return docker(['image', 'inspect', '--format', '{{.Id}}', reference]);
  } catch {
    return undefined;
  }
}
