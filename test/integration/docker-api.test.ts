import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { DockerUnavailableError, type DockerEvent } from '../../src/ports/docker.js';
import { docker, requireImages } from '../support/docker.js';

const api = new EngineApi();
const suffix = randomBytes(3).toString('hex');
const created: string[] = [];

afterAll(() => {
  for (const name of created) {
    try {
      docker(['rm', '-f', name]);
    } catch {
      // Already gone.
    }
  }
});

describe('EngineApi against the real daemon', () => {
  test('an image imported from a tar carries its changes; a tar the daemon cannot read fails with its words', async () => {
    const tag = `dsa-it-import/probe-${suffix}:1`;
    // An empty tar: two zero blocks.
    await api.importImage(Buffer.alloc(1024), tag, [`LABEL docker-stability.test=${suffix}`]);
    const images = await api.listImages({ reference: tag });
    expect(images.map((image) => [image.repoTags, image.labels['docker-stability.test']])).toEqual([[[tag], suffix]]);
    expect(await api.removeImage(tag)).toBe('removed');
    expect(await api.removeImage(tag)).toBe('missing');
    await expect(api.importImage(Buffer.from('not a tar'), `dsa-it-import/bad-${suffix}:1`, [])).rejects.toThrow(/^Docker image import failed: .*(tar|EOF)/);
  });

  test('ping, version and info', async () => {
    await api.ping();
    const version = await api.version();
    expect(version.version).toBe(docker(['version', '--format', '{{.Server.Version}}']));
    const info = await api.info();
    expect(info.memTotalBytes).toBeGreaterThan(0);
    expect(info.dockerRootDir).toMatch(/^\//);
  });

  test('create is atomic on the name: the second create of a name gets name-taken', async () => {
    requireImages('dsa-test/busybox:1');
    const name = `dsa-it-atomic-${suffix}`;
    created.push(name);
    const labels = { 'docker-stability.test': suffix };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.createContainer({ name, image: 'dsa-test/busybox:1', cmd: ['true'], labels })),
    );
    expect(results.filter((result) => result !== 'name-taken')).toHaveLength(1);
    const listed = await api.listContainers({ all: true, labels: [`docker-stability.test=${suffix}`] });
    expect(listed.map((c) => c.name)).toEqual([name]);
    expect(listed[0]!.labels).toMatchObject(labels);

    expect(await api.renameContainer(listed[0]!.id, `${name}-renamed`)).toBe('renamed');
    created.push(`${name}-renamed`);
    expect(await api.removeContainer(listed[0]!.id, { force: true, volumes: true })).toBe('removed');
    expect(await api.removeContainer(listed[0]!.id, { force: true, volumes: true })).toBe('missing');
    expect(await api.inspectContainer(listed[0]!.id)).toBeUndefined();
  });

  test('events stream until aborted', async () => {
    requireImages('dsa-test/busybox:1');
    const name = `dsa-it-events-${suffix}`;
    created.push(name);
    const controller = new AbortController();
    const seen: DockerEvent[] = [];
    const streaming = api.streamEvents(
      { filters: { type: ['container'], label: [`docker-stability.events=${suffix}`] } },
      (event) => {
        seen.push(event);
        if (event.action === 'destroy') controller.abort();
      },
      controller.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    docker(['run', '--name', name, '--label', `docker-stability.events=${suffix}`, 'dsa-test/busybox:1', 'true']);
    docker(['rm', name]);
    await streaming;
    expect(seen.map((event) => event.action)).toEqual(expect.arrayContaining(['create', 'start', 'die', 'destroy']));
    expect(seen.find((event) => event.action === 'die')?.attributes.name).toBe(name);
  });

  test('importing an empty tar makes a zero-layer image offline', async () => {
    const tag = `dsa-it/empty:${suffix}`;
    const emptyTar = Buffer.alloc(1024);
    await api.importImage(emptyTar, tag, ['LABEL dsa.test=1']);
    const images = await api.listImages({ reference: tag });
    expect(images).toHaveLength(1);
    expect(images[0]!.labels['dsa.test']).toBe('1');
    expect(await api.removeImage(tag)).toBe('removed');
  });

  test('a daemon that accepts but never answers times out with a clear error', async () => {
    const socket = path.join(mkdtempSync(path.join(os.tmpdir(), 'dsa-frozen-')), 'docker.sock');
    const held: net.Socket[] = [];
    const server = net.createServer((connection) => held.push(connection)).listen(socket);
    try {
      const frozen = new EngineApi({ host: `unix://${socket}`, pingTimeoutMs: 500, callTimeoutMs: 800 });
      const started = Date.now();
      const pingError = await frozen.ping().catch((e: unknown) => e);
      expect(pingError).toBeInstanceOf(DockerUnavailableError);
      expect((pingError as DockerUnavailableError).timedOut).toBe(true);
      expect((pingError as Error).message).toContain(`unix://${socket} did not answer 'ping' in time`);
      const listError = await frozen.listContainers({ all: true }).catch((e: unknown) => e);
      expect((listError as DockerUnavailableError).timedOut).toBe(true);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      for (const connection of held) connection.destroy();
      server.close();
    }
  });

  test('nothing listening: unreachable, not a timeout', async () => {
    const missing = new EngineApi({ host: 'unix:///tmp/dsa-nothing-listens.sock' });
    const error = (await missing.ping().catch((e: unknown) => e)) as DockerUnavailableError;
    expect(error).toBeInstanceOf(DockerUnavailableError);
    expect(error.timedOut).toBe(false);
    expect(error.message).toContain('is unreachable');
  });
});
