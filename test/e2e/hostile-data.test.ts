import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { createdAtMs, forgeLease, YEAR_2100_MS } from '../support/forged-lease.js';
import { REPO_ROOT, RunnerJob } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { printed } from '../support/step-output.js';
import { workspaceWith } from '../support/workspace.js';

// Other tenants' data and forged leases, through the action's bundles (main, then post, as
// separate processes): a developer's volume (a file written into it first) and a dev stack's
// network survive a test stack that names them — refused by the policy under `policy: error`,
// started and torn down under `policy: warn` — with their data; a lease written by hand through
// the daemon is shown as unverified and cleaned once its TTL, counted from the daemon's own
// timestamp, has passed, and an action job it blocked is admitted then.

const id = randomBytes(3).toString('hex');
const devVolume = `dsa-e2e-devdata-${id}`;
const devNetwork = `dsa-e2e-devnet-${id}`;
const devProject = `dsa-e2e-devproj-${id}`;
const track = emptyRunnerTempAfterEach();
const projects: string[] = [];
const forged: string[] = [];
/** The forged leases' namespaces: `status`/`clean`'s, and the job's. */
const namespaces = [`hostile-${id}`, `hostile-${id}-job`];

beforeAll(() => {
  requireImages('dsa-test/busybox:1');
  docker(['volume', 'create', devVolume]);
  docker(['run', '--rm', '-v', `${devVolume}:/data`, 'dsa-test/busybox:1', 'sh', '-c', 'echo developer data > /data/precious.txt']);
  // As a dev stack that declared it made it: Compose's labels, another project.
  docker(['network', 'create', '--label', `com.docker.compose.project=${devProject}`, '--label', 'com.docker.compose.network=dev', devNetwork]);
});
afterEach(() => {
  // By project name alone (no files): Compose then removes only volumes with the project's label.
  for (const project of projects.splice(0)) forceRemoveProject(project);
});
afterAll(() => {
  // The forged records, and whatever else of their namespaces (the admission mutex) is left.
  const records = [
    ...(forged.length ? docker(['ps', '-aq', ...forged.flatMap((name) => ['--filter', `name=${name}`])]).split('\n') : []),
    ...namespaces.flatMap((namespace) => docker(['ps', '-aq', '--filter', `label=docker-stability.lease.namespace=${namespace}`]).split('\n')),
  ].filter(Boolean);
  if (records.length) docker(['rm', '-f', ...new Set(records)]);
  for (const [kind, name] of [['volume', devVolume], ['network', devNetwork]] as const) {
    try {
      docker([kind, 'rm', name]);
    } catch {
      // Already gone: a failure the assertions reported.
    }
  }
});

function sharedDataWorkspace(): string {
  const workspace = workspaceWith('stacks/shared-data');
  const file = path.join(workspace, 'compose.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('name: DEV_VOLUME', `name: ${devVolume}`).replace('name: DEV_NETWORK', `name: ${devNetwork}`));
  return workspace;
}

const developerFile = (): string => docker(['run', '--rm', '-v', `${devVolume}:/data`, 'dsa-test/busybox:1', 'cat', '/data/precious.txt']);
const networkExists = (): boolean => docker(['network', 'ls', '-q', '--filter', `name=^${devNetwork}$`]).length > 0;

describe("other tenants' data", () => {
  test('policy: error refuses the stack before anything starts, naming the rule and the line', async () => {
    const workspace = sharedDataWorkspace();
    const job = track(new RunnerJob({ workspace, inputs: { policy: 'error', baseline: 'false' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode).toBe(1);
    const text = readFileSync(path.join(workspace, 'compose.yaml'), 'utf8').split('\n');
    const shared = main.annotations.filter((a) => a.properties.title === 'docker-stability shared-resources (app)');
    expect(shared.map((a) => [a.level, a.properties.file, text[Number(a.properties.line) - 1]!.trim()])).toEqual([
      ['error', 'compose.yaml', '- shared:/shared'],
      ['error', 'compose.yaml', 'networks: [dev, default]'],
    ]);
    expect(shared[0]!.message).toContain(`volume ${devVolume} (volumes.shared, name: ${devVolume}), which already exists on this daemon and is not this stack's (it was not created by Compose)`);
    expect(shared[1]!.message).toContain(`(it belongs to Compose project ${devProject})`);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);

    const post = await job.post();
    expect(post.exitCode).toBe(0);
    expect(post.summary).toMatch(/\| 🔴 error \| shared-resources \| app \| compose\.yaml:\d+:\d+ \|/);
    expect(developerFile()).toBe('developer data');
    expect(networkExists()).toBe(true);
  });

  test('policy: warn starts it; post keeps the volume and the network, says why, and counts nothing left', async () => {
    const job = track(new RunnerJob({ workspace: sharedDataWorkspace(), inputs: { policy: 'warn', baseline: 'false', 'wait-timeout': '60s' } }));
    const main = await job.main();
    const project = main.outputs['project-name']!;
    projects.push(project);
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.stdout).toContain(`volume ${devVolume} existed before up: it was not created by Compose; the teardown keeps it`);
    // The stack really used the developer's data.
    expect(docker(['logs', `${project}-app-1`])).toContain('developer data');

    const post = await job.post();
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.stdout).toContain(`Kept volume ${devVolume}: it existed before this run and is not ours (it was not created by Compose).`);
    expect(post.stdout).toContain(`Kept network ${devNetwork}: it existed before this run and is not ours (it belongs to Compose project ${devProject}).`);
    expect(post.stdout).toContain('Left after cleanup: 0');
    expect(post.summary).toContain(`| kept | volume | ${devVolume} | it existed before this run and is not ours (it was not created by Compose) |`);
    expect(post.summary).toContain('| Left after cleanup | 0 |');
    const report = JSON.parse(readFileSync(post.outputs['report-file']!, 'utf8')) as { cleanup: { removed: Array<{ name: string }>; kept: Array<{ kind: string; name: string }> } };
    expect(report.cleanup.kept.map((kept) => `${kept.kind} ${kept.name}`)).toEqual([`network ${devNetwork}`, `volume ${devVolume}`]);
    expect(report.cleanup.removed.map((removed) => removed.name)).toContain(`${project}_own`);

    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    expect(developerFile()).toBe('developer data');
    expect(networkExists()).toBe(true);
  });
});

describe('a forged lease', () => {
  const cli = (args: string[]): string => execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], { encoding: 'utf8', timeout: 60_000 });

  test('is unverified, holds until lease-ttl after the daemon stamped it, then clean removes it and the job it blocked is admitted', async () => {
    const [namespace, jobNamespace] = namespaces as [string, string];
    const group = `hostile-${id}`;
    // One for `status` and `clean` in a namespace of its own; one that holds a lock group (and no
    // memory) in the namespace the action's job uses — its own too, so no other job on this daemon
    // (another suite's, run beside this one) queues with it.
    const forCli = forgeLease({ namespace, id: `a${id}`, project: 'victim', groups: [group], memoryBytes: 1024 ** 4 });
    const forAction = forgeLease({ namespace: jobNamespace, id: `b${id}`, project: 'victim', groups: [group], memoryBytes: 0 });
    forged.push(forCli.name, forAction.name);
    const expires = Math.floor(createdAtMs(forAction.containerId) / 1000) * 1000 + 60_000;

    const status = JSON.parse(cli(['status', '--namespace', namespace, '--lease-ttl', '1m', '--format', 'json'])) as { leases: Array<{ owner: string; stale: boolean; expiresAtMs: number; claimedRenewalAtMs?: number }> };
    expect(status.leases).toEqual([expect.objectContaining({ owner: 'unverified', stale: false, claimedRenewalAtMs: YEAR_2100_MS })]);
    expect(cli(['status', '--namespace', namespace, '--lease-ttl', '1m'])).toMatch(/attacker \(pid 31337\), project victim {2}\[unverified owner; expires .* unless renewed; claims a renewal at 2100-01-01 00:00:00 UTC the daemon never stamped\]/);
    const early = JSON.parse(cli(['clean', '--namespace', namespace, '--lease-ttl', '1m', '--format', 'json'])) as { releasedLeases: string[] };
    expect(early.releasedLeases).toEqual([]);

    // A job of the same lock group waits for the forged holder — not for ever.
    const job = track(new RunnerJob({ workspace: workspaceWith('stacks/healthy'), inputs: { 'lease-namespace': jobNamespace, 'lock-group': group, 'lease-ttl': '1m', 'lock-timeout': '3m', 'wait-timeout': '60s', baseline: 'false' } }));
    const waiting = job.start('main');
    await printed(waiting.child, /Waiting .* for admission, #1 in line: .*attacker/);

    while (Date.now() < Math.max(status.leases[0]!.expiresAtMs, expires) + 1500) await new Promise((resolve) => setTimeout(resolve, 500));
    const late = JSON.parse(cli(['clean', '--namespace', namespace, '--lease-ttl', '1m', '--format', 'json'])) as { releasedLeases: string[]; staleLeases: Array<{ reason: string }> };
    expect(late.releasedLeases).toEqual([`a${id}`]);
    expect(late.staleLeases[0]!.reason).toContain('did not renew it within its TTL of 1 min since the daemon stamped it');

    const main = await waiting.done;
    projects.push(main.outputs['project-name']!);
    expect(main.exitCode, main.stdout).toBe(0);
    // Admitted once the forged lease ran out: about a minute after it was written, not in 2100.
    expect(Number(main.outputs['lock-wait-seconds'])).toBeGreaterThan(20);
    expect(Number(main.outputs['lock-wait-seconds'])).toBeLessThan(150);
    expect(docker(['ps', '-aq', '--filter', `name=${forAction.name}`, '--filter', `name=${forCli.name}`])).toBe('');
    expect((await job.post()).exitCode).toBe(0);
    expect(projectResources(main.outputs['project-name']!)).toEqual(NOTHING_LEFT);
  });
});
