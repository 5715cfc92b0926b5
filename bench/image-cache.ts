// Image cache: restore-and-load through @actions/cache (the product's own code paths) side by
// side with `docker pull` from a registry on loopback, on images no one else here has (a unique
// layer each, so both ways move every byte). Run: npx tsx bench/image-cache.ts
// A loopback registry is the best case for pulling; a registry across the internet is slower,
// which is why the product measures both on the runner instead of assuming either.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionsCacheStore } from '../src/adapters/actions-cache.js';
import { ProcessCommandRunner } from '../src/adapters/command-runner.js';
import { DockerCliImages } from '../src/adapters/docker-cli-images.js';
import { setVariables, v1Variables, v2Variables } from '../test/support/cache-server/env.js';
import { startRegistry } from '../test/support/cache-server/local-registry.js';
import { removeImage } from '../test/support/cache-server/unique-image.js';
import { startV1CacheServer } from '../test/support/cache-server/v1-server.js';
import { startV2CacheServer } from '../test/support/cache-server/v2-server.js';
import { docker } from '../test/support/docker.js';
import { median, report, type BenchRow } from './lib.js';

const RUNS = 3;
const temp = mkdtempSync(path.join(os.tmpdir(), 'dsa-bench-imgcache-'));
const tag = randomBytes(3).toString('hex');
const commands = new ProcessCommandRunner();
const images = new DockerCliImages(commands);

/** A unique image: the test busybox plus one layer, of random bytes or of real files (compressible). */
function uniqueImage(reference: string, content: { randomMiB: number } | { copyOf: string }): void {
  const name = `dsa-bench-${randomBytes(4).toString('hex')}`;
  docker(['create', '--name', name, '--network', 'none', 'dsa-test/busybox:1', 'true']);
  try {
    if ('randomMiB' in content) {
      const file = path.join(temp, 'blob');
      writeFileSync(file, randomBytes(content.randomMiB * 1024 * 1024));
      docker(['cp', file, `${name}:/blob`], 300_000);
    } else {
      docker(['cp', content.copyOf, `${name}:/payload`], 300_000);
    }
    // A unique marker, so two benches never share the layer.
    writeFileSync(path.join(temp, 'marker'), randomBytes(16).toString('hex'));
    docker(['cp', path.join(temp, 'marker'), `${name}:/marker`]);
    docker(['commit', name, reference], 300_000);
  } finally {
    docker(['rm', '-f', name]);
  }
}

async function main(): Promise<void> {
  const registry = await startRegistry();
  const [v1, v2] = await Promise.all([startV1CacheServer(), startV2CacheServer()]);
  const rows: BenchRow[] = [];
  const cases = [
    { name: 'random 16 MiB', content: { randomMiB: 16 } },
    { name: 'random 128 MiB', content: { randomMiB: 128 } },
    { name: 'node_modules/typescript', content: { copyOf: path.resolve('node_modules/typescript') } },
  ];
  try {
    for (const protocol of ['v2', 'v1'] as const) {
      const restoreEnv = setVariables(protocol === 'v2' ? v2Variables(v2, temp) : v1Variables(v1, temp));
      try {
        for (const c of cases) {
          const reference = `${registry.host}/dsa-bench-${tag}/${protocol}-${c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}:1`;
          uniqueImage(reference, c.content);
          docker(['push', reference], 600_000);
          const store = new ActionsCacheStore(path.join(temp, 'cache-root'));
          const key = `dsa-bench:${tag}:${reference}`;
          const saveDir = store.freshDirectory('images');
          const saveStarted = Date.now();
          const saved = await images.save([reference], path.join(saveDir, 'images.tar'));
          const result = await store.save({ directory: saveDir, key, timeoutMs: 600_000 });
          if (result.kind !== 'saved') throw new Error(`save failed: ${JSON.stringify(result)}`);
          const saveMs = Date.now() - saveStarted;
          store.discard(saveDir);

          const pulls: number[] = [];
          const loads: number[] = [];
          for (let run = 0; run < RUNS; run += 1) {
            removeImage(reference);
            const pullStarted = Date.now();
            await commands.run(['docker', 'pull', '--quiet', reference], { timeoutMs: 600_000 });
            pulls.push(Date.now() - pullStarted);
            removeImage(reference);
            const directory = store.freshDirectory('images');
            const started = Date.now();
            const restored = await store.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: 600_000 });
            if (restored.kind !== 'hit') throw new Error(`restore failed: ${JSON.stringify(restored)}`);
            await images.load(path.join(directory, 'images.tar'));
            loads.push(Date.now() - started);
            store.discard(directory);
          }
          rows.push({
            bench: `image-cache ${protocol}`,
            measure: `restore+load ${c.name}`,
            ours: median(loads),
            baseline: median(pulls),
            baselineName: 'docker pull, loopback registry',
            unit: 'ms',
            goal: 'measured, not assumed',
          });
          console.error(`${protocol} ${c.name}: docker save ${Math.round(saved.sizeBytes / 2 ** 20)} MiB, save to cache ${saveMs} ms; pulls ${pulls.join(', ')} ms; restore+load ${loads.join(', ')} ms`);
          removeImage(reference);
        }
      } finally {
        restoreEnv();
      }
    }
  } finally {
    await Promise.all([v1.stop(), v2.stop(), registry.stop()]);
    rmSync(temp, { recursive: true, force: true });
  }
  report(rows);
}

await main();
