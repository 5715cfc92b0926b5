import { describe, expect, test } from 'vitest';
import type { NetworkProbe, ProbeAttempt } from '../../../src/ports/network.js';
import { awaitReadiness, TCP_HOLD_MS } from '../../../src/stack/readiness.js';
import { parseWaitFor, type WaitFor } from '../../../src/stack/wait-for.js';
import { WorldDocker, type FakeService } from '../app/world.js';
import { FakeClock } from '../lease/fakes.js';

// wait-for against a fake daemon (the stack's containers, their bound ports, their logs) and a
// fake network whose answers the test decides; the clock is virtual, so waiting costs nothing.

const probes = (text: string): WaitFor[] => parseWaitFor(text) as WaitFor[];
const bound = (privatePort: number, publicPort: number) => [
  { ip: '0.0.0.0', privatePort, publicPort, type: 'tcp' },
  { ip: '::', privatePort, publicPort, type: 'tcp' },
];

function setup(services: FakeService[], answer: (target: string, attempt: number) => ProbeAttempt = () => ({ ok: true, detail: 'accepted and held open' })) {
  const clock = new FakeClock();
  const docker = new WorldDocker(clock);
  docker.startStack('p', services);
  const calls: string[] = [];
  const counts = new Map<string, number>();
  const attempt = (target: string): ProbeAttempt => {
    const count = (counts.get(target) ?? 0) + 1;
    counts.set(target, count);
    calls.push(target);
    return answer(target, count);
  };
  const network: NetworkProbe = {
    tcp: async (host, port, options) => attempt(`tcp ${host}:${port} hold ${options.holdMs}`),
    http: async (url) => attempt(`http ${url}`),
  };
  const run = (text: string, budgetMs = 60_000) => awaitReadiness({ docker, network, clock }, 'p', probes(text), { deadlineMs: clock.now() + budgetMs });
  return { clock, docker, calls, run };
}

const refused: ProbeAttempt = { ok: false, reason: 'connection refused' };

describe('TCP and HTTP probes', () => {
  test('the published host port is tried until it holds a connection; time to ready from the wait and from the container start', async () => {
    const { calls, run } = setup([{ service: 'db', ports: bound(5432, 49153) }], (_target, attempt) => (attempt < 4 ? refused : { ok: true, detail: 'accepted and held open' }));
    const outcome = await run('db:5432');
    expect(outcome.ok).toBe(true);
    expect(calls).toEqual(Array(4).fill(`tcp 127.0.0.1:49153 hold ${TCP_HOLD_MS}`));
    const [replica] = outcome.probes[0]!.replicas;
    expect(replica).toMatchObject({ container: 'p-db-1', ready: true, attempts: 4, detail: '127.0.0.1:49153: accepted and held open' });
    // Pauses of 250, 375, 562 ms between the attempts; the container started 2 s before the wait.
    expect(replica!.waitedMs).toBe(250 + 375 + 563);
    expect(replica!.sinceStartMs).toBe(2000 + replica!.waitedMs!);
    expect(outcome.ports.map((ports) => ports.ports)).toEqual([[{ containerPort: 5432, protocol: 'tcp', host: '127.0.0.1', hostPort: 49153 }]]);
  });

  test('never ready: the last answer is kept, and the wait ends at the deadline', async () => {
    const { clock, run } = setup([{ service: 'db', ports: bound(5432, 49153) }], () => refused);
    const started = clock.now();
    const outcome = await run('db:5432', 10_000);
    expect(outcome.ok).toBe(false);
    const [replica] = outcome.probes[0]!.replicas;
    expect(replica).toMatchObject({ ready: false, detail: 'not ready when the wait ended; last: 127.0.0.1:49153: connection refused' });
    expect(replica!.attempts).toBeGreaterThan(5);
    expect(clock.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(clock.now() - started).toBeLessThan(10_000 + 2000);
  });

  test('a container that exits while it is waited for fails at once, not at the deadline', async () => {
    const setupResult = setup([{ service: 'db', ports: bound(5432, 49153) }], (_target, attempt) => {
      if (attempt === 3) setupResult.docker.stack.get('p-db-1-id')!.state = 'exited';
      return refused;
    });
    const { clock, run } = setupResult;
    const started = clock.now();
    const outcome = await run('db:5432', 120_000);
    expect(outcome.probes[0]!.replicas[0]!.detail).toMatch(/^the container exited with code 0; last: 127\.0\.0\.1:49153: connection refused$/);
    expect(clock.now() - started).toBeLessThan(10_000);
  });

  test('HTTP: the given container port, else the lowest published TCP port', async () => {
    const { calls, run } = setup([{ service: 'api', ports: [...bound(9090, 2), ...bound(8080, 1)] }]);
    expect((await run('api:http:/healthz, api:9090:http:/ready?x=1')).ok).toBe(true);
    expect(calls.sort()).toEqual(['http http://127.0.0.1:1/healthz', 'http http://127.0.0.1:2/ready?x=1']);
  });

  test('every replica must pass', async () => {
    const { run } = setup(
      [
        { service: 'web', replica: 1, ports: bound(80, 1) },
        { service: 'web', replica: 2, ports: bound(80, 2) },
      ],
      (target) => (target.includes(':2 ') ? refused : { ok: true, detail: 'ok' }),
    );
    const outcome = await run('web:80', 5000);
    expect(outcome.ok).toBe(false);
    expect(outcome.probes[0]!.replicas.map((replica) => [replica.container, replica.ready])).toEqual([
      ['p-web-1', true],
      ['p-web-2', false],
    ]);
  });

  test.each([
    ['db:5432', [{ service: 'db', ports: bound(9999, 1) }], 'port 5432/tcp of p-db-1 is not published (it publishes 9999); publish it (ports: ["5432"] gives an ephemeral host port) or probe the log'],
    ['db:5432', [{ service: 'db' }], 'port 5432/tcp of p-db-1 is not published; publish it (ports: ["5432"] gives an ephemeral host port) or probe the log'],
    ['api:http:/', [{ service: 'api' }], 'p-api-1 publishes no TCP port to probe; publish one (ports: ["8080"] gives an ephemeral host port) or probe the log'],
    ['nope:1', [{ service: 'db' }], "the stack has no container of service 'nope' (not one of its services, or in a profile that is not enabled)"],
    ['db:1', [{ service: 'db', state: 'exited' }], "no running container of service 'db' (p-db-1: exited)"],
    ['w:log:/(?<=x)/', [{ service: 'w' }], "'(?<=x)' is not an RE2 pattern"],
  ])('%s cannot be tried: %s', async (text, services, problem) => {
    const { calls, run } = setup(services as FakeService[]);
    const outcome = await run(text);
    expect(outcome.ok).toBe(false);
    expect(outcome.probes[0]!.problem).toContain(problem);
    expect(calls).toEqual([]);
  });
});

describe('log probes', () => {
  test('a matching line of either stream passes', async () => {
    const { docker, run } = setup([
      { service: 'worker', logs: [{ stdout: 'booting\n' }, { stderr: 'warming up\nrea' }, { stderr: 'dy to accept connections\n' }].map((chunk) => ({ stream: Object.keys(chunk)[0] as 'stdout', text: Object.values(chunk)[0]! })) },
    ]);
    const outcome = await run('worker:log:/ready to (accept|serve)/');
    expect(outcome.probes[0]!.replicas[0]).toMatchObject({ ready: true, detail: 'a matching line after 3 lines read' });
    expect(docker.logQueries).toEqual([expect.objectContaining({ follow: true, timestamps: false })]);
  });

  test('a log that ends without the line: the container stopped, said at once', async () => {
    const { clock, docker, run } = setup([{ service: 'worker', logs: [{ stream: 'stdout', text: 'fatal: no config' }] }]);
    const follow = docker.streamContainerLogs;
    // The daemon ends a followed log when the container stops.
    docker.streamContainerLogs = async (id, query, onChunk) => {
      await follow(id, query, onChunk);
      Object.assign(docker.stack.get(id)!, { state: 'exited', exitCode: 3 });
    };
    const started = clock.now();
    const outcome = await run('worker:log:/ready/', 120_000);
    expect(outcome.probes[0]!.replicas[0]!.detail).toBe('the log ended without a matching line (1 line read): the container exited with code 3');
    expect(clock.now() - started).toBeLessThan(1000);
  });

  test('no line by the deadline', async () => {
    const { docker, run } = setup([{ service: 'worker', logs: [{ stream: 'stdout', text: 'still booting\n' }] }]);
    const follow = docker.streamContainerLogs;
    // A followed log stays open until the deadline aborts it.
    docker.streamContainerLogs = async (id, query, onChunk, signal) => {
      await follow(id, query, onChunk);
      await new Promise((resolve) => signal!.addEventListener('abort', resolve, { once: true }));
    };
    const outcome = await run('worker:log:/ready/', 30_000);
    expect(outcome.probes[0]!.replicas[0]).toMatchObject({ ready: false, detail: 'no matching line when the wait ended (1 line read)' });
  });
});
