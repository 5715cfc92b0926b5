import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseAnnotations, parseFileCommands, REPO_ROOT } from '../support/runner.js';

// The composite sub-actions (check/, clean/) run as the runner runs them: the repository laid
// out as the runner downloads an action (_actions/<owner>/<repo>/<ref>/, holding only the action
// folders and the committed dist/cli bundle — no node_modules), each `run:` step written to a
// file and run with `bash --noprofile --norc -eo pipefail`, `${{ }}` expressions expanded first,
// GITHUB_ACTION_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY per step, outputs mapped through
// the action's `outputs:`.

interface CompositeAction {
  inputs?: Record<string, { default?: string }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: Array<{ id?: string; shell?: string; run?: string; uses?: string; if?: string; env?: Record<string, string>; 'working-directory'?: string }> };
}

interface CompositeResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

let actionsRoot = '';
beforeAll(() => {
  // As the runner lays out `uses: org/docker-stability-action/check@v1`.
  actionsRoot = path.join(mkdtempSync(path.join(os.tmpdir(), 'dsa-actions-')), '_actions/org/docker-stability-action/v1');
  for (const folder of ['check', 'clean', 'dist/cli']) cpSync(path.join(REPO_ROOT, folder), path.join(actionsRoot, folder), { recursive: true });
});

/** Runs a composite action's steps as the runner does; only the expressions our actions use are known. */
function runComposite(folder: string, given: Record<string, string>, workspace: string): CompositeResult {
  const actionPath = path.join(actionsRoot, folder);
  const action = parse(readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as CompositeAction;
  expect(action.runs.using).toBe('composite');
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs ?? {}).map(([name, spec]) => [name, spec.default ?? ''])), ...given };
  const unknown = Object.keys(given).filter((name) => !(name in (action.inputs ?? {})));
  expect(unknown, 'inputs the action does not declare').toEqual([]);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'dsa-runner-temp-'));
  const summaryFile = path.join(temp, 'summary.md');
  writeFileSync(summaryFile, '');
  const steps: Record<string, Record<string, string>> = {};
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_all, expression: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expression);
      if (input) return inputs[input[1]!] ?? '';
      const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
      if (output) return steps[output[1]!]?.[output[2]!] ?? '';
      throw new Error(`the test's runner does not know the expression \${{ ${expression} }}; teach it or simplify the action`);
    });

  const result: CompositeResult = { exitCode: 0, stdout: '', stderr: '', outputs: {}, summary: '' };
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.uses || step.if || step.shell !== 'bash' || step.run === undefined) throw new Error(`step ${index}: only bash run steps without if: are emulated`);
    const script = path.join(temp, `step-${index}.sh`);
    writeFileSync(script, expand(step.run));
    const outputFile = path.join(temp, `step-${index}-output`);
    writeFileSync(outputFile, '');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: step['working-directory'] ? path.resolve(workspace, expand(step['working-directory'])) : workspace,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: temp,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(value)])),
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    result.stdout += run.stdout;
    result.stderr += run.stderr;
    if (step.id) steps[step.id] = parseFileCommands(readFileSync(outputFile, 'utf8'));
    if (run.status !== 0) {
      result.exitCode = run.status;
      break;
    }
  }
  result.outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([name, spec]) => [name, expand(spec.value)]));
  result.summary = readFileSync(summaryFile, 'utf8');
  return result;
}

/** A workspace with the policy fixtures in subdirectories, as a checkout would have them. */
function workspace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dsa-ws-'));
  mkdirSync(path.join(root, 'stacks'));
  cpSync(path.join(REPO_ROOT, 'test/fixtures/policy/e2e-bad'), path.join(root, 'stacks/bad'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'test/fixtures/policy/clean'), path.join(root, 'stacks/clean'), { recursive: true });
  return root;
}

/** The counts the CLI itself reports, for the same stack: the truth the sub-action must pass on. */
function cliCounts(root: string, directory: string): { error: number; warning: number; note: number } {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'check', '--project-directory', directory, '--format', 'json'], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(run.stdout) as { counts: { error: number; warning: number; note: number } }).counts;
}

describe('check/action.yml', () => {
  test('error findings: SARIF for code scanning, annotations on the files, counts, and a failed step', () => {
    const root = workspace();
    const counts = cliCounts(root, 'stacks/bad');
    expect(counts.error).toBeGreaterThan(0);
    const run = runComposite('check', { 'working-directory': 'stacks/bad', 'compose-files': 'compose.yaml' }, root);

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({ errors: String(counts.error), warnings: String(counts.warning), notes: String(counts.note) });
    expect(run.outputs['sarif-file']).toBe(run.outputs['report-file']);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { version: string; runs: Array<{ results: Array<{ level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.version).toBe('2.1.0');
    // Paths relative to the repository root, where code scanning looks for them.
    expect(new Set(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['stacks/bad/compose.yaml']));
    const errors = parseAnnotations(run.stdout).filter((annotation) => annotation.level === 'error');
    expect(errors).toHaveLength(counts.error);
    expect(errors[0]!.properties).toMatchObject({ file: 'stacks/bad/compose.yaml', line: '5' });
    expect(run.summary).toContain(`**Compose policy:** ${counts.error} errors, ${counts.warning} warnings`);
  });

  test('fail-on-error false, JSON to a chosen path, no annotations: the step passes with the counts', () => {
    const root = workspace();
    const output = path.join(root, 'reports/policy.json');
    const run = runComposite('check', { 'working-directory': 'stacks/bad', format: 'json', output, annotations: 'false', 'fail-on-error': 'false' }, root);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ 'report-file': output, 'sarif-file': '', errors: String(cliCounts(root, 'stacks/bad').error) });
    expect((JSON.parse(readFileSync(output, 'utf8')) as { counts: unknown }).counts).toEqual(cliCounts(root, 'stacks/bad'));
    expect(parseAnnotations(run.stdout)).toEqual([]);
  });

  test('a clean stack passes with zero counts', () => {
    const run = runComposite('check', { 'working-directory': 'stacks/clean' }, workspace());
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', notes: '0' });
  });

  test('policy-baseline: the accepted findings are notes, the step passes; a new finding fails it again', () => {
    const root = workspace();
    const written = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'check', '--project-directory', 'stacks/bad', '--write-baseline', 'accepted.json', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(written.stderr).toContain('recorded in accepted.json');
    const { counts } = JSON.parse(written.stdout) as { counts: { error: number } };
    const accepted = runComposite('check', { 'working-directory': 'stacks/bad', 'policy-baseline': 'accepted.json' }, root);
    // This stack has no security findings (they would stay errors): every error is accepted.
    expect(counts.error).toBe(0);
    expect(accepted.exitCode, accepted.stdout + accepted.stderr).toBe(0);
    expect(accepted.outputs.errors).toBe('0');
    expect(Number(accepted.outputs.notes)).toBeGreaterThan(12);
    const sarif = JSON.parse(readFileSync(accepted.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ results: Array<{ baselineState: string }> }> };
    expect(sarif.runs[0]!.results.every((result) => result.baselineState === 'unchanged')).toBe(true);

    writeFileSync(path.join(root, 'stacks/bad/compose.yaml'), `${readFileSync(path.join(root, 'stacks/bad/compose.yaml'), 'utf8')}  newcomer:\n    image: dsa-test/busybox:1\n`);
    const fresh = runComposite('check', { 'working-directory': 'stacks/bad', 'policy-baseline': 'accepted.json' }, root);
    expect(fresh.exitCode).toBe(1);
    expect(Number(fresh.outputs.errors)).toBeGreaterThan(counts.error);
  });

  test.each<[string, Record<string, string>, RegExp]>([
    ['a working directory outside the workspace, as the action refuses it', { 'working-directory': '..' }, /--project-directory: '\.\.' is outside the workspace/],
    ['a policy-baseline that does not exist', { 'working-directory': 'stacks/clean', 'policy-baseline': 'nope.json' }, /--baseline: 'nope\.json' does not exist/],
    ['a compose file that does not exist', { 'working-directory': 'stacks/clean', 'compose-files': 'nope.yaml' }, /compose file 'nope.yaml' does not exist/],
    ['a format the action does not write', { 'working-directory': 'stacks/clean', format: 'xml' }, /format: 'xml' is not sarif or json/],
    ['fail-on-error that is not a boolean', { 'working-directory': 'stacks/clean', 'fail-on-error': 'yes' }, /fail-on-error: 'yes' is not true or false/],
  ])('bad input fails the step with exit 2, whatever fail-on-error says: %s', (_name, inputs, message) => {
    const run = runComposite('check', { 'fail-on-error': 'false', ...inputs }, workspace());
    expect(run.exitCode).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
  });
});

describe('clean/action.yml', () => {
  // A namespace of its own and --dry-run: the shared daemon's other leases are never touched.
  const namespace = `dsa-e2e-${randomBytes(3).toString('hex')}`;

  test.each([
    ['json', (text: string) => expect(JSON.parse(text)).toBeTypeOf('object')],
    ['text', (text: string) => expect(text.trim().length).toBeGreaterThan(0)],
  ])('a dry run in %s prints the report and keeps it in report-file', (format, check) => {
    const run = runComposite('clean', { 'dry-run': 'true', format, namespace }, workspace());
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = readFileSync(run.outputs['report-file']!, 'utf8');
    // The report names what other tenants created: printed inside a stop-commands block whose
    // token is random, so the runner obeys nothing in it (docs/security.md).
    const block = /^::stop-commands::(dsa[0-9a-f]{32})\n([\s\S]*)::\1::\n$/.exec(run.stdout);
    expect(block, run.stdout).not.toBeNull();
    expect(block![2]).toBe(report);
    check(report);
  });

  test.each<[Record<string, string>, RegExp]>([
    [{ 'dry-run': 'maybe' }, /dry-run: 'maybe' is not true or false/],
    [{ format: 'yaml', 'dry-run': 'true' }, /format: 'yaml' is not text or json/],
    [{ namespace: 'Not A Namespace', 'dry-run': 'true' }, /--namespace: 'Not A Namespace' is not a namespace/],
  ])('bad input exits 2: %j', (inputs, message) => {
    const run = runComposite('clean', inputs, workspace());
    expect(run.exitCode).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
  });
});
