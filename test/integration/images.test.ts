// The pull and build phases against the real daemon and the real `docker compose`: pulls from a
// real registry on loopback (Debian's docker-registry) through a proxy that fails, is slow or
// rate-limits on purpose, and from a registry that is not there at all; builds FROM a local test
// image, labelled through the override as the pipeline labels them, and removed by that label
// only. Each figure measured is printed.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { dockerApiFromEnvironment } from '../../src/adapters/docker-endpoint.js';
import { systemClock } from '../../src/adapters/system-clock.js';
import { ownerLabelValue, withOwnership } from '../../src/cleanup/ownership.js';
import { tearDown } from '../../src/cleanup/teardown.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import { emptyOverride, renderOverride } from '../../src/compose/override.js';
import type { StackTarget } from '../../src/compose/target.js';
import { buildImages } from '../../src/stack/build.js';
import { planBuilds, planPulls } from '../../src/stack/images.js';
import type { RetryPolicy } from '../../src/stack/pull-retry.js';
import { pullImages } from '../../src/stack/pull.js';
import { startRegistry, type LocalRegistry } from '../support/cache-server/local-registry.js';
import { localImageId, removeImage } from '../support/cache-server/unique-image.js';
import { docker, forceRemoveProject, requireImages } from '../support/docker.js';
import { startRegistryProxy, type RegistryProxy } from '../support/registry-proxy.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'dsa-it-images-'));
const tag = randomBytes(3).toString('hex');
const compose = new DockerComposeCli(new ProcessCommandRunner());
const lines: string[] = [];
const deps = { compose, clock: systemClock, log: { info: (line: string) => lines.push(line) } };
/** Short waits, so a registry that stays down costs seconds here, not the product's minutes. */
const QUICK: RetryPolicy = { attempts: 3, firstDelayMs: 300, maxDelayMs: 1000, windowMs: 30_000 };
const projects: string[] = [];
const images = new Set<string>();
let registry: LocalRegistry;
let proxy: RegistryProxy;

beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  registry = await startRegistry();
  proxy = await startRegistryProxy(registry.host);
  // The image lives in the registry; through the proxy it has the proxy's name.
  docker(['tag', 'dsa-test/busybox:1', `${registry.host}/dsa-it-${tag}/busybox:1`]);
  docker(['push', `${registry.host}/dsa-it-${tag}/busybox:1`], 120_000);
  removeImage(`${registry.host}/dsa-it-${tag}/busybox:1`);
});
afterAll(async () => {
  for (const project of projects) forceRemoveProject(project);
  for (const image of images) removeImage(image);
  await proxy?.stop();
  await registry?.stop();
  rmSync(temp, { recursive: true, force: true });
});

/** A stack in its own directory: `files` name → text. */
function stack(name: string, files: Record<string, string>): StackTarget {
  const workingDirectory = path.join(temp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workingDirectory, file)), { recursive: true });
    writeFileSync(path.join(workingDirectory, file), text);
  }
  const projectName = `dsa-it-img-${tag}-${name}`;
  projects.push(projectName);
  return { workingDirectory, files: ['compose.yaml'], projectName, profiles: [], envFiles: [] };
}

/** A one-service stack whose image comes through `host` (the proxy, or nothing at all). */
function pulling(name: string, host: string): { target: StackTarget; image: string } {
  const image = `${host}/dsa-it-${tag}/busybox:1`;
  images.add(image);
  removeImage(image);
  return { target: stack(name, { 'compose.yaml': `services:\n  app:\n    image: ${image}\n    command: ["sleep", "60"]\n` }), image };
}

async function pull(target: StackTarget, retry = QUICK) {
  const model = await compose.config(target);
  const started = Date.now();
  const section = await pullImages(deps, target, 'missing', planPulls(model, 'missing', new Set()), { retry });
  return { section, wallMs: Date.now() - started };
}

describe('pulls from a registry that misbehaves', () => {
  test('503 on the first two attempts, then it serves: retried and pulled, every attempt reported', async () => {
    proxy.set({ failAttempts: 2, status: 503 });
    const { target, image } = pulling('recovers', proxy.host);
    const { section, wallMs } = await pull(target);
    expect(section.failure).toBeUndefined();
    const [pulled] = section.images;
    expect(pulled!.outcome).toBe('pulled');
    expect(pulled!.attempts.map((attempt) => attempt.kind ?? 'ok')).toEqual(['transient', 'transient', 'ok']);
    expect(pulled!.attempts[0]!.error).toMatch(/503 Service Unavailable/);
    expect(proxy.attempts).toBe(3);
    expect(localImageId(image)).toBeDefined();
    const waits = pulled!.attempts.map((attempt) => attempt.waitMs ?? 0);
    console.log(`pull 503×2 then ok: attempts ${pulled!.attempts.map((attempt) => attempt.ms).join(' + ')} ms, waits ${waits.join(' + ')} ms, phase ${section.durationMs} ms (wall ${wallMs} ms)`);
  });

  test('429: fails at once with the way out, one attempt', async () => {
    proxy.set({ failAttempts: 1000, status: 429 });
    const { target, image } = pulling('limited', proxy.host);
    const { section, wallMs } = await pull(target);
    expect(section.rateLimited).toBe(true);
    expect(section.images[0]!.attempts).toHaveLength(1);
    expect(proxy.attempts).toBe(1);
    expect(section.failure).toMatch(/hit the registry's rate limit \(HTTP 429 toomanyrequests: toomanyrequests: You have reached your pull rate limit/);
    expect(section.failure).toContain('docker/login-action');
    expect(localImageId(image)).toBeUndefined();
    // A generous net: no wait happened (the retry waits alone would be 300 ms and more).
    expect(section.images[0]!.attempts[0]!.waitMs).toBeUndefined();
    console.log(`pull 429: failed after ${section.durationMs} ms (wall ${wallMs} ms), one attempt`);
  });

  test('a registry that is not there: connection refused, retried up to the count, then it fails saying so', async () => {
    const { target } = pulling('stopped', '127.0.0.1:9');
    const { section } = await pull(target);
    expect(section.images[0]!.outcome).toBe('failed');
    expect(section.images[0]!.attempts).toHaveLength(QUICK.attempts);
    expect(section.images[0]!.attempts.every((attempt) => attempt.kind === 'transient')).toBe(true);
    expect(section.failure).toMatch(/connection refused — still failing after 3 attempts in [\d.]+ m?s/);
    console.log(`pull from a stopped registry: ${section.images[0]!.attempts.length} attempts in ${section.durationMs} ms`);
  });

  test('a slow registry: the pull takes its time and the time is reported, no retry', async () => {
    proxy.set({ delayMs: 400 });
    const { target } = pulling('slow', proxy.host);
    const { section } = await pull(target);
    expect(section.images[0]).toMatchObject({ outcome: 'pulled', attempts: [{}] });
    // Every request was held 400 ms, and a pull asks at least twice one after the other: the
    // ping, then the manifest (the layers and config are already here: the test image's).
    expect(section.images[0]!.durationMs).toBeGreaterThanOrEqual(2 * 400);
    console.log(`pull through a registry slowed by 400 ms per request: ${section.images[0]!.durationMs} ms`);
  });
});

describe('builds', () => {
  const owner = { namespace: `it-${tag}`, id: `run-${tag}` };

  function building(name: string, dockerfile: string): { target: StackTarget; overrideFile: string } {
    const target = stack(name, {
      'compose.yaml': 'services:\n  app:\n    build: ./app\n    command: ["sleep", "60"]\n  db:\n    image: dsa-test/busybox:1\n',
      'app/Dockerfile': dockerfile,
    });
    return { target, overrideFile: path.join(target.workingDirectory, 'override.yml') };
  }

  test('FROM a local image: built under the override, timed, labelled with the owner; teardown removes exactly it', async () => {
    const { target, overrideFile } = building('built', `FROM dsa-test/busybox:1\nRUN echo built-${tag} > /built.txt\n`);
    const model = await compose.config(target);
    writeFileSync(overrideFile, renderOverride(withOwnership(emptyOverride(), model, owner)));
    const image = `${target.projectName}-app`;
    images.add(image);
    // An image of the same name from an earlier run of this project: not ours to remove.
    const earlier = `${target.projectName}-app:earlier`;
    images.add(earlier);
    docker(['tag', 'dsa-test/busybox:1', earlier]);

    const output: string[] = [];
    const plan = planBuilds(model, 'missing', new Set());
    expect(plan.map((entry) => `${entry.image} ${entry.action}`)).toEqual([`${image} fetch`]);
    const section = await buildImages({ compose, now: Date.now, output: (batch) => output.push(...batch), log: deps.log }, target, 'missing', plan, { overrideFiles: [overrideFile] });
    expect(section.failure).toBeUndefined();
    expect(section.services[0]).toMatchObject({ service: 'app', image, outcome: 'built' });
    expect(output.join('\n')).toMatch(/RUN echo built-/);
    const labels = JSON.parse(docker(['image', 'inspect', '--format', '{{json .Config.Labels}}', image])) as Record<string, string>;
    expect(labels).toMatchObject({ 'docker-stability.built-by': ownerLabelValue(owner), 'com.docker.compose.project': target.projectName });
    console.log(`build FROM dsa-test/busybox:1: ${section.services[0]!.durationMs} ms (phase ${section.durationMs} ms)`);

    const api = dockerApiFromEnvironment(process.env);
    const torn = await tearDown({ compose, docker: api, now: Date.now }, target, { stopTimeoutSeconds: 0, timeoutMs: 60_000, owners: [ownerLabelValue(owner)], removeBuiltBy: ownerLabelValue(owner) });
    expect(torn.problems).toEqual([]);
    expect(torn.swept!.removed.map((removal) => removal.resource.name)).toEqual([`${image}:latest`]);
    expect(localImageId(image)).toBeUndefined();
    expect(localImageId(earlier)).toBeDefined();
    expect(localImageId('dsa-test/busybox:1')).toBeDefined();
  });

  test('a failing RUN: the build fails with BuildKit\'s last words and its last lines', async () => {
    const { target, overrideFile } = building('broken', 'FROM dsa-test/busybox:1\nRUN echo about to fail && exit 3\n');
    const model = await compose.config(target);
    writeFileSync(overrideFile, renderOverride(withOwnership(emptyOverride(), model, owner)));
    images.add(`${target.projectName}-app`);
    const section = await buildImages({ compose, now: Date.now, output: () => undefined, log: deps.log }, target, 'always', planBuilds(model, 'always', new Set()), { overrideFiles: [overrideFile] });
    expect(section.services[0]!.outcome).toBe('failed');
    expect(section.failure).toMatch(/^Could not build the stack's images:\napp \(dsa-it-img-\w+-broken-app\): .*exit code: 3/);
    expect(section.services[0]!.tail!.join('\n')).toContain('about to fail');
  });
});
