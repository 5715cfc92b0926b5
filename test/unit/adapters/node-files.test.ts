import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, readdirSync, existsSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { nodeFiles, readFileTail } from '../../../src/adapters/node-files.js';

// The Files port over node:fs, in a temporary directory: writes that never leave half a file,
// the tail of a file, and a write that refuses to follow a link (a pull request could put one
// where the SARIF file goes).

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-node-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('nodeFiles', () => {
  test('writeAtomic replaces the file whole and leaves no temporary file beside it', () => {
    const file = path.join(dir, 'main-report.json');
    nodeFiles.writeAtomic(file, '{"old":true}');
    nodeFiles.writeAtomic(file, '{"new":true}');
    expect(readFileSync(file, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(dir)).toEqual(['main-report.json']);
  });

  test('writeText with noFollow refuses a symbolic link (ELOOP) and leaves its target alone', () => {
    const target = path.join(dir, 'target.txt');
    writeFileSync(target, 'precious');
    const link = path.join(dir, 'report.sarif');
    symlinkSync(target, link);
    expect(() => nodeFiles.writeText(link, 'sarif', { noFollow: true })).toThrow(expect.objectContaining({ code: 'ELOOP' }));
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readlinkSync(link)).toBe(target);
  });

  test('a dangling link is refused too (it would create a file wherever it points)', () => {
    const link = path.join(dir, 'report.sarif');
    symlinkSync(path.join(dir, 'elsewhere', 'x'), link);
    expect(() => nodeFiles.writeText(link, 'sarif', { noFollow: true })).toThrow(expect.objectContaining({ code: 'ELOOP' }));
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
  });

  test('writeText with noFollow writes and truncates a plain file', () => {
    const file = path.join(dir, 'report.sarif');
    writeFileSync(file, 'a much longer earlier content');
    nodeFiles.writeText(file, 'short', { noFollow: true });
    expect(readFileSync(file, 'utf8')).toBe('short');
  });

  test('readTail: the last bytes, the whole file when shorter, nothing when missing', () => {
    const file = path.join(dir, 'monitor.ndjson');
    writeFileSync(file, '{"k":"tick"}\n{"k":"end"}\n');
    expect(nodeFiles.readTail(file, 12)).toBe('{"k":"end"}\n');
    expect(readFileTail(file, 4096)).toBe('{"k":"tick"}\n{"k":"end"}\n');
    expect(nodeFiles.readTail(path.join(dir, 'missing'), 10)).toBe('');
  });

  test('readText is undefined for a missing file; realPath follows links and leaves missing paths as they are', () => {
    expect(nodeFiles.readText(path.join(dir, 'missing'))).toBeUndefined();
    const real = path.join(dir, 'real');
    writeFileSync(real, 'x');
    symlinkSync(real, path.join(dir, 'link'));
    expect(nodeFiles.realPath(path.join(dir, 'link'))).toBe(nodeFiles.realPath(real));
    expect(nodeFiles.realPath(path.join(dir, 'nowhere'))).toBe(path.join(dir, 'nowhere'));
  });

  test('files and directories told apart; lists, made and removed', () => {
    const sub = nodeFiles.makeDirectory(path.join(dir, 'a', 'b'));
    nodeFiles.writeText(path.join(sub, 'f.txt'), 'x');
    expect(nodeFiles.isDirectory(sub)).toBe(true);
    expect(nodeFiles.isFile(sub)).toBe(false);
    expect(nodeFiles.isFile(path.join(sub, 'f.txt'))).toBe(true);
    expect(nodeFiles.isFile(path.join(dir, 'missing'))).toBe(false);
    expect(nodeFiles.list(sub)).toEqual(['f.txt']);
    expect(nodeFiles.list(path.join(dir, 'missing'))).toBeUndefined();
    nodeFiles.remove(path.join(dir, 'a'));
    expect(existsSync(path.join(dir, 'a'))).toBe(false);
    // Removing what is not there is not an error.
    nodeFiles.remove(path.join(dir, 'a'));
  });

  test('temporaryDirectory makes a fresh directory with the prefix', () => {
    const made = nodeFiles.temporaryDirectory('dsa-unit-');
    try {
      expect(path.basename(made).startsWith('dsa-unit-')).toBe(true);
      expect(nodeFiles.isDirectory(made)).toBe(true);
    } finally {
      rmSync(made, { recursive: true, force: true });
    }
  });
});
