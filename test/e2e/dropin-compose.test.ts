// What a team coming from a compose action relies on, through the bundles (main then post as
// separate processes, as the runner runs them): a subset of services, flags that would break
// the lifecycle refused before anything starts, a stack that builds its app (timed apart from
// the start-up, its image removed when asked), pulls from a local registry that fails twice
// and then serves, and a rate limit that fails at once with the way out.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { RunReport } from '../../src/report/run-report.js';
import { startRegistry, type LocalRegistry } from '../support/cache-server/local-registry.js';
import { localImageId, removeImage } from '../support/cache-server/unique-image.js';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { startCliBundle } from '../support/cli-process.js';
import { startRegistryProxy, type RegistryProxy } from '../support/registry-proxy.js';
import { RunnerJob, type StepResult } from '../support/runner.js';
import { emptyRunnerTempAfterEach } from '../support/runner-temp.js';
import { workspaceWith } from '../support/workspace.js';

const track = emptyRunnerTempAfterEach();
const projects: string[] = [];
const images = new Set<string>();
let registry: LocalRegistry | undefined;
let proxy: RegistryProxy | undefined;

beforeAll(() => requireImages('dsa-test/busybox:1'));
afterEach(() => {
  for (const project of projects.splice(0)) forceRemoveProject(project);
});
afterAll(async () => {
  for (const image of images) removeImage(image);
  await proxy?.stop();
  await registry?.stop();
});

const errors = (step: StepResult): string => step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message).join('\n');
const running = (project: string): string[] =>
  docker(['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Label "com.docker.compose.service"}}']).split('\n').filter(Boolean).sort();
const reportOf = (post: StepResult): RunReport => JSON.parse(readFileSync(post.outputs['report-file']!, 'utf8')) as RunReport;

async function mainThenPost(workspace: string, inputs: Record<string, string>) {
  const job = track(new RunnerJob({ workspace, inputs: { 'wait-timeout': '60s', baseline: 'false', ...inputs } }));
  const main = await job.main();
  const project = main.outputs['project-name']!;
  projects.push(project);
  return { job, main, project };
}

describe('services', () => {
  test('`services: web` starts web and db (its dependency), not other; the lease and the summary count only those', async () => {
    const { job, main, project } = await mainThenPost(workspaceWith('stacks/subset'), { services: 'web' });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(running(project)).toEqual(['db', 'web']);
    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    const report = reportOf(post);
    expect(report.stack!.services.map((service) => service.service).sort()).toEqual(['db', 'web']);
    // 32 MiB + 48 MiB; other's 512 MiB would not start, so it is not reserved.
    expect(report.stack!.reservationBytes).toBe(80 * 1024 ** 2);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});

describe('the CLI', () => {
  test('`up web` starts web and its dependency, as `docker compose up web` would; `down` takes the whole project', async () => {
    const workspace = workspaceWith('stacks/subset');
    const project = `dsa-e2e-cli-${Date.now() % 100000}`;
    projects.push(project);
    const namespace = `e2e-${project}`;
    const up = await startCliBundle(['up', '-p', project, '--namespace', namespace, '--wait-timeout', '60s', 'web'], { cwd: workspace }).done;
    expect(up.status, up.stdout + up.stderr).toBe(0);
    expect(running(project)).toEqual(['db', 'web']);
    const down = await startCliBundle(['down', '-p', project, '--namespace', namespace], { cwd: workspace }).done;
    expect(down.status, down.stdout + down.stderr).toBe(0);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
  });
});

describe('flags', () => {
  test('a refused up-flag fails main with the reason before anything starts: no container, no lease', async () => {
    const { job, main, project } = await mainThenPost(workspaceWith('stacks/subset'), { 'up-flags': '--timestamps --abort-on-container-exit', 'compose-flags': '-f other.yml' });
    expect(main.exitCode).toBe(1);
    const error = errors(main);
    expect(error).toContain("up-flags: '--abort-on-container-exit' is refused: it needs `up` attached to the containers");
    expect(error).toContain("compose-flags: '-f' is refused: use the compose-files input");
    expect(main.stdout).not.toMatch(/Admission|Start stack/);
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    const post = await job.post();
    expect(post.exitCode).toBe(0);
  });
});

describe('builds', () => {
  test('a stack with build: builds in its own phase, reports the build apart from the start-up, and removes its image when asked', async () => {
    const workspace = workspaceWith('stacks/build');
    // A new nonce each run: the 1 s step is built, not found in the daemon's build cache.
    writeFileSync(path.join(workspace, 'app/nonce'), `${Date.now()}-${Math.random()}\n`);
    const { job, main, project } = await mainThenPost(workspace, { 'remove-built-images': 'true' });
    const image = `${project}-app`;
    images.add(image);
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(localImageId(image)).toBeDefined();
    const label = docker(['image', 'inspect', '--format', '{{index .Config.Labels "docker-stability.built-by"}}', image]);
    expect(label).toMatch(/^default\/\S+$/);
    const buildSeconds = Number(main.outputs['build-seconds']);
    const startupSeconds = Number(main.outputs['startup-seconds']);
    // The RUN step sleeps 1 s: the build has a time of its own, outside the start-up.
    expect(buildSeconds).toBeGreaterThanOrEqual(1);
    expect(startupSeconds).toBeGreaterThan(0);
    expect(main.stdout).toContain('RUN sleep 1 && echo built > /built.txt');
    expect(main.stdout).toMatch(/Built app \(dsa-[\w-]+-app\) in [\d.]+ s\./);

    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    expect(post.outputs['build-seconds']).toBe(main.outputs['build-seconds']);
    expect(post.summary).toMatch(/\| Build \| [\d.]+ s \(app [\d.]+ s\) \|/);
    expect(post.summary).toMatch(/\| app \| dsa-[\w-]+-app \| built \| [\d.]+ s \|/);
    const report = reportOf(post);
    const timings = report.timings!.start.map((timing) => timing.phase);
    expect(timings.indexOf('build')).toBeLessThan(timings.indexOf('up'));
    expect(localImageId(image)).toBeUndefined();
    expect(localImageId('dsa-test/busybox:1')).toBeDefined();
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    console.log(`build e2e: build-seconds ${main.outputs['build-seconds']}, startup-seconds ${main.outputs['startup-seconds']}, build segment ${report.timings!.start.find((timing) => timing.phase === 'build')!.ms} ms`);
  });
});

describe('pulls from a local registry', () => {
  /** A workspace whose one service runs an image that only the registry (through the proxy) has. */
  async function pullingWorkspace(name: string): Promise<{ workspace: string; image: string }> {
    registry ??= await startRegistry();
    proxy ??= await startRegistryProxy(registry.host);
    const pushed = `${registry.host}/dsa-e2e-${name}/busybox:1`;
    docker(['tag', 'dsa-test/busybox:1', pushed]);
    docker(['push', pushed], 120_000);
    removeImage(pushed);
    const image = `${proxy.host}/dsa-e2e-${name}/busybox:1`;
    images.add(image);
    removeImage(image);
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'dsa-ws-'));
    writeFileSync(
      path.join(workspace, 'compose.yaml'),
      [
        'services:',
        '  app:',
        `    image: ${image}`,
        '    command: ["sleep", "600"]',
        '    mem_limit: 32m',
        '    cpus: 0.5',
        '    healthcheck:',
        '      test: ["CMD", "true"]',
        '      interval: 1s',
        '      timeout: 1s',
        '      retries: 20',
        '',
      ].join('\n'),
    );
    return { workspace, image };
  }

  test('503 twice, then it serves: retried, reported, and the stack starts', async () => {
    const { workspace, image } = await pullingWorkspace(`retry-${Date.now() % 100000}`);
    proxy!.set({ failAttempts: 2, status: 503 });
    const { job, main, project } = await mainThenPost(workspace, {});
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(proxy!.attempts).toBe(3);
    expect(main.stdout).toMatch(/Pulling \S+ failed \(received unexpected HTTP status: 503 Service Unavailable\); attempt 2 of 4 in [\d.]+ (s|ms)\./);
    expect(localImageId(image)).toBeDefined();
    const post = await job.post();
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    const pulled = reportOf(post).pull!.images[0]!;
    expect(pulled.attempts.map((attempt) => attempt.kind ?? 'ok')).toEqual(['transient', 'transient', 'ok']);
    expect(post.summary).toMatch(/\| app \| \S+ \| pulled \| [\d.]+ s \| 3 attempts \(waited [\d.]+ s\): received unexpected HTTP status: 503 Service Unavailable \|/);
    expect(post.summary).toContain('pulled only after retries');
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    const waited = pulled.attempts.reduce((sum, attempt) => sum + (attempt.waitMs ?? 0), 0);
    expect(Number(main.outputs['pull-seconds']) * 1000).toBeGreaterThanOrEqual(waited);
    console.log(`pull retry e2e: attempts ${pulled.attempts.map((attempt) => attempt.ms).join(' + ')} ms, waits ${waited} ms, pull-seconds ${main.outputs['pull-seconds']}, startup-seconds ${main.outputs['startup-seconds']}`);
  });

  test('429: main fails at once with what it is and the way out; nothing starts', async () => {
    const { workspace, image } = await pullingWorkspace(`limit-${Date.now() % 100000}`);
    proxy!.set({ failAttempts: 1000, status: 429 });
    const { job, main, project } = await mainThenPost(workspace, {});
    expect(main.exitCode).toBe(1);
    expect(proxy!.attempts).toBe(1);
    const error = errors(main);
    expect(error).toMatch(/^Pulling \S+ hit the registry's rate limit \(HTTP 429 toomanyrequests/);
    expect(error).toContain('docker/login-action');
    expect(error).toContain('image-cache: true');
    expect(localImageId(image)).toBeUndefined();
    expect(projectResources(project)).toEqual(NOTHING_LEFT);
    const post = await job.post();
    expect(post.exitCode).toBe(0);
    expect(post.summary).toContain('❌ **Failed** — Pulling');
    console.log(`429 e2e: main failed after ${main.durationMs} ms (one attempt)`);
  });
});
