import { describe, expect, test } from 'vitest';
import { releaseOrKeep, tearDownStack } from '../../../../src/app/phases/teardown.js';
import { acquireLease } from '../../../../src/lease/acquire.js';
import { DockerUnavailableError } from '../../../../src/ports/docker.js';
import { leaseRecords, settingsOf, type World } from '../pipeline-support.js';
import { world } from '../world.js';

// The teardown as every entry point calls it (it never throws: what it could not do is said and
// returned), and the lease released last — or kept in the run when its release failed, so a
// later step tries again.

function up(w: World): void {
  w.docker.startStack('p', [{ service: 'db' }, { service: 'web' }]);
}

describe('tearDownStack', () => {
  test('the stack\'s containers go and the count of what is left is said', async () => {
    const w = world();
    up(w);
    const result = await tearDownStack(w.deps, w.deps.runtime, settingsOf(w), {});
    expect(result.swept?.removed.map((removal) => removal.resource.name).sort()).toEqual(['p-db-1', 'p-web-1']);
    expect(result.problems).toEqual([]);
    expect(w.docker.stack.size).toBe(0);
    expect(w.events).toContain('info: Left after cleanup: 0 (containers 0, networks 0, volumes 0).');
  });

  test('a volume that existed before up is kept and said to be kept, never removed', async () => {
    const w = world();
    up(w);
    const volume = { name: 'p_data', labels: { 'com.docker.compose.project': 'p', 'com.docker.compose.volume': 'data' } };
    w.docker.listVolumes = (async (query: { labels?: string[] }) => ((query.labels ?? []).every((label) => label.startsWith('com.docker.compose.project=p')) ? [volume] : [])) as never;
    const preExisting = { recordedAtMs: 0, project: 'p', resources: [{ kind: 'volume' as const, name: 'p_data', id: 'p_data', key: 'data', project: 'p' }] };
    const result = await tearDownStack(w.deps, w.deps.runtime, settingsOf(w), { preExisting });
    expect(result.kept).toEqual([expect.objectContaining({ kind: 'volume', name: 'p_data' })]);
    expect(w.events).toContainEqual(expect.stringMatching(/^info: Kept volume p_data: .+\.$/));
    expect(result.problems).toEqual([]);
  });

  test('a container the daemon will not remove is a warning naming it, and is counted as left', async () => {
    const w = world();
    up(w);
    const remove = w.docker.removeContainer.bind(w.docker);
    w.docker.removeContainer = async (id: string) => {
      if (id === 'p-db-1-id') throw new Error('device or resource busy');
      return remove(id);
    };
    const result = await tearDownStack(w.deps, w.deps.runtime, settingsOf(w), {});
    expect(result.problems).toEqual(['Could not remove container p-db-1: device or resource busy']);
    expect(w.events).toContain('warning: Could not remove container p-db-1: device or resource busy');
    expect(result.leftovers?.containers).toEqual(['p-db-1']);
    expect(w.events).toContain('info: Left after cleanup: 1 (containers 1, networks 0, volumes 0).');
  });

  test('a daemon that does not answer: nothing is attempted, and that nothing could be counted is said', async () => {
    const w = world();
    up(w);
    w.docker.version = (async () => {
      throw new DockerUnavailableError('unix:///fake.sock', 'version', new Error('timeout'), true);
    }) as never;
    const result = await tearDownStack(w.deps, w.deps.runtime, settingsOf(w), {});
    expect(result.problems).toEqual([expect.stringMatching(/^Nothing of project p was torn down: The Docker daemon at unix:\/\/\/fake\.sock did not answer 'version' in time/)]);
    expect(result.leftovers).toBeUndefined();
    expect(w.docker.stack.size).toBe(2);
    expect(w.events).toContain('info: Could not count what is left after cleanup.');
  });
});

describe('releaseOrKeep', () => {
  async function lease(w: World) {
    return (await acquireLease(w.deps, { project: 'p', groups: [], ports: [], memoryBytes: 0 }, { namespace: 'default', budgetBytes: 1, timeoutMs: 0, ttlMs: 3_600_000, who: { runner: 'r' } })).handle;
  }

  test('no lease: nothing to do', async () => {
    const w = world();
    expect(await releaseOrKeep(w.deps, w.deps.runtime, undefined)).toBeUndefined();
    expect(w.events).toEqual([]);
  });

  test('released: said, and nothing is kept for later', async () => {
    const w = world();
    const handle = await lease(w);
    expect(await releaseOrKeep(w.deps, w.deps.runtime, handle)).toBeUndefined();
    expect(w.events).toEqual([`info: Lease ${handle.id} released.`]);
    expect(leaseRecords(w)).toEqual([]);
  });

  test('already gone (swept as stale): nothing said, nothing kept', async () => {
    const w = world();
    const handle = await lease(w);
    await w.docker.removeContainer(handle.containerId!);
    expect(await releaseOrKeep(w.deps, w.deps.runtime, handle)).toBeUndefined();
    expect(w.events).toEqual([]);
  });

  test('a release that fails: a warning, and the lease comes back for a later step to release', async () => {
    const w = world();
    const handle = await lease(w);
    w.docker.listContainers = async () => {
      throw new Error('daemon busy');
    };
    expect(await releaseOrKeep(w.deps, w.deps.runtime, handle)).toEqual(handle);
    expect(w.events).toEqual([`warning: Could not release lease ${handle.id}: daemon busy; the cleanup at the end tries again (else it ends with its owner).`]);
  });
});
