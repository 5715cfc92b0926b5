import { inline, table } from '../core/markdown.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { ImageCachePrep } from './prepare.js';
import type { ImageCacheRecord } from './record.js';

// The job summary's "Image cache" section (pure): both numbers, the choice and why.

export function renderImageCacheSection(prep: ImageCachePrep, record: ImageCacheRecord | undefined): string {
  const lines = ['### Image cache', ''];
  if (prep.status === 'no-images') return [...lines, 'Nothing to cache: every service of the stack is built, not pulled.'].join('\n');
  if (prep.status === 'unavailable') return [...lines, `Off for this run: ${inline(prep.reason ?? 'no cache service')}.`].join('\n');
  if (prep.status === 'failed') return [...lines, `Not used: ${inline(prep.reason ?? 'preparing the images failed')}; the pull phase pulled what was missing.`].join('\n');
  if (prep.status === 'to-pull') return [...lines, `Not used: the ${prep.missing.length} missing images were to be pulled, and the pull phase did not run.`].join('\n');
  if (prep.status === 'present') return [...lines, `All ${prep.references.length} images were already on this runner: nothing was pulled or loaded.`].join('\n');

  const ledger = record?.next ?? prep.ledger;
  const pullRow = prep.pull
    ? [`Pull (${prep.pull.images} images)`, formatDuration(prep.pull.durationMs), prep.pull.failed.length ? `this run; failed: ${prep.pull.failed.join(', ')}` : 'this run']
    : ledger?.pull
      ? [`Pull (${ledger.pull.images} images)`, formatDuration(ledger.pull.durationMs), `run ${ledger.pull.runId}`]
      : ['Pull', '—', 'not measured yet'];
  const load = prep.load ?? ledger?.load;
  const loadRow = load
    ? [
        `Load from the cache (${load.images} images)`,
        formatDuration(load.durationMs),
        `${prep.load ? 'this run' : `run ${ledger!.load!.runId}`}: restore ${formatDuration(load.restoreMs)} + docker load ${formatDuration(load.loadMs)}`,
      ]
    : ['Load from the cache', '—', 'not measured yet'];
  const choice = prep.choice!;
  lines.push(
    table(['Way', 'Time', 'Measured'], [pullRow, loadRow], ['left', 'right', 'left']),
    '',
    `**Choice: ${prep.status === 'loaded' ? 'restored from the cache' : 'pulled'}** — ${inline(choice.reason)}.`,
  );
  if (prep.fallback) lines.push('', `The cache was chosen but not used: ${inline(prep.fallback)}.`);
  if (record) lines.push('', archiveLine(record.archive));
  return lines.join('\n');
}

function archiveLine(archive: ImageCacheRecord['archive']): string {
  switch (archive.status) {
    case 'saved':
      return `Saved the images for the next run in ${formatDuration(archive.saveMs ?? 0)} (${formatBytes(archive.sizeBytes ?? 0)} before compression).`;
    case 'exists':
      return 'These images are already in the cache.';
    case 'failed':
      return `The images were not saved: ${inline(archive.reason ?? 'unknown')}.`;
    default:
      return `The images were not saved: ${inline(archive.reason ?? '')}.`;
  }
}
