import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { snapshotProject, startDevStack, stopDevStack, type ProjectSnapshot } from '../support/dev-stack.js';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { RunnerJob, type StepResult } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { printed } from '../support/step-output.js';
import { workspaceWith } from '../support/workspace.js';

// Leases and cleanup through the action's bundles, as the runner runs them: two jobs of one lock
// group take turns; a lock-timeout names the holder; a cancelled wait or `up` leaves nothing;
// a job killed with its monitor (a dying runner) is swept by the next job's preflight; cleanup:
// never keeps the stack and its lease. A developer's plain `docker compose` stack on the same
// daemon survives all of it, resource for resource.

const id = randomBytes(3).toString('hex');
const group = `e2e-${id}`;
const dev = `dsa-e2e-dev-${id}`;
const track = emptyRunnerTempAfterEach();
const projects: string[] = [];
let devBefore: ProjectSnapshot;

beforeAll(() => {
  requireImages('dsa-test/busybox:1', 'dsa-test/redis:7');
  startDevStack(dev);
  devBefore = snapshotProject(dev);
});
afterEach(() => {
  for (const project of projects.splice(0)) {
    forceRemoveProject(project);
    const records = docker(['ps', '-aq', '--filter', `label=docker-stability.lease.project=${project}`]).split('\n').filter(Boolean);
    if (records.length) docker(['rm', '-f', ...records]);
  }
});
afterAll(() => stopDevStack(dev));

function job(inputs: Record<string, string>, fixture = 'stacks/healthy'): RunnerJob {
  return track(new RunnerJob({ workspace: workspaceWith(fixture), inputs: { 'wait-timeout': '60s', baseline: 'false', ...inputs } }));
}

function leaseRecords(project: string): string[] {
  return docker(['ps', '-a', '--filter', `label=docker-stability.lease.project=${project}`, '--format', '{{.Names}} {{.Label "docker-stability.lease.owner.pid"}}']).split('\n').filter(Boolean);
}

async function mainOk(runner: RunnerJob): Promise<StepResult> {
  const main = await runner.main();
  projects.push(main.outputs['project-name']!);
  expect(main.exitCode, main.stdout + main.stderr).toBe(0);
  return main;
}

describe('leases through the action', () => {
  test('two jobs of one lock group take turns; the second waits until the first one\'s post releases', async () => {
    const first = job({ 'lock-group': group });
    const firstMain = await mainOk(first);
    expect(firstMain.outputs['lock-wait-seconds']).toMatch(/^0\.\d$/);

    const second = job({ 'lock-group': group });
    const waiting = second.start('main');
    await printed(waiting.child, /Waiting .* for admission/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await first.post()).exitCode).toBe(0);

    const secondMain = await waiting.done;
    projects.push(secondMain.outputs['project-name']!);
    expect(secondMain.exitCode, secondMain.stdout).toBe(0);
    expect(Number(secondMain.outputs['lock-wait-seconds'])).toBeGreaterThanOrEqual(1.5);
    const secondPost = await second.post();
    expect(secondPost.summary).toMatch(new RegExp(`\\| Lease wait \\| .*${firstMain.outputs['project-name']}`));
    for (const project of [firstMain.outputs['project-name']!, secondMain.outputs['project-name']!]) {
      expect(projectResources(project)).toEqual(NOTHING_LEFT);
      expect(leaseRecords(project)).toEqual([]);
    }
  });

  test('lock-timeout ends the wait with the holder named; Ctrl-C leaves the queue; neither leaves anything', async () => {
    const holder = job({ 'lock-group': group });
    const held = await mainOk(holder);

    const impatient = job({ 'lock-group': group, 'lock-timeout': '2s' });
    const timedOut = await impatient.main();
    projects.push(timedOut.outputs['project-name']!);
    expect(timedOut.exitCode).toBe(1);
    expect(timedOut.annotations.find((a) => a.level === 'error')!.message).toContain(held.outputs['project-name']!);
    expect((await impatient.post()).summary).toContain('no lease was granted in time');

    const cancelled = job({ 'lock-group': group });
    const waiting = cancelled.start('main');
    await printed(waiting.child, /Waiting .* for admission/);
    const interruptedAt = Date.now();
    waiting.child.kill('SIGINT');
    const result = await waiting.done;
    projects.push(result.outputs['project-name']!);
    expect(Date.now() - interruptedAt).toBeLessThan(7500);
    expect(result.exitCode).toBe(1);
    expect(leaseRecords(result.outputs['project-name']!)).toEqual([]);
    expect((await cancelled.post()).exitCode).toBe(0);

    await holder.post();
    for (const project of [timedOut.outputs['project-name']!, result.outputs['project-name']!, held.outputs['project-name']!]) {
      expect(projectResources(project)).toEqual(NOTHING_LEFT);
    }
  });
});

describe('cleanup through the action', () => {
  test('Ctrl-C during `up` stops cleanly: no half-started stack, no lease', async () => {
    const slow = job({ 'wait-timeout': '120s' }, 'stacks/unhealthy');
    const running = slow.start('main');
    await printed(running.child, /Container .* Started/);
    running.child.kill('SIGINT');
    const main = await running.done;
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode).toBe(1);
    expect(main.annotations.find((a) => a.level === 'error')!.message).toContain('was interrupted');
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    expect(leaseRecords(project)).toEqual([]);
    expect((await slow.post()).exitCode).toBe(0);
  });

  test('a job killed with its monitor (a dying runner) is swept by the next job\'s preflight', async () => {
    const dead = job({});
    const main = await mainOk(dead);
    const project = main.outputs['project-name']!;
    const monitorPid = (JSON.parse(main.state['docker-stability-run']!) as { monitor: { pid: number } }).monitor.pid;
    process.kill(monitorPid, 'SIGKILL');
    // Its post never runs. The next job on this daemon finds and removes what it left.
    expect(projectResources(project).containers.length).toBeGreaterThan(0);

    const next = job({});
    const nextMain = await mainOk(next);
    expect(nextMain.stdout).toMatch(new RegExp(`WARN Leftovers of dead jobs on this daemon: 1 dead jobs left \\d+ resources \\(project ${project}: its lease is stale`));
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    expect(leaseRecords(project)).toEqual([]);
    const nextPost = await next.post();
    expect(nextPost.summary).toContain(`Leftovers of dead jobs swept: ${project}`);
  });

  test('cleanup: never keeps the stack and its lease (until lease-ttl), and says how to remove both', async () => {
    const keep = job({ cleanup: 'never' });
    const main = await mainOk(keep);
    const project = main.outputs['project-name']!;
    const post = await keep.post();
    expect(post.exitCode).toBe(0);
    expect(docker(['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'])).toContain(`${project}-web-1`);
    expect(leaseRecords(project)).toEqual([expect.stringMatching(/ 0$/)]);
    expect(post.summary).toContain('### The stack was kept');
    expect(post.summary).toContain(`down -p ${project}`);
  });

  test("the developer's stack is exactly as it was", () => {
    expect(snapshotProject(dev)).toEqual(devBefore);
  });
});
