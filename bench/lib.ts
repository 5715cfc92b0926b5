// Shared by the benchmarks: timing, medians and the ratio table every bench prints.
import { spawnSync } from 'node:child_process';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Wall time of a command, in ms, over `runs` runs (after one warm-up). */
/**
 * Wall times of `runs` runs of a command (one warm-up run first, not counted). Each run must end
 * as expected — one of `exitCodes` (default 0) and, when given, output matching `output` — or the
 * bench fails: a command that breaks at once would otherwise be timed as a fast one.
 */
export function timeCommand(
  argv: string[],
  runs: number,
  options: { cwd?: string; env?: NodeJS.ProcessEnv; exitCodes?: number[]; output?: RegExp } = {},
): number[] {
  const times: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const started = process.hrtime.bigint();
    const result = spawnSync(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.error) throw result.error;
    const text = `${result.stdout}${result.stderr}`;
    if (!(options.exitCodes ?? [0]).includes(result.status ?? -1) || (options.output && !options.output.test(text))) {
      throw new Error(`${argv.join(' ')} did not end as the bench expects (exit ${result.status}): ${text.trim().split('\n').slice(-3).join(' / ').slice(0, 600)}`);
    }
    if (run > 0) times.push(elapsed);
  }
  return times;
}

export interface BenchRow {
  bench: string;
  measure: string;
  ours: number;
  baseline: number;
  baselineName: string;
  unit: string;
  goal?: string;
}

/** One line of machine-readable result (for `npm run bench`) plus a readable table. */
export function report(rows: BenchRow[]): void {
  const widths = [18, 34, 12, 12, 26, 8, 10];
  const line = (cells: string[]): string => cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' ');
  console.log(line(['bench', 'measure', 'ours', 'baseline', 'baseline is', 'ratio', 'goal']));
  for (const row of rows) {
    const ratio = row.baseline > 0 ? row.ours / row.baseline : NaN;
    console.log(
      line([
        row.bench,
        row.measure,
        `${row.ours.toFixed(1)} ${row.unit}`,
        `${row.baseline.toFixed(1)} ${row.unit}`,
        row.baselineName,
        ratio.toFixed(2),
        row.goal ?? '',
      ]),
    );
  }
  console.log(`BENCH_JSON ${JSON.stringify(rows)}`);
}
