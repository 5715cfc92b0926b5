// The image cache on the real daemon, with a real registry (Debian's docker-registry on loopback)
// and the real @actions/cache against the local cache servers: pull vs restore-and-load measured
// for real, the stack started from cached images with the registry gone, and — with the cache
// service slowed down to a crawl — the next run choosing to pull and saying why.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionsCacheStore } from '../../src/adapters/actions-cache.js';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { readTextFile } from '../../src/adapters/node-files.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import { DockerCliImages } from '../../src/adapters/docker-cli-images.js';
import { afterPull, prepareImages, type ImageCacheDeps, type ImageCachePrep } from '../../src/image-cache/prepare.js';
import type { ComposeModel } from '../../src/compose/model.js';
import { systemClock } from '../../src/adapters/system-clock.js';
import { planPulls } from '../../src/stack/images.js';
import { pullImages } from '../../src/stack/pull.js';
import { recordImageCache } from '../../src/image-cache/record.js';
import { renderImageCacheSection } from '../../src/image-cache/section.js';
import type { StackTarget } from '../../src/compose/target.js';
import { setVariables, v1Variables, v2Variables } from '../support/cache-server/env.js';
import { startRegistry, type LocalRegistry } from '../support/cache-server/local-registry.js';
import { commitUniqueImage, localImageId, removeImage } from '../support/cache-server/unique-image.js';
import { startV1CacheServer, type V1CacheServer } from '../support/cache-server/v1-server.js';
import { startV2CacheServer, type V2CacheServer } from '../support/cache-server/v2-server.js';
import { docker, forceRemoveProject, requireImages } from '../support/docker.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'dsa-it-imgcache-'));
const tag = randomBytes(3).toString('hex');
const projects: string[] = [];
const references: string[] = [];
let registry: LocalRegistry | undefined;
let v1: V1CacheServer;
let v2: V2CacheServer;

beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  [v1, v2] = await Promise.all([startV1CacheServer(), startV2CacheServer()]);
});
afterAll(async () => {
  for (const project of projects) forceRemoveProject(project);
  for (const reference of references) removeImage(reference);
  await Promise.all([v1?.stop(), v2?.stop(), registry?.stop()]);
  rmSync(temp, { recursive: true, force: true });
});

const commands = new ProcessCommandRunner();
const compose = new DockerComposeCli(commands);
const lines: string[] = [];

/**
 * Each run gets the same entry root, as every runner does (`<workspace>/.docker-stability-cache`,
 * a relative and so runner-independent path); here an absolute one, the same for all runs.
 */
function deps(): ImageCacheDeps {
  const cache = new ActionsCacheStore(path.join(temp, 'cache-root'));
  return {
    cache,
    images: new DockerCliImages(commands),
    log: { info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`) },
    readText: readTextFile,
    writeFile: (file, text) => writeFileSync(file, text),
    now: Date.now,
  };
}

/** As main does: the cache first, then the pull phase (the real one) for what it left, then the cache takes its time. */
async function prepareAndPull(d: ImageCacheDeps, target: StackTarget): Promise<ImageCachePrep> {
  const model: ComposeModel = await compose.config(target);
  const prep = await prepareImages(d, model);
  if (prep.status !== 'to-pull') return prep;
  const present = new Set(prep.references.filter((reference) => !prep.missing.includes(reference)));
  const pulled = await pullImages({ compose, clock: systemClock, log: { info: (m) => lines.push(m) } }, target, 'missing', planPulls(model, 'missing', present));
  return afterPull(d, prep, { durationMs: pulled.durationMs, failed: pulled.images.filter((image) => image.outcome === 'failed').map((image) => image.image) });
}

/** A one-service stack on `reference`, in its own workspace, under a unique project name. */
function stackOn(reference: string, run: string): StackTarget {
  const workingDirectory = mkdtempSync(path.join(temp, 'ws-'));
  writeFileSync(
    path.join(workingDirectory, 'compose.yaml'),
    [
      'services:',
      '  app:',
      `    image: ${reference}`,
      '    command: ["sleep", "600"]',
      '    network_mode: none',
      '    healthcheck:',
      '      test: ["CMD", "test", "-f", "/blob"]',
      '      interval: 1s',
      '',
    ].join('\n'),
  );
  const projectName = `dsa-it-ic-${tag}-${run}`;
  projects.push(projectName);
  return { workingDirectory, files: ['compose.yaml'], projectName, profiles: [], envFiles: [] };
}

async function pushUnique(name: string, randomMiB: number): Promise<{ reference: string; id: string }> {
  registry ??= await startRegistry();
  const reference = `${registry.host}/dsa-ic-${tag}/${name}:1`;
  references.push(reference);
  const id = commitUniqueImage(reference, randomMiB);
  docker(['push', reference], 120_000);
  removeImage(reference);
  expect(localImageId(reference)).toBeUndefined();
  return { reference, id };
}

describe('the image cache with a real registry and the real @actions/cache', () => {
  test('v2: run 1 pulls and saves; with the registry stopped and the image gone, run 2 restores it and the stack starts', async () => {
    const { reference, id } = await pushUnique('app', 4);
    const restoreEnv = setVariables(v2Variables(v2, temp));
    try {
      const first = stackOn(reference, '1');
      const d1 = deps();
      const prep1 = await prepareAndPull(d1, first);
      expect(prep1).toMatchObject({ status: 'pulled', missing: [reference], choice: { basis: 'no-archive' }, pull: { failed: [] }, imageIds: { [reference]: id } });
      const record1 = await recordImageCache(d1, prep1, { runId: '1', runAttempt: '1' });
      expect(record1.archive).toMatchObject({ status: 'saved' });
      expect(record1.ledger).toEqual({ status: 'saved' });

      // A fresh runner: the image is not here, and the registry is gone.
      removeImage(reference);
      await registry!.stop();
      registry = undefined;
      const second = stackOn(reference, '2');
      const d2 = deps();
      const prep2 = await prepareImages(d2, await compose.config(second));
      expect(prep2).toMatchObject({ status: 'loaded', choice: { use: 'cache', basis: 'unmeasured' }, imageIds: { [reference]: id } });
      await compose.up(second, { waitTimeoutMs: 60_000 });
      expect(docker(['inspect', '--format', '{{.Image}} {{.State.Health.Status}}', `${second.projectName}-app-1`])).toBe(`${id} healthy`);
      const record2 = await recordImageCache(d2, prep2, { runId: '2', runAttempt: '1' });
      expect(record2.archive).toEqual({ status: 'skipped', reason: 'the images came from the cache' });
      expect(record2.next).toMatchObject({ pull: { runId: '1' }, load: { runId: '2' } });
      const section = renderImageCacheSection(prep2, record2);
      expect(section).toContain('**Choice: restored from the cache** — loading from the cache has not been measured yet (pulling took');
      console.log(`image cache v2, 4 MiB random layer: pull ${prep1.pull!.durationMs} ms; restore ${prep2.load!.restoreMs} ms + load ${prep2.load!.loadMs} ms; save ${record1.archive.saveMs} ms`);
    } finally {
      restoreEnv();
    }
  });

  test('v1 (GHES) with a cache service slowed to 1 MiB/s: loading is measured slower than pulling, and the next run pulls and says why', async () => {
    const { reference } = await pushUnique('slow', 6);
    const restoreEnv = setVariables(v1Variables(v1, temp));
    try {
      const run = async (n: number) => {
        removeImage(reference);
        const target = stackOn(reference, `s${n}`);
        const d = deps();
        const prep = await prepareAndPull(d, target);
        const record = await recordImageCache(d, prep, { runId: `s${n}`, runAttempt: '1' });
        return { prep, record, section: renderImageCacheSection(prep, record) };
      };
      const first = await run(1);
      expect(first.prep.status).toBe('pulled');
      expect(first.record.archive.status).toBe('saved');

      v1.throttleDownloads(1024 * 1024);
      const second = await run(2);
      expect(second.prep.status).toBe('loaded');
      // Measured, not assumed: six MiB at 1 MiB/s cannot restore faster than a loopback pull.
      expect(second.prep.load!.durationMs).toBeGreaterThan(first.prep.pull!.durationMs);

      const third = await run(3);
      expect(third.prep).toMatchObject({ status: 'pulled', choice: { use: 'pull', basis: 'slower' } });
      expect(third.record.archive).toEqual({ status: 'skipped', reason: 'pulling was faster than loading' });
      expect(third.section).toMatch(/\*\*Choice: pulled\*\* — loading from the cache took [\d.]+ s \(run s2\), pulling took [\d.]+ (s|ms) \(run s1\): pulling is faster, so the cache is not restored\./);
      expect(third.section).toMatch(/\| Pull \(1 images\) \| [\d.]+ (s|ms) \| this run \|/);
      console.log(`image cache v1 throttled: pull ${first.prep.pull!.durationMs} ms; restore ${second.prep.load!.restoreMs} ms + load ${second.prep.load!.loadMs} ms → run 3 pulled in ${third.prep.pull!.durationMs} ms`);
    } finally {
      v1.throttleDownloads(undefined);
      restoreEnv();
    }
  });
});
