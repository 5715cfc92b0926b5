import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { workspaceWith } from '../support/workspace.js';

const track = emptyRunnerTempAfterEach();

const projects: string[] = [];

beforeAll(() => requireImages('dsa-test/busybox:1', 'dsa-test/redis:7'));
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});

describe('the action on a real daemon, main then post', () => {
  test('a healthy two-service stack starts, is reported and leaves nothing behind', async () => {
    const job = track(new RunnerJob({ workspace: workspaceWith('stacks/healthy'), inputs: { 'wait-timeout': '60s' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(project).toMatch(new RegExp(`^dsa-${job.runId}-1-integration-[0-9a-f]{6}$`));
    expect(Number(main.outputs['startup-seconds'])).toBeGreaterThan(0);

    // Between main and post the stack serves, as the workflow's test steps need it to.
    const running = docker(['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}} {{.Status}}']);
    expect(running).toMatch(/web-1 Up .*\(healthy\)/);
    expect(running).toMatch(/cache-1 Up .*\(healthy\)/);
    expect(docker(['exec', `${project}-cache-1`, 'redis-cli', 'ping'])).toBe('PONG');

    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    expect(post.outputs['startup-seconds']).toBe(main.outputs['startup-seconds']);
    expect(post.summary).toContain(`## Docker stack \`${project}\``);
    // Clean, unless this shared machine is busy: a load warning is the only one allowed.
    expect(post.summary).toMatch(/^(✅ \*\*Clean\*\* — the stack started, ran and left nothing behind\.|⚠️ \*\*Warnings\*\* — preflight: Runner load)$/m);
    expect(post.summary).toMatch(/\| Left after cleanup \| 0 \|/);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);

    // Where the time went: each step's segments, node's start-up included, add up to the step's
    // wall time as the runner saw it (within 10 %, or 150 ms for spawning and exiting).
    const report = JSON.parse(readFileSync(post.outputs['report-file']!, 'utf8')) as { timings: { start: Array<{ phase: string; ms: number }>; finish: Array<{ phase: string; ms: number }> } };
    const sum = (segments: Array<{ ms: number }>): number => segments.reduce((total, segment) => total + segment.ms, 0);
    for (const [segments, step] of [[report.timings.start, main], [report.timings.finish, post]] as const) {
      expect(segments[0]!.phase).toBe('node start');
      expect(Math.abs(step.durationMs - sum(segments)), JSON.stringify(segments)).toBeLessThanOrEqual(Math.max(150, step.durationMs * 0.1));
    }
    expect(report.timings.start.map((segment) => segment.phase)).toEqual(['node start', 'checks', 'admission', 'launch', 'pull', 'up', 'readiness']);
    expect(report.timings.finish.map((segment) => segment.phase)).toEqual(['node start', 'lease back', 'monitor', 'logs', 'teardown', 'lease', 'upload', 'history', 'report']);
    expect(post.summary).toMatch(/^Where the job's time went — main /m);
  });

  test('a service that never becomes healthy fails main by name; post still leaves nothing', async () => {
    const job = track(new RunnerJob({ workspace: workspaceWith('stacks/unhealthy'), inputs: { 'wait-timeout': '20s' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode).toBe(1);
    const failure = main.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
    expect(failure).toContain(`Stack ${project} did not become healthy`);
    expect(failure).toMatch(/broken: unhealthy, last health check: exit 1 'probe: connection refused'/);
    expect(failure).not.toMatch(/^ok:/m);
    expect(main.stdout).toContain('listening nowhere');
    // Not left running while the job goes on to post.
    expect(projectResources(project).containers).toEqual([]);

    const post = await job.post();
    expect(post.exitCode).toBe(0);
    expect(post.summary).toContain('❌ **Failed**');
    expect(post.summary).toContain('broken: unhealthy');
    expect(post.summary).toContain('probe: connection refused');
    // The health-check outputs and the log tail are in the summary too, grouped per service.
    expect(post.summary).toContain('<details><summary>broken: health checks and last 2 log lines</summary>');
    expect(post.summary).toContain('listening nowhere');
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });

  test('an unreachable daemon fails main within 10 s, saying where it looked', async () => {
    const job = track(new RunnerJob({
      workspace: workspaceWith('stacks/healthy'),
      inputs: {},
      env: { DOCKER_HOST: 'unix:///tmp/dsa-no-daemon-here.sock' },
    }));
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    expect(main.durationMs).toBeLessThan(10_000);
    const error = main.annotations.find((a) => a.level === 'error')!.message;
    expect(error).toContain('unix:///tmp/dsa-no-daemon-here.sock is unreachable');

    const post = await job.post({ DOCKER_HOST: 'unix:///tmp/dsa-no-daemon-here.sock' });
    expect(post.exitCode).toBe(0);
    expect(post.summary).toContain('❌ **Failed**');
  });
});
