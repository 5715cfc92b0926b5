import { describe, expect, test } from 'vitest';
import { actionMain } from '../../../src/app/action/main.js';
import { actionPost } from '../../../src/app/action/post.js';
import { loadCarriedRun } from '../../../src/app/action/state.js';
import { keepReason } from '../../../src/app/pipeline/finish.js';
import { parseSettings, type Settings } from '../../../src/settings/settings.js';
import { fakeFiles } from '../settings/fakes.js';
import { SAMPLES, world, WORKSPACE } from './world.js';

// The one lifecycle with plain fakes of every port: the order of the phases, what main hands
// to post through the state, what each failure leaves behind (nothing running, no lease), and
// the report assembled from the phases' results.

const OOM = `${SAMPLES}\n{"k":"ev","t":2500,"id":"abc","name":"p-db-1","service":"db","action":"oom"}`;

async function mainThenPost(options: Parameters<typeof world>[0] = {}) {
  const w = world(options);
  await actionMain(w.deps, new AbortController().signal, 120);
  const mainEvents = [...w.events];
  w.events.length = 0;
  const post = w.secondProcess();
  await actionPost(post, 90);
  return { ...w, mainEvents, postEvents: [...w.events] };
}

const only = (events: string[], pattern: RegExp): string[] => events.filter((event) => pattern.test(event));

describe('the action: main then post', () => {
  test('a healthy stack: checks side by side, admission, the monitor takes the lease, up; post takes it back, stops the monitor, cleans up, releases last', async () => {
    const w = await mainThenPost();
    // The checks' calls interleave; what matters is that they all come before the groups are told.
    expect(only(w.mainEvents, /^(group|compose|spawn)/)).toEqual([
      'compose version',
      'compose config',
      'group: Docker daemon',
      'group: Compose policy',
      'group: Preflight',
      'group: Admission',
      'spawn index.js (pid 501)',
      'group: Monitor and lease',
      'group: Pull images',
      'group: Start stack p',
      'compose up (lease held by 501)',
      'group: Readiness',
    ]);
    expect(w.failures).toEqual([]);
    expect(only(w.postEvents, /^(group|compose|teardown|signal|info: Lease)/)).toEqual([
      'group: Monitor',
      'signal SIGTERM 501 (lease held by 200)',
      'group: Service logs',
      'group: Clean up p',
      'teardown (lease held by 200)',
      expect.stringMatching(/^info: Lease \S+ released\.$/),
    ]);
    expect(w.leaseOwner()).toBe('nobody');
    expect(w.outputs).toMatchObject({ 'project-name': 'p', 'policy-errors': '0', 'lock-wait-seconds': '0.0', 'startup-seconds': '2.5', 'oom-kills': '0' });
  });

  test('main saves the carried run after every phase; post reads the last one', async () => {
    const w = world();
    const phases: string[] = [];
    const saveState = w.deps.runtime.saveState;
    w.deps.runtime.saveState = (name, value) => {
      phases.push((JSON.parse(value) as { phase: string }).phase);
      saveState(name, value);
    };
    await actionMain(w.deps, new AbortController().signal, 0);
    expect([...new Set(phases)]).toEqual(['validated', 'admitted', 'starting', 'started']);
    const carried = loadCarriedRun(w.deps.runtime)!;
    expect(carried).toMatchObject({ version: 3, phase: 'started', keeper: 'monitor', startupMs: 2500, settings: { stack: { projectName: 'p' } } });
    expect(carried.lease?.id).toBeTruthy();
    expect(carried.monitor?.pid).toBe(501);
  });

  test('the report is assembled from both halves, with the timings of every segment', async () => {
    const w = await mainThenPost();
    const report = JSON.parse(w.files.readText(w.outputs['report-file']!)!) as {
      policy: unknown;
      lease: { outcome: string };
      start: { ok: boolean };
      teardown: { leftovers?: unknown };
      timings: { start: Array<{ phase: string; ms: number; parts?: Record<string, number> }>; finish: Array<{ phase: string }> };
      engine: unknown;
    };
    expect(report.lease.outcome).toBe('admitted');
    expect(report.start.ok).toBe(true);
    expect(report.engine).toEqual({ version: '28.5.2', apiVersion: '1.51', compose: '2.40.3' });
    expect(report.timings.start.map((timing) => timing.phase)).toEqual(['node start', 'checks', 'admission', 'launch', 'pull', 'up', 'readiness']);
    expect(Object.keys(report.timings.start[1]!.parts!).sort()).toEqual(['compose', 'daemon', 'host', 'policy', 'ports', 'sweep']);
    expect(report.timings.start.find((timing) => timing.phase === 'up')!.ms).toBe(2500);
    expect(report.timings.finish.map((timing) => timing.phase)).toEqual(['node start', 'lease back', 'monitor', 'logs', 'teardown', 'lease', 'upload', 'history', 'report']);
    expect(w.summaries.join('')).toContain('p');
  });

  test('fail-on fails post only after cleaning up', async () => {
    const w = await mainThenPost({ inputs: { 'fail-on': 'oom' }, samples: OOM });
    const down = w.postEvents.findIndex((event) => event.startsWith('teardown'));
    const failed = w.postEvents.findIndex((event) => event.startsWith('failed: fail-on: oom'));
    expect(down).toBeGreaterThanOrEqual(0);
    expect(failed).toBeGreaterThan(down);
    expect(w.outputs['oom-kills']).toBe('1');
  });

  test('cleanup: never keeps the stack, and the lease lasts until its TTL with an owner nobody can check', async () => {
    const w = await mainThenPost({ inputs: { cleanup: 'never' } });
    expect(only(w.postEvents, /^teardown/)).toEqual([]);
    expect(w.leaseOwner()).toBe('0');
    expect(w.summaries.join('')).toContain('### The stack was kept');
  });

  test('policy errors: nothing is admitted or started, post has nothing to tear down', async () => {
    const w = await mainThenPost({ model: { name: 'p', services: { db: { image: 'postgres:15', privileged: true } } } as never });
    expect(w.failures[0]).toMatch(/^The compose policy found \d+ errors?/);
    expect(only(w.mainEvents, /^(group: Admission|compose up|spawn)/)).toEqual([]);
    expect(only(w.postEvents, /^teardown/)).toEqual([]);
    expect(w.docker.containers.size).toBe(0);
    expect(loadCarriedRun(w.deps.runtime)!.phase).toBe('validated');
  });

  test('a daemon that does not answer fails main with where it looked; nothing else is judged', async () => {
    const w = world();
    w.docker.failPing = new Error('The Docker daemon at unix:///fake.sock did not answer');
    await actionMain(w.deps, new AbortController().signal, 0);
    expect(w.failures).toEqual(['The Docker daemon at unix:///fake.sock did not answer']);
    expect(only(w.events, /^group/)).toEqual([]);
  });

  test('a stack that does not become healthy: main diagnoses it, tears it down and releases the lease before failing', async () => {
    const w = await mainThenPost({ up: 'unhealthy' });
    const order = only(w.mainEvents, /^(compose up|teardown|signal|info: Lease \S+ released|failed)/);
    expect(order[0]).toMatch(/^compose up/);
    expect(order.slice(1)).toEqual([
      expect.stringMatching(/^signal SIGTERM 501/),
      expect.stringMatching(/^teardown/),
      expect.stringMatching(/^info: Lease \S+ released\.$/),
      expect.stringMatching(/^failed: Stack p did not become healthy/),
    ]);
    expect(w.leaseOwner()).toBe('nobody');
    const carried = loadCarriedRun(w.deps.runtime)!;
    expect(carried).toMatchObject({ phase: 'start-failed' });
    expect(carried.lease).toBeUndefined();
    expect(carried.monitor).toBeUndefined();
  });

  test('bad inputs fail main with every problem named, and post has nothing to do', async () => {
    const w = world({ inputs: { 'wait-timeout': 'soon', 'memory-budget': '6 gigs' } });
    await actionMain(w.deps, new AbortController().signal, 0);
    expect(w.failures[0]).toContain('wait-timeout');
    expect(w.failures[0]).toContain('memory-budget');
    w.events.length = 0;
    await actionPost(w.secondProcess(), 0);
    expect(w.events).toEqual([expect.stringMatching(/^info: Main stopped before it validated its inputs/)]);
  });
});

describe('keepReason', () => {
  const settings = (cleanup: string): Settings =>
    parseSettings({ input: (name) => ({ 'project-name': 'p', cleanup })[name] ?? '', env: { GITHUB_WORKSPACE: WORKSPACE }, files: fakeFiles([`${WORKSPACE}/compose.yaml`]), randomHex: () => 'abc' });
  test.each([
    ['always', 'started', undefined, [], {}, undefined],
    ['never', 'started', undefined, [], {}, 'cleanup: never'],
    ['on-success', 'started', undefined, [], {}, undefined],
    ['on-success', 'started', undefined, ['oom: db OOM-killed once'], {}, 'cleanup: on-success, and fail-on was met (oom: db OOM-killed once)'],
    ['on-success', 'started', undefined, [], { DOCKER_STABILITY_JOB_STATUS: 'failure' }, 'cleanup: on-success, and a step reported the job failed (DOCKER_STABILITY_JOB_STATUS=failure)'],
    ['on-success', 'started', 'boom', [], {}, 'cleanup: on-success, and main failed'],
    // A start that threw on its way up abandoned its stack: what is left is torn down, not kept.
    ['on-success', 'starting', 'docker compose up failed, and then the daemon did not answer', [], {}, undefined],
    // A failed start was already torn down by the start itself.
    ['on-success', 'start-failed', 'boom', [], {}, undefined],
  ] as const)('cleanup %s, phase %s, failure %s, fail-on %j, env %j → %s', (cleanup, phase, failure, met, env, expected) => {
    expect(keepReason(settings(cleanup), phase, failure, [...met], env)).toBe(expected);
  });
});
