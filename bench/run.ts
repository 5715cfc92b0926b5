// `npm run bench`: every benchmark under bench/, one after the other (they share two cores and
// one daemon), each measuring its baseline side by side in the same run; then one table of
// ratios. `npm run bench -- --update-readme` also writes the table, with the machine it ran on,
// into the README between its bench markers.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from './lib.js';

const here = import.meta.dirname;
const root = path.resolve(here, '..');
const BENCHES = ['cold-start', 'action-overhead', 'cleanup', 'monitor', 'policy', 'lease', 'image-cache'];
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const rows: BenchRow[] = [];
const failed: string[] = [];

for (const bench of BENCHES.filter((name) => only.length === 0 || only.includes(name))) {
  process.stderr.write(`\n▶ bench/${bench}.ts\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${bench}.ts`)], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stderr.write(result.stdout.split('\n').filter((line) => !line.startsWith('BENCH_JSON')).join('\n'));
  const json = result.stdout.split('\n').find((line) => line.startsWith('BENCH_JSON '));
  if (result.status !== 0 || !json) {
    failed.push(`${bench} (exit ${result.status}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    continue;
  }
  rows.push(...(JSON.parse(json.slice('BENCH_JSON '.length)) as BenchRow[]));
  process.stderr.write(`(${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

const table = markdownTable(rows);
process.stdout.write(`\n${table}\n`);
if (failed.length) process.stdout.write(`\nFailed: ${failed.join('; ')}\n`);
if (process.argv.includes('--update-readme')) updateReadme(table);
process.exitCode = failed.length ? 1 : 0;

function markdownTable(benchRows: BenchRow[]): string {
  const format = (value: number, unit: string): string => `${value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2)} ${unit}`;
  const lines = [
    '| Bench | Measure | Ours | Baseline (same run) | Ratio | Goal |',
    '| --- | --- | ---: | --- | ---: | --- |',
    ...benchRows.map((row) => {
      const ratio = row.baseline > 0 ? (row.ours / row.baseline).toFixed(2) : '—';
      return `| ${row.bench} | ${row.measure} | ${format(row.ours, row.unit)} | ${format(row.baseline, row.unit)} — ${row.baselineName} | ${ratio} | ${row.goal ?? ''} |`;
    }),
  ];
  return lines.join('\n');
}

function updateReadme(benchTable: string): void {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  if (!readme.includes(start) || !readme.includes(end)) throw new Error('README.md has no bench markers');
  const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.versions.node}; Docker engine and Compose as installed by scripts/install-docker.sh.`;
  const block = `${start}\n${machine}\n\n${benchTable}\n${end}`;
  writeFileSync(readmePath, readme.slice(0, readme.indexOf(start)) + block + readme.slice(readme.indexOf(end) + end.length));
}
