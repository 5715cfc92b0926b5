import { setHash } from './references.js';

// What the image cache remembers between runs (pure): which archive holds the stack's images
// and the last measured time to get them each way. The archive is an immutable cache entry keyed
// by the image IDs it holds; the ledger is a small entry saved by each run that measured
// something, found again by prefix (the newest wins):
//   docker-stability-images:v1:<references hash>:<image IDs hash>        the `docker save` archive
//   docker-stability-image-ledger:v1:<references hash>:<run>-<attempt>   this document

export const LEDGER_SCHEMA = 'docker-stability/image-cache@1';
export const LEDGER_FILE = 'image-cache.json';
export const ARCHIVE_FILE = 'images.tar';

export interface ImageLedger {
  schema: typeof LEDGER_SCHEMA;
  references: string[];
  archive?: { key: string; imageIds: string[]; sizeBytes: number; saveMs: number; runId: string };
  /** The last pull of the stack's missing images (all in parallel, as Compose pulls). */
  pull?: { durationMs: number; images: number; runId: string; atMs: number };
  /** The last restore of the archive: download and unpack, then `docker load`. */
  load?: { durationMs: number; restoreMs: number; loadMs: number; images: number; runId: string; atMs: number };
}

export function ledgerPrefix(references: readonly string[]): string {
  return `docker-stability-image-ledger:v1:${setHash(references)}:`;
}

export function ledgerKey(references: readonly string[], runId: string, runAttempt: string): string {
  return `${ledgerPrefix(references)}${runId}-${runAttempt}`;
}

export function archiveKey(references: readonly string[], imageIds: readonly string[]): string {
  return `docker-stability-images:v1:${setHash(references)}:${setHash(imageIds)}`;
}

export function parseLedger(text: string): ImageLedger | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  const ledger = value as Partial<ImageLedger> | null;
  if (!ledger || ledger.schema !== LEDGER_SCHEMA) return { error: `not a ${LEDGER_SCHEMA} document` };
  if (!Array.isArray(ledger.references)) return { error: 'references are missing' };
  const numbers = (record: object | undefined, fields: string[]): boolean =>
    record === undefined || fields.every((field) => typeof (record as Record<string, unknown>)[field] === 'number');
  if (!numbers(ledger.pull, ['durationMs', 'images']) || !numbers(ledger.load, ['durationMs', 'restoreMs', 'loadMs'])) {
    return { error: 'a timing is malformed' };
  }
  if (ledger.archive && (typeof ledger.archive.key !== 'string' || !Array.isArray(ledger.archive.imageIds))) return { error: 'the archive is malformed' };
  return ledger as ImageLedger;
}
