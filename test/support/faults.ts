// What the fault tests ask a private daemon (test/support/own-dockerd.ts) directly, through the
// docker CLI and independent of the code under test, and the small disk they give it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { leaseRecords, projectResources, requireImages, type ProjectLeftovers } from './docker.js';
import { OwnDockerd } from './own-dockerd.js';
import type { StepResult } from './runner.js';

/** The bounds of src/adapters/docker-api.ts: a ping, and any other call. */
export const PING_MS = 2000;
export const CALL_MS = 15_000;

/**
 * A private daemon for one fault-test file, with the busybox image: after each test it is
 * thawed (never left frozen for the next, whatever failed) and the projects the test listed
 * are removed with their lease records; at the end it is stopped and deleted.
 */
export function privateDaemonPerFile(): { daemon: OwnDockerd; projects: string[] } {
  const daemon = new OwnDockerd();
  const projects: string[] = [];
  beforeAll(async () => {
    requireImages('dsa-test/busybox:1');
    await daemon.start();
    daemon.loadImage('dsa-test/busybox:1');
  }, 120_000);
  afterEach(() => {
    daemon.thaw();
    for (const project of projects.splice(0)) {
      const records = leaseRecordsOn(daemon, project);
      if (records.length) daemon.docker(['rm', '-f', ...records]);
      daemon.docker(['compose', '-p', project, 'down', '--volumes', '--timeout', '0']);
    }
  });
  afterAll(() => daemon.dispose(), 120_000);
  return { daemon, projects };
}

const on = (daemon: OwnDockerd) => (args: string[]): string => daemon.docker(args);

/**
 * Every container, network and volume carrying the project's Compose label on that daemon; its
 * lease records are asserted on their own here (a lease may outlive its stack by design).
 */
export function resourcesOn(daemon: OwnDockerd, project: string): Omit<ProjectLeftovers, 'leases'> {
  const { containers, networks, volumes } = projectResources(project, on(daemon));
  return { containers, networks, volumes };
}

export const NOTHING_LEFT = { containers: [], networks: [], volumes: [] };

/** The project's lease records (tickets waiting and leases held), by container name. */
export function leaseRecordsOn(daemon: OwnDockerd, project: string): string[] {
  return leaseRecords(project, on(daemon));
}

/** The step's `::error::` annotations, one message each. */
export function errorsOf(step: StepResult): string[] {
  return step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);
}

export function warningsOf(step: StepResult): string[] {
  return step.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
}

/** Seconds, to one decimal, for messages and the log of measured bounds. */
export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/**
 * A small ext4 file system on a loop device, as the data root of a private daemon whose disk is
 * nearly full. Needs root (mount); the image file lives under /tmp and goes with dispose().
 */
export class LoopDisk {
  readonly dir = mkdtempSync('/tmp/dsa-faults-disk-');
  readonly mountPoint = path.join(this.dir, 'mnt');
  private readonly image = path.join(this.dir, 'disk.img');
  private mounted = false;

  constructor(private readonly sizeMb: number) {}

  mount(): void {
    execFileSync('truncate', ['-s', `${this.sizeMb}M`, this.image]);
    execFileSync('mkfs.ext4', ['-q', '-F', '-m', '0', this.image]);
    mkdirSync(this.mountPoint);
    // mount -o loop sets up the loop device with autoclear: umount frees it.
    execFileSync('mount', ['-o', 'loop', this.image, this.mountPoint]);
    this.mounted = true;
  }

  freeBytes(): number {
    const stats = statfsSync(this.mountPoint);
    return stats.bavail * stats.bsize;
  }

  /** Fills the file system until about `leaveBytes` remain free (a file outside Docker's dirs). */
  fillLeaving(leaveBytes: number): void {
    const fill = this.freeBytes() - leaveBytes;
    if (fill > 0) execFileSync('fallocate', ['-l', String(fill), path.join(this.mountPoint, 'filler')]);
  }

  dispose(): void {
    if (this.mounted) {
      execFileSync('umount', ['--lazy', this.mountPoint]);
      this.mounted = false;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
