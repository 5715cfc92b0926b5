import type { Redactor } from '../core/untrusted.js';
import type { MonitorRecord } from './records.js';
import type { MonitorState } from './state.js';

/** Where the monitor's lines go: an append-only file that compaction replaces whole. */
export interface RecordStore {
  /** Appends text (whole lines) synchronously, so a killed worker loses at most one tick. */
  append(text: string): void;
  /** Replaces the content atomically (temp file and rename). */
  replace(text: string): void;
}

/**
 * Applies each record to the state and appends it to the file; when the file passes its cap,
 * rewrites it as the state's snapshot. The file stays under max(cap, 2 × snapshot), and the
 * snapshot is bounded by the state's limits.
 */
export class Recorder {
  private bytes = 0;
  private threshold: number;
  compactions = 0;

  constructor(
    readonly state: MonitorState,
    private readonly store: RecordStore,
    private readonly maxFileBytes: number,
    /** Names, images and daemon messages may hold a secret value (an interpolated image name). */
    private readonly redactor?: Pick<Redactor, 'redactJson'>,
  ) {
    this.threshold = maxFileBytes;
  }

  write(raw: MonitorRecord): void {
    const record = this.redactor ? this.redactor.redactJson(raw) : raw;
    this.state.apply(record);
    const line = `${JSON.stringify(record)}\n`;
    this.store.append(line);
    this.bytes += Buffer.byteLength(line);
    if (this.bytes > this.threshold) this.compact();
  }

  compact(): void {
    const text = this.state
      .snapshot()
      .map((record) => `${JSON.stringify(record)}\n`)
      .join('');
    this.store.replace(text);
    this.bytes = Buffer.byteLength(text);
    this.threshold = Math.max(this.maxFileBytes, 2 * this.bytes);
    this.compactions += 1;
  }

  get fileBytes(): number {
    return this.bytes;
  }
}
