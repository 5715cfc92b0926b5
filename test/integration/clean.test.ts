// `docker-stability clean` on the real daemon: a job that died without its post step (its lease's
// owner killed with SIGKILL) is swept — exactly what `--dry-run` listed — while a live stack of
// the same namespace and a developer's plain `docker compose` stack stay untouched, resource for
// resource. A second run finds nothing to do.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { snapshotProject, startDevStack, stopDevStack } from '../support/dev-stack.js';
import { alive } from '../support/processes.js';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { workspaceWith } from '../support/workspace.js';
import { eventually, namespaceContainers, removeNamespace, startCli, uniqueNamespace } from './lease-helpers.js';

const ns = uniqueNamespace('clean');
const suffix = randomBytes(3).toString('hex');
const dead = `dsa-clean-dead-${suffix}`;
const live = `dsa-clean-live-${suffix}`;
const dev = `dsa-clean-dev-${suffix}`;
const workspace = workspaceWith('stacks/healthy');

interface CleanJson {
  dryRun: boolean;
  planned: Array<{ kind: string; name: string; reason: string }>;
  removed: Array<{ kind: string; name: string }>;
  failed: unknown[];
  staleLeases: Array<{ id: string; project: string }>;
  releasedLeases: string[];
}

async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = startCli(args, { cwd: workspace });
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

async function clean(...extra: string[]): Promise<CleanJson> {
  const result = await cli(['clean', '--namespace', ns, '--format', 'json', ...extra]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as CleanJson;
}

function keeperPid(project: string): number {
  const id = docker(['ps', '-aq', '--filter', `label=docker-stability.lease.namespace=${ns}`, '--filter', `label=docker-stability.lease.project=${project}`]);
  return Number(docker(['inspect', '--format', '{{index .Config.Labels "docker-stability.lease.owner.pid"}}', id.split('\n')[0]!]));
}

const names = (resources: ReturnType<typeof projectResources>): string[] => [...resources.containers, ...resources.networks, ...resources.volumes].sort();

beforeAll(async () => {
  requireImages('dsa-test/busybox:1', 'dsa-test/redis:7');
  startDevStack(dev);
  for (const project of [dead, live]) {
    const up = await cli(['up', '-p', project, '--namespace', ns, '--wait-timeout', '60s']);
    expect(up.code, up.stderr).toBe(0);
  }
});

afterAll(async () => {
  await cli(['down', '-p', live, '--namespace', ns]);
  for (const project of [dead, live]) forceRemoveProject(project);
  stopDevStack(dev);
  removeNamespace(ns);
});

describe('docker-stability clean', () => {
  test('sweeps a dead job exactly as the dry run said, and nothing else', async () => {
    const deadResources = names(projectResources(dead));
    expect(deadResources.length).toBeGreaterThanOrEqual(3);
    const liveBefore = snapshotProject(live);
    const devBefore = snapshotProject(dev);

    // Nothing is stale while every owner lives.
    expect((await clean('--dry-run')).planned).toEqual([]);

    // The job dies without its post step: its lease's owner is killed.
    process.kill(keeperPid(dead), 'SIGKILL');
    await eventually(() => !alive(keeperPid(dead)), 10_000, 'the keeper to die');

    const dryRun = await clean('--dry-run');
    expect(dryRun.dryRun).toBe(true);
    expect(dryRun.planned.map((entry) => entry.name).sort()).toEqual(deadResources);
    expect(dryRun.planned[0]!.reason).toMatch(new RegExp(`project ${dead}: its lease is stale`));
    expect(dryRun.staleLeases.map((lease) => lease.project)).toEqual([dead]);
    expect(names(projectResources(dead))).toEqual(deadResources);

    const real = await clean();
    expect(real.removed.map((entry) => entry.name).sort()).toEqual(dryRun.planned.map((entry) => entry.name).sort());
    expect(real.failed).toEqual([]);
    expect(real.releasedLeases).toEqual(dryRun.staleLeases.map((lease) => lease.id));
    expect(projectResources(dead)).toEqual(NOTHING_LEFT);
    expect(namespaceContainers(ns).some((name) => name.includes('.held.'))).toBe(true);

    // The live stack and the developer's stack are exactly as they were.
    expect(snapshotProject(live)).toEqual(liveBefore);
    expect(snapshotProject(dev)).toEqual(devBefore);

    // Idempotent.
    const again = await cli(['clean', '--namespace', ns]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('Nothing to remove.\n');
  });
});
