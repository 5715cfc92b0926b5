import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { artifactAvailability, artifactUrl } from '../../../src/adapters/actions-artifact.js';
import { nodeNetworkProbe } from '../../../src/adapters/network-probe.js';

// The network probe against small servers on loopback: what a listening service, Docker's
// userland proxy with nothing behind it (accept, then close), a closed port and HTTP statuses
// look like from the runner.

const servers: Array<Server | HttpServer> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen<T extends Server | HttpServer>(server: T): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('tcp', () => {
  test('a service that listens and waits for the client: ready once the connection is held', async () => {
    const port = await listen(createServer(() => undefined));
    expect(await nodeNetworkProbe.tcp('127.0.0.1', port, { timeoutMs: 5000, holdMs: 100 })).toEqual({ ok: true, detail: 'accepted and held open' });
  });

  test('a service that speaks first (a greeting): ready at once', async () => {
    const port = await listen(createServer((socket) => socket.write('220 hello\r\n')));
    expect(await nodeNetworkProbe.tcp('127.0.0.1', port, { timeoutMs: 5000, holdMs: 60_000 })).toEqual({ ok: true, detail: 'accepted; the service spoke first' });
  });

  test("Docker's userland proxy with nothing listening behind it: accepted, then closed — not ready", async () => {
    const port = await listen(createServer((socket) => socket.end()));
    expect(await nodeNetworkProbe.tcp('127.0.0.1', port, { timeoutMs: 5000, holdMs: 2000 })).toEqual({
      ok: false,
      reason: 'accepted, then closed at once (nothing listens behind the published port yet)',
    });
  });

  test('a closed port: refused', async () => {
    const port = await listen(createServer());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect(await nodeNetworkProbe.tcp('127.0.0.1', port, { timeoutMs: 5000, holdMs: 100 })).toEqual({ ok: false, reason: 'connection refused' });
  });
});

describe('http', () => {
  test.each([
    [200, { ok: true, detail: 'HTTP 200' }],
    [204, { ok: true, detail: 'HTTP 204' }],
    [302, { ok: false, reason: 'HTTP 302' }],
    [503, { ok: false, reason: 'HTTP 503' }],
  ])('status %i', async (status, answer) => {
    const paths: string[] = [];
    const port = await listen(
      createHttpServer((request, response) => {
        paths.push(request.url ?? '');
        response.writeHead(status, { location: '/elsewhere' });
        response.end('body that is never read whole');
      }),
    );
    expect(await nodeNetworkProbe.http(`http://127.0.0.1:${port}/healthz?full=1`, { timeoutMs: 5000 })).toEqual(answer);
    expect(paths).toEqual(['/healthz?full=1']);
  });

  test('a server that never answers: the attempt ends at its timeout', async () => {
    const port = await listen(createHttpServer(() => undefined));
    expect(await nodeNetworkProbe.http(`http://127.0.0.1:${port}/`, { timeoutMs: 200 })).toEqual({ ok: false, reason: 'no answer within 200 ms' });
  });

  test('a proxy that closes at once: not ready', async () => {
    const port = await listen(createServer((socket) => socket.destroy()));
    const answer = await nodeNetworkProbe.http(`http://127.0.0.1:${port}/`, { timeoutMs: 5000 });
    expect(answer.ok).toBe(false);
  });
});

describe('the artifact service', () => {
  const runner = { ACTIONS_RUNTIME_TOKEN: 'jwt', ACTIONS_RESULTS_URL: 'https://results.example/', GITHUB_SERVER_URL: 'https://github.com' };
  test.each<[string, NodeJS.ProcessEnv, ReturnType<typeof artifactAvailability>]>([
    ['a GitHub-hosted job', runner, { available: true }],
    ['GHE.com', { ...runner, GITHUB_SERVER_URL: 'https://octo.ghe.com' }, { available: true }],
    ['outside Actions', {}, { available: false, reason: 'no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: a run outside GitHub Actions)' }],
    ['no results URL', { ACTIONS_RUNTIME_TOKEN: 'jwt' }, { available: false, reason: 'no artifact service here (ACTIONS_RESULTS_URL is not set: a run outside GitHub Actions)' }],
    ['GitHub Enterprise Server', { ...runner, GITHUB_SERVER_URL: 'https://git.corp.example' }, { available: false, reason: expect.stringContaining('GitHub Enterprise Server') }],
  ])('%s', (_name, env, availability) => {
    expect(artifactAvailability(env)).toEqual(availability);
  });

  test('the link, as actions/upload-artifact gives it', () => {
    expect(artifactUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42' }, 7)).toBe('https://github.com/o/r/actions/runs/42/artifacts/7');
    expect(artifactUrl({}, 7)).toBeUndefined();
  });
});
