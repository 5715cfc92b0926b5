import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';
import { workspaceWith } from '../support/workspace.js';

// `docker-stability run` from the CLI bundle: the whole lifecycle in one process around a
// command, whose exit code becomes the CLI's; zero leftovers whatever the command did.

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
/** A test command that reaches the stack through the exported variables only. */
const FETCH_SLOW = "fetch(`http://${process.env.SLOW_HOST}:${process.env.SLOW_PORT_7000}/index.html`).then((r) => r.text()).then((t) => process.stdout.write(t))";
const projects: string[] = [];

beforeAll(() => requireImages('dsa-test/busybox:1', 'dsa-test/redis:7'));
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});

function run(fixture: string, args: string[]): { status: number | null; stdout: string; stderr: string; project: string; cwd: string } {
  const project = `dsa-run-${randomBytes(3).toString('hex')}`;
  projects.push(project);
  const cwd = workspaceWith(fixture);
  const result = spawnSync(process.execPath, [CLI, 'run', '-p', project, '--wait-timeout', '60s', ...args], { cwd, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, project, cwd };
}

describe('docker-stability run', () => {
  test('a passing command: it reaches the stack with plain docker compose, exit 0, summary and report written, nothing left', () => {
    const result = run('stacks/healthy', ['--summary', 'summary.md', '--report', 'report.json', '--', 'sh', '-c', 'docker compose exec -T cache redis-cli ping']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe('PONG');
    expect(result.stderr).toMatch(/── Admission\n.*Admitted after/);
    expect(result.stderr).toMatch(/SERVICE +PEAK MEM +LIMIT/);
    expect(result.stderr).toMatch(/^CLEAN$|^WARNINGS: preflight: Runner load$/m);
    const summary = readFileSync(path.join(result.cwd, 'summary.md'), 'utf8');
    expect(summary).toContain(`## Docker stack \`${result.project}\``);
    const report = JSON.parse(readFileSync(path.join(result.cwd, 'report.json'), 'utf8')) as { schema: string; teardown: { leftovers: unknown } };
    expect(report.schema).toBe('docker-stability/report@1');
    expect(report.teardown.leftovers).toEqual({ containers: [], networks: [], volumes: [] });
    expect(projectResources(result.project)).toEqual(NOTHING_LEFT);
  });

  test("a failing command: its exit code is the CLI's, and nothing is left", () => {
    const result = run('stacks/healthy', ['--', 'sh', '-c', 'exit 3']);
    expect(result.status).toBe(3);
    expect(projectResources(result.project)).toEqual(NOTHING_LEFT);
  });

  test('a stack that does not become healthy: exit 1 naming the service, the command never runs, nothing left', () => {
    const result = run('stacks/unhealthy', ['--wait-timeout', '20s', '--', 'touch', 'ran']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/did not become healthy[\s\S]*broken: unhealthy/);
    expect(existsSync(path.join(result.cwd, 'ran'))).toBe(false);
    expect(projectResources(result.project)).toEqual(NOTHING_LEFT);
  });

  test('--wait-for and --export-env: the command starts once the service listens, and reaches it through the variables; every log is kept', () => {
    const result = run('stacks/readiness', ['--wait-for', 'slow:7000', '--wait-for', 'worker:log:/ready to accept/', '--export-env', '--', process.execPath, '-e', FETCH_SLOW]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('hello from slow\n');
    expect(result.stderr).toMatch(/slow: TCP 7000 ready \d+\.\d s after its start/);
    const logs = /Every service's log: (\S+)/.exec(result.stderr)![1]!;
    expect(readFileSync(path.join(logs, 'worker.log'), 'utf8')).toMatch(/Z stderr ready to accept jobs\n/);
    expect(result.stderr).not.toMatch(/artifact/);
    expect(projectResources(result.project)).toEqual(NOTHING_LEFT);
  });

  test('bad usage exits 2 with the flag named', () => {
    const result = run('stacks/healthy', ['--memory-budget', '6 gigs', '--', 'true']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("memory-budget: '6 gigs'");
  });
});
