import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireImages } from '../support/docker.js';
import { errorsOf, leaseRecordsOn, LoopDisk, NOTHING_LEFT, resourcesOn } from '../support/faults.js';
import { OwnDockerd } from '../support/own-dockerd.js';
import { RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { workspaceWith } from '../support/workspace.js';

// The disk of the Docker data root nearly full: a private dockerd whose data root is a 256 MB
// ext4 file system on a loop device, filled until about 40 MB remain. Preflight measures the
// data root (statfs of DockerRootDir) against min-free-disk and says both numbers; a job that
// fails there starts nothing and holds no lease; one that passes runs and cleans up as usual.

const MiB = 1024 ** 2;
const LEAVE_FREE = 40 * MiB;

const track = emptyRunnerTempAfterEach();
const disk = new LoopDisk(256);
let daemon: OwnDockerd;

beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  disk.mount();
  daemon = new OwnDockerd({ dataRoot: disk.mountPoint });
  await daemon.start();
  daemon.loadImage('dsa-test/busybox:1');
  disk.fillLeaving(LEAVE_FREE);
}, 120_000);
afterAll(async () => {
  await daemon?.dispose();
  disk.dispose();
}, 120_000);

function job(minFreeDisk: string): RunnerJob {
  return track(new RunnerJob({
    workspace: workspaceWith('stacks/own-daemon'),
    inputs: { 'wait-timeout': '30s', baseline: 'false', 'min-free-disk': minFreeDisk },
    env: { DOCKER_HOST: daemon.host },
  }));
}

/** "39.9 MiB free on /path; minimum 100 MiB (min-free-disk)" → the two numbers in bytes. */
function diskNumbers(line: string): { free: number; minimum: number } {
  const match = /([\d.]+) MiB free on (\S+); minimum ([\d.]+) MiB \(min-free-disk\)/.exec(line);
  expect(match, line).not.toBeNull();
  expect(match![2]).toBe(disk.mountPoint);
  return { free: Number(match![1]) * MiB, minimum: Number(match![3]) * MiB };
}

describe("the Docker data root's disk nearly full", () => {
  test('preflight fails against min-free-disk with both numbers; nothing is started, no lease is taken', async () => {
    const runner = job('100m');
    const main = await runner.main();
    const project = main.outputs['project-name']!;
    expect(main.exitCode, main.stdout).toBe(1);
    const line = /^FAIL Free disk on Docker's data root: (.*)$/m.exec(main.stdout)?.[1] ?? '';
    const { free, minimum } = diskNumbers(line);
    expect(minimum).toBe(100 * MiB);
    // What the test left free, as statfs says now (the daemon writes a little meanwhile).
    expect(Math.abs(free - disk.freeBytes())).toBeLessThan(5 * MiB);
    expect(free).toBeLessThan(LEAVE_FREE + MiB);
    expect(line).toContain('free space (remove unused images and volumes) or lower min-free-disk');
    expect(errorsOf(main)).toEqual([expect.stringMatching(/^Preflight failed: Free disk on Docker's data root: [\d.]+ MiB free on .*; minimum 100 MiB \(min-free-disk\)/)]);
    expect(main.stdout).not.toContain('::group::Admission');

    const post = await runner.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.summary).toMatch(/\| Free disk on Docker's data root \| fail \| [\d.]+ MiB free on /);
    expect(resourcesOn(daemon, project)).toEqual(NOTHING_LEFT);
    expect(leaseRecordsOn(daemon, project)).toEqual([]);
    console.info(`disk nearly full: preflight said "${line.slice(0, line.indexOf('.', line.indexOf('min-free-disk')))}"`);
  });

  test('below the free space, min-free-disk passes with the numbers; the stack runs on the nearly full disk and leaves nothing', async () => {
    const runner = job('10m');
    const main = await runner.main();
    const project = main.outputs['project-name']!;
    expect(main.exitCode, main.stdout).toBe(0);
    const line = /^PASS Free disk on Docker's data root: (.*)$/m.exec(main.stdout)?.[1] ?? '';
    expect(diskNumbers(line).minimum).toBe(10 * MiB);
    expect(resourcesOn(daemon, project).containers).toHaveLength(1);

    const post = await runner.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(resourcesOn(daemon, project)).toEqual(NOTHING_LEFT);
    expect(leaseRecordsOn(daemon, project)).toEqual([]);
  });
});
