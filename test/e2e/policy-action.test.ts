import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { REPO_ROOT, RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { workspaceWith } from '../support/workspace.js';

// The policy and health-check standardisation through the action's bundles, as the runner runs
// them: annotations with file and line, the summary table, the SARIF file, a failed step under
// `policy: error` before anything starts; and a stack with 2 s health checks started under the
// injected standard timing.

const track = emptyRunnerTempAfterEach();
const projects: string[] = [];

beforeAll(() => requireImages('dsa-test/busybox:1'));
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});

interface Sarif {
  version: string;
  runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
}

describe('the policy in the action', () => {
  test('a bad stack: annotations at their lines, the summary table, SARIF, and a failed step before anything starts', async () => {
    const workspace = workspaceWith('policy/e2e-bad');
    const job = track(new RunnerJob({ workspace, inputs: { policy: 'error', 'sarif-file': 'results/policy.sarif' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);

    expect(main.exitCode).toBe(1);
    const errors = main.annotations.filter((a) => a.level === 'error' && a.properties.file);
    // The runner shows at most 10 per kind; the most severe come first, each at its line.
    expect(errors).toHaveLength(10);
    const text = readFileSync(path.join(workspace, 'compose.yaml'), 'utf8').split('\n');
    for (const annotation of errors) {
      expect(annotation.properties.file).toBe('compose.yaml');
      const line = text[Number(annotation.properties.line) - 1]!;
      expect(line, annotation.message).toMatch(/worker-\d\d:|cache:|\/data/);
    }
    const warnings = main.annotations.filter((a) => a.level === 'warning' && a.properties.file);
    expect(warnings).toHaveLength(10);
    expect(warnings[0]!.properties.title).toMatch(/^docker-stability cpu-limit \(worker-00\)$/);
    expect(main.annotations.at(-1)!.message).toMatch(/The compose policy found \d+ errors \(policy: error\)/);
    expect(Number(main.outputs['policy-errors'])).toBeGreaterThan(10);
    expect(Number(main.outputs['policy-warnings'])).toBeGreaterThan(0);
    expect(main.outputs['sarif-file']).toBe(path.join(workspace, 'results/policy.sarif'));

    const sarif = JSON.parse(readFileSync(main.outputs['sarif-file']!, 'utf8')) as Sarif;
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(results.filter((result) => result.level === 'error')).toHaveLength(Number(main.outputs['policy-errors']));
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('compose.yaml');
    expect(sarif.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toContain('memory-limit');

    // Nothing was admitted or started.
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    const post = await job.post();
    expect(post.exitCode).toBe(0);
    expect(post.summary).toContain('### Compose policy');
    expect(post.summary).toMatch(/\| 🔴 error \| memory-limit \| worker-11 \| compose\.yaml:\d+:\d+ \|/);
    expect(post.summary).toMatch(/are listed only in this table/);
    expect(post.summary).toContain('❌ **Failed**');
  });

  test('policy: warn reports the same findings and starts the stack', async () => {
    const job = track(new RunnerJob({ workspace: workspaceWith('policy/e2e-bad'), inputs: { policy: 'warn', 'wait-timeout': '60s', 'fail-on': 'none' } }));
    const main = await job.main();
    projects.push(main.outputs['project-name']!);
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    const post = await job.post();
    expect(post.exitCode).toBe(0);
    expect(projectResources(main.outputs['project-name']!)).toEqual(NOTHING_LEFT);
  });
});

describe('policy-baseline: adopting the policy on an existing stack', () => {
  test('the findings the file lists are notes and the stack starts under policy: error; the summary and SARIF say so', async () => {
    const workspace = workspaceWith('policy/e2e-bad');
    const written = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'check', '--write-baseline', '.docker-stability-accepted.json'], { cwd: workspace, encoding: 'utf8', timeout: 120_000 });
    expect(written.stderr).toContain('recorded in .docker-stability-accepted.json');
    const job = track(new RunnerJob({
      workspace,
      inputs: { policy: 'error', 'policy-baseline': '.docker-stability-accepted.json', 'sarif-file': 'policy.sarif', 'wait-timeout': '60s', 'fail-on': 'none' },
    }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.outputs['policy-errors']).toBe('0');
    expect(main.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(main.stdout).toMatch(/Baseline: \d+ accepted in \.docker-stability-accepted\.json \(reported as notes\); 0 new\./);
    const sarif = JSON.parse(readFileSync(main.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ results: Array<{ baselineState: string; level: string }> }> };
    expect(sarif.runs[0]!.results.every((result) => result.baselineState === 'unchanged' && result.level === 'note')).toBe(true);

    const post = await job.post();
    expect(post.exitCode).toBe(0);
    expect(post.summary).toMatch(/Baseline \(policy-baseline\): \d+ accepted as notes, 0 new\./);
    expect(post.summary).toMatch(/\| 🔵 note · accepted \(was error\) \| memory-limit \| worker-00 \|/);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});

describe('health-check standardisation (healthcheck-defaults)', () => {
  test('a stack with 2 s health checks starts under the standard timing, and the summary shows each change', async () => {
    const workspace = workspaceWith('stacks/healthy');
    mkdirSync(path.join(workspace, 'fast'));
    writeFileSync(
      path.join(workspace, 'fast/compose.yaml'),
      [
        'services:',
        '  web:',
        '    image: dsa-test/busybox:1',
        '    command: ["httpd", "-f", "-p", "8080", "-h", "/var/www"]',
        '    mem_limit: 32m',
        '    cpus: 0.5',
        '    healthcheck:',
        '      test: ["CMD", "wget", "-q", "-O-", "http://127.0.0.1:8080/"]',
        '      interval: 2s',
        '      timeout: 1s',
        '      retries: 3',
        '',
      ].join('\n'),
    );
    const job = track(new RunnerJob({
      workspace,
      inputs: { 'working-directory': 'fast', 'healthcheck-defaults': 'interval=5s,timeout=3s,retries=5,start-period=10s', 'wait-timeout': '60s' },
    }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode, main.stdout).toBe(0);
    const check = JSON.parse(docker(['inspect', '--format', '{{json .Config.Healthcheck}}', `${project}-web-1`])) as Record<string, unknown>;
    expect(check).toMatchObject({ Test: ['CMD', 'wget', '-q', '-O-', 'http://127.0.0.1:8080/'], Interval: 5e9, Timeout: 3e9, Retries: 5, StartPeriod: 10e9 });
    // The finding stays, as a note saying what was injected.
    expect(main.annotations.find((a) => a.properties.title?.startsWith('docker-stability healthcheck-timing'))?.level).toBe('notice');

    const post = await job.post();
    expect(post.exitCode).toBe(0);
    expect(post.summary).toContain('**Standard health-check timing**');
    expect(post.summary).toContain('| web | interval | 2.0 s | 5.0 s |');
    expect(post.summary).toContain('| web | start-period | unset | 10.0 s |');
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});
