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
    down: async (_target: StackTarget, options: { byNameOnly?: boolean }) => {
      calls.push(options.byNameOnly ? 'down by name' : 'down');
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
    expect(calls.slice(0, 2)).toEqual(['version', 'down']);
    expect(calls).toContain('list containers');
    expect(result.problems).toEqual([]);
    expect(result.leftovers).toEqual({ containers: [], networks: [], volumes: [] });
  });
});
