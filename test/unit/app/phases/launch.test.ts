import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { keepLease, recordBeforeUp, ttlOnlyOwner, upUnderOverride, writeStackOverride } from '../../../../src/app/phases/launch.js';
import { emptyOverride } from '../../../../src/compose/override.js';
import { acquireLease, type LeaseHandle } from '../../../../src/lease/acquire.js';
import { findLease } from '../../../../src/lease/lifecycle.js';
import type { UpOptions } from '../../../../src/compose/compose-cli.js';
import { RUN_DIR, settingsOf, type World } from '../pipeline-support.js';
import { HEALTHY_MODEL, world } from '../world.js';

// Launching the admitted stack: the override every compose call uses, whoever keeps the lease
// from now on (and what happens when that keeper cannot start), the record of what existed
// before `up`, and `up` itself under the override.

async function ourLease(w: World): Promise<LeaseHandle> {
  const lease = await acquireLease(w.deps, { project: 'p', groups: [], ports: [], memoryBytes: 0 }, { namespace: 'default', budgetBytes: 1, timeoutMs: 0, ttlMs: 3_600_000, who: { runner: 'r' } });
  return lease.handle;
}

async function ownerPid(w: World, lease: LeaseHandle): Promise<number | undefined> {
  return (await findLease(w.deps, lease))?.newest.owner.pid;
}

function keep(w: World, lease: LeaseHandle, keeper: Parameters<typeof keepLease>[1]['keeper'], extra: { monitor?: boolean; startKeeper?: (lease: LeaseHandle) => number | undefined } = {}) {
  return keepLease(w.deps, { keeper, monitor: extra.monitor ?? false, lease, settings: settingsOf(w), runDir: RUN_DIR, ...(extra.startKeeper ? { startKeeper: extra.startKeeper } : {}) });
}

describe('writeStackOverride', () => {
  test('the override in the run directory carries the lease as every service\'s owner label', async () => {
    const w = world();
    const file = writeStackOverride(w.deps, RUN_DIR, emptyOverride(), HEALTHY_MODEL, { namespace: 'default', id: 'abc123' });
    expect(file).toBe(`${RUN_DIR}/docker-stability.override.yaml`);
    const text = w.files.readText(file)!;
    expect(text).toContain('Owner labels: lease default/abc123.');
    const override = parseYaml(text) as { services: Record<string, { labels: Record<string, string> }> };
    expect(Object.keys(override.services).sort()).toEqual(['db', 'web']);
    expect(override.services.db!.labels).toEqual({ 'docker-stability.owner': 'default/abc123' });
  });
});

test('a TTL-only owner is one nobody can check: pid 0, no start time, no namespace', () => {
  expect(ttlOnlyOwner('runner-1')).toEqual({ pid: 0, startTicks: 0, pidNamespace: '', bootId: '', hostname: 'runner-1' });
});

describe('keepLease', () => {
  test('the monitor keeps it: the lease is handed to the monitor\'s process', async () => {
    const w = world();
    const lease = await ourLease(w);
    const kept = await keep(w, lease, 'monitor', { monitor: true });
    expect(kept.monitor?.pid).toBe(501);
    expect(kept.note).toBe('the monitor (pid 501) renews the lease');
    expect(await ownerPid(w, lease)).toBe(501);
  });

  test('no monitor bundle: the problem is said, the lease lasts until its TTL', async () => {
    const w = world();
    w.deps.monitorScript = () => undefined;
    const lease = await ourLease(w);
    const kept = await keep(w, lease, 'monitor', { monitor: true });
    expect(kept).toMatchObject({ monitor: undefined, monitorProblem: expect.stringContaining('is missing'), note: 'the lease lasts until lease-ttl (no monitor to renew it)' });
    expect(await ownerPid(w, lease)).toBe(0);
  });

  test.each([
    { name: 'a keeper that started', pid: 777, owner: 777, note: "a keeper (pid 777) holds the lease until 'docker-stability down'" },
    { name: 'a keeper that could not start', pid: undefined, owner: 0, note: 'the keeper could not start: the lease lasts until lease-ttl' },
  ])('`up`: $name → owner pid $owner', async ({ pid, owner, note }) => {
    const w = world();
    if (pid) w.host.spawn(pid);
    const lease = await ourLease(w);
    const asked: LeaseHandle[] = [];
    const kept = await keep(w, lease, 'keeper', { startKeeper: (handle) => (asked.push(handle), pid) });
    expect(asked).toEqual([lease]);
    expect(kept.note).toBe(note);
    expect(await ownerPid(w, lease)).toBe(owner);
  });

  test('`run`: this process renews the lease until told to stop', async () => {
    const w = world();
    const lease = await ourLease(w);
    const kept = await keep(w, lease, 'self');
    expect(kept.note).toBe('this process renews the lease');
    const first = (await findLease(w.deps, lease))!.newest.generation;
    // The renewal loop sleeps on the fake clock: virtual time passes while we yield.
    while ((await findLease(w.deps, lease))!.newest.generation === first) await new Promise((resolve) => setImmediate(resolve));
    await kept.stopRenewal!();
    const stopped = (await findLease(w.deps, lease))!.newest.generation;
    for (let round = 0; round < 50; round += 1) await new Promise((resolve) => setImmediate(resolve));
    expect((await findLease(w.deps, lease))!.newest.generation).toBe(stopped);
    expect(await ownerPid(w, lease)).toBe(100);
  });

  test('`run`: a renewal that fails is a warning, and renewal goes on', async () => {
    const w = world();
    const lease = await ourLease(w);
    const createContainer = w.docker.createContainer.bind(w.docker);
    let refusals = 1;
    w.docker.createContainer = async (spec) => {
      if (refusals > 0) {
        refusals -= 1;
        throw new Error('daemon busy');
      }
      return createContainer(spec);
    };
    const kept = await keep(w, lease, 'self');
    while ((await findLease(w.deps, lease))!.newest.generation === 0) await new Promise((resolve) => setImmediate(resolve));
    await kept.stopRenewal!();
    expect(w.events).toContain('warning: Could not renew the lease: daemon busy');
  });

  test('a lease gone before the monitor could take it: the monitor is stopped again and the error goes up', async () => {
    const w = world();
    const lease = await ourLease(w);
    await w.docker.removeContainer(lease.containerId!);
    await expect(keep(w, lease, 'monitor', { monitor: true })).rejects.toThrow(/no longer exists/);
    expect(w.events.filter((event) => event.startsWith('signal'))).toEqual([expect.stringMatching(/^signal SIGTERM 501/)]);
  });
});

describe('recordBeforeUp', () => {
  const model = { ...HEALTHY_MODEL, volumes: { data: {} } } as never;

  test('a volume of the model that another project made is recorded and said, so the teardown keeps it', async () => {
    const w = world();
    w.docker.listVolumes = (async () => [{ name: 'p_data', labels: { 'com.docker.compose.project': 'dev' } }]) as never;
    const lines: string[] = [];
    const record = await recordBeforeUp(w.deps, { ...w.deps.runtime, info: (line: string) => void lines.push(line) }, model, 'p');
    expect(record?.resources).toEqual([{ kind: 'volume', name: 'p_data', id: 'p_data', key: 'data', project: 'dev' }]);
    expect(lines).toEqual(['volume p_data existed before up: it belongs to Compose project dev; the teardown keeps it']);
  });

  test('a daemon that cannot list: a warning and no record (the teardown then goes by owner label alone)', async () => {
    const w = world();
    w.docker.listNetworks = async () => {
      throw new Error('timed out');
    };
    expect(await recordBeforeUp(w.deps, w.deps.runtime, model, 'p')).toBeUndefined();
    expect(w.events).toContainEqual(expect.stringMatching(/^warning: Could not record which volumes and networks existed before up \(timed out\)/));
  });
});

describe('upUnderOverride', () => {
  test('`up` gets the override, the wait-timeout and the up-flags; its lines go to the log', async () => {
    const w = world({ inputs: { 'up-flags': '--timeout 5', 'wait-timeout': '90s' } });
    let seen: UpOptions | undefined;
    w.deps.compose.up = async (_target, options) => {
      seen = options;
      options.onLine?.('Container p-db-1  Healthy');
      return { durationMs: 10, output: [] };
    };
    const outcome = await upUnderOverride(w.deps, w.deps.runtime, settingsOf(w), '/run/override.yaml', new AbortController().signal);
    expect(outcome.ok).toBe(true);
    expect(seen).toMatchObject({ waitTimeoutMs: 90_000, overrideFiles: ['/run/override.yaml'], upFlags: ['--timeout=5'] });
    expect(w.events).toContain('info: Container p-db-1  Healthy');
  });
});
