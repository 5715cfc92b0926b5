import path from 'node:path';
import type { FileProbe } from '../../../src/ports/files.js';

/** A file system of the given files (absolute paths); directories are implied by them. */
export function fakeFiles(files: string[], links: Record<string, string> = {}): FileProbe {
  const normalized = new Set(files.map((file) => path.resolve(file)));
  const directories = new Set<string>();
  for (const file of normalized) {
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      directories.add(dir);
      if (dir === path.dirname(dir)) break;
    }
  }
  return {
    isFile: (p) => normalized.has(path.resolve(p)),
    isDirectory: (p) => directories.has(path.resolve(p)),
    realPath: (p) => {
      for (const [from, to] of Object.entries(links)) {
        if (p === from || p.startsWith(`${from}/`)) return to + p.slice(from.length);
      }
      return p;
    },
  };
}
