import path from 'node:path';
import type { ComposeModel } from '../compose/model.js';
import type { CacheStore } from '../ports/cache.js';
import type { Log } from '../ports/runtime.js';
import { decideImageSource, type ImageChoice } from './decide.js';
import type { ImageTools } from '../ports/images.js';
import { ARCHIVE_FILE, LEDGER_FILE, ledgerPrefix, parseLedger, type ImageLedger } from './ledger.js';
import { cacheableImages, withTag } from './references.js';

// Main, before the pull phase: get the stack's missing images from the cache when that was
// faster than pulling when last measured, and time it. When pulling is the way, this leaves the
// pulling to the pull phase (the one place that pulls, with its retries) and `afterPull` takes
// its time for the ledger.

export const LEDGER_TIMEOUT_MS = 30_000;
/** An archive of a few GB at a slow 20 MB/s still fits. */
export const ARCHIVE_TIMEOUT_MS = 10 * 60_000;

export interface ImageCacheDeps {
  cache: CacheStore;
  images: ImageTools;
  log: Pick<Log, 'info' | 'warning'>;
  readText: (file: string) => string | undefined;
  writeFile: (file: string, text: string) => void;
  now: () => number;
}

/** What main learned, for post (JSON: goes into the run state as it is). */
export interface ImageCachePrep {
  /** to-pull: the pull phase is to fetch `missing` (then afterPull makes it `pulled`). */
  status: 'no-images' | 'unavailable' | 'present' | 'to-pull' | 'pulled' | 'loaded' | 'failed';
  references: string[];
  /** Images that were not on this runner before. */
  missing: string[];
  ledger?: ImageLedger;
  choice?: ImageChoice;
  pull?: { durationMs: number; images: number; failed: string[] };
  load?: { durationMs: number; restoreMs: number; loadMs: number; images: number; archiveKey: string };
  /** Why the cache was chosen but not used (the archive was evicted, the load failed…). */
  fallback?: string;
  /** reference → image ID after this step, for the archive key in post. */
  imageIds: Record<string, string>;
  reason?: string;
}

export async function prepareImages(deps: ImageCacheDeps, model: ComposeModel): Promise<ImageCachePrep> {
  const references = cacheableImages(model);
  const prep: ImageCachePrep = { status: 'no-images', references, missing: [], imageIds: {} };
  if (references.length === 0) return prep;
  const availability = deps.cache.availability();
  if (!availability.available) {
    deps.log.info(`Image cache: off for this run — ${availability.reason}.`);
    return { ...prep, status: 'unavailable', reason: availability.reason };
  }
  try {
    prep.missing = await missingImages(deps.images, references);
    if (prep.missing.length === 0) {
      deps.log.info(`Image cache: all ${references.length} images are already on this runner; nothing to pull or load.`);
      return { ...prep, status: 'present', imageIds: await imageIds(deps.images, references) };
    }
    prep.ledger = await restoreLedger(deps, references);
    prep.choice = decideImageSource(prep.ledger);
    deps.log.info(`Image cache: ${prep.missing.length} of ${references.length} images missing; ${prep.choice.use === 'cache' ? 'restoring from the cache' : 'pulling'} — ${prep.choice.reason}.`);
    if (prep.choice.use === 'cache') {
      const loaded = await loadFromCache(deps, prep.ledger!.archive!.key, prep.missing);
      if ('fallback' in loaded) {
        prep.fallback = loaded.fallback;
        deps.log.warning(`Image cache: ${loaded.fallback}; pulling instead.`);
      } else {
        prep.load = loaded;
        prep.status = 'loaded';
        deps.log.info(`Image cache: restored in ${loaded.restoreMs} ms and loaded in ${loaded.loadMs} ms.`);
      }
    }
    if (prep.status !== 'loaded') {
      deps.log.info(`Image cache: the pull phase fetches the ${prep.missing.length} missing images; their time goes into the cache's record.`);
      return { ...prep, status: 'to-pull' };
    }
    prep.imageIds = await imageIds(deps.images, references);
    return prep;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.warning(`Image cache: ${reason}; Compose pulls what is missing.`);
    return { ...prep, status: 'failed', reason };
  }
}

/** What the pull phase did for the images the cache left to it: their time, for the ledger. */
export async function afterPull(
  deps: Pick<ImageCacheDeps, 'images' | 'log'>,
  prep: ImageCachePrep,
  pulled: { durationMs: number; failed: string[] },
): Promise<ImageCachePrep> {
  if (prep.status !== 'to-pull') return prep;
  const failed = pulled.failed.map(withTag).filter((reference) => prep.missing.includes(reference));
  try {
    return { ...prep, status: 'pulled', pull: { durationMs: pulled.durationMs, images: prep.missing.length, failed }, imageIds: await imageIds(deps.images, prep.references) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.warning(`Image cache: ${reason}; this run's images are not recorded.`);
    return { ...prep, status: 'failed', reason };
  }
}

async function missingImages(images: ImageTools, references: string[]): Promise<string[]> {
  const ids = await Promise.all(references.map((reference) => images.imageId(reference)));
  return references.filter((_, index) => ids[index] === undefined);
}

async function imageIds(images: ImageTools, references: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const reference of references) {
    const id = await images.imageId(reference);
    if (id) ids[reference] = id;
  }
  return ids;
}

async function restoreLedger(deps: ImageCacheDeps, references: string[]): Promise<ImageLedger | undefined> {
  const directory = deps.cache.freshDirectory('image-ledger');
  try {
    const prefix = ledgerPrefix(references);
    const result = await deps.cache.restore({ directory, primaryKey: prefix, restoreKeys: [prefix], timeoutMs: LEDGER_TIMEOUT_MS });
    if (result.kind !== 'hit') return undefined;
    const ledger = parseLedger(deps.readText(path.join(directory, LEDGER_FILE)) ?? '');
    if ('error' in ledger) {
      deps.log.warning(`Image cache: the cached timings (${result.key}) are unreadable: ${ledger.error}; starting over.`);
      return undefined;
    }
    return ledger;
  } finally {
    deps.cache.discard(directory);
  }
}

type Loaded = NonNullable<ImageCachePrep['load']>;

async function loadFromCache(deps: ImageCacheDeps, key: string, missing: string[]): Promise<Loaded | { fallback: string }> {
  const directory = deps.cache.freshDirectory('images');
  try {
    const restored = await deps.cache.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: ARCHIVE_TIMEOUT_MS });
    if (restored.kind === 'miss') return { fallback: `the cached archive ${key} is gone (evicted, or saved in a branch this run cannot read)` };
    if (restored.kind !== 'hit') return { fallback: `the cached archive could not be restored: ${restored.reason}` };
    let loadMs: number;
    try {
      loadMs = (await deps.images.load(path.join(directory, ARCHIVE_FILE))).durationMs;
    } catch (error) {
      return { fallback: `docker load failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const stillMissing = await missingImages(deps.images, missing);
    if (stillMissing.length > 0) return { fallback: `the cached archive lacks ${stillMissing.join(', ')}` };
    return { durationMs: restored.durationMs + loadMs, restoreMs: restored.durationMs, loadMs, images: missing.length, archiveKey: key };
  } finally {
    deps.cache.discard(directory);
  }
}
