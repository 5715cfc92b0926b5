// The compose policy on a generated 500-service file with anchors and merge keys, side by side
// with dclint (npm) on the same file in the same run. Measures, as medians:
//   rules alone   — evaluatePolicy over the loaded model and parsed sources (rules + positions);
//   parse         — reading the files as written (positions, suppressions, alias-bomb guard);
//   compose       — `docker compose config --format json`, which the check runs once;
//   check total   — `docker-stability check` end to end as a bundled CLI (node start included);
//   dclint        — `dclint <file>` end to end (node start included), the baseline.
//   grouped text  — the CLI's default text for those findings (size and time), against one line
//                   per finding (`--verbose`), the output the issue found unreadable;
//   baseline      — an accepted-findings file of every finding applied (fingerprints included).
// Goal: rules alone ≤ 200 ms. BENCH_RUNS sets the repetitions (default 7), BENCH_SERVICES the size.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ComposeModel } from '../src/compose/model.js';
import { ComposeSources } from '../src/compose/positions.js';
import { defaultPolicyConfig } from '../src/policy/config.js';
import { evaluatePolicy } from '../src/policy/evaluate.js';
import { acceptedFindingsDocument, applyAcceptedFindings, parseAcceptedFindings } from '../src/policy/accepted-findings.js';
import { countFindings, type Finding } from '../src/policy/finding.js';
import { formatGrouped } from '../src/policy/format/grouped.js';
import { formatText } from '../src/policy/format/text.js';
import { scanSuppressions } from '../src/policy/suppress.js';
import { parse as parseYaml, stringify } from 'yaml';
import { median, report, timeCommand } from './lib.js';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const serviceCount = Number(process.env.BENCH_SERVICES ?? 500);
const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-bench-policy-'));

/** A stack the way large ones are written: shared x- blocks merged in, some services breaking rules, some declaring memory. */
function generate(count: number): string {
  const lines = [
    'x-defaults: &defaults',
    '  restart: on-failure:3',
    '  mem_limit: 128m',
    '  cpus: 0.25',
    'x-health: &health',
    '  test: ["CMD", "true"]',
    '  interval: 10s',
    '  timeout: 3s',
    '  start_period: 20s',
    'x-loose: &loose',
    '  restart: always',
    'services:',
  ];
  for (let index = 0; index < count; index += 1) {
    const kind = index % 5;
    lines.push(`  svc-${index}:`);
    lines.push(kind === 4 ? '    <<: [*loose]' : '    <<: *defaults');
    lines.push(`    image: ${kind === 3 ? 'nginx' : 'dsa-test/busybox:1'}`);
    lines.push(kind === 2 ? '    healthcheck:\n      <<: *health\n      interval: 2s' : '    healthcheck: *health');
    lines.push('    ports:', `      - "127.0.0.1:${20000 + (kind === 1 ? index - 1 : index)}:80"`);
    if (index > 0) lines.push('    depends_on:', `      - svc-${index - 1}`);
    if (kind === 0) lines.push('    tmpfs:', '      - /tmp', `      - /cache:size=16m`);
    if (kind === 3) lines.push('    command: ["postgres", "-c", "fsync=off", "-c", "shared_buffers=96MB"]');
    // Declared memory for memory-fit: a heap that fits (kind 1) and one close to its limit (kind 2).
    if (kind === 1 || kind === 2) lines.push('    environment:', `      JAVA_TOOL_OPTIONS: "-Dapp=${index} -Xmx${kind === 1 ? 64 : 112}m"`);
  }
  return `${lines.join('\n')}\n`;
}

/** The committed CLI bundle (CI checks it equals a fresh build), with its chunks beside it. */
function bundleCli(): string {
  const cli = path.join(root, 'dist/cli/index.js');
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build first');
  return cli;
}

function timeInProcess(fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

try {
  const file = path.join(dir, 'compose.yaml');
  writeFileSync(file, generate(serviceCount));
  const config = spawnSync('docker', ['compose', '-f', file, '-p', 'dsa-bench-policy', 'config', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (config.status !== 0) throw new Error(`docker compose config failed: ${config.stderr}`);
  const model = JSON.parse(config.stdout) as ComposeModel;
  const read = (absolute: string): string => readFileSync(absolute, 'utf8');

  const load = (): { sources: ComposeSources; suppressions: Map<string, ReturnType<typeof scanSuppressions>> } => {
    const sources = ComposeSources.load([file], read);
    return { sources, suppressions: new Map(sources.files.map((source) => [source.path, scanSuppressions(source.text)])) };
  };
  const parse = timeInProcess(() => void load());
  const loaded = load();
  // Rules alone: fresh sources and a fresh copy of the model each run (not timed) so cached
  // lookups (positions, what each service declares) do not flatter repeats.
  let findings = 0;
  let found: Finding[] = [];
  const rulesTimes: number[] = [];
  const copies = Array.from({ length: runs + 1 }, () => structuredClone(model));
  for (let run = 0; run <= runs; run += 1) {
    const sources = ComposeSources.load([file], read);
    const fresh = copies[run]!;
    const started = process.hrtime.bigint();
    found = evaluatePolicy({
      model: fresh,
      sources,
      firstFile: file,
      config: defaultPolicyConfig(),
      memoryBudget: { bytes: 16 * 1024 ** 3, label: 'bench' },
      displayPath: (absolute) => path.relative(dir, absolute),
      suppressions: loaded.suppressions,
    }).findings;
    findings = found.length;
    if (run > 0) rulesTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const rulesMs = median(rulesTimes);

  const counts = countFindings(found);
  const grouped = formatGrouped(found, counts, { width: 100 });
  const verbose = formatText(found, counts);
  const groupedMs = timeInProcess(() => void formatGrouped(found, counts, { width: 100 }));
  const verboseMs = timeInProcess(() => void formatText(found, counts));
  const accepted = parseAcceptedFindings(acceptedFindingsDocument(found), 'accepted.json');
  const applyMs = timeInProcess(() => void applyAcceptedFindings(found, accepted));
  const kib = (text: string): number => Buffer.byteLength(text) / 1024;
  const widest = Math.max(...grouped.split('\n').map((line) => line.length));

  const cli = bundleCli();
  // Exit 1: the generated file has error findings on purpose; the JSON document must be there.
  const total = median(timeCommand([process.execPath, cli, 'check', '-f', 'compose.yaml', '--format', 'json'], runs, { cwd: dir, exitCodes: [1], output: /"findings"/ }));
  const compose = median(timeCommand(['docker', 'compose', '-f', 'compose.yaml', '-p', 'dsa-bench-policy', 'config', '--format', 'json'], runs, { cwd: dir }));
  // dclint refuses the anchored file ("Excessive alias count": yaml's default of 100 aliases), so
  // it is timed on the same stack with the anchors expanded, which it lints in full.
  const expanded = path.join(dir, 'expanded.yaml');
  writeFileSync(expanded, stringify(parseYaml(readFileSync(file, 'utf8'), { merge: true, maxAliasCount: -1 }), { aliasDuplicateObjects: false }));
  const dclintBin = path.join(root, 'node_modules/dclint/bin/dclint.cjs');
  const dclint = median(timeCommand([process.execPath, dclintBin, 'expanded.yaml'], runs, { cwd: dir, exitCodes: [0, 1] }));
  // Through --output-file: dclint exits before a large report piped to stdout is flushed.
  const problems = (name: string): string => {
    const report = path.join(dir, `${name}.dclint.json`);
    const run = spawnSync(process.execPath, [dclintBin, name, '--formatter', 'json', '--output-file', report], { cwd: dir, encoding: 'utf8' });
    try {
      const messages = (JSON.parse(readFileSync(report, 'utf8')) as Array<{ messages: Array<{ message: string }> }>).flatMap((entry) => entry.messages);
      return messages.length === 1 ? `1 problem (${messages[0]!.message})` : `${messages.length} problems`;
    } catch {
      return `no report (exit ${run.status})`;
    }
  };
  const dclintProblems = `${problems('expanded.yaml')} on the expanded file; on the anchored file: ${problems('compose.yaml')}`;

  console.log(`${serviceCount} services, ${readFileSync(file).length} bytes (${readFileSync(expanded).length} expanded); ours: ${findings} findings; dclint: ${dclintProblems}`);
  console.log(`grouped text: ${grouped.split('\n').length} lines, widest ${widest} columns; one line per finding: ${verbose.split('\n').length} lines, widest ${Math.max(...verbose.split('\n').map((line) => line.length))} columns`);
  report([
    { bench: 'policy', measure: `rules alone, ${serviceCount} services`, ours: rulesMs, baseline: dclint, baselineName: 'dclint, expanded file', unit: 'ms', goal: '≤ 200 ms' },
    { bench: 'policy', measure: 'parse sources (positions)', ours: parse, baseline: dclint, baselineName: 'dclint, expanded file', unit: 'ms' },
    { bench: 'policy', measure: 'docker compose config', ours: compose, baseline: dclint, baselineName: 'dclint, expanded file', unit: 'ms' },
    { bench: 'policy', measure: 'check total (CLI, node start)', ours: total, baseline: dclint, baselineName: 'dclint, expanded file', unit: 'ms' },
    { bench: 'policy', measure: `grouped text, ${serviceCount} services`, ours: groupedMs, baseline: verboseMs, baselineName: 'one line per finding (--verbose)', unit: 'ms' },
    { bench: 'policy', measure: 'grouped text size', ours: kib(grouped), baseline: kib(verbose), baselineName: 'one line per finding (--verbose)', unit: 'KiB' },
    { bench: 'policy', measure: `baseline applied, ${findings} findings`, ours: applyMs, baseline: rulesMs, baselineName: 'rules alone', unit: 'ms' },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
