import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { RunnerJob, type StepResult } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { composeFiles, HOSTILE_CASES, hostileWorkspace, type HostileCase } from '../fixtures/hostile/cases.js';

// A pull request's compose files, written to take over a self-hosted runner, through the
// action's bundles as the runner runs them (main, then post) under `policy: error`: for each,
// nothing is admitted or started, and the error annotation names the rule, the file and the line.
// The runner's directories are set as on a runner (RUNNER_WORKSPACE is the workspace's parent);
// symlinks are made in a fresh temporary workspace. Then the suppressions the tree may not make,
// the one the workflow may, and the paths and inputs that must not lead anywhere.

const id = randomBytes(3).toString('hex');
const track = emptyRunnerTempAfterEach();
const projects: string[] = [];
const roots: string[] = [];

beforeAll(() => requireImages('dsa-test/busybox:1'));
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

interface Sarif {
  runs: Array<{ results: Array<{ ruleId: string; level: string; suppressions?: Array<{ kind: string; status?: string; justification?: string }>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }> }>;
}

/** A job on a fresh copy of the case, with the runner's directories set as a runner sets them. */
function jobFor(entry: HostileCase, inputs: Record<string, string> = {}): { job: RunnerJob; workspace: string; root: string; project: string } {
  const { root, workspace } = hostileWorkspace(entry);
  roots.push(root);
  const project = `dsa-hostile-${id}-${entry.name}`;
  projects.push(project);
  mkdirSync(path.join(root, 'toolcache'));
  const job = track(
    new RunnerJob({
      workspace,
      inputs: { 'project-name': project, 'compose-files': composeFiles(entry).join('\n'), policy: 'error', 'sarif-file': 'policy.sarif', baseline: 'false', 'wait-timeout': '60s', ...inputs },
      env: { RUNNER_WORKSPACE: root, RUNNER_TOOL_CACHE: path.join(root, 'toolcache') },
    }),
  );
  return { job, workspace, root, project };
}

/** 1-based line of the case's snippet in the file the finding must point at. */
function expectedLine(entry: HostileCase, workspace: string): number {
  const lines = readFileSync(path.join(workspace, entry.file ?? composeFiles(entry)[0]!), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes(entry.snippet)) + 1;
}

function title(entry: HostileCase): string {
  return `docker-stability ${entry.rule}${entry.service ? ` (${entry.service})` : ''}`;
}

describe('hostile compose files under policy: error — nothing starts, the rule and the line are named', () => {
  test.each(HOSTILE_CASES.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const { job, workspace, project } = jobFor(entry);
    const main = await job.main();
    expect(main.exitCode, main.stdout).toBe(1);
    const line = expectedLine(entry, workspace);
    const file = entry.file ?? composeFiles(entry)[0]!;
    const errors = main.annotations.filter((annotation) => annotation.level === 'error' && annotation.properties.title === title(entry));
    expect(
      errors.map((annotation) => `${annotation.properties.file}:${annotation.properties.line}`),
      main.annotations.map((annotation) => `${annotation.level} ${annotation.properties.title} ${annotation.properties.file}:${annotation.properties.line}`).join('\n'),
    ).toContain(`${file}:${line}`);
    expect(main.annotations.at(-1)!.message).toMatch(/The compose policy found \d+ errors? \(policy: error\)/);
    // Nothing admitted, nothing created: no container, network, volume or lease of the project.
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'policy.sarif'), 'utf8')) as Sarif;
    expect(sarif.runs[0]!.results.some((result) => result.ruleId === entry.rule && result.level === 'error' && result.locations[0]!.physicalLocation.region?.startLine === line)).toBe(true);
    const post = await job.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.summary).toMatch(new RegExp(`\\| 🔴 error \\| ${entry.rule} \\| ${entry.service || '—'} \\| ${file.replace(/[./]/g, '\\$&')}:${line}:\\d+ \\|`));
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});

describe('suppressions', () => {
  const refusedCase = (name: string): HostileCase => HOSTILE_CASES.find((entry) => entry.name === name)!;

  test.each(['suppressed-inline', 'suppressed-config'])('%s: the tree cannot switch a security rule off; the summary and SARIF say it was refused and why', async (name) => {
    const entry = refusedCase(name);
    const { job, workspace, project } = jobFor(entry);
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'policy.sarif'), 'utf8')) as Sarif;
    const privileged = sarif.runs[0]!.results.find((result) => result.ruleId === 'privileged')!;
    expect(privileged.level).toBe('error');
    expect(privileged.suppressions).toEqual([
      expect.objectContaining({ kind: name === 'suppressed-inline' ? 'inSource' : 'external', status: 'rejected', justification: 'the builder needs it' }),
    ]);
    const post = await job.post();
    expect(post.summary).toContain('**Suppressions refused** (1): these findings stand.');
    expect(post.summary).toMatch(
      name === 'suppressed-inline'
        ? /\| privileged \| app \| compose\.yaml:\d+:\d+ \| comment in the compose file \(compose\.yaml:\d+\) \| the builder needs it \| security rules can be turned off only by the workflow/
        : /\| privileged \| app \| compose\.yaml:\d+:\d+ \| policy file \(\.docker-stability\.yml:3\) \| the builder needs it \| security rules can be turned off only by the workflow/,
    );
  });

  test('policy-allow (the workflow) allows a security rule: the stack starts, and the summary and SARIF say who allowed it', async () => {
    const entry: HostileCase = { name: 'sysctls', rule: 'sysctls', service: 'app', snippet: '' };
    const { job, workspace, project } = jobFor(entry, { 'policy-allow': 'sysctls', 'fail-on': 'none' });
    // A namespaced sysctl the rule reports (not in the safe list) but harmless to run here.
    writeFileSync(
      path.join(workspace, 'compose.yaml'),
      'services:\n  app:\n    image: dsa-test/busybox:1\n    command: ["sleep", "3600"]\n    mem_limit: 32m\n    cpus: 0.5\n    sysctls:\n      net.ipv4.tcp_mtu_probing: 1\n',
    );
    const main = await job.main();
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.annotations.filter((annotation) => annotation.properties.title?.startsWith('docker-stability sysctls'))).toEqual([]);
    expect(docker(['inspect', '--format', '{{index .HostConfig.Sysctls "net.ipv4.tcp_mtu_probing"}}', `${project}-app-1`])).toBe('1');
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'policy.sarif'), 'utf8')) as Sarif;
    expect(sarif.runs[0]!.results.find((result) => result.ruleId === 'sysctls')!.suppressions).toEqual([
      expect.objectContaining({ kind: 'external', status: 'accepted', justification: 'allowed by the workflow input policy-allow' }),
    ]);
    const post = await job.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.summary).toContain("The workflow's `policy-allow` input allows `sysctls`.");
    expect(post.summary).toMatch(/\| sysctls \| app \| compose\.yaml:8:\d+ \| workflow input `policy-allow` \| allowed by the workflow input policy-allow \|/);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});

describe('paths and inputs', () => {
  const benign: HostileCase = { name: 'benign', rule: '', service: '', snippet: '' };
  const CANARY = `canary-${id}-do-not-print`;

  function everything(step: StepResult): string {
    return [step.stdout, step.stderr, step.summary, JSON.stringify(step.annotations)].join('\n');
  }

  test('a .docker-stability.yml linked to a file outside the workspace is refused unread, its content never shown', async () => {
    const { job, workspace, root, project } = jobFor(benign);
    writeFileSync(path.join(root, 'private.yml'), `policy:\n  ${CANARY}: true\n  rules: {${CANARY}-rule: off}\n`);
    symlinkSync('../private.yml', path.join(workspace, '.docker-stability.yml'));
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    expect(main.annotations.find((annotation) => annotation.level === 'error')!.message).toMatch(/\.docker-stability\.yml: leads outside the workspace \(to .*private\.yml\); a policy file is read only from inside/);
    const post = await job.post();
    expect(everything(main)).not.toContain(CANARY);
    expect(everything(post)).not.toContain(CANARY);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });

  test('sarif-file outside the workspace and RUNNER_TEMP is refused, and no folder is made for it', async () => {
    const { job, root } = jobFor(benign, { 'sarif-file': '../elsewhere/deep/policy.sarif' });
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    expect(main.annotations.find((annotation) => annotation.level === 'error')!.message).toMatch(/sarif-file: '\.\.\/elsewhere\/deep\/policy\.sarif' leads to '.*\/elsewhere\/deep\/policy\.sarif', outside the workspace and RUNNER_TEMP/);
    expect(existsSync(path.join(root, 'elsewhere'))).toBe(false);
    await job.post();
  });

  test('a SARIF file that is a dangling link out of the workspace is not followed', async () => {
    const { job, workspace, root } = jobFor(HOSTILE_CASES.find((entry) => entry.name === 'cap-sys-admin')!, { 'sarif-file': 'report.sarif' });
    symlinkSync('../stolen.sarif', path.join(workspace, 'report.sarif'));
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    expect(main.annotations.map((annotation) => annotation.message)).toContain(
      'sarif-file: report.sarif is a symbolic link; the SARIF report is not written through a link, which could lead out of the workspace. Remove the link or name another file.',
    );
    expect(existsSync(path.join(root, 'stolen.sarif'))).toBe(false);
    await job.post();
  });

  test.each<[string, Record<string, string>, RegExp]>([
    ['a 10 KB compose-files', { 'compose-files': 'x'.repeat(10_240) }, /^Invalid inputs:\n {2}- compose-files: the value is 10240 characters long; at most 8192 are accepted$/],
    ['a 10 KB project name', { 'project-name': 'x'.repeat(10_240) }, /^Invalid inputs:\n {2}- project-name: the value is 10240 characters long; at most 256 are accepted$/],
    ['a path with a 1000-character name', { 'compose-files': `${'x'.repeat(1000)}.yaml` }, /compose-files: 'x{40}…' \(1005 characters\) has a name longer than 255 characters/],
    ['a profile -1', { profiles: '-1' }, /profiles: '-1' is not a profile name/],
    ['a size with a space', { 'min-free-disk': '512 MB' }, /min-free-disk: '512 MB' is not a size: write the unit right after the number, like 512MB/],
    ['a rule policy-allow does not know', { 'policy-allow': 'everything' }, /policy-allow: 'everything' is not a rule id/],
  ])('%s: a clear error naming the input, never the whole value, nothing started', async (_name, inputs, message) => {
    const { job, project } = jobFor(benign, inputs);
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    const error = main.annotations.find((annotation) => annotation.level === 'error')!.message;
    expect(error).toMatch(message);
    expect(everything(main)).not.toContain('x'.repeat(100));
    expect(everything(main)).not.toMatch(/ENAMETOOLONG/);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    await job.post();
  });
});
