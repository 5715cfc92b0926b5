import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { decideImageSource } from '../../../src/image-cache/decide.js';
import type { ImageTools } from '../../../src/ports/images.js';
import { archiveKey, ledgerPrefix, parseLedger, type ImageLedger } from '../../../src/image-cache/ledger.js';
import { afterPull, prepareImages, type ImageCachePrep } from '../../../src/image-cache/prepare.js';
import { recordImageCache } from '../../../src/image-cache/record.js';
import { cacheableImages, withTag } from '../../../src/image-cache/references.js';
import { renderImageCacheSection } from '../../../src/image-cache/section.js';
import { MemoryCache } from '../baseline/fixtures.js';

describe('cacheableImages', () => {
  test('pulled images only, tagged as the daemon stores them, sorted and unique', () => {
    const model: ComposeModel = {
      name: 'p',
      services: {
        db: { image: 'postgres' },
        db2: { image: 'postgres:latest' },
        cache: { image: '127.0.0.1:5000/team/redis:7' },
        api: { image: 'p-api', build: { context: '.' } },
        pinned: { image: 'busybox@sha256:' + 'a'.repeat(64) },
        nothing: {},
      },
    };
    expect(cacheableImages(model)).toEqual(['127.0.0.1:5000/team/redis:7', `busybox@sha256:${'a'.repeat(64)}`, 'postgres:latest']);
  });

  test.each([
    ['redis', 'redis:latest'],
    ['redis:7', 'redis:7'],
    ['localhost:5000/redis', 'localhost:5000/redis:latest'],
    ['ghcr.io/o/r:1.2', 'ghcr.io/o/r:1.2'],
  ])('%s → %s', (reference, expected) => expect(withTag(reference)).toBe(expected));
});

const ledger = (pullMs?: number, loadMs?: number, archive = true): ImageLedger => ({
  schema: 'docker-stability/image-cache@1',
  references: ['r:1'],
  ...(archive ? { archive: { key: 'a', imageIds: ['sha256:1'], sizeBytes: 1, saveMs: 1, runId: '1' } } : {}),
  ...(pullMs !== undefined ? { pull: { durationMs: pullMs, images: 1, runId: '1', atMs: 0 } } : {}),
  ...(loadMs !== undefined ? { load: { durationMs: loadMs, restoreMs: loadMs / 2, loadMs: loadMs / 2, images: 1, runId: '2', atMs: 0 } } : {}),
});

describe('decideImageSource: from recorded timings', () => {
  test.each<[string, ImageLedger | undefined, 'cache' | 'pull', string, RegExp]>([
    ['nothing remembered', undefined, 'pull', 'no-archive', /^no cached archive of these images yet/],
    ['timings but no archive', ledger(9000, 1000, false), 'pull', 'no-archive', /^no cached archive/],
    ['an archive never loaded', ledger(9000), 'cache', 'unmeasured', /^loading from the cache has not been measured yet \(pulling took 9\.0 s\): restoring once to compare$/],
    ['load 3 s, pull 9 s', ledger(9000, 3000), 'cache', 'faster', /^loading from the cache took 3\.0 s \(run 2\), pulling took 9\.0 s \(run 1\): the cache is faster$/],
    ['load 12 s, pull 9 s', ledger(9000, 12000), 'pull', 'slower', /: pulling is faster, so the cache is not restored$/],
    ['a tie goes to pulling', ledger(9000, 9000), 'pull', 'slower', /pulling is faster/],
  ])('%s', (_, recorded, use, basis, reason) => {
    const choice = decideImageSource(recorded);
    expect(choice).toMatchObject({ use, basis });
    expect(choice.reason).toMatch(reason);
  });
});

describe('parseLedger', () => {
  test.each([
    ['{', 'not JSON'],
    ['{"schema":"other"}', 'not a docker-stability/image-cache@1 document'],
    ['{"schema":"docker-stability/image-cache@1"}', 'references are missing'],
    ['{"schema":"docker-stability/image-cache@1","references":[],"pull":{"durationMs":"fast"}}', 'a timing is malformed'],
  ])('%s', (text, error) => expect(parseLedger(text)).toEqual({ error }));
});

/** A daemon with local images and a registry, behind the ImageTools port; archives are files in the fake cache. */
class FakeDaemon implements ImageTools {
  // Not part of ImageTools any more: the pull phase pulls; the test plays it.
  local = new Map<string, string>();
  calls: string[] = [];
  constructor(
    private readonly files: MemoryCache,
    private readonly registry: Record<string, string>,
    public timings = { pullMs: 9000, loadMs: 2000 },
  ) {}
  async imageId(reference: string) {
    return this.local.get(reference);
  }
  async pull(references: string[]) {
    this.calls.push(`pull ${references.join(' ')}`);
    const failed = references.filter((r) => !this.registry[r]).map((reference) => ({ reference, error: 'not found' }));
    for (const r of references) if (this.registry[r]) this.local.set(r, this.registry[r]!);
    return { durationMs: this.timings.pullMs, failed };
  }
  async save(references: string[], file: string) {
    this.calls.push(`save ${references.join(' ')}`);
    const text = JSON.stringify(Object.fromEntries(references.map((r) => [r, this.local.get(r)])));
    this.files.writeFile(file, text);
    return { durationMs: 500, sizeBytes: text.length };
  }
  async load(file: string) {
    this.calls.push('load');
    for (const [r, id] of Object.entries(JSON.parse(this.files.readText(file)!) as Record<string, string>)) this.local.set(r, id);
    return { durationMs: this.timings.loadMs };
  }
}

describe('the image cache across runs (fakes of the cache and the daemon)', () => {
  const model: ComposeModel = { name: 'p', services: { db: { image: 'pg:15' }, cache: { image: 'redis:7' } } };
  const registry = { 'pg:15': 'sha256:pg', 'redis:7': 'sha256:redis' };
  let clock = 0;
  const run = async (cache: MemoryCache, daemon: FakeDaemon, runId: string) => {
    const log: string[] = [];
    const deps = { cache, images: daemon, log: { info: (m: string) => log.push(m), warning: (m: string) => log.push(`warning ${m}`) }, readText: cache.readText, writeFile: cache.writeFile, now: () => (clock += 100) };
    // The pull phase in the middle: it pulls what the cache left to it, and afterPull takes its time.
    let prep = await prepareImages(deps, model);
    if (prep.status === 'to-pull') {
      const pulled = await daemon.pull(prep.missing);
      prep = await afterPull(deps, prep, { durationMs: pulled.durationMs, failed: pulled.failed.map((failure) => failure.reference) });
    }
    const record = await recordImageCache(deps, prep, { runId, runAttempt: '1' });
    return { prep, record, log, section: renderImageCacheSection(prep, record) };
  };

  test('run 1 pulls and saves; run 2 (fresh runner) restores; while loading is faster it keeps restoring', async () => {
    const cache = new MemoryCache();
    const first = await run(cache, new FakeDaemon(cache, registry), '1');
    expect(first.prep).toMatchObject({ status: 'pulled', missing: ['pg:15', 'redis:7'], choice: { use: 'pull', basis: 'no-archive' }, pull: { durationMs: 9000, images: 2, failed: [] } });
    expect(first.record.archive).toMatchObject({ status: 'saved', key: archiveKey(['pg:15', 'redis:7'], ['sha256:pg', 'sha256:redis']) });
    expect(first.record.ledger).toEqual({ status: 'saved' });
    expect(first.section).toContain('**Choice: pulled** — no cached archive of these images yet');

    const fresh = new FakeDaemon(cache, {});
    const second = await run(cache, fresh, '2');
    expect(second.prep).toMatchObject({ status: 'loaded', choice: { use: 'cache', basis: 'unmeasured' }, load: { loadMs: 2000, images: 2 } });
    expect(fresh.calls).toEqual(['load']);
    expect(second.record.next).toMatchObject({ pull: { durationMs: 9000, runId: '1' }, load: { loadMs: 2000, runId: '2' } });
    expect(second.section).toMatch(/\| Pull \(2 images\) \| 9\.0 s \| run 1 \|/);
    expect(second.section).toMatch(/\| Load from the cache \(2 images\) \| \d+(\.\d)? s \| this run: restore \d+ ms \+ docker load 2\.0 s \|/);

    const third = await run(cache, new FakeDaemon(cache, {}), '3');
    expect(third.prep).toMatchObject({ status: 'loaded', choice: { use: 'cache', basis: 'faster' } });
    expect(third.section).toContain('**Choice: restored from the cache** — loading from the cache took');
  });

  test('when loading was slower than pulling, the next run pulls, says why, and saves no archive', async () => {
    const cache = new MemoryCache();
    await run(cache, new FakeDaemon(cache, registry, { pullMs: 1500, loadMs: 8000 }), '1');
    const slow = await run(cache, new FakeDaemon(cache, registry, { pullMs: 1500, loadMs: 8000 }), '2');
    expect(slow.prep.status).toBe('loaded');
    const next = new FakeDaemon(cache, registry, { pullMs: 1500, loadMs: 8000 });
    const third = await run(cache, next, '3');
    expect(third.prep).toMatchObject({ status: 'pulled', choice: { use: 'pull', basis: 'slower' } });
    expect(next.calls).toEqual(['pull pg:15 redis:7']);
    expect(third.record.archive).toEqual({ status: 'skipped', reason: 'pulling was faster than loading' });
    expect(third.section).toMatch(/\*\*Choice: pulled\*\* — loading from the cache took \d+\.\d s \(run 2\), pulling took 1\.5 s \(run 1\): pulling is faster, so the cache is not restored\./);
    // If pulling later gets slower than loading was, the cache comes back.
    const slowRegistry = new FakeDaemon(cache, registry, { pullMs: 30_000, loadMs: 8000 });
    await run(cache, slowRegistry, '4');
    expect((await run(cache, new FakeDaemon(cache, {}), '5')).prep).toMatchObject({ status: 'loaded', choice: { basis: 'faster' } });
  });

  test('an evicted archive falls back to pulling and is saved again', async () => {
    const cache = new MemoryCache();
    await run(cache, new FakeDaemon(cache, registry), '1');
    cache.entries.splice(cache.entries.findIndex((e) => e.key.startsWith('docker-stability-images:')), 1);
    const second = await run(cache, new FakeDaemon(cache, registry), '2');
    expect(second.prep).toMatchObject({ status: 'pulled', fallback: expect.stringMatching(/^the cached archive docker-stability-images:v1:\w+:\w+ is gone/) });
    expect(second.record.archive.status).toBe('saved');
    expect(second.log.some((line) => line.startsWith('warning Image cache: the cached archive'))).toBe(true);
  });

  test('images already on the runner, no cache service, or no pullable images: nothing measured or saved', async () => {
    const cache = new MemoryCache();
    const warm = new FakeDaemon(cache, registry);
    warm.local = new Map(Object.entries(registry));
    const present = await run(cache, warm, '1');
    expect(present.prep.status).toBe('present');
    expect(present.record).toEqual({ archive: { status: 'skipped', reason: 'the images were already on this runner' }, ledger: { status: 'skipped', reason: 'the images were already on this runner' } });
    expect(warm.calls).toEqual([]);

    const none = new MemoryCache();
    none.available = false;
    const off = await run(none, new FakeDaemon(none, registry), '1');
    expect(off.prep).toMatchObject({ status: 'unavailable', reason: 'no Actions cache service here (test)' });
    expect(off.log).toEqual(['Image cache: off for this run — no Actions cache service here (test).']);
    expect(off.section).toBe('### Image cache\n\nOff for this run: no Actions cache service here (test).');
  });

  test('a pull that fails is left to Compose and not recorded as a timing', async () => {
    const cache = new MemoryCache();
    const result = await run(cache, new FakeDaemon(cache, { 'pg:15': 'sha256:pg' }), '1');
    expect(result.prep.pull).toEqual({ durationMs: 9000, images: 2, failed: ['redis:7'] });
    expect(result.record.archive).toEqual({ status: 'skipped', reason: '1 images could not be pulled' });
    expect(result.record.next?.pull).toBeUndefined();
    expect(cache.entries.map((e) => e.key)).toEqual([`${ledgerPrefix(['pg:15', 'redis:7'])}1-1`]);
  });

  test('the prep is plain JSON (it travels from main to post in the run state)', async () => {
    const cache = new MemoryCache();
    const { prep } = await run(cache, new FakeDaemon(cache, registry), '1');
    expect(JSON.parse(JSON.stringify(prep)) as ImageCachePrep).toEqual(prep);
  });
});
