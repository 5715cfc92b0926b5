import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';
import { workspaceWith } from '../support/workspace.js';

// GitHub's local runner for actions, @github/local-action, runs main and post (the sources,
// through scripts/local-action/{main,post}.ts, with its stubs of @actions/core) against a real
// stack. Evidence from the daemon itself: its event stream shows every service start and become
// healthy under main, and be destroyed under post; nothing of the project is left.

const project = `dsa-e2e-local-${randomBytes(3).toString('hex')}`;
afterAll(() => forceRemoveProject(project));

interface DaemonEvent {
  Action: string;
  Actor: { Attributes: Record<string, string> };
}

/** The project's container events from `docker events`, until stop() is called. */
function watchEvents(): { stop: () => Promise<DaemonEvent[]> } {
  const child = spawn('docker', ['events', '--filter', 'type=container', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{json .}}'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return {
    stop: async () => {
      // Events are delivered as they happen; a moment for the last ones to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      child.kill('SIGTERM');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as DaemonEvent);
    },
  };
}

function runLocalAction(dotenv: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/local-action'), ['.', 'scripts/local-action/main.ts', dotenv, '--post', 'scripts/local-action/post.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('@github/local-action runs main and post', () => {
  test('against the healthy stack: main starts it healthy, post leaves nothing', async () => {
    requireImages('dsa-test/busybox:1', 'dsa-test/redis:7');
    const workspace = workspaceWith('stacks/healthy');
    const runner = mkdtempSync(path.join(os.tmpdir(), 'dsa-local-action-'));
    const summary = path.join(runner, 'summary.md');
    writeFileSync(summary, '');
    const dotenv = path.join(runner, 'inputs.env');
    writeFileSync(
      dotenv,
      [
        `GITHUB_WORKSPACE=${workspace}`,
        `RUNNER_TEMP=${runner}`,
        `GITHUB_STEP_SUMMARY=${summary}`,
        'GITHUB_RUN_ID=4711',
        'GITHUB_RUN_ATTEMPT=1',
        'GITHUB_JOB=local-action',
        `INPUT_PROJECT-NAME=${project}`,
        'INPUT_WAIT-TIMEOUT=60s',
        '',
      ].join('\n'),
    );

    const events = watchEvents();
    const run = await runLocalAction(dotenv);
    const seen = await events.stop();

    expect(run.code, run.output).toBe(0);
    expect(run.output).not.toMatch(/^::error::/m);
    expect(run.output).toContain(`::set-output name=project-name::${project}`);
    expect(Number(/::set-output name=startup-seconds::([\d.]+)/.exec(run.output)?.[1])).toBeGreaterThan(0);
    expect(run.output).toContain('Running Post Step');
    expect(run.output).toContain('Left after cleanup: 0 (containers 0, networks 0, volumes 0).');

    const actions = (service: string): string[] => seen.filter((event) => event.Actor.Attributes['com.docker.compose.service'] === service).map((event) => event.Action);
    for (const service of ['web', 'cache']) {
      const order = actions(service);
      expect(order, `events of ${service}`).toContain('start');
      expect(order.indexOf('health_status: healthy'), `${service} became healthy`).toBeGreaterThan(order.indexOf('start'));
      expect(order.indexOf('destroy'), `${service} destroyed after it was healthy`).toBeGreaterThan(order.indexOf('health_status: healthy'));
    }
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    expect(docker(['volume', 'ls', '--filter', `name=${project}`, '--format', '{{.Name}}'])).toBe('');

    // Post wrote its summary through the stub's summary file and its report where it said.
    expect(readFileSync(summary, 'utf8')).toContain(`## Docker stack \`${project}\``);
    const reportFile = /::set-output name=report-file::(.+)$/m.exec(run.output)?.[1]?.trim();
    expect(reportFile && existsSync(reportFile)).toBe(true);
    expect(JSON.parse(readFileSync(reportFile!, 'utf8'))).toMatchObject({ start: { ok: true } });
  });
});
