import { describe, expect, test } from 'vitest';
import { finishRun } from '../../../src/app/pipeline/finish.js';
import { acquireLease } from '../../../src/lease/acquire.js';
import { CommandError } from '../../../src/ports/command.js';
import { DockerUnavailableError } from '../../../src/ports/docker.js';
import { processDeps } from '../lease/fakes.js';
import { leaseRecords, only, start, type World } from './pipeline-support.js';
import { world } from './world.js';

// The start's failure paths, each with what it leaves behind: nothing running, the lease gone
// (or kept in the carried run for the finish to release), the phase the finish acts on, and a
// failure message that says what happened.

/** Another job on the same daemon holds the lease group `it` (pid 300, alive). */
async function anotherJobHolds(w: World, group = 'it') {
  return acquireLease(processDeps(w.docker, w.clock, w.host, 300), { project: 'other', groups: [group], ports: [], memoryBytes: 0 }, {
    namespace: 'default',
    budgetBytes: 4 * 1024 ** 3,
    timeoutMs: 0,
    ttlMs: 3_600_000,
    who: { repository: 'octo/other', runId: '9', job: 'e2e', runner: 'runner-9' },
  });
}

describe('admission', () => {
  test('a lease held past lock-timeout: the start stops before anything is launched, naming who held it', async () => {
    const w = world({ inputs: { 'lock-group': 'it', 'lock-timeout': '5s' } });
    const other = await anotherJobHolds(w);
    const started = await start(w);
    expect(started.ok).toBe(false);
    expect(started.failure).toMatch(/^Gave up waiting for a lease after 5\.\d s \(lock-timeout\)\./);
    expect(started.failure).toContain('octo/other run 9 job e2e on runner-9 (pid 300) for project other holds group it');
    expect(started.sections.lease).toMatchObject({ outcome: 'timed-out', waitedFor: [expect.stringContaining('group it')] });
    expect(started.phases).toEqual(['validated']);
    expect(started.run.lease).toBeUndefined();
    expect(only(w.events, /^(spawn|compose up)/)).toEqual([]);
    // Our ticket left the queue; the other job's lease is untouched.
    expect(leaseRecords(w)).toEqual([other.record.name]);
  });

  test('a stack larger than the whole memory budget is refused at once, without queueing', async () => {
    // policy: warn, or the memory-budget rule would stop the start first.
    const w = world({ inputs: { 'memory-budget': '128m', policy: 'warn' } });
    const started = await start(w);
    expect(started.failure).toMatch(/^Stack p reserves 320 MiB of memory .* more than the whole memory budget of 128 MiB/);
    expect(started.sections.lease).toMatchObject({ outcome: 'skipped', budgetBytes: 128 * 1024 ** 2, ownBytes: 320 * 1024 ** 2 });
    expect(leaseRecords(w)).toEqual([]);
  });

  test('`up` again under a lease it already holds: admission is not repeated and the lease is said to be kept', async () => {
    const w = world();
    const held = await anotherJobHolds(w, 'mine');
    const started = await start(w, { reuseLease: held.handle, keeper: 'keeper' });
    expect(started.ok).toBe(true);
    expect(only(w.events, /^group: Admission/)).toEqual([]);
    expect(started.sections.lease).toEqual({ outcome: 'admitted', waitedMs: 0, waitedFor: [], detail: `project p already held lease ${held.handle.id}; it was kept` });
    expect(started.run.lease).toEqual(held.handle);
    expect(w.events).toContain(`info: Lease ${held.handle.id}: its keeper goes on holding it.`);
  });
});

describe('checks that stop the start', () => {
  test('a wait-for naming a service the stack does not have is bad input, found before any preflight', async () => {
    const w = world({ inputs: { 'wait-for': 'cache:6379' } });
    const started = await start(w);
    expect(started).toMatchObject({ ok: false, badInput: true });
    expect(started.failure).toContain('cache');
    expect(only(w.events, /^group: (Preflight|Admission)/)).toEqual([]);
  });

  test('a host port held by a container of another project fails the preflight; nothing is admitted', async () => {
    const model = { name: 'p', services: { web: { image: 'nginx:1.27', mem_limit: '67108864', cpus: 0.5, ports: [{ target: 80, published: '8080', protocol: 'tcp', mode: 'ingress' }] } } };
    const w = world({ model: model as never });
    w.docker.startStack('squatter', [{ service: 'web', ports: [{ ip: '0.0.0.0', privatePort: 80, publicPort: 8080, type: 'tcp' }] }]);
    const started = await start(w);
    expect(started.failure).toMatch(/^Preflight failed: .*8080/);
    expect(started.sections.preflight.find((check) => check.status === 'fail')?.detail).toContain('squatter');
    expect(started.phases).toEqual(['validated']);
    expect(leaseRecords(w)).toEqual([]);
  });
});

describe('a failed start leaves nothing behind', () => {
  test('the checkpoints of a stack that does not become healthy: validated → admitted → starting → start-failed', async () => {
    const w = world({ up: 'unhealthy' });
    const started = await start(w);
    expect(started.phases).toEqual(['validated', 'admitted', 'starting', 'start-failed']);
    expect(started.sections.start).toMatchObject({ ok: false, reason: 'failed' });
    // The failed stack's logs were kept before its teardown, for post to upload.
    expect(started.sections.logs?.keptBy).toBe('start');
    expect(started.run).toMatchObject({ phase: 'start-failed', lease: undefined, monitor: undefined });
    expect(leaseRecords(w)).toEqual([]);
  });

  test('an interrupted `up` says it was interrupted, and is torn down like any failed start', async () => {
    const w = world();
    const up = w.deps.compose.up;
    w.deps.compose.up = async (target, options) => {
      await up(target, options);
      throw new CommandError(['docker', 'compose', 'up'], 130, 'canceled', 'aborted');
    };
    const started = await start(w);
    expect(started.sections.start).toMatchObject({ ok: false, reason: 'interrupted' });
    expect(started.failure).toMatch(/^Stack p was interrupted\./);
    expect(only(w.events, /^(teardown|info: Lease \S+ released)/)).toEqual([expect.stringMatching(/^teardown/), expect.stringMatching(/^info: Lease/)]);
  });

  test('a daemon lost during `up`: the start fails saying so, and the lease it could not release stays for the finish', async () => {
    const w = world();
    const up = w.deps.compose.up;
    const listContainers = w.docker.listContainers.bind(w.docker);
    const removeContainer = w.docker.removeContainer.bind(w.docker);
    let daemonAway = false;
    const away = (operation: string) => new DockerUnavailableError('unix:///fake.sock', operation, new Error('connect ECONNREFUSED'), false);
    w.docker.listContainers = async (query) => {
      if (daemonAway) throw away('list containers');
      return listContainers(query);
    };
    w.docker.removeContainer = async (id: string) => {
      if (daemonAway) throw away('remove container');
      return removeContainer(id);
    };
    w.deps.compose.up = async (target, options) => {
      await up(target, options).catch(() => undefined);
      daemonAway = true;
      throw new CommandError(['docker', 'compose', 'up'], 1, 'Cannot connect to the Docker daemon at unix:///fake.sock', 'exit');
    };
    const started = await start(w);
    expect(started.ok).toBe(false);
    expect(started.failure).toMatch(/^docker compose up failed \(Cannot connect to the Docker daemon at unix:\/\/\/fake\.sock\), and then the Docker daemon at unix:\/\/\/fake\.sock is unreachable/);
    expect(started.badInput).toBe(false);
    expect(w.events).toContainEqual(expect.stringMatching(/^warning: Could not release lease \S+: .*the cleanup at the end tries again/));
    expect(started.run).toMatchObject({ phase: 'starting', lease: expect.any(Object), monitor: undefined });

    // The daemon is back when the finish runs: the lease the start kept is released now.
    daemonAway = false;
    w.events.length = 0;
    const finished = await finishRun(w.deps, started.run, started.sections, { takeBackLease: false });
    // What the lost daemon kept: its logs kept, torn down now, then the lease the start kept is released.
    expect(only(w.events, /^(group: (Service logs|Clean up)|info: Lease)/)).toEqual(['group: Service logs', 'group: Clean up p', `info: Lease ${started.run.lease!.id} released.`]);
    expect(finished.report.teardown?.problems).toEqual([]);
    expect(leaseRecords(w)).toEqual([]);
  });

  test('an `up` that throws (the docker CLI gone mid-run): torn down by the start; a finish under on-success tears down what may be left, and does not claim to keep it', async () => {
    const w = world({ inputs: { cleanup: 'on-success' } });
    const up = w.deps.compose.up;
    w.deps.compose.up = async (target, options) => {
      await up(target, options);
      throw new Error('spawn docker ENOENT');
    };
    const started = await start(w);
    expect(started.failure).toBe('spawn docker ENOENT');
    expect(only(w.events, /^(teardown|info: Lease \S+ released)/)).toEqual([expect.stringMatching(/^teardown/), expect.stringMatching(/^info: Lease/)]);
    w.events.length = 0;
    const finished = await finishRun(w.deps, started.run, started.sections, { takeBackLease: false });
    expect(finished.keep).toBeUndefined();
    expect(finished.report.teardown?.skipped).toBeUndefined();
    expect(only(w.events, /^group: Clean up/)).toEqual(['group: Clean up p']);
  });

  test('an abort while waiting for the lease: the start stops, not as an admission verdict, and leaves the queue', async () => {
    const w = world({ inputs: { 'lock-group': 'it' } });
    const other = await anotherJobHolds(w);
    const abort = new AbortController();
    const waiting = start(w, { signal: abort.signal });
    while (!w.events.some((event) => event.startsWith('info: Waiting'))) await new Promise((resolve) => setImmediate(resolve));
    abort.abort();
    const started = await waiting;
    expect(started.failure).toMatch(/^Stopped waiting for a lease after .*: cancelled\. Left the queue\.$/);
    expect(started).toMatchObject({ ok: false, badInput: false });
    expect(started.sections.lease).toBeUndefined();
    expect(leaseRecords(w)).toEqual([other.record.name]);
  });

  test('a pull that fails after the lease: the monitor is stopped, the lease released, up never runs', async () => {
    const w = world({ images: [], pullErrors: { db: ['manifest for postgres:15 not found: manifest unknown'] } });
    const started = await start(w);
    expect(started.failure).toContain('postgres:15');
    expect(only(w.events, /^(compose up|signal SIGTERM|info: Lease \S+ released)/)).toEqual([expect.stringMatching(/^signal SIGTERM 501/), expect.stringMatching(/^info: Lease/)]);
    expect(started.run.phase).toBe('start-failed');
    expect(started.sections.timings.map((timing) => timing.phase)).toEqual(['checks', 'admission', 'launch', 'pull', 'abandon']);
  });

  test('a monitor that cannot take the lease: the monitor is stopped again, the start abandoned and the lease released', async () => {
    const w = world();
    const createContainer = w.docker.createContainer.bind(w.docker);
    // The hand-over writes the lease's next generation; the daemon refuses it.
    w.docker.createContainer = async (spec) => {
      if (spec.name.startsWith('dsa-lease.default.held.') && spec.name.endsWith('.1')) throw new Error('no space left on device');
      return createContainer(spec);
    };
    const started = await start(w);
    expect(started.failure).toBe('no space left on device');
    expect(only(w.events, /^(spawn|signal|compose up|info: Lease \S+ released)/)).toEqual([
      expect.stringMatching(/^spawn index\.js \(pid 501\)/),
      expect.stringMatching(/^signal SIGTERM 501/),
      expect.stringMatching(/^info: Lease \S+ released\.$/),
    ]);
    expect(leaseRecords(w)).toEqual([]);
  });
});
