// Time to start each bundle, side by side with a bare `node -e ''` in the same run.
// Each bundle is started the cheapest way that still loads all of it: the CLI prints its
// version; main refuses an invalid input before any Docker call; post finds no state.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, report, timeCommand, type BenchRow } from './lib.js';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const workspace = mkdtempSync(path.join(os.tmpdir(), 'dsa-bench-ws-'));
const env = { ...process.env, GITHUB_WORKSPACE: workspace, 'INPUT_WAIT-TIMEOUT': 'never', GITHUB_STATE: '', GITHUB_OUTPUT: '' };

const bare = median(timeCommand([process.execPath, '-e', ''], runs));
const bundles: Array<[string, string[]]> = [
  ['cli', ['--version']],
  ['main', []],
  ['post', []],
];
const rows: BenchRow[] = bundles.map(([name, args]) => ({
  bench: 'cold-start',
  measure: `dist/${name} start`,
  ours: median(timeCommand([process.execPath, path.join(root, 'dist', name, 'index.js'), ...args], runs, { cwd: workspace, env })),
  baseline: bare,
  baselineName: "node -e ''",
  unit: 'ms',
}));
report(rows);
