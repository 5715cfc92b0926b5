// `npm run lint` fails when the folders of src/ import each other in a cycle (scripts/lib/folder-graph.ts).
import path from 'node:path';
import { findCycle, folderGraph, sourceFiles } from './lib/folder-graph.js';

const root = path.resolve(import.meta.dirname, '..', 'src');
const graph = folderGraph(root, sourceFiles(root));
const cycle = findCycle(graph);
if (cycle) {
  console.error(`src/ folders import each other in a cycle: ${cycle.join(' → ')}`);
  for (let index = 0; index + 1 < cycle.length; index += 1) {
    const files = graph.get(cycle[index]!)!.get(cycle[index + 1]!)!;
    console.error(`  ${cycle[index]} → ${cycle[index + 1]}: ${[...new Set(files)].join(', ')}`);
  }
  process.exit(1);
}
console.log(`src/: ${graph.size} folders, no cycle.`);
