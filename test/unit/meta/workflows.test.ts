import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkOwnCalls, lintActions, lintWorkflow, validateActionFile } from '../../../scripts/lint-actions.js';

// The reusable workflows and sub-actions against the action they wrap: they may not drift apart
// as action.yml grows. And the lint script must find what it claims to find.

interface Input {
  description?: string;
  default?: unknown;
  required?: boolean;
  type?: string;
}
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, Input>; outputs?: Record<string, { value: string }> } | null>;
  jobs: Record<string, { uses?: string; with?: Record<string, unknown>; outputs?: Record<string, string>; steps?: Step[]; concurrency?: { group: string; 'cancel-in-progress'?: boolean }; permissions?: unknown }>;
}
interface ActionYml {
  inputs: Record<string, Input>;
  outputs: Record<string, { description: string; value?: string }>;
  runs: { using: string; steps?: Step[] };
}

const load = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;
const action = load<ActionYml>('action.yml');
const stack = load<Workflow>('.github/workflows/compose-stack.yml');
const policy = load<Workflow>('.github/workflows/compose-policy.yml');
const clean = load<Workflow>('.github/workflows/clean.yml');
const checkAction = load<ActionYml>('check/action.yml');
const onlyJob = (workflow: Workflow): NonNullable<Workflow['jobs'][string]> => Object.values(workflow.jobs)[0]!;
const stepUsing = (workflow: Workflow, uses: string): Step => onlyJob(workflow).steps!.find((step) => step.uses?.startsWith(uses))!;
/** Outputs the action sets in post: they come after every step and never reach a workflow. */
const postOnly = (name: string): boolean => /set by the post step/.test(action.outputs[name]!.description);

describe('compose-stack.yml passes the whole action through', () => {
  const call = stepUsing(stack, 'org/docker-stability-action@');
  const inputs = stack.on.workflow_call!.inputs!;

  test.each(Object.keys(action.inputs))('input %s: declared with the same default and handed to the action', (name) => {
    expect(inputs[name], `compose-stack.yml lacks input '${name}' of action.yml`).toBeDefined();
    expect(inputs[name]!.type).toBe('string');
    expect(String(inputs[name]!.default ?? '')).toBe(String(action.inputs[name]!.default ?? ''));
    expect(call.with?.[name]).toBe(`\${{ inputs.${name} }}`);
  });

  test('hands the action nothing it does not declare', () => {
    expect(Object.keys(call.with ?? {}).filter((name) => !(name in action.inputs))).toEqual([]);
  });

  test.each(Object.keys(action.outputs))('output %s: mapped through the job when main sets it, absent when only post does', (name) => {
    const outputs = stack.on.workflow_call!.outputs ?? {};
    if (postOnly(name)) {
      expect(outputs[name]).toBeUndefined();
    } else {
      expect(outputs[name]?.value).toBe(`\${{ jobs.stack.outputs.${name} }}`);
      expect(stack.jobs.stack!.outputs?.[name]).toBe(`\${{ steps.${call.id}.outputs.${name} }}`);
    }
  });

  test('checkout, the action, then the test command with the stack named in its environment', () => {
    const steps = onlyJob(stack).steps!;
    expect(steps[0]!.uses).toMatch(/^actions\/checkout@/);
    expect(steps.findIndex((step) => step === call)).toBeLessThan(steps.length - 1);
    const tests = steps.find((step) => step.env?.TEST_COMMAND !== undefined)!;
    expect(steps.indexOf(tests)).toBeGreaterThan(steps.indexOf(call));
    expect(tests.env).toMatchObject({ COMPOSE_PROJECT_NAME: `\${{ steps.${call.id}.outputs.project-name }}`, TEST_COMMAND: '${{ inputs.test-command }}' });
    // After the tests, only telling post that they failed (for cleanup: on-success).
    const after = steps.slice(steps.indexOf(tests) + 1);
    expect(after.map((step) => [step.if, step.run])).toEqual([['failure()', 'echo "DOCKER_STABILITY_JOB_STATUS=failure" >> "$GITHUB_ENV"']]);
    // No cleanup step: the action's post step does it.
    expect(steps.some((step) => /compose.*down/.test(step.run ?? ''))).toBe(false);
  });
});

describe('compose-policy.yml', () => {
  const job = onlyJob(policy);
  const upload = stepUsing(policy, 'github/codeql-action/upload-sarif@');

  test('concurrency without cancel-in-progress, in a group of its own', () => {
    expect(job.concurrency?.['cancel-in-progress']).toBe(false);
    expect(job.concurrency?.group).toMatch(/^docker-stability-policy-/);
  });

  test('uploads SARIF only when asked, never for a fork, and an upload that is refused does not fail the check', () => {
    expect(upload['continue-on-error']).toBe(true);
    expect(upload.if).toContain('inputs.upload-sarif');
    expect(upload.if).toContain('github.event.pull_request.head.repo.fork');
    expect(upload.with?.sarif_file).toBe('${{ steps.check.outputs.sarif-file }}');
  });

  test('asks for no permissions itself: the caller grants them, or the upload is skipped', () => {
    expect(job.permissions).toBeUndefined();
  });

  test('the check step does not fail before the upload; the verdict comes last', () => {
    const steps = job.steps!;
    expect(stepUsing(policy, 'org/docker-stability-action/check@').with?.['fail-on-error']).toBe('false');
    expect(steps.at(-1)!.if).toBe("inputs.fail-on-error && steps.check.outputs.errors != '0'");
  });

  test.each(['compose-files', 'working-directory', 'profiles', 'env-files'])('the check sub-action takes %s with the action\'s default', (name) => {
    expect(String(checkAction.inputs[name]!.default)).toBe(String(action.inputs[name]!.default));
    expect(String(policy.on.workflow_call!.inputs![name]!.default)).toBe(String(action.inputs[name]!.default));
  });
});

describe('the reusable workflows and their examples', () => {
  test.each([
    ['.github/workflows/compose-stack.yml', stack],
    ['.github/workflows/compose-policy.yml', policy],
    ['.github/workflows/clean.yml', clean],
  ])('%s is only callable (workflow_call)', (_file, workflow) => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
  });

  test.each<[string, string, string[]]>([
    ['examples/workflows/integration-tests.yml', 'compose-stack.yml', ['push', 'pull_request']],
    ['examples/workflows/compose-policy.yml', 'compose-policy.yml', ['pull_request']],
    ['examples/workflows/docker-clean.yml', 'clean.yml', ['schedule', 'workflow_dispatch']],
  ])('%s calls %s on %j', (file, workflow, events) => {
    const example = load<Workflow>(file);
    expect(Object.keys(example.on)).toEqual(expect.arrayContaining(events));
    expect(Object.values(example.jobs).map((job) => job.uses)).toContain(`org/docker-stability-action/.github/workflows/${workflow}@v1`);
  });

  test('clean runs on self-hosted runners by default and needs no token', () => {
    expect(JSON.parse(String(clean.on.workflow_call!.inputs!['runs-on']!.default))).toEqual(['self-hosted']);
    expect(onlyJob(clean).permissions).toEqual({});
  });
});

describe('scripts/lint-actions.ts finds what it claims to', () => {
  test('this repository: every workflow, example and action file, no findings', async () => {
    const { files, findings } = await lintActions();
    expect(findings).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['.github/workflows/compose-stack.yml', 'examples/workflows/docker-clean.yml', 'action.yml', 'check/action.yml', 'clean/action.yml']));
  });

  test('actionlint: an undefined input in an expression, at its line', async () => {
    const text = readFileSync('.github/workflows/compose-stack.yml', 'utf8').replace('fromJSON(inputs.runs-on)', 'fromJSON(inputs.runs-onn)');
    const line = text.split('\n').findIndex((row) => row.includes('runs-onn')) + 1;
    const findings = await lintWorkflow(text, 'compose-stack.yml');
    expect(findings).toEqual([expect.objectContaining({ file: 'compose-stack.yml', line, tool: 'actionlint', message: expect.stringContaining('property "runs-onn" is not defined') })]);
  });

  test.each<[string, (text: string) => string, RegExp, string]>([
    ['node24 is a runtime the runner takes', (text) => text, /^$/, ''],
    ['an unknown runtime', (text) => text.replace('using: node24', 'using: node99'), /runs.using: 'node99' is not one of/, 'using: node99'],
    ['a main entry that is not a string', (text) => text.replace('main: dist/main/index.js', 'main: [dist/main/index.js]'), /runs.main/, 'main: ['],
  ])('action.yml: %s', (_name, mutate, message, lineText) => {
    const text = mutate(readFileSync('action.yml', 'utf8'));
    const findings = validateActionFile(text, 'action.yml');
    if (!lineText) return expect(findings).toEqual([]);
    expect(findings.map((finding) => finding.message).join('\n')).toMatch(message);
    const line = text.split('\n').findIndex((row) => row.includes(lineText)) + 1;
    expect(findings.map((finding) => finding.line)).toContain(line);
  });

  test('a composite step without a shell, at the step', () => {
    const text = readFileSync('check/action.yml', 'utf8').replace('      shell: bash\n', '');
    const findings = validateActionFile(text, 'check/action.yml');
    expect(findings).toEqual([expect.objectContaining({ message: expect.stringMatching(/runs.steps.0.shell: This property is required/) })]);
    expect(text.split('\n')[findings[0]!.line - 1]).toContain('- id: check');
  });

  test.each<[string, string, RegExp]>([
    ['an input our action does not declare', 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: org/docker-stability-action@v1\n        with:\n          compose-file: a.yml\n', /input 'compose-file' is not declared by action.yml/],
    ['a required input left out', 'jobs:\n  a:\n    uses: org/docker-stability-action/.github/workflows/compose-stack.yml@v1\n', /requires input 'test-command'/],
    ['a sub-action that does not exist', 'jobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: org/docker-stability-action/nope@v1\n', /no nope\/action.yml in this repository/],
  ])('own calls: %s', (_name, text, message) => {
    const findings = checkOwnCalls(text, 'caller.yml');
    expect(findings.map((finding) => finding.message).join('\n')).toMatch(message);
    expect(findings[0]!.line).toBeGreaterThan(1);
  });
});
