import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepReason } from '../../../src/app/phases/finish.js';
import { runPost } from '../../../src/app/post.js';
import type { RunState } from '../../../src/app/run-state.js';
import type { Deps } from '../../../src/app/wiring.js';
import type { ComposeCli } from '../../../src/compose/compose-cli.js';
import { acquireLease } from '../../../src/lease/acquire.js';
import type { ActionRuntime } from '../../../src/ports/runtime.js';
import { emptyReport } from '../../../src/report/run-report.js';
import { parseSettings, type Settings } from '../../../src/settings/settings.js';
import { FakeClock, FakeDocker, FakeHost, identity } from '../lease/fakes.js';
import { fakeFiles } from '../settings/fakes.js';

// The order post keeps, with plain fakes of our ports (an in-memory daemon for the lease): the
// lease is taken back from the monitor first, the monitor stopped before the teardown (so its
// kills are not counted as crashes), the lease released last, and fail-on fails the step only
// after cleanup. `cleanup` decides whether the stack goes.

const SAMPLES = [
  '{"k":"meta","v":1,"project":"p","intervalMs":1000,"startedAtMs":1000,"pid":1}',
  '{"k":"ctr","i":0,"id":"abc","name":"p-db-1","service":"db","image":"pg","limit":33554432,"health":false}',
  '{"k":"ev","t":1500,"id":"abc","name":"p-db-1","service":"db","action":"start"}',
  '{"k":"tick","t":2000,"c":[[0,5,1048576,1,0,0,0,0]]}',
  '{"k":"ev","t":2500,"id":"abc","name":"p-db-1","service":"db","action":"oom"}',
].join('\n');

function settingsWith(inputs: Record<string, string>): Settings {
  return parseSettings({
    input: (name) => ({ 'project-name': 'p', baseline: 'false', ...inputs })[name] ?? '',
    env: { GITHUB_WORKSPACE: '/ws' },
    files: fakeFiles(['/ws/compose.yaml']),
    randomHex: () => 'abc123',
  });
}

async function harness(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'dsa-post-unit-'));
  const samplesFile = path.join(runDir, 'monitor.ndjson');
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  let samples = `${SAMPLES}\n`;
  const clock = new FakeClock();
  const docker = new FakeDocker(clock);
  const host = new FakeHost(identity(100));
  const monitor = host.spawn(99);
  // Main's part: admitted under a lease, handed to the monitor.
  const lease = await acquireLease({ docker, host, clock }, { project: 'p', groups: [], ports: [], memoryBytes: 0 }, { budgetBytes: 1024, timeoutMs: 0, ttlMs: 3_600_000, who: {} as never });
  const settings = settingsWith(inputs);
  const state: RunState = {
    version: 2,
    settings,
    runDir,
    phase: 'started',
    startedAtMs: 1000,
    startupMs: 2500,
    lease: lease.handle,
    monitor: { pid: monitor.pid, startTicks: monitor.startTicks, samplesFile, configFile: path.join(runDir, 'c.json') },
  };
  const runtime = {
    env,
    state: () => JSON.stringify(state),
    setOutput: (name: string, value: string | number | boolean) => void (outputs[name] = String(value)),
    setFailed: (message: string) => log.push(`failed: ${message}`),
    warning: (message: string) => log.push(`warning: ${message}`),
    info: (message: string) => (message.startsWith('Lease') ? log.push(message.replace(lease.handle.id, 'L')) : undefined),
    group: async <T>(name: string, fn: () => Promise<T>) => {
      log.push(`group: ${name}`);
      return fn();
    },
    appendSummary: async (markdown: string) => void log.push(`summary: ${markdown.split('\n')[2]}`),
  } as Partial<ActionRuntime> as ActionRuntime;
  const compose = {} as ComposeCli;
  // The teardown's first call: the daemon is asked before anything is removed.
  docker.version = async () => {
    log.push(`teardown (lease held by ${leaseOwner()})`);
    return { version: '27.0.0', apiVersion: '1.46', os: 'linux', arch: 'amd64' };
  };
  const leaseOwner = (): string => {
    const record = [...docker.containers.values()].find((container) => container.labels['docker-stability.lease.id'] === lease.handle.id);
    return record ? record.labels['docker-stability.lease.owner.pid']! : 'nobody';
  };
  const deps = {
    runtime,
    compose,
    docker,
    clock,
    host,
    processes: {
      spawnDetached: () => undefined,
      signal: (_pid: number, signal: string) => {
        log.push(`signal ${signal} (lease held by ${leaseOwner()})`);
        samples += '{"k":"end","t":3000,"reason":"stopped"}\n';
        host.kill(monitor.pid);
        return true;
      },
    },
    readTail: () => samples,
    readText: () => samples,
    writeFile: () => undefined,
    cache: { availability: () => ({ available: false, reason: 'not in this test' }) },
  } as unknown as Deps;
  return { deps, log, outputs, leaseOwner };
}

describe('runPost', () => {
  test('takes the lease back, stops the monitor, cleans up, releases last, then fails for an OOM kill', async () => {
    const { deps, log, outputs, leaseOwner } = await harness({ 'fail-on': 'oom' });
    await runPost(deps);
    expect(log.filter((line) => !line.startsWith('warning'))).toEqual([
      'group: Monitor',
      'signal SIGTERM (lease held by 100)',
      'group: Clean up p',
      'teardown (lease held by 100)',
      'Lease L released.',
      expect.stringMatching(/^summary: ❌ \*\*Failed\*\* — fail-on oom: db OOM-killed once/),
      'failed: fail-on: oom: db OOM-killed once. The stack was cleaned up; the job summary has the details.',
    ]);
    expect(leaseOwner()).toBe('nobody');
    expect(outputs).toMatchObject({ 'project-name': 'p', 'startup-seconds': '2.5', 'oom-kills': '1', restarts: '0', 'peak-memory-bytes': '1048576' });
    const report = JSON.parse(readFileSync(outputs['report-file']!, 'utf8')) as { schema: string; failOn: { met: string[] } };
    expect(report.schema).toBe('docker-stability/report@1');
    expect(report.failOn.met).toEqual(['oom: db OOM-killed once']);
  });

  test('without fail-on conditions the same run only warns', async () => {
    const { deps, log } = await harness({ 'fail-on': 'none' });
    await runPost(deps);
    expect(log.some((line) => line.startsWith('failed'))).toBe(false);
    expect(log).toContainEqual(expect.stringMatching(/^summary: ⚠️ \*\*Warnings\*\* — db was OOM-killed/));
  });

  test('cleanup: never keeps the stack, and the lease lasts until its TTL with an owner nobody can check', async () => {
    const { deps, log, leaseOwner } = await harness({ cleanup: 'never', 'fail-on': 'none' });
    await runPost(deps);
    expect(log.some((line) => line.startsWith('teardown'))).toBe(false);
    expect(leaseOwner()).toBe('0');
  });
});

describe('keepReason', () => {
  const clean = emptyReport('p', 0);
  test.each([
    [{ cleanup: 'always' }, {}, [], undefined],
    [{ cleanup: 'never' }, {}, [], 'cleanup: never'],
    [{ cleanup: 'on-success' }, {}, [], undefined],
    [{ cleanup: 'on-success' }, {}, ['oom: db OOM-killed once'], 'cleanup: on-success, and fail-on was met (oom: db OOM-killed once)'],
    [{ cleanup: 'on-success' }, { DOCKER_STABILITY_JOB_STATUS: 'failure' }, [], 'cleanup: on-success, and a step reported the job failed (DOCKER_STABILITY_JOB_STATUS=failure)'],
  ] as Array<[Record<string, string>, NodeJS.ProcessEnv, string[], string | undefined]>)('%j %j %j → %s', (inputs, env, met, expected) => {
    expect(keepReason(settingsWith(inputs), 'started', clean, met, env)).toBe(expected);
  });

  test('on-success keeps the stack when main failed, but a failed start was already torn down', () => {
    const failed = { ...clean, mainError: 'boom' };
    expect(keepReason(settingsWith({ cleanup: 'on-success' }), 'started', failed, [], {})).toBe('cleanup: on-success, and main failed');
    expect(keepReason(settingsWith({ cleanup: 'on-success' }), 'start-failed', failed, [], {})).toBeUndefined();
  });
});
