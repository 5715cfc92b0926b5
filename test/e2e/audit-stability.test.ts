import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCliBundle } from '../support/cli-process.js';
import { watchDaemon, type DaemonSample } from '../support/daemon-watch.js';
import { docker, forceRemoveProject, projectResources, requireImages } from '../support/docker.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { sleep } from '../support/step-output.js';
import { workspaceWith } from '../support/workspace.js';

// The audit's first validation test, resource stability: ten jobs start at once on one daemon —
// five through `docker-stability run`, five through the action's bundles (main, the test steps,
// post) — each a stack that declares 1 GiB, under a 4 GiB budget. All ten finish; the daemon
// answers throughout; what runs (the memory limits of the running containers, and what they
// use) and what is admitted (the leases' reservations) stay within the budget at every sample;
// and nothing is left. The samples come from the docker CLI and the containers' cgroups, not
// from the code under test.

const GiB = 1024 ** 3;
const BUDGET = 4 * GiB;
const HOLD_SECONDS = 2.5;
const id = randomBytes(3).toString('hex');
const prefix = `dsa-audit-${id}-`;
const NOTHING_LEFT = { containers: [], networks: [], volumes: [] };
const track = emptyRunnerTempAfterEach();
const projects = Array.from({ length: 10 }, (_, index) => `${prefix}${index < 5 ? 'cli' : 'act'}-${index}`);

beforeAll(() => requireImages('dsa-test/busybox:1'));
afterAll(() => {
  for (const project of projects) forceRemoveProject(project);
  const records = docker(['ps', '-aq', '--filter', 'label=docker-stability.lease.project']).split('\n').filter(Boolean);
  for (const record of records) {
    if (docker(['inspect', '--format', '{{index .Config.Labels "docker-stability.lease.project"}}', record]).startsWith(prefix)) docker(['rm', '-f', record]);
  }
});

interface Finished {
  project: string;
  via: 'cli' | 'action';
  ok: boolean;
  waitedSeconds: number;
  detail: string;
}

async function cliJob(project: string): Promise<Finished> {
  const cwd = workspaceWith('audit/gib');
  const run = startCliBundle(['run', '-p', project, '--memory-budget', '4g', '--wait-timeout', '60s', '--lock-timeout', '5m', '--report', 'report.json', '--', 'sleep', String(HOLD_SECONDS)], { cwd });
  const result = await run.done;
  const report = result.status === 0 ? (JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')) as { lease?: { waitedMs: number } }) : undefined;
  return { project, via: 'cli', ok: result.status === 0, waitedSeconds: (report?.lease?.waitedMs ?? 0) / 1000, detail: result.stderr.slice(-3000) };
}

async function actionJob(project: string): Promise<Finished> {
  const job = track(new RunnerJob({ workspace: workspaceWith('audit/gib'), inputs: { 'project-name': project, 'memory-budget': '4g', 'wait-timeout': '60s', 'lock-timeout': '5m', baseline: 'false' } }));
  const main = await job.main();
  // The workflow's test steps.
  await sleep(HOLD_SECONDS * 1000);
  const post = await job.post();
  return {
    project,
    via: 'action',
    ok: main.exitCode === 0 && post.exitCode === 0,
    waitedSeconds: Number(main.outputs['lock-wait-seconds'] ?? 0),
    detail: `${main.stdout.slice(-2000)}\n${post.stdout.slice(-1000)}`,
  };
}

describe('resource stability: ten 1 GiB stacks at once under a 4 GiB budget', () => {
  let finished: Finished[];
  let samples: DaemonSample[];

  beforeAll(async () => {
    const watch = watchDaemon({ projects: (project) => project.startsWith(prefix), intervalMs: 250 });
    finished = await Promise.all(projects.map((project, index) => (index < 5 ? cliJob(project) : actionJob(project))));
    samples = await watch.stop();
  }, 300_000);

  test('all ten finish, five through the CLI and five through the action', () => {
    for (const job of finished) expect(job.ok, `${job.via} ${job.project}:\n${job.detail}`).toBe(true);
    expect(finished.filter((job) => job.via === 'cli')).toHaveLength(5);
  });

  test('the daemon answers every sample, within a second', () => {
    expect(samples.length).toBeGreaterThan(20);
    const failed = samples.filter((sample) => sample.versionMs === undefined);
    expect(failed.map((sample) => sample.error)).toEqual([]);
    const slowest = Math.max(...samples.map((sample) => sample.versionMs!));
    console.log(`resource stability: ${samples.length} samples over ${((samples.at(-1)!.atMs - samples[0]!.atMs) / 1000).toFixed(1)} s; slowest docker version ${slowest} ms`);
    expect(slowest).toBeLessThan(1000);
  });

  test('what runs and what is admitted stay within the budget at every sample, and jobs did overlap', () => {
    const complete = samples.filter((sample) => sample.error === undefined);
    expect(complete.length / samples.length).toBeGreaterThan(0.8);
    const limits = complete.map((sample) => sample.containers.reduce((sum, container) => sum + container.limitBytes, 0));
    const usage = complete.map((sample) => sample.containers.reduce((sum, container) => sum + (container.usageBytes ?? 0), 0));
    const admitted = complete.map((sample) => sample.leases.reduce((sum, lease) => sum + lease.memoryBytes, 0));
    for (const sample of complete) for (const container of sample.containers) expect(container.limitBytes).toBe(GiB);
    console.log(`resource stability: peak limits of running containers ${Math.max(...limits) / GiB} GiB, peak admitted ${Math.max(...admitted) / GiB} GiB, peak memory used ${(Math.max(...usage) / 1024 ** 2).toFixed(1)} MiB (budget 4 GiB)`);
    expect(Math.max(...limits)).toBeLessThanOrEqual(BUDGET);
    expect(Math.max(...admitted)).toBeLessThanOrEqual(BUDGET);
    expect(Math.max(...usage)).toBeLessThanOrEqual(BUDGET);
    // The cgroup was readable: memory use was measured, not assumed.
    expect(complete.some((sample) => sample.containers.some((container) => (container.usageBytes ?? 0) > 0))).toBe(true);
    // Several stacks ran side by side: the test is about contention, not a queue of one.
    expect(Math.max(...limits)).toBeGreaterThanOrEqual(2 * GiB);
  });

  test('six or more jobs waited for admission, and said so', () => {
    const waited = finished.filter((job) => job.waitedSeconds >= 0.5);
    console.log(`resource stability: waits ${finished.map((job) => `${job.via}:${job.waitedSeconds.toFixed(1)}s`).join(' ')}`);
    expect(waited.length).toBeGreaterThanOrEqual(6);
  });

  test('nothing is left: no container, network, volume or lease of any of the ten', () => {
    for (const project of projects) expect(projectResources(project)).toEqual(NOTHING_LEFT);
    expect(docker(['ps', '-a', '--filter', 'label=docker-stability.lease.project', '--format', '{{.Label "docker-stability.lease.project"}}']).split('\n').filter((project) => project.startsWith(prefix))).toEqual([]);
  });
});
