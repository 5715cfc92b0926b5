// `docker-stability up` / `down` with real Compose stacks: two stacks with disjoint ports and room
// in the budget run at the same time; a third that publishes a port the first holds waits and
// gives up naming it; down stops the keepers and leaves nothing behind.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { docker, forceRemoveProject, projectResources, requireImages } from '../support/docker.js';
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface StatusJson {
  leases: Array<{ project: string; ports: string[]; memoryBytes: number; who: string }>;
  budget: { usedBytes: number };
}

describe('up and down under leases', () => {
  test('disjoint stacks run at once; a conflicting one is told who holds its port; down leaves nothing', async () => {
    requireImages('dsa-test/busybox:1');
    const root = mkdtempSync(path.join(os.tmpdir(), 'dsa-lease-stacks-'));
    const [a, b, c] = [stackDir(root, 'a', base), stackDir(root, 'b', base + 1), stackDir(root, 'c', base)];
    const lease = ['--namespace', ns];

    const [upA, upB] = [startCli(['up', '-p', projects[0]!, ...lease], { cwd: a }), startCli(['up', '-p', projects[1]!, ...lease], { cwd: b })];
    expect([await upA.exited, await upB.exited]).toEqual([0, 0]);
    expect(upA.stderr()).toContain(`stack ${projects[0]} is up and healthy`);

    // Both run at the same time, each under its own lease held by a keeper process.
    for (const project of projects.slice(0, 2)) {
      expect(docker(['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Status}}'])).toMatch(/\(healthy\)/);
    }
    const statusCli = startCli(['status', '--format', 'json', ...lease]);
    expect(await statusCli.exited).toBe(0);
    const status = JSON.parse(statusCli.stdout()) as StatusJson;
    expect(status.leases.map((l) => [l.project, l.ports, l.memoryBytes]).sort()).toEqual([
      [projects[0], [`tcp/127.0.0.1:${base}`], 32 * 1024 ** 2],
      [projects[1], [`tcp/127.0.0.1:${base + 1}`], 32 * 1024 ** 2],
    ]);
    expect(status.budget.usedBytes).toBe(64 * 1024 ** 2);
    const keepers = status.leases.map((l) => Number(/\(pid (\d+)\)/.exec(l.who)![1]));
    expect(keepers.every(alive)).toBe(true);

    // The third publishes a's port: it waits for a, and gives up naming it.
    const upC = startCli(['up', '-p', projects[2]!, '--timeout', '3s', ...lease], { cwd: c });
    expect(await upC.exited).toBe(1);
    expect(upC.stderr()).toMatch(new RegExp(`\\(pid ${keepers[status.leases.findIndex((l) => l.project === projects[0])]}\\) for project ${projects[0]} holds port tcp/127\\.0\\.0\\.1:${base} since`));
    expect(projectResources(projects[2]!).containers).toEqual([]);

    const [downA, downB] = [startCli(['down', '-p', projects[0]!, ...lease], { cwd: a }), startCli(['down', '-p', projects[1]!, ...lease], { cwd: b })];
    expect([await downA.exited, await downB.exited]).toEqual([0, 0]);
    expect(downA.stderr()).toContain(`stack ${projects[0]} is down and its lease released`);
    for (const project of projects) expect(projectResources(project)).toEqual({ containers: [], networks: [], volumes: [] });
    expect(namespaceContainers(ns)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(keepers.filter(alive)).toEqual([]);
  });
});
