import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import type { EngineApi } from '../../src/adapters/docker-api.js';
import { dockerApiFromEnvironment, resolveDockerEndpoint } from '../../src/adapters/docker-endpoint.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import type { StackTarget } from '../../src/compose/target.js';
import { docker, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { OwnDockerd } from '../support/own-dockerd.js';
import { RunnerJob } from '../support/runner.js';
import { workspaceWith } from '../support/workspace.js';

// A second dockerd serving on tcp://127.0.0.1:<port> (test/support/own-dockerd.ts: its own
// data root, exec root, pid file and network namespace, the tcp socket handed in by socket
// activation). The API client, `docker compose` and the action's bundles must all reach it —
// through DOCKER_HOST, DOCKER_CONTEXT and the CLI's current context — and create nothing on
// the shared daemon.

const daemon = new OwnDockerd({ tcp: true });
const suffix = randomBytes(3).toString('hex');
const dockerConfig = mkdtempSync(path.join(os.tmpdir(), 'dsa-docker-config-'));
const NOTHING = { containers: [], networks: [], volumes: [] };
/**
 * For the cases where a context must decide: a DOCKER_HOST of this process (the daemon under
 * test, e.g. CI's second engine) would win over it. Empty counts as unset for our resolver and
 * the docker CLI alike.
 */
const NO_HOST = { DOCKER_HOST: '' };
let tcp = '';
let sharedRoot = '';

beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  // Not the engine ID: dockerd 20.10 derives it from /etc/docker/key.json, shared by both.
  sharedRoot = docker(['info', '--format', '{{.DockerRootDir}}']);
  await daemon.start();
  tcp = daemon.tcpHost!;
  daemon.loadImage('dsa-test/busybox:1');
  // Contexts are made by the real docker CLI, so the test also proves we read its store.
  dockerCli(['context', 'create', 'dsa-remote', '--docker', `host=${tcp}`]);
}, 120_000);

afterAll(async () => {
  await daemon.dispose();
  rmSync(dockerConfig, { recursive: true, force: true });
}, 120_000);

/** The docker CLI with this test's DOCKER_CONFIG and no DOCKER_HOST. */
function dockerCli(args: string[]): string {
  const { DOCKER_HOST: _ignored, ...env } = process.env;
  return execFileSync('docker', args, { encoding: 'utf8', env: { ...env, DOCKER_CONFIG: dockerConfig }, timeout: 30_000 }).trim();
}

/** Everything of a project on the private daemon, through the API client under test. */
async function remoteProject(api: EngineApi, project: string): Promise<{ containers: string[]; networks: string[]; volumes: string[] }> {
  const labels = [`com.docker.compose.project=${project}`];
  return {
    containers: (await api.listContainers({ all: true, labels })).map((container) => container.name),
    networks: (await api.listNetworks({ labels })).map((network) => network.name),
    volumes: (await api.listVolumes({ labels })).map((volume) => volume.name),
  };
}

function remoteStack(project: string): StackTarget {
  return { workingDirectory: workspaceWith('stacks/remote'), files: ['compose.yaml'], projectName: project, profiles: [], envFiles: [] };
}

/** main, a look at both daemons while the stack runs, then post: the action as a job runs it. */
async function runActionAgainstRemote(env: Record<string, string>, project: string): Promise<void> {
  const remote = dockerApiFromEnvironment({ DOCKER_HOST: tcp });
  const job = new RunnerJob({ workspace: workspaceWith('stacks/remote'), inputs: { 'project-name': project, 'wait-timeout': '60s', 'sample-interval': '1s' }, env });

  const main = await job.main();
  expect(main.exitCode, main.stdout + main.stderr).toBe(0);
  expect(main.outputs['project-name']).toBe(project);
  expect(Number(main.outputs['startup-seconds'])).toBeGreaterThan(0);
  const running = await remote.listContainers({ all: false, labels: [`com.docker.compose.project=${project}`] });
  expect(running.map((container) => container.state)).toEqual(['running']);
  expect(projectResources(project)).toEqual(NOTHING_LEFT);

  const post = await job.post();
  expect(post.exitCode, post.stdout + post.stderr).toBe(0);
  expect(post.outputs['report-file']).toBeTruthy();
  expect(await remoteProject(remote, project)).toEqual(NOTHING);
  expect(projectResources(project)).toEqual(NOTHING_LEFT);
  // The monitor sampled the private daemon's container, through the same endpoint.
  expect(post.stdout).toMatch(/Monitor: [1-9]\d* samples of 1 services/);
}

describe('a second daemon on tcp://127.0.0.1', () => {
  test('the API client reaches it, not the shared daemon', async () => {
    const api = dockerApiFromEnvironment({ DOCKER_HOST: tcp });
    expect(api.endpoint).toBe(tcp);
    await api.ping();
    const info = await api.info();
    expect(info.dockerRootDir).toBe(path.join(daemon.dir, 'data'));
    expect(info.dockerRootDir).not.toBe(sharedRoot);
  });

  test('docker compose up --wait and down go to the daemon DOCKER_HOST names', async () => {
    const project = `dsa-remote-compose-${suffix}`;
    const target = remoteStack(project);
    const compose = new DockerComposeCli(new ProcessCommandRunner(), { DOCKER_HOST: tcp });
    const api = dockerApiFromEnvironment({ DOCKER_HOST: tcp });
    try {
      await compose.up(target, { waitTimeoutMs: 60_000 });
      const up = await remoteProject(api, project);
      expect(up.containers).toEqual([`${project}-idle-1`]);
      expect(up.volumes).toEqual([`${project}_scratch`]);
      expect(projectResources(project)).toEqual(NOTHING_LEFT);
    } finally {
      await compose.down(target, { stopTimeoutSeconds: 0, timeoutMs: 60_000 });
    }
    expect(await remoteProject(api, project)).toEqual(NOTHING);
  });

  test("the action's main and post over DOCKER_HOST=tcp://…", async () => {
    await runActionAgainstRemote({ DOCKER_HOST: tcp }, `dsa-remote-host-${suffix}`);
  });
});

describe('the same daemon through a Docker context', () => {
  test('the context store the docker CLI wrote resolves to its endpoint', () => {
    expect(resolveDockerEndpoint({ DOCKER_CONFIG: dockerConfig, DOCKER_CONTEXT: 'dsa-remote' })).toMatchObject({
      host: tcp,
      source: 'context',
      description: `${tcp} (context 'dsa-remote')`,
    });
  });

  test("the action's main and post with DOCKER_CONTEXT and no DOCKER_HOST", async () => {
    await runActionAgainstRemote({ ...NO_HOST, DOCKER_CONFIG: dockerConfig, DOCKER_CONTEXT: 'dsa-remote' }, `dsa-remote-context-${suffix}`);
  });

  test('the current context (docker context use) reaches it: API client and compose alike', async () => {
    const config = mkdtempSync(path.join(os.tmpdir(), 'dsa-docker-config-'));
    try {
      execFileSync('cp', ['-r', `${dockerConfig}/.`, config]);
      execFileSync('docker', ['context', 'use', 'dsa-remote'], { env: { ...process.env, ...NO_HOST, DOCKER_CONFIG: config }, stdio: 'ignore', timeout: 10_000 });
      const api = dockerApiFromEnvironment({ DOCKER_CONFIG: config });
      expect(api.endpoint).toBe(`${tcp} (context 'dsa-remote')`);
      expect((await api.info()).dockerRootDir).toBe(path.join(daemon.dir, 'data'));

      const project = `dsa-remote-current-${suffix}`;
      const target = remoteStack(project);
      const compose = new DockerComposeCli(new ProcessCommandRunner(), { ...NO_HOST, DOCKER_CONFIG: config });
      try {
        await compose.up(target, { waitTimeoutMs: 60_000 });
        expect((await remoteProject(api, project)).containers).toEqual([`${project}-idle-1`]);
        expect(projectResources(project)).toEqual(NOTHING_LEFT);
      } finally {
        await compose.down(target, { stopTimeoutSeconds: 0, timeoutMs: 60_000 });
      }
      expect(await remoteProject(api, project)).toEqual(NOTHING);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });

  test('a context whose daemon is gone: main fails saying where it looked', async () => {
    const closed = await freeLoopbackPort();
    dockerCli(['context', 'create', 'dsa-gone', '--docker', `host=tcp://127.0.0.1:${closed}`]);
    const job = new RunnerJob({ workspace: workspaceWith('stacks/remote'), inputs: {}, env: { ...NO_HOST, DOCKER_CONFIG: dockerConfig, DOCKER_CONTEXT: 'dsa-gone' } });
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    const error = main.annotations.find((annotation) => annotation.level === 'error')?.message ?? '';
    expect(error).toContain(`tcp://127.0.0.1:${closed} (context 'dsa-gone') is unreachable`);
    const post = await job.post();
    expect(post.exitCode).toBe(0);
  });

  test('a context that does not exist: main fails naming it and the file it looked for', async () => {
    const job = new RunnerJob({ workspace: workspaceWith('stacks/remote'), inputs: {}, env: { ...NO_HOST, DOCKER_CONFIG: dockerConfig, DOCKER_CONTEXT: 'dsa-never-created' } });
    const main = await job.main();
    expect(main.exitCode).toBe(1);
    const error = main.annotations.find((annotation) => annotation.level === 'error')?.message ?? '';
    expect(error).toContain(`Docker context 'dsa-never-created' (from DOCKER_CONTEXT) does not exist: no ${dockerConfig}/contexts/meta/`);
  });
});

/** A loopback port nothing listens on (bound, then released). */
async function freeLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
