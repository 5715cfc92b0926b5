import { describe, expect, test } from 'vitest';
import { finishRun } from '../../../src/app/pipeline/finish.js';
import { only, start, type World } from './pipeline-support.js';
import { SAMPLES, world, type WorldOptions } from './world.js';

// The finish as post, `run` and `down` share it: what it does for each phase the start reached,
// when it keeps the stack (cleanup: never / on-success after a failure) and what becomes of
// the lease then, and how its own trouble turns into report entries instead of exceptions.

const OOM = `${SAMPLES}\n{"k":"ev","t":2500,"id":"abc","name":"p-db-1","service":"db","action":"oom"}`;

/** Main's start, then the finish in a second process (post) that takes the lease back. */
async function startThenFinish(options: WorldOptions = {}, between?: (w: World) => void) {
  const w = world(options);
  const started = await start(w);
  between?.(w);
  w.events.length = 0;
  const finished = await finishRun(w.secondProcess(), started.run, started.sections, { takeBackLease: true });
  return { w, started, finished };
}

describe('cleanup: on-success', () => {
  test.each([
    { name: 'a healthy run', options: {}, env: {}, keep: undefined },
    { name: 'a step exported DOCKER_STABILITY_JOB_STATUS=failure', options: {}, env: { DOCKER_STABILITY_JOB_STATUS: 'failure' }, keep: 'cleanup: on-success, and a step reported the job failed (DOCKER_STABILITY_JOB_STATUS=failure)' },
    { name: 'a job status that is not failure', options: {}, env: { DOCKER_STABILITY_JOB_STATUS: 'success' }, keep: undefined },
    { name: 'fail-on was met', options: { samples: OOM }, env: {}, keep: 'cleanup: on-success, and fail-on was met (oom: db OOM-killed once)' },
  ])('$name → kept: $keep', async ({ options, env, keep }) => {
    const { w, finished } = await startThenFinish({ inputs: { cleanup: 'on-success' }, env: { ...env }, ...options });
    expect(finished.keep).toBe(keep);
    if (keep) {
      expect(finished.report.teardown).toMatchObject({ durationMs: 0, skipped: `kept: ${keep}` });
      expect(only(w.events, /^(teardown|compose down)/)).toEqual([]);
      // The lease outlives the job until its TTL: an owner nobody can check, so no sweep takes the kept stack.
      expect(w.leaseOwner()).toBe('0');
      expect(w.events).toContain('info: The lease stays with the kept stack until lease-ttl (6 h) runs out.');
    } else {
      expect(finished.report.teardown?.skipped).toBeUndefined();
      expect(only(w.events, /^teardown/)).toHaveLength(1);
      expect(w.leaseOwner()).toBe('nobody');
    }
  });

  test('a kept stack whose lease cannot be handed on: said as a warning and a teardown problem, never thrown', async () => {
    const { w, finished } = await startThenFinish({ inputs: { cleanup: 'never' } }, (w) => {
      const createContainer = w.docker.createContainer.bind(w.docker);
      let takenBack = false;
      // Post takes the lease back (one write), then the hand-over to the TTL-only owner fails.
      w.docker.createContainer = async (spec) => {
        if (spec.name.startsWith('dsa-lease.') && takenBack) throw new Error('the daemon refused');
        takenBack = takenBack || spec.name.startsWith('dsa-lease.');
        return createContainer(spec);
      };
    });
    expect(finished.keep).toBe('cleanup: never');
    expect(finished.report.teardown?.problems).toEqual([expect.stringMatching(/^lease \S+: the daemon refused$/)]);
    expect(w.events).toContainEqual(expect.stringMatching(/^warning: Could not hand lease \S+ to the kept stack: the daemon refused; it ends with its TTL or its owner\.$/));
    expect(w.leaseOwner()).toBe('200');
  });
});

describe('how far the start got', () => {
  test('cleanup: never after a failed start: main tore it down, so the finish does not say it was kept', async () => {
    const w = world({ up: 'unhealthy', inputs: { cleanup: 'never' } });
    const started = await start(w);
    const finished = await finishRun(w.secondProcess(), started.run, started.sections, { takeBackLease: true });
    expect(finished.keep).toBeUndefined();
    expect(finished.report.teardown?.skipped).toBeUndefined();
    expect(finished.report.teardown?.leftovers).toEqual({ containers: [], networks: [], volumes: [] });
  });

  test('main stopped after admission (killed before the launch): the lease is released, nothing is torn down', async () => {
    const w = world();
    const started = await start(w);
    const run = { ...started.run, phase: 'admitted' as const, monitor: undefined };
    w.events.length = 0;
    const finished = await finishRun(w.deps, run, { ...started.sections, start: undefined }, { takeBackLease: false });
    expect(finished.report.teardown).toEqual({ durationMs: 0, problems: [], skipped: 'the stack was never started' });
    expect(only(w.events, /^(group: (Service logs|Clean up)|compose down)/)).toEqual([]);
    expect(w.leaseOwner()).toBe('nobody');
    expect(finished.report.timings?.finish?.map((timing) => timing.phase)).toEqual(['lease', 'history']);
  });

  test('main killed during `up` (phase starting): the logs are kept, the stack torn down, the lease released', async () => {
    const w = world();
    const started = await start(w);
    w.events.length = 0;
    const finished = await finishRun(w.secondProcess(), { ...started.run, phase: 'starting' }, started.sections, { takeBackLease: true });
    expect(only(w.events, /^(group|teardown|info: Lease)/)).toEqual([
      'group: Monitor',
      'group: Service logs',
      'group: Clean up p',
      'teardown (lease held by 200)',
      expect.stringMatching(/^info: Lease \S+ released\.$/),
    ]);
    expect(finished.report.logs?.keptBy).toBe('finish');
  });

  test('a start that failed tore itself down: the finish keeps no logs again, only counts what is left, and offers the start\'s logs for upload', async () => {
    const w = world({ up: 'unhealthy', inputs: { cleanup: 'on-success' } });
    const started = await start(w);
    w.events.length = 0;
    const finished = await finishRun(w.secondProcess(), started.run, started.sections, { takeBackLease: true });
    // on-success keeps nothing here: the failed start already removed the stack.
    expect(finished.keep).toBeUndefined();
    expect(w.events).toEqual([
      'group: Clean up p',
      'info: Left after cleanup: 0 (containers 0, networks 0, volumes 0).',
      expect.stringMatching(/^info: The logs are not uploaded as an artifact: no artifact service here/),
    ]);
    expect(finished.report.logs).toMatchObject({ keptBy: 'start', upload: { outcome: 'unavailable' } });
    expect(finished.report.mainError).toMatch(/^Stack p did not become healthy/);
  });
});

describe('the finish never throws', () => {
  test('a lease that cannot be taken back is a warning; the monitor is still stopped and the stack cleaned up', async () => {
    const { w, finished } = await startThenFinish({}, (w) => {
      const createContainer = w.docker.createContainer.bind(w.docker);
      w.docker.createContainer = async (spec) => {
        if (spec.name.startsWith('dsa-lease.')) throw new Error('daemon busy');
        return createContainer(spec);
      };
    });
    expect(w.events[0]).toBe("warning: The stack's lease could not be taken back: daemon busy");
    expect(only(w.events, /^(signal|teardown)/)).toEqual([expect.stringMatching(/^signal SIGTERM 501/), expect.stringMatching(/^teardown/)]);
    expect(finished.report.teardown?.problems).toEqual([]);
  });

  test('a lease whose release fails is a teardown problem naming it', async () => {
    const { started, finished } = await startThenFinish({}, (w) => {
      const removeContainer = w.docker.removeContainer.bind(w.docker);
      w.docker.removeContainer = async (id: string) => {
        if (w.docker.containers.get(id)?.labels['docker-stability.lease.id']) throw new Error('removal refused');
        return removeContainer(id);
      };
    });
    expect(finished.report.teardown?.problems).toContain(`lease ${started.run.lease!.id} could not be released`);
  });

  test('the report joins both halves: the start\'s sections, the finish\'s monitor, fail-on and timings', async () => {
    const { finished } = await startThenFinish({ samples: OOM, inputs: { 'fail-on': 'oom, restart' } });
    expect(finished.failOnMet).toEqual(['oom: db OOM-killed once']);
    expect(finished.report.failOn).toEqual({ conditions: ['oom', 'restart'], met: ['oom: db OOM-killed once'] });
    expect(finished.report.lease?.outcome).toBe('admitted');
    expect(finished.report.monitor?.services.map((service) => [service.service, service.oomKills])).toEqual([['db', 1]]);
    expect(finished.report.timings?.finish?.map((timing) => timing.phase)).toEqual(['lease back', 'monitor', 'logs', 'teardown', 'lease', 'upload', 'history']);
  });
});
