import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { nodeNetworkProbe } from '../../src/adapters/network-probe.js';
import { systemClock } from '../../src/adapters/system-clock.js';
import { awaitReadiness } from '../../src/stack/readiness.js';
import { collectServiceLogs } from '../../src/stack/service-logs.js';
import { parseWaitFor, type WaitFor } from '../../src/stack/wait-for.js';
import { docker, forceRemoveProject, requireImages } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';

// wait-for and the kept logs on the real daemon, through its real userland proxy: services with
// no health check, ephemeral host ports read back from the daemon, a port published but never
// listened on, and a log far larger than the bound.

const suffix = randomBytes(3).toString('hex');
const project = `dsa-it-ready-${suffix}`;
const bigProject = `dsa-it-biglog-${suffix}`;
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/stacks/readiness');
const api = new EngineApi();
const deps = { docker: api, network: nodeNetworkProbe, clock: systemClock };
const probes = (text: string): WaitFor[] => parseWaitFor(text) as WaitFor[];

beforeAll(() => {
  requireImages('dsa-test/busybox:1');
  // Compose's own wait: running, which these services are at once.
  docker(['compose', '-p', project, '-f', path.join(FIXTURE, 'compose.yaml'), '--profile', 'deaf', 'up', '--detach', '--wait', '--wait-timeout', '60'], 120_000);
});
afterAll(() => {
  forceRemoveProject(project);
  try {
    docker(['rm', '-f', `${bigProject}-big-1`]);
  } catch {
    // Never started.
  }
});

describe('wait-for on the real daemon', () => {
  test('TCP, HTTP and a log line: each waited for, from the published ephemeral port and the log', async () => {
    const outcome = await awaitReadiness(deps, project, probes('slow:7000, slow:7000:http:/index.html\nworker:log:/ready to (accept|serve)/'), { deadlineMs: Date.now() + 60_000 });
    expect(outcome.ok, JSON.stringify(outcome.probes, null, 2)).toBe(true);
    const slow = outcome.ports.find((replica) => replica.service === 'slow')!;
    const hostPort = slow.ports[0]!.hostPort;
    expect(slow.ports).toEqual([{ containerPort: 7000, protocol: 'tcp', host: '127.0.0.1', hostPort }]);
    expect(docker(['port', `${project}-slow-1`, '7000'])).toBe(`127.0.0.1:${hostPort}`);
    // slow listens 4 s after it starts: a probe fooled by the proxy's accept would pass earlier.
    for (const probe of outcome.probes.filter((one) => one.service === 'slow')) expect(probe.replicas[0]!.sinceStartMs).toBeGreaterThanOrEqual(3500);
    expect(outcome.probes.find((one) => one.service === 'worker')!.replicas[0]).toMatchObject({ ready: true, detail: 'a matching line after 2 lines read' });
    expect(outcome.probes.find((one) => one.service === 'worker')!.replicas[0]!.sinceStartMs).toBeGreaterThanOrEqual(2500);
    const reply = await fetch(`http://127.0.0.1:${hostPort}/index.html`);
    expect(await reply.text()).toBe('hello from slow\n');
    console.log(
      `time to ready: ${outcome.probes.map((probe) => `${probe.probe} ${probe.replicas[0]!.sinceStartMs} ms after start (waited ${probe.replicas[0]!.waitedMs} ms)`).join('; ')}`,
    );
  });

  test("a published port nothing listens on: the proxy's accept-then-close is not ready, to the end of the wait", async () => {
    const started = Date.now();
    const outcome = await awaitReadiness(deps, project, probes('deaf:7001'), { deadlineMs: Date.now() + 3000 });
    expect(outcome.ok).toBe(false);
    const [replica] = outcome.probes[0]!.replicas;
    expect(replica!.detail).toMatch(/^not ready when the wait ended; last: 127\.0\.0\.1:\d+: accepted, then closed at once \(nothing listens behind the published port yet\)$/);
    expect(replica!.attempts).toBeGreaterThan(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  });

  test('every service log: timestamped, both streams, the noisy one cut to its last part', async () => {
    const logs = await collectServiceLogs(api, project, { maxBytesPerService: 256 * 1024 });
    expect(logs.map((log) => log.service)).toEqual(['deaf', 'noisy', 'slow', 'worker']);
    const worker = logs.find((log) => log.service === 'worker')!.text.split('\n');
    expect(worker[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z stdout warming up$/);
    expect(worker[1]).toMatch(/Z stderr ready to accept jobs$/);
    const noisy = logs.find((log) => log.service === 'noisy')!;
    expect(noisy.truncated).toBe(true);
    expect(noisy.text.split('\n')[0]).toContain('Earlier lines were left out');
    expect(noisy.text.trimEnd().split('\n').at(-1)).toMatch(/Z stdout noisy line 20000 \.+$/);
    expect(Buffer.byteLength(noisy.text)).toBeLessThanOrEqual(256 * 1024 + 200);
  });
});

describe('streamContainerLogs', () => {
  test('a container that is gone: no chunks, no error', async () => {
    const chunks: unknown[] = [];
    await api.streamContainerLogs(`${project}-no-such-container`, { follow: false, timestamps: true, timeoutMs: 10_000 }, (chunk) => chunks.push(chunk));
    expect(chunks).toEqual([]);
  });

  test('a TTY container: one raw stream, read as stdout', async () => {
    const name = `${bigProject}-tty-1`;
    docker(['run', '-d', '-t', '--name', name, 'dsa-test/busybox:1', 'sh', '-c', 'echo to-out; echo to-err >&2']);
    try {
      await waitForExit(name, 60_000);
      let text = '';
      const streams = new Set<string>();
      await api.streamContainerLogs(name, { follow: false, timestamps: false, timeoutMs: 10_000 }, (chunk) => {
        streams.add(chunk.stream);
        text += chunk.text;
      });
      expect([...streams]).toEqual(['stdout']);
      expect(text.replace(/\r/g, '')).toBe('to-out\nto-err\n');
    } finally {
      docker(['rm', '-f', name]);
    }
  });

  test('a followed log ends when the signal aborts', async () => {
    const controller = new AbortController();
    const lines: string[] = [];
    const following = api.streamContainerLogs(`${project}-worker-1`, { follow: true, timestamps: false, timeoutMs: 60_000 }, (chunk) => {
      lines.push(chunk.text);
      controller.abort();
    }, controller.signal);
    await following;
    expect(lines.join('')).toContain('warming up');
  });
});

describe('a log of a hundred megabytes', () => {
  test('only its last part is asked for and kept; the figures for the report', async () => {
    // ~100 MB of 100-byte lines, through the json-file driver as any service's output.
    docker([
      'run', '-d', '--name', `${bigProject}-big-1`,
      '--label', `com.docker.compose.project=${bigProject}`, '--label', 'com.docker.compose.service=big', '--label', 'com.docker.compose.container-number=1',
      'dsa-test/busybox:1', 'sh', '-c', `yes '${'x'.repeat(99)}' | head -c 100000000; echo done`,
    ]);
    await waitForExit(`${bigProject}-big-1`, 120_000);

    const bounded = Date.now();
    const [big] = await collectServiceLogs(api, bigProject, { maxBytesPerService: 10 * 1024 ** 2 });
    const boundedMs = Date.now() - bounded;
    expect(big!.truncated).toBe(true);
    expect(big!.text.trimEnd().split('\n').at(-1)).toMatch(/Z stdout done$/);
    expect(Buffer.byteLength(big!.text)).toBeLessThanOrEqual(10 * 1024 ** 2 + 200);

    // What reading it whole would cost, for comparison.
    const whole = Date.now();
    let bytes = 0;
    await api.streamContainerLogs(`${bigProject}-big-1`, { follow: false, timestamps: true, timeoutMs: 120_000 }, (chunk) => (bytes += chunk.text.length));
    const wholeMs = Date.now() - whole;
    expect(bytes).toBeGreaterThan(100_000_000);
    console.log(`100 MB log: last 10 MiB kept in ${boundedMs} ms; reading it whole takes ${wholeMs} ms (${(bytes / 1e6).toFixed(0)} MB)`);
  });
});

async function waitForExit(container: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (docker(['inspect', '--format', '{{.State.Status}}', container]) === 'exited') return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${container} did not exit within ${timeoutMs} ms`);
}
