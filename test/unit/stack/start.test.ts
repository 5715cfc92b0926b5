import { describe, expect, test } from 'vitest';
import type { ComposeCli } from '../../../src/compose/compose-cli.js';
import { CommandError } from '../../../src/ports/command.js';
import { DockerUnavailableError, type DockerApi } from '../../../src/ports/docker.js';
import type { Log } from '../../../src/ports/runtime.js';
import type { StackTarget } from '../../../src/compose/target.js';
import { DaemonLostError, startStack } from '../../../src/stack/start.js';

const target = { projectName: 'p1', files: ['compose.yaml'], workingDirectory: '/ws', profiles: [], envFiles: [] } as unknown as StackTarget;
const ENDPOINT = 'unix:///fake.sock';
const log = { info: () => undefined, warning: () => undefined } as Partial<Log> as Log;
const composeFails = {
  up: async () => {
    throw new CommandError(['docker', 'compose', 'up'], 1, ' Container p1-slow-1  Waiting\napplication not healthy after 10s\n', 'exit');
  },
} as Partial<ComposeCli> as ComposeCli;

function dockerThat(listing: 'answers' | 'times out' | 'fails'): DockerApi {
  return {
    endpoint: ENDPOINT,
    listContainers: async () => {
      if (listing === 'times out') throw new DockerUnavailableError(ENDPOINT, 'container list', 'no answer within 15000 ms', true);
      if (listing === 'fails') throw new Error('Docker container list failed: (HTTP code 500) server error');
      return [];
    },
  } as Partial<DockerApi> as DockerApi;
}

describe('startStack when up fails', () => {
  test('the daemon no longer answers: the error names the daemon and what Compose last said', async () => {
    const error = await startStack({ compose: composeFails, docker: dockerThat('times out'), log, now: () => 0 }, target, { waitTimeoutMs: 10_000 }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DaemonLostError);
    expect((error as Error).message).toBe(
      `docker compose up failed (application not healthy after 10s), and then the Docker daemon at ${ENDPOINT} did not answer 'container list' in time (no answer within 15000 ms). It may be overloaded or frozen; check 'docker info' on the host.`,
    );
  });

  test.each<['answers' | 'fails']>([['answers'], ['fails']])('the daemon %s: an ordinary failed start with the compose tail', async (listing) => {
    const outcome = await startStack({ compose: composeFails, docker: dockerThat(listing), log, now: () => 0 }, target, { waitTimeoutMs: 10_000 });
    expect(outcome).toMatchObject({ ok: false, reason: 'failed', composeTail: [' Container p1-slow-1  Waiting', 'application not healthy after 10s'] });
  });
});
