import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../../../src/preflight/checks.js';
import type { DaemonFacts } from '../../../src/preflight/daemon.js';
import { checkHost, daemonIsLocal, gatherHostFacts, memoryMargin, type HostFacts, type HostNeeds } from '../../../src/preflight/host.js';
import type { HostProbe } from '../../../src/ports/host.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

const facts: HostFacts = {
  memory: { totalBytes: 16 * GiB, availableBytes: 12 * GiB },
  load: { load1: 1, cpus: 4 },
  daemonLocal: true,
  dataRoot: '/var/lib/docker',
  freeDiskBytes: 40 * GiB,
  daemonMemTotalBytes: 16 * GiB,
};
const needs: HostNeeds = { reservationBytes: 2 * GiB, reservationIsFloor: false, minFreeDiskBytes: 2 * GiB };

const byId = (results: CheckResult[], id: string): CheckResult => results.find((result) => result.id === id)!;

describe('checkHost', () => {
  test.each([
    ['plenty of memory', {}, {}, 'host-memory', 'pass', '12 GiB available of 16 GiB; the stack reserves 2 GiB, plus a margin of 1.6 GiB'],
    ['reservation fits but eats the margin', { memory: { totalBytes: 16 * GiB, availableBytes: 3 * GiB } }, {}, 'host-memory', 'warn', 'Little room is left'],
    ['reservation larger than what is available', { memory: { totalBytes: 16 * GiB, availableBytes: 1 * GiB } }, {}, 'host-memory', 'fail', 'could exhaust the host'],
    ['unlimited services make it a floor', {}, { reservationIsFloor: true }, 'host-memory', 'pass', 'a floor: some services have no memory limit'],
    ['remote daemon: memory not measurable', { memory: undefined, daemonLocal: false }, {}, 'host-memory', 'warn', 'the daemon is not on this machine (it reports 16 GiB in all)'],
    ['enough disk', {}, {}, 'data-root-disk', 'pass', '40 GiB free on /var/lib/docker; minimum 2 GiB (min-free-disk)'],
    ['too little disk', { freeDiskBytes: 1.5 * GiB }, {}, 'data-root-disk', 'fail', '1.5 GiB free on /var/lib/docker; minimum 2 GiB'],
    ['disk of a remote daemon', { freeDiskBytes: undefined, daemonLocal: false }, {}, 'data-root-disk', 'warn', 'could not be measured: the daemon is not on this machine'],
    ['data root not readable here', { freeDiskBytes: undefined }, {}, 'data-root-disk', 'warn', 'could not be measured: /var/lib/docker is not readable from here'],
    ['load under the cores', {}, {}, 'host-load', 'pass', 'load 1.00 over 4 cores (0.25 per core)'],
    ['load over the cores only warns', { load: { load1: 9, cpus: 4 } }, {}, 'host-load', 'warn', '2.25 per core'],
  ] as Array<[string, Partial<HostFacts>, Partial<HostNeeds>, string, string, string]>)('%s', (_, factChange, needChange, id, status, detail) => {
    const result = byId(checkHost({ ...facts, ...factChange }, { ...needs, ...needChange }), id);
    expect(result.status).toBe(status);
    expect(result.detail).toContain(detail);
  });

  test('the margin is 10% of memory, at least 512 MiB', () => {
    expect(memoryMargin(2 * GiB)).toBe(512 * MiB);
    expect(memoryMargin(64 * GiB)).toBe(Math.round(6.4 * GiB));
  });

  test.each([
    ['unix:///var/run/docker.sock', true],
    ['npipe:////./pipe/docker_engine', true],
    ['tcp://10.0.0.5:2375', false],
    ['ssh://ci@builder', false],
  ])('%s is local: %s', (endpoint, local) => expect(daemonIsLocal(endpoint)).toBe(local));
});

describe('gatherHostFacts', () => {
  const daemon = (endpoint: string): DaemonFacts => ({
    endpoint,
    pingMs: 3,
    engine: { version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' },
    info: { id: '', name: 'host', memTotalBytes: 8 * GiB, cpus: 2, dockerRootDir: '/var/lib/docker', containersRunning: 0, operatingSystem: '', cgroupVersion: '1' },
    composeVersion: '2.26.1',
  });
  const asked: string[] = [];
  const probe: HostProbe = {
    pid: 1,
    memory: () => ({ totalBytes: 8 * GiB, availableBytes: 6 * GiB }),
    load: () => ({ load1: 0.5, cpus: 2 }),
    freeDiskBytes: async (path) => {
      asked.push(path);
      return 10 * GiB;
    },
    processIdentity: () => undefined,
  };

  test('a local daemon: memory and the data root measured here', async () => {
    const gathered = await gatherHostFacts(probe, daemon('unix:///var/run/docker.sock'));
    expect(gathered).toMatchObject({ daemonLocal: true, freeDiskBytes: 10 * GiB, memory: { availableBytes: 6 * GiB } });
    expect(asked).toEqual(['/var/lib/docker']);
  });

  test('a remote daemon: this machine says nothing about its memory or disk', async () => {
    asked.length = 0;
    const gathered = await gatherHostFacts(probe, daemon('tcp://10.0.0.5:2375'));
    expect(gathered).toMatchObject({ daemonLocal: false, freeDiskBytes: undefined, memory: undefined });
    expect(asked).toEqual([]);
  });
});
