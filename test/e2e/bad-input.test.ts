import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CLI_BUNDLE } from '../support/cli-process.js';
import { docker, leaseRecords, requireImages } from '../support/docker.js';
import { REPO_ROOT, RunnerJob, type StepResult } from '../support/runner.js';

// The bad-input corpus (test/fixtures/bad/) through the bundles as users run them: the CLI's
// `run` and the action's main step (then post). Each case fails with a clear message naming the
// file or input, exit code 2 from the CLI (bad input), a failed step from the action, before
// anything is waited for, and nothing is deleted: a container and a volume carrying the very
// project name the cases use (a `down` by name would take them), and a file in the workspace,
// all survive.
//
// "Before anything is waited for" is a generous safety net, not a speed goal: a case that waits
// on an unanswered daemon call (15 s), the lease queue (30 min) or `up --wait` (120 s) takes that
// wait's timeout, so a bound below them catches it while leaving a busy 2-core machine, where a
// healthy case once took 1.1 s, ten times that. Speed is for bench/, measured side by side.
//
// The step's own time is its wall time minus the start-up of the same bundle measured here
// (the median of five runs of `dist/cli --version`, and of `dist/post` without state, which only
// says there is nothing to do): node loading 6 MB of bundle is not what the bound is about.

/** No run here should take long; a hung one fails with its output instead of the test's timeout. */
const SPAWN_TIMEOUT_MS = 120_000;
const BAD = path.join(REPO_ROOT, 'test/fixtures/bad');
const id = randomBytes(3).toString('hex');
const project = `dsa-bad-${id}`;
const bait = `${project}-bait`;
/** Below the shortest wait a case could fall into (an unanswered daemon call, 15 s). */
const STEP_BOUND_MS = 10_000;
let cliStartup = 0;
let actionStartup = 0;
let baitStartedAt = '';
/** The step's own time of every run, printed at the end for the record. */
const ownTimes: Array<{ what: string; ms: number }> = [];

interface InputCase {
  name: string;
  inputs: Record<string, string>;
  expect: string[];
  cli?: boolean;
  'cli-flags'?: string[];
}
const INPUT_CASES = parse(readFileSync(path.join(BAD, 'inputs/inputs.yaml'), 'utf8')) as InputCase[];

beforeAll(() => {
  requireImages('dsa-test/busybox:1');
  docker(['volume', 'create', '--label', `com.docker.compose.project=${project}`, `${project}_data`]);
  docker(['run', '-d', '--name', bait, '--label', `com.docker.compose.project=${project}`, '--label', 'com.docker.compose.service=bait', '-v', `${project}_data:/data`, 'dsa-test/busybox:1', 'sleep', '3600']);
  baitStartedAt = docker(['inspect', '--format', '{{.State.StartedAt}}', bait]);
  cliStartup = median(5, () => timed(() => spawnSync(process.execPath, [CLI_BUNDLE, '--version'], { encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS })).ms);
  const idle = new RunnerJob({ workspace: mkdtempSync(path.join(os.tmpdir(), 'dsa-bad-ws-')), inputs: {} });
  actionStartup = median(5, () => {
    const started = Date.now();
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/post/index.js')], { env: { PATH: process.env.PATH, RUNNER_TEMP: idle.runnerTemp, GITHUB_STATE: '/dev/null' }, encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS });
    return Date.now() - started;
  });
}, 120_000);

afterAll(() => {
  const slowest = [...ownTimes].sort((a, b) => b.ms - a.ms).slice(0, 3).map((entry) => `${entry.what} ${entry.ms} ms`);
  console.log(`bad input: ${ownTimes.length} runs; start-up cli ${cliStartup} ms, action ${actionStartup} ms; slowest own times: ${slowest.join(', ')}`);
  docker(['rm', '-f', bait]);
  docker(['volume', 'rm', '-f', `${project}_data`]);
});

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = Date.now();
  const value = run();
  return { value, ms: Date.now() - started };
}

/** The typical start-up, not the luckiest: the fastest of a few would charge the step for noise. */
function median(times: number, measure: () => number): number {
  const sorted = Array.from({ length: times }, measure).sort((a, b) => a - b);
  return sorted[Math.floor(times / 2)]!;
}

/** A workspace holding a copy of the fixture, a file that must survive, and ../outside.yaml. */
function workspace(fixture: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dsa-bad-'));
  const dir = path.join(root, 'ws');
  cpSync(path.join(BAD, fixture), dir, { recursive: true });
  writeFileSync(path.join(dir, 'sentinel.txt'), 'keep me\n');
  writeFileSync(path.join(root, 'outside.yaml'), 'services:\n  app:\n    image: dsa-test/busybox:1\n');
  symlinkSync('../outside.yaml', path.join(dir, 'links.yaml'));
  return dir;
}

/** Nothing was deleted or restarted, nothing was created, no lease was left. */
function expectNothingTouched(dir: string): void {
  expect(existsSync(path.join(dir, 'sentinel.txt'))).toBe(true);
  expect(existsSync(path.join(dir, 'ran'))).toBe(false);
  expect(docker(['inspect', '--format', '{{.State.Running}} {{.State.StartedAt}}', bait])).toBe(`true ${baitStartedAt}`);
  expect(docker(['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${project}`])).toBe(`${project}_data`);
  expect(docker(['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'])).toBe(bait);
  expect(leaseRecords(project)).toEqual([]);
}

const FLAGS: Record<string, string> = { 'compose-files': '-f', 'working-directory': '--project-directory', 'env-files': '--env-file', profiles: '--profile', 'project-name': '-p' };

function runCli(dir: string, inputs: Record<string, string>, extra: string[] = []): { status: number | null; stderr: string; ownMs: number } {
  const flags = [...extra, ...Object.entries(inputs).flatMap(([name, value]) => [FLAGS[name] ?? `--${name}`, value])];
  const args = [CLI_BUNDLE, 'run', ...(inputs['project-name'] ? [] : ['-p', project]), ...flags, '--', 'touch', 'ran'];
  const { value, ms } = timed(() => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS }));
  ownTimes.push({ what: `cli: ${expect.getState().currentTestName ?? ''}`, ms: ms - cliStartup });
  return { status: value.status, stderr: value.stderr, ownMs: ms - cliStartup };
}

async function runAction(dir: string, inputs: Record<string, string>): Promise<{ main: StepResult; post: StepResult; error: string; ownMs: number }> {
  const job = new RunnerJob({ workspace: dir, inputs: { 'project-name': project, baseline: 'false', ...inputs } });
  const main = await job.main();
  const post = await job.post();
  const error = main.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
  ownTimes.push({ what: `action: ${expect.getState().currentTestName ?? ''}`, ms: main.durationMs - actionStartup });
  return { main, post, error, ownMs: main.durationMs - actionStartup };
}

function expectInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `'${part}' in order in:\n${text}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe('bad inputs: every problem at once, each naming its input', () => {
  test.each(INPUT_CASES.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const dir = workspace('inputs');
    const action = await runAction(dir, entry.inputs);
    expect(action.main.exitCode).toBe(1);
    expect(action.error).toMatch(/^Invalid inputs:\n/);
    expectInOrder(action.error, entry.expect);
    // Every line names an input.
    for (const line of action.error.split('\n').slice(1)) expect(line).toMatch(/^ {2}- [a-z-]+: /);
    expect(action.ownMs).toBeLessThan(STEP_BOUND_MS);
    expect(action.post.exitCode).toBe(0);
    expect(action.post.stdout).toContain('nothing was started, so there is nothing to clean up');
    if (entry.cli !== false) {
      const cli = runCli(dir, entry.inputs, entry['cli-flags']);
      expect(cli.status, cli.stderr).toBe(2);
      expectInOrder(cli.stderr, entry.expect);
      expect(cli.ownMs).toBeLessThan(STEP_BOUND_MS);
    }
    expectNothingTouched(dir);
  });
});

// Compose files (and the files around them) that do not load. Each pattern is what both the CLI
// and the action say; `inputs` are given to both (the CLI through the flags named after them).
const COMPOSE_CASES: Array<[string, string, RegExp, Record<string, string>?]> = [
  ['malformed YAML, with file:line', 'malformed', /^compose\.yaml:5:3: invalid YAML: Flow sequence/],
  ['a duplicate key, at its line', 'duplicate-key', /^compose\.yaml:5:5: invalid YAML: Map keys must be unique/],
  ['a tab-indented file', 'tab-indent', /^compose\.yaml:3:1: invalid YAML: Tabs are not allowed/],
  ['an alias bomb, refused before Compose sees it', 'alias-bomb', /^compose\.yaml:3:10: its aliases expand to \d+ nodes .* refused as an alias bomb/],
  ['a required variable that is missing', 'missing-variable', /^Compose could not load compose\.yaml: .*required variable DSA_REQUIRED_IMAGE is missing a value: set DSA_REQUIRED_IMAGE/],
  ['an interpolation that never closes', 'bad-interpolation', /^Compose could not load compose\.yaml: invalid interpolation format for services\.app\.image/],
  ['a service that depends on an unknown one', 'unknown-service', /^Compose could not load compose\.yaml: service "app" depends on undefined service "database"/],
  ['a profile no service declares', 'unknown-profile', /^profile 'integration' is declared by no service of compose\.yaml \(declared: debug, extra\)/, { profiles: 'integration' }],
  ['a missing env_file', 'missing-env-file', /^Compose could not load compose\.yaml: env file .*does-not-exist\.env not found/],
  ['a missing include', 'missing-include', /^Compose could not load compose\.yaml: open .*shared\/database\.yaml: no such file or directory/],
  ['an unknown rule in a suppression', 'unknown-suppression', /^compose\.yaml:4: docker-stability-ignore names unknown rule 'memory-limits'/],
  ['a policy configuration with unknown keys', 'bad-config', /^\.docker-stability\.yml: \n {2}line 3: unknown rule 'cpu-limits'/],
];

describe('compose files that do not load: a clear error, nothing started', () => {
  test.each(COMPOSE_CASES)('%s', async (_name, fixture, message, inputs = {}) => {
    const dir = workspace(fixture);
    const action = await runAction(dir, inputs);
    expect(action.main.exitCode).toBe(1);
    expect(action.error).toMatch(message);
    expect(action.ownMs).toBeLessThan(STEP_BOUND_MS);
    expect(action.post.exitCode, action.post.stdout).toBe(0);
    expect(action.post.summary).toContain('❌ **Failed**');
    const cli = runCli(dir, inputs);
    expect(cli.status, cli.stderr).toBe(2);
    expect(cli.stderr.slice(cli.stderr.lastIndexOf('\nerror: ') + '\nerror: '.length)).toMatch(message);
    expect(cli.ownMs).toBeLessThan(STEP_BOUND_MS);
    expectNothingTouched(dir);
  });

  test('a malformed workflow (check-workflows: true) is named with its line; `check --workflows` exits 2', async () => {
    const dir = workspace('workflow-malformed');
    const action = await runAction(dir, { 'check-workflows': 'true' });
    expect(action.main.exitCode).toBe(1);
    expect(action.error).toMatch(/^\.github\/workflows\/ci\.yml:\d+: .*(Flow|flow)/);
    expect(action.ownMs).toBeLessThan(STEP_BOUND_MS);
    const check = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--workflows'], { cwd: dir, encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS });
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/\.github\/workflows\/ci\.yml:\d+: /);
    expectNothingTouched(dir);
  });
});

describe('10 MB compose files', () => {
  /** A workspace whose compose.yaml is about 10 MB: `body` repeated, then `tail`. */
  function bigWorkspace(head: string, body: (index: number) => string, tail: string): string {
    const dir = workspace('inputs');
    const parts = [head];
    let size = head.length;
    for (let index = 0; size < 10 * 1024 * 1024; index += 1) {
      const part = body(index);
      parts.push(part);
      size += part.length;
    }
    parts.push(tail);
    writeFileSync(path.join(dir, 'compose.yaml'), parts.join(''));
    return dir;
  }

  test('10 MB of nested brackets are refused before parsing, within the bound', async () => {
    const dir = bigWorkspace('services:\n  app:\n    image: dsa-test/busybox:1\n    labels: ', () => '[[[[[[[[[[[[[[[[', '\n');
    const action = await runAction(dir, {});
    expect(action.error).toBe('compose.yaml:4:113: nests more than 100 levels deep here: refused (such files nest a few levels)');
    expect(action.ownMs).toBeLessThan(STEP_BOUND_MS);
    const cli = runCli(dir, {});
    expect(cli.status).toBe(2);
    expect(cli.ownMs).toBeLessThan(STEP_BOUND_MS);
    expectNothingTouched(dir);
  });

  // A real-looking 10 MB file (a thousand services with large labels) whose last service repeats
  // a key. Parsing 10 MB of YAML takes this library about 2 s here, so this case has a bound of
  // its own; it took hours when one map held most of the 10 MB (see compose-source-limits).
  test('a duplicate key at the end of 10 MB of services is named with its line', async () => {
    const dir = bigWorkspace(
      'services:\n',
      (index) => `  service-${index}:\n    image: dsa-test/busybox:1\n    mem_limit: 16m\n    labels:\n      blob: "${'z'.repeat(10_000)}"\n`,
      '  last:\n    image: dsa-test/busybox:1\n    image: dsa-test/busybox:2\n',
    );
    const lines = readFileSync(path.join(dir, 'compose.yaml'), 'utf8').split('\n').length - 1;
    const cli = runCli(dir, {});
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain(`error: compose.yaml:${lines}:5: invalid YAML: Map keys must be unique`);
    console.log(`10 MB compose file with a duplicate key at the end: refused after ${cli.ownMs} ms of the step's own time`);
    // Safety net: Compose alone needs ~25 s for 10 MB; refusing first must not take that long.
    expect(cli.ownMs).toBeLessThan(20_000);
    expectNothingTouched(dir);
  });
});
