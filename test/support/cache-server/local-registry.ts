// A real image registry on loopback for the image-cache tests: Debian's `docker-registry`
// (distribution 2.8) with its own config and storage in a temp directory, on a port the OS
// picked. dockerd treats 127.0.0.0/8 registries as insecure by default, so no TLS is needed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stopChild } from './azurite.js';

const BINARY = '/usr/bin/docker-registry';

export interface LocalRegistry {
  /** 127.0.0.1:PORT, the prefix of image references pushed there. */
  host: string;
  stop(): Promise<void>;
}

/** Installs Debian's package when it is missing (CI machines start without it; we run as root). */
export function ensureRegistryBinary(): void {
  if (existsSync(BINARY)) return;
  const install = 'apt-get install -y --no-install-recommends docker-registry || (apt-get update && apt-get install -y --no-install-recommends docker-registry)';
  const result = spawnSync('flock', ['/tmp/dsa-apt.lock', 'sh', '-c', install], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0 || !existsSync(BINARY)) {
    throw new Error(`Debian's docker-registry is missing and could not be installed (apt-get install docker-registry):\n${result.stderr ?? ''}${result.error ?? ''}`);
  }
}

export async function startRegistry(): Promise<LocalRegistry> {
  ensureRegistryBinary();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-registry-'));
  const port = await freePort();
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );
  const child = spawn(BINARY, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async (): Promise<void> => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForRegistry(port, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { host: `127.0.0.1:${port}`, stop };
}

async function waitForRegistry(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/v2/`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`docker-registry did not answer on 127.0.0.1:${port}: ${stderr()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
