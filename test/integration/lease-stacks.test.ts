// `docker-stability up` / `down` with real Compose stacks: two stacks with disjoint ports and room
// in the budget run at the same time; a third that publishes a port the first holds waits and
// gives up naming it; down stops the keepers and leaves nothing behind.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { endedFromStat } from '../../src/adapters/host-probe.js';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { namespaceContainers, removeNamespace, startCli, uniqueNamespace } from './lease-helpers.js';

const ns = uniqueNamespace('stacks');
const suffix = ns.slice(-8);
const projects = ['a', 'b', 'c'].map((name) => `dsa-lease-${name}-${suffix}`);
const base = 20_000 + Math.floor(Math.random() * 20_000);

afterAll(() => {
  for (const project of projects) forceRemoveProject(project);
  removeNamespace(ns);
});

/** A stack directory with one busybox web server publishing `port`. */
function stackDir(root: string, name: string, port: number): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  writeFileSync(
    path.join(dir, 'compose.yaml'),
    [
      'services:',
      '  web:',
      '    image: dsa-test/busybox:1',
      '    command: ["httpd", "-f", "-p", "8080", "-h", "/etc"]',
      `    ports: ["127.0.0.1:${port}:8080"]`,
      '    mem_limit: 32m',
      '    healthcheck:',
      '      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/hostname"]',
      '      interval: 1s',
      '      retries: 30',
      '',
    ].join('\n'),
  );
  return dir;
}

/** Running, not merely unreaped: an orphaned keeper that ended stays a zombie until PID 1 reaps it. */
function alive(pid: number): boolean {
  try {
    return !endedFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

interface StatusJson {
  leases: Array<{ project: string; ports: string[]; memoryBytes: number; who: string; stale: boolean }>;
  budget: { usedBytes: number };
}

async function status(lease: string[]): Promise<StatusJson> {
  const cli = startCli(['status', '--format', 'json', ...lease]);
  expect(await cli.exited).toBe(0);
  return JSON.parse(cli.stdout()) as StatusJson;
}

const keeperOf = (status: StatusJson, project: string): number => Number(/\(pid (\d+)\)/.exec(status.leases.find((l) => l.project === project)!.who)![1]);

describe('up and down under leases', () => {
  test('disjoint stacks run at once; a conflicting one is told who holds its port; down leaves nothing', async () => {
    requireImages('dsa-test/busybox:1');
    const root = mkdtempSync(path.join(os.tmpdir(), 'dsa-lease-stacks-'));
    const [a, b, c] = [stackDir(root, 'a', base), stackDir(root, 'b', base + 1), stackDir(root, 'c', base)];
    const lease = ['--namespace', ns];

    const [upA, upB] = [startCli(['up', '-p', projects[0]!, ...lease], { cwd: a }), startCli(['up', '-p', projects[1]!, ...lease], { cwd: b })];
    expect([await upA.exited, await upB.exited]).toEqual([0, 0]);
    expect(upA.stderr()).toMatch(new RegExp(`[Ss]tack ${projects[0]} is up and healthy`));

    // Both run at the same time, each under its own lease held by a keeper process.
    for (const project of projects.slice(0, 2)) {
      expect(docker(['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Status}}'])).toMatch(/\(healthy\)/);
    }
    const before = await status(lease);
    expect(before.leases.map((l) => [l.project, l.ports, l.memoryBytes]).sort()).toEqual([
      [projects[0], [`tcp/127.0.0.1:${base}`], 32 * 1024 ** 2],
      [projects[1], [`tcp/127.0.0.1:${base + 1}`], 32 * 1024 ** 2],
    ]);
    expect(before.budget.usedBytes).toBe(64 * 1024 ** 2);
    const [keeperA, keeperB] = [keeperOf(before, projects[0]!), keeperOf(before, projects[1]!)];
    expect([keeperA, keeperB].every(alive)).toBe(true);

    // The third publishes a's port: it waits for a, and gives up naming it.
    const upC = startCli(['up', '-p', projects[2]!, '--timeout', '3s', ...lease], { cwd: c });
    expect(await upC.exited).toBe(1);
    expect(upC.stderr()).toMatch(new RegExp(`\\(pid ${keeperA}\\) for project ${projects[0]} holds port tcp/127\\.0\\.0\\.1:${base} since`));
    expect(projectResources(projects[2]!).containers).toEqual([]);

    // Up again while the keeper lives: the same lease. After the keeper is killed, its lease is
    // stale at once and the next up takes a fresh one with a new keeper.
    const again = startCli(['up', '-p', projects[0]!, ...lease], { cwd: a });
    expect(await again.exited).toBe(0);
    expect(again.stderr()).toMatch(new RegExp(`[Pp]roject ${projects[0]} already holds a lease`));
    process.kill(keeperB, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await status(lease)).leases.find((l) => l.project === projects[1])!.stale).toBe(true);
    const fresh = startCli(['up', '-p', projects[1]!, ...lease], { cwd: b });
    expect(await fresh.exited).toBe(0);
    const after = await status(lease);
    expect(after.leases.map((l) => [l.project, l.stale]).sort()).toEqual([
      [projects[0], false],
      [projects[1], false],
    ]);
    const keepers = [keeperA, keeperOf(after, projects[1]!)];
    expect(keepers[1]).not.toBe(keeperB);

    const [downA, downB] = [startCli(['down', '-p', projects[0]!, ...lease], { cwd: a }), startCli(['down', '-p', projects[1]!, ...lease], { cwd: b })];
    expect([await downA.exited, await downB.exited]).toEqual([0, 0]);
    expect(downA.stderr()).toMatch(new RegExp(`[Ss]tack ${projects[0]} is down and its lease released`));
    for (const project of projects) expect(projectResources(project)).toEqual(NOTHING_LEFT);
    expect(namespaceContainers(ns)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(keepers.filter(alive)).toEqual([]);
  });
});
