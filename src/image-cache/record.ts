import path from 'node:path';
import type { ImageCacheDeps, ImageCachePrep } from './prepare.js';
import { ARCHIVE_TIMEOUT_MS, LEDGER_TIMEOUT_MS } from './prepare.js';
import { ARCHIVE_FILE, LEDGER_FILE, LEDGER_SCHEMA, archiveKey, ledgerKey, type ImageLedger } from './ledger.js';

// Post: remember what this run measured, and save the images when this run pulled them and the
// cache is worth trying (never when the last measurement said pulling is faster: saving costs a
// `docker save`, compression and an upload for an archive no run would restore).

export interface ImageCacheRecord {
  archive: { status: 'saved' | 'exists' | 'skipped' | 'failed'; key?: string; reason?: string; saveMs?: number; sizeBytes?: number };
  ledger: { status: 'saved' | 'skipped' | 'failed'; reason?: string };
  /** The timings the next run decides on. */
  next?: ImageLedger;
}

export async function recordImageCache(
  deps: ImageCacheDeps,
  prep: ImageCachePrep,
  run: { runId: string; runAttempt: string },
): Promise<ImageCacheRecord> {
  if (prep.status !== 'pulled' && prep.status !== 'loaded') {
    const reason = {
      'no-images': 'the stack has no images to pull',
      unavailable: 'no cache service',
      present: 'the images were already on this runner',
      'to-pull': 'the pull phase did not run',
      failed: 'preparing the images failed',
    }[prep.status];
    return { archive: { status: 'skipped', reason }, ledger: { status: 'skipped', reason } };
  }
  const archive = await saveArchive(deps, prep, run.runId);
  const next = nextLedger(prep, archive, run.runId, deps.now());
  try {
    const directory = deps.cache.freshDirectory('image-ledger');
    try {
      deps.writeFile(path.join(directory, LEDGER_FILE), JSON.stringify(next));
      const saved = await deps.cache.save({ directory, key: ledgerKey(prep.references, run.runId, run.runAttempt), timeoutMs: LEDGER_TIMEOUT_MS });
      if (saved.kind !== 'saved') deps.log.warning(`Image cache: this run's timings were not saved — ${saved.reason}.`);
      return { archive, ledger: saved.kind === 'saved' ? { status: 'saved' } : { status: 'failed', reason: saved.reason }, next };
    } finally {
      deps.cache.discard(directory);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.warning(`Image cache: this run's timings were not saved — ${reason}.`);
    return { archive, ledger: { status: 'failed', reason }, next };
  }
}

async function saveArchive(deps: ImageCacheDeps, prep: ImageCachePrep, runId: string): Promise<ImageCacheRecord['archive']> {
  if (prep.status === 'loaded') return { status: 'skipped', reason: 'the images came from the cache' };
  if (prep.choice?.basis === 'slower') return { status: 'skipped', reason: 'pulling was faster than loading' };
  if (prep.pull?.failed.length) return { status: 'skipped', reason: `${prep.pull.failed.length} images could not be pulled` };
  const ids = prep.references.map((reference) => prep.imageIds[reference]);
  if (ids.some((id) => id === undefined)) return { status: 'skipped', reason: 'not every image is on this runner' };
  const key = archiveKey(prep.references, ids as string[]);
  // Saved by an earlier run (and not found gone this run): nothing to upload.
  if (prep.ledger?.archive?.key === key && !prep.fallback) return { status: 'exists', key };
  const directory = deps.cache.freshDirectory('images');
  try {
    const exists = await deps.cache.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: LEDGER_TIMEOUT_MS, lookupOnly: true });
    if (exists.kind === 'hit') return { status: 'exists', key };
    const started = deps.now();
    const saved = await deps.images.save(prep.references, path.join(directory, ARCHIVE_FILE));
    const result = await deps.cache.save({ directory, key, timeoutMs: ARCHIVE_TIMEOUT_MS });
    const saveMs = deps.now() - started;
    if (result.kind !== 'saved') {
      deps.log.warning(`Image cache: the images were not saved — ${result.reason}.`);
      return { status: 'failed', key, reason: result.reason };
    }
    deps.log.info(`Image cache: saved ${prep.references.length} images (${saved.sizeBytes} bytes before compression) in ${saveMs} ms for the next run (run ${runId}).`);
    return { status: 'saved', key, saveMs, sizeBytes: saved.sizeBytes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.warning(`Image cache: the images were not saved — ${reason}.`);
    return { status: 'failed', key, reason };
  } finally {
    deps.cache.discard(directory);
  }
}

/** The previous ledger with this run's measurements (pure). */
export function nextLedger(prep: ImageCachePrep, archive: ImageCacheRecord['archive'], runId: string, atMs: number): ImageLedger {
  const previous = prep.ledger;
  const ledger: ImageLedger = { schema: LEDGER_SCHEMA, references: prep.references, archive: previous?.archive, pull: previous?.pull, load: previous?.load };
  if (prep.pull && prep.pull.failed.length === 0) ledger.pull = { durationMs: prep.pull.durationMs, images: prep.pull.images, runId, atMs };
  if (prep.load) ledger.load = { durationMs: prep.load.durationMs, restoreMs: prep.load.restoreMs, loadMs: prep.load.loadMs, images: prep.load.images, runId, atMs };
  if ((archive.status === 'saved' || archive.status === 'exists') && archive.key && archive.key !== previous?.archive?.key) {
    const imageIds = prep.references.map((reference) => prep.imageIds[reference]!);
    ledger.archive = { key: archive.key, imageIds, sizeBytes: archive.sizeBytes ?? 0, saveMs: archive.saveMs ?? 0, runId };
    // Another archive: the last load measured a different one, so the next run measures again.
    delete ledger.load;
  }
  return ledger;
}
