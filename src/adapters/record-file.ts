import { appendFileSync, closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import type { RecordStore } from '../monitor/recorder.js';

/** The monitor's NDJSON file: synchronous appends (one write per tick), atomic rewrites. */
export function recordFile(file: string): RecordStore {
  return {
    append: (text) => appendFileSync(file, text),
    replace: (text) => {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, file);
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
