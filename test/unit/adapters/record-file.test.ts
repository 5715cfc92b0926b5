import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { recordFile } from '../../../src/adapters/record-file.js';

// The monitor's NDJSON file: appends on one open descriptor, and a compaction that replaces the
// whole file atomically — appends after it land in the new file, not the old one.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-record-file-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('appends accumulate; a replace rewrites the file, and later appends follow it', () => {
  const file = path.join(dir, 'monitor.ndjson');
  const store = recordFile(file);
  store.append('{"k":"meta"}\n');
  store.append('{"k":"tick","t":1}\n');
  expect(readFileSync(file, 'utf8')).toBe('{"k":"meta"}\n{"k":"tick","t":1}\n');
  store.replace('{"k":"meta"}\n{"k":"snapshot"}\n');
  store.append('{"k":"tick","t":2}\n');
  expect(readFileSync(file, 'utf8')).toBe('{"k":"meta"}\n{"k":"snapshot"}\n{"k":"tick","t":2}\n');
  expect(readdirSync(dir)).toEqual(['monitor.ndjson']);
});

test('an existing file is appended to, not truncated', () => {
  const file = path.join(dir, 'monitor.ndjson');
  recordFile(file).append('first\n');
  recordFile(file).append('second\n');
  expect(readFileSync(file, 'utf8')).toBe('first\nsecond\n');
});
