import { closeSync, constants, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Files } from '../ports/files.js';

/** The Files port over node:fs. */
export const nodeFiles: Files = {
  isFile: (absolutePath) => statSync(absolutePath, { throwIfNoEntry: false })?.isFile() ?? false,
  isDirectory: (absolutePath) => statSync(absolutePath, { throwIfNoEntry: false })?.isDirectory() ?? false,
  realPath: (absolutePath) => {
    try {
      return realpathSync(absolutePath);
    } catch {
      return absolutePath;
    }
  },
  readText: readTextFile,
  readTail: readFileTail,
  writeText: (absolutePath, text, options) => {
    if (!options?.noFollow) return writeFileSync(absolutePath, text);
    const fd = openSync(absolutePath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
    try {
      writeFileSync(fd, text);
    } finally {
      closeSync(fd);
    }
  },
  writeAtomic: (absolutePath, text) => {
    const temporary = `${absolutePath}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, absolutePath);
  },
  makeDirectory: (absolutePath) => {
    mkdirSync(absolutePath, { recursive: true });
    return absolutePath;
  },
  list: (absolutePath) => {
    try {
      return readdirSync(absolutePath);
    } catch {
      return undefined;
    }
  },
  temporaryDirectory: (prefix) => mkdtempSync(path.join(os.tmpdir(), prefix)),
  remove: (absolutePath) => {
    try {
      rmSync(absolutePath, { recursive: true, force: true });
    } catch {
      // Best effort: a temporary file we could not remove is not worth failing for.
    }
  },
};

export function readTextFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The last `bytes` of a file ('' when it does not exist): enough to find the monitor's end record. */
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
