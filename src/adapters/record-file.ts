import { closeSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
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
