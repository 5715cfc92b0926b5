import path from 'node:path';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { deref, positionOf, type ComposeSource, type Position } from './compose-source.js';

// The files a compose file makes Compose read besides itself, as written: `include` entries
// (and their env files) and a service's `env_file`. ComposeSources.references() adds
// `extends.file` and resolves relative paths as Compose does.

/** A file Compose reads because a compose file names it, and where it is named. */
export interface FileReference {
  kind: 'include' | 'extends' | 'env_file';
  /** Absolute path, resolved as Compose resolves it (symlinks not followed). */
  target: string;
  at: Position;
  /** The service whose definition names it (extends, env_file). */
  service?: string;
}

/** The files an `include:` names (`- a.yaml`, `- path: [a, b]`, `env_file:`), each where it is written. */
export function includedFiles(source: ComposeSource, include: Pair | undefined): FileReference[] {
  const list = include && deref(source, include.value);
  if (!isSeq(list)) return [];
  const base = path.dirname(source.path);
  const found: FileReference[] = [];
  const add = (kind: FileReference['kind'], node: Node | undefined): void => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.includes('$')) return;
    const at = positionOf(source, node);
    if (at) found.push({ kind, target: path.resolve(base, node.value), at });
  };
  for (const item of list.items) {
    const entry = deref(source, item);
    if (isScalar(entry)) {
      add('include', entry);
    } else if (isMap(entry)) {
      for (const pair of entry.items as Pair[]) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        const value = deref(source, pair.value);
        if (key !== 'path' && key !== 'env_file') continue;
        const nodes = isSeq(value) ? value.items.map((node) => deref(source, node)) : [value];
        for (const node of nodes) add(key === 'path' ? 'include' : 'env_file', node);
      }
    }
  }
  return found;
}

/** The entries of a service's `env_file:` (a path, a list of paths, or `- path: …` entries). */
export function envEntries(source: ComposeSource, pair: Pair | undefined): Array<{ path: string; at: Position }> {
  const value = pair && deref(source, pair.value);
  const items = isSeq(value) ? value.items.map((item) => deref(source, item)) : value ? [value] : [];
  return items.flatMap((item) => {
    const node = isMap(item) ? deref(source, (item.items as Pair[]).find((entry) => isScalar(entry.key) && entry.key.value === 'path')?.value) : item;
    const at = node && positionOf(source, node);
    return isScalar(node) && typeof node.value === 'string' && !node.value.includes('$') && at ? [{ path: node.value, at }] : [];
  });
}
