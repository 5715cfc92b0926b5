import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCycle, folderGraph, sourceFiles } from '../../../scripts/lib/folder-graph.js';

// The lint rule that keeps src/'s folders acyclic, and src/ itself under it.

const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, [`${from}/x.ts`]]))]));

describe('folder cycles', () => {
  test.each([
    [{ app: ['policy', 'core'], policy: ['core'], core: [] }, undefined],
    [{ app: ['policy'], policy: ['report'], report: ['policy'] }, ['policy', 'report', 'policy']],
    [{ a: ['b'], b: ['c'], c: ['a'] }, ['a', 'b', 'c', 'a']],
  ])('%j → %j', (edges, cycle) => {
    expect(findCycle(graphOf(edges))).toEqual(cycle);
  });

  test('src/ has none, and core imports nothing of ours', () => {
    const root = path.resolve(import.meta.dirname, '../../../src');
    const graph = folderGraph(root, sourceFiles(root));
    expect(findCycle(graph)).toBeUndefined();
    expect([...(graph.get('core')?.keys() ?? [])]).toEqual([]);
  });
});
