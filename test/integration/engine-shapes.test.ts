import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { supportsStartInterval } from '../../src/compose/healthcheck-defaults.js';
import { toFeedEvent } from '../../src/monitor/event-feed.js';
import { sampleOf } from '../../src/monitor/stats.js';
import type { DockerEvent } from '../../src/ports/docker.js';
import { docker, requireImages } from '../support/docker.js';

// What differs between the engines CI runs on (20.10 with API 1.41; Debian unstable's current
// one, 28.x with API 1.51) as the adapter sees it: the API version both sides speak, health
// fields (start_interval exists from engine 25), the event shapes the monitor reads, and stats
// in the cgroup shape of this host. Expectations come from the docker CLI, not from our code.

const api = new EngineApi();
const suffix = randomBytes(3).toString('hex');
const label = `docker-stability.engine-shapes=${suffix}`;
const name = `dsa-it-engine-${suffix}`;
const serverApi = docker(['version', '--format', '{{.Server.APIVersion}}']);
const startInterval = supportsStartInterval(serverApi);
const events: DockerEvent[] = [];
const streaming = new AbortController();

beforeAll(async () => {
  requireImages('dsa-test/busybox:1');
  void api.streamEvents({ filters: { type: ['container'], label: [label] } }, (event) => events.push(event), streaming.signal);
  await new Promise((resolve) => setTimeout(resolve, 300));
  docker([
    'run', '-d', '--name', name, '--label', label, '--memory', '64m',
    '--health-cmd', 'true', '--health-interval', '1s', '--health-start-period', '30s',
    // The docker CLI refuses the flag for a daemon older than API 1.44, as Compose does.
    ...(startInterval ? ['--health-start-interval', '1s'] : []),
    'dsa-test/busybox:1', 'sh', '-c', 'while :; do dd if=/dev/zero of=/tmp/f bs=64k count=16 2>/dev/null; sleep 0.2; done',
  ]);
}, 60_000);

afterAll(() => {
  streaming.abort();
  try {
    docker(['rm', '-f', name]);
  } catch {
    // Already gone.
  }
});

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe(`engine ${docker(['version', '--format', '{{.Server.Version}}'])} (API ${serverApi})`, () => {
  test('requests carry the API version both sides speak: the daemon\'s, up to the newest this client was tested on (1.51)', async () => {
    await api.listContainers({ all: false, labels: [label] });
    const [, minor] = serverApi.split('.').map(Number);
    expect(api.apiVersion).toBe(minor! < 51 ? serverApi : '1.51');
  });

  test('health fields: status, streak, log and timing as inspect reports them', async () => {
    const details = await until('healthy', async () => {
      const found = await api.inspectContainer(name);
      return found?.state.health?.status === 'healthy' ? found : undefined;
    });
    expect(details.state.health?.failingStreak).toBe(0);
    expect(details.state.health?.log.at(-1)).toMatchObject({ exitCode: 0 });
    expect(details.healthcheck).toMatchObject({ test: ['CMD-SHELL', 'true'], intervalNs: 1e9, startPeriodNs: 30e9, startIntervalNs: startInterval ? 1e9 : 0 });
    expect(details.memoryLimitBytes).toBe(64 * 1024 ** 2);
  });

  test('events: start, health_status: healthy, kill and die with its exit code, as the monitor reads them', async () => {
    await until('the healthy event', () => events.find((event) => event.action === 'health_status: healthy'));
    const started = events.find((event) => event.action === 'start')!;
    expect(toFeedEvent(started)).toMatchObject({ name, service: name, image: 'dsa-test/busybox:1', action: 'start' });
    expect(started.timeNano).toBeGreaterThan(1.7e18);
    expect(started.id).toMatch(/^[0-9a-f]{64}$/);
    expect(toFeedEvent(events.find((event) => event.action === 'health_status: healthy')!).name).toBe(name);
  });

  test('stats in this host\'s cgroup shape give memory in use, the limit, pids and a CPU reading', async () => {
    const cgroup = (await api.info()).cgroupVersion;
    expect(['1', '2']).toContain(cgroup);
    const stats = (await api.containerStats(name))!;
    const memory = stats.memory_stats!;
    if (cgroup === '1') {
      expect(memory.stats).toHaveProperty('total_inactive_file');
    } else {
      // Documented for v2: memory.stat's own keys, no max_usage or failcnt, no percpu_usage.
      expect(memory.stats).toHaveProperty('inactive_file');
      expect(memory.stats).not.toHaveProperty('total_inactive_file');
      expect(memory).not.toHaveProperty('max_usage');
    }
    const { sample, cpu } = sampleOf(stats, undefined);
    expect(sample.memoryLimitBytes).toBe(64 * 1024 ** 2);
    expect(sample.memoryBytes).toBeGreaterThan(0);
    expect(sample.memoryBytes).toBeLessThanOrEqual(64 * 1024 ** 2);
    expect(sample.pids).toBeGreaterThanOrEqual(1);
    expect(cpu?.systemNs).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const later = sampleOf((await api.containerStats(name))!, cpu);
    expect(later.sample.cpuPercent).toBeGreaterThan(0);
  });

  test('a killed container: kill with the signal as a number, die with exit code 137', async () => {
    docker(['kill', name]);
    const died = await until('the die event', () => events.find((event) => event.action === 'die'));
    expect(toFeedEvent(died)).toMatchObject({ action: 'die', exitCode: 137 });
    expect(toFeedEvent(events.find((event) => event.action === 'kill')!)).toMatchObject({ signal: '9' });
  });
});

describe('start_interval in a compose file', () => {
  test(startInterval ? 'this engine (25 or later) runs it and reports it' : 'Compose refuses it for this engine (older than 25) before starting anything', () => {
    requireImages('dsa-test/busybox:1');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-start-interval-'));
    const project = `dsa-it-start-interval-${suffix}`;
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  s:\n    image: dsa-test/busybox:1\n    command: sleep 60\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10s\n      start_period: 5s\n      start_interval: 1s\n',
    );
    const compose = (args: string[]): { code: number; output: string } => {
      try {
        return { code: 0, output: execFileSync('docker', ['compose', '-p', project, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] }) };
      } catch (error) {
        const failed = error as { status?: number; stderr?: string };
        return { code: failed.status ?? 1, output: failed.stderr ?? '' };
      }
    };
    try {
      const up = compose(['up', '-d', '--wait', '--wait-timeout', '60']);
      if (startInterval) {
        expect(up.code, up.output).toBe(0);
        const id = docker(['compose', '-p', project, 'ps', '-q', 's']);
        expect(docker(['inspect', '--format', '{{.Config.Healthcheck.StartInterval}}', id])).toBe('1s');
      } else {
        expect(up.code).not.toBe(0);
        expect(up.output).toMatch(/start_interval.*(Engine v25|1\.44)/);
      }
    } finally {
      compose(['down', '--volumes', '--timeout', '0']);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
