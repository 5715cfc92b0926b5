import { describe, expect, test } from 'vitest';
import { tearDown } from '../../../src/cleanup/teardown.js';
import type { ComposeCli } from '../../../src/compose/compose-cli.js';
import { DockerUnavailableError, type DockerApi } from '../../../src/ports/docker.js';
import type { StackTarget } from '../../../src/compose/target.js';

const target = { projectName: 'p1', files: ['compose.yaml'], workingDirectory: '/ws', profiles: [], envFiles: [] } as unknown as StackTarget;
const ENDPOINT = 'unix:///fake.sock';

type Daemon = 'answers' | 'frozen' | 'gone' | 'errors';

function fakes(daemon: Daemon): { docker: DockerApi; compose: ComposeCli; calls: string[] } {
  const calls: string[] = [];
  const docker = {
    endpoint: ENDPOINT,
    version: async () => {
      calls.push('version');
      if (daemon === 'frozen') throw new DockerUnavailableError(ENDPOINT, 'version', 'no answer within 15000 ms', true);
      if (daemon === 'gone') throw new DockerUnavailableError(ENDPOINT, 'version', new Error('connect ENOENT'), false);
      if (daemon === 'errors') throw new Error('Docker version failed: (HTTP code 500) server error');
      return { version: '27.0.0', apiVersion: '1.46', os: 'linux', arch: 'amd64' };
    },
    listContainers: async () => (calls.push('list containers'), []),
    listNetworks: async () => (calls.push('list networks'), []),
    listVolumes: async () => (calls.push('list volumes'), []),
    listImages: async () => (calls.push('list images'), []),
  } as Partial<DockerApi> as DockerApi;
  const compose = {
    stop: async (project: string, options: { stopTimeoutSeconds: number }) => {
      calls.push(`stop ${project} -t ${options.stopTimeoutSeconds}`);
    },
  } as Partial<ComposeCli> as ComposeCli;
  return { docker, compose, calls };
}

describe('tearDown and a daemon that does not answer', () => {
  test.each<[Daemon, string | undefined]>([
    ['frozen', "did not answer 'version' in time (no answer within 15000 ms)"],
    ['gone', "is unreachable ('version': connect ENOENT)"],
  ])('%s: nothing is handed to Compose or swept, and the problem says why at once', async (daemon, why) => {
    const { docker, compose, calls } = fakes(daemon);
    const result = await tearDown({ docker, compose, now: () => 0 }, target, { stopTimeoutSeconds: 0, timeoutMs: 120_000 });
    expect(calls).toEqual(['version']);
    expect(result.leftovers).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^Nothing of project p1 was torn down: The Docker daemon at unix:\/\/\/fake\.sock /);
    expect(result.problems[0]).toContain(why);
  });

  test.each<[Daemon]>([['answers'], ['errors']])('a daemon that %s gets the whole teardown', async (daemon) => {
    const { docker, compose, calls } = fakes(daemon);
    const result = await tearDown({ docker, compose, now: () => 0 }, target, { stopTimeoutSeconds: 0, timeoutMs: 120_000 });
    expect(calls[0]).toBe('version');
    // No grace period asked: nothing is handed to Compose; the removal is by label.
    expect(calls.some((call) => call.startsWith('stop'))).toBe(false);
    expect(calls).toContain('list containers');
    expect(result.problems).toEqual([]);
    expect(result.leftovers).toEqual({ containers: [], networks: [], volumes: [] });
  });

  test('a grace period is a compose stop by name before the removal', async () => {
    const { docker, compose, calls } = fakes('answers');
    await tearDown({ docker, compose, now: () => 0 }, target, { stopTimeoutSeconds: 5, timeoutMs: 120_000 });
    expect(calls.slice(0, 3)).toEqual(['version', 'stop p1 -t 5', 'list containers']);
  });
});

describe('tearDown keeps what is not ours', () => {
  // A daemon holding this run's stack, a developer's volume the stack used under a fixed name,
  // and a volume of the same project made before the run; removals are recorded.
  function daemonWithStack() {
    const removed: string[] = [];
    const volumes: Array<{ name: string; labels: Record<string, string> }> = [
      { name: 'devdata', labels: {} },
      { name: 'p1_data', labels: { 'com.docker.compose.project': 'p1', 'docker-stability.owner': 'default/L1' } },
      { name: 'p1_old', labels: { 'com.docker.compose.project': 'p1' } },
    ];
    const containers = [{ id: 'c1', name: 'p1-db-1', labels: { 'com.docker.compose.project': 'p1', 'docker-stability.owner': 'default/L1' }, state: 'running' }];
    const matches = (labels: Record<string, string>, filters: string[] = []): boolean =>
      filters.every((filter) => {
        const [key, value] = filter.split('=') as [string, string | undefined];
        return value === undefined ? key in labels : labels[key] === value;
      });
    const docker = {
      endpoint: ENDPOINT,
      version: async () => ({ version: '27.0.0', apiVersion: '1.46', os: 'linux', arch: 'amd64' }),
      listContainers: async (query: { labels?: string[] }) => containers.filter((c) => !removed.includes(c.name) && matches(c.labels, query.labels)).map((c) => ({ ...c, image: 'x', status: '', createdSeconds: 0, ports: [] })),
      listNetworks: async () => [],
      listVolumes: async (query: { labels?: string[] }) => volumes.filter((v) => !removed.includes(v.name) && matches(v.labels, query.labels)),
      listImages: async () => [],
      removeContainer: async (id: string) => (removed.push(containers.find((c) => c.id === id)!.name), 'removed' as const),
      removeVolume: async (name: string) => (removed.push(name), 'removed' as const),
    } as Partial<DockerApi> as DockerApi;
    return { docker, removed };
  }

  test('with the record of what existed before up: the run\'s own volume goes, the others stay and are named', async () => {
    const { docker, removed } = daemonWithStack();
    const preExisting = {
      recordedAtMs: 0,
      project: 'p1',
      resources: [
        { kind: 'volume' as const, name: 'devdata', id: 'devdata', key: 'data' },
        { kind: 'volume' as const, name: 'p1_old', id: 'p1_old', project: 'p1' },
      ],
    };
    const result = await tearDown({ docker, compose: {} as ComposeCli, now: () => 0 }, target, { stopTimeoutSeconds: 0, timeoutMs: 1000, owners: ['default/L1'], preExisting });
    expect(removed.sort()).toEqual(['p1-db-1', 'p1_data']);
    expect(result.kept.map((kept) => `${kept.kind} ${kept.name}`)).toEqual(['volume devdata', 'volume p1_old']);
    expect(result.kept[0]!.why).toBe('it existed before this run and is not ours (it was not created by Compose)');
    // Kept on purpose is not "left behind": the count is of this run's resources.
    expect(result.leftovers).toEqual({ containers: [], networks: [], volumes: [] });
  });
});
