import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import type { RecordStore } from '../monitor/recorder.js';

/**
 * The monitor's NDJSON file: synchronous appends (one write per tick, on a descriptor kept
 * open rather than opened each time), atomic rewrites (temp file and rename, then reopened).
 */
export function recordFile(file: string): RecordStore {
  let fd = openSync(file, 'a');
  return {
    append: (text) => {
      writeSync(fd, text);
    },
    replace: (text) => {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, file);
      closeSync(fd);
      fd = openSync(file, 'a');
    },
  };
}

export function readTextFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The last `bytes` of a file ('' when it does not exist): enough to find the end record. */
export function readFileTail(file: string, bytes: number): string {
  if (!existsSync(file)) return '';
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
