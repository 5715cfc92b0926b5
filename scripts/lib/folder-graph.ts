// The folder graph of src/ and its first cycle, for scripts/check-folders.ts: fails lint when the folders of src/ import each other in a cycle (STYLE.md: capabilities over a
// shared core, depending downward only). Imports are read with TypeScript's own pre-processor
// (type-only imports count: a cycle of types is still a cycle of concepts); folders are the
// first path segment under src/. Prints the cycle and the files that make each edge.
//
// Hand-written over the TypeScript compiler we already use, rather than a graph tool such as
// madge or dependency-cruiser: the rule is one sentence about folders, the check is a DFS.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const folderOf = (root: string, file: string): string => {
  const parts = path.relative(root, file).split(path.sep);
  return parts.length > 1 ? parts[0]! : '(root)';
};

/** folder → folder → the files whose imports make that edge. */
export function folderGraph(root: string, files: string[]): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of files) {
    const from = folderOf(root, file);
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const imported of info.importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), imported.fileName);
      if (!target.startsWith(`${root}${path.sep}`)) continue;
      const to = folderOf(root, target);
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      edges.set(to, [...(edges.get(to) ?? []), path.relative(root, file)]);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** The first cycle found, as a list of folders (first = last), or undefined. */
export function findCycle(graph: Map<string, Map<string, string[]>>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

