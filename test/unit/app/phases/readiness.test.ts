import { describe, expect, test } from 'vitest';
import { checkReadiness } from '../../../../src/app/phases/readiness.js';
import { settingsOf, type World } from '../pipeline-support.js';
import { world, type WorldOptions } from '../world.js';

// After `up`: the published ports (the ports output, export-env's variables) and the wait-for
// probes within what is left of wait-timeout. Each way it ends, as the start sees it.

const bound = (privatePort: number, publicPort: number) => [{ ip: '0.0.0.0', privatePort, publicPort, type: 'tcp' }];

function upWith(options: WorldOptions, upMs = 2500): { w: World; readiness: ReturnType<typeof checkReadiness> } {
  const w = world(options);
  w.docker.startStack('p', options.stack ?? [{ service: 'db', ports: bound(5432, 49153) }, { service: 'web', ports: bound(80, 49154) }]);
  return { w, readiness: checkReadiness(w.deps, w.deps.runtime, settingsOf(w), { upMs, signal: new AbortController().signal }) };
}

describe('checkReadiness', () => {
  test('no probes: the ports the daemon published, said once', async () => {
    const { w, readiness } = upWith({});
    const { section, failure } = await readiness;
    expect(failure).toBeUndefined();
    expect(section).toMatchObject({ ok: true, ports: { db: { '5432/tcp': '127.0.0.1:49153' }, web: { '80/tcp': '127.0.0.1:49154' } }, probes: [] });
    expect(section.variables).toBeUndefined();
    expect(w.events).toEqual(['info: Published ports: db 5432/tcp → 127.0.0.1:49153, web 80/tcp → 127.0.0.1:49154.']);
  });

  test('a stack that publishes nothing says so', async () => {
    const { w, readiness } = upWith({ stack: [{ service: 'db' }] });
    expect((await readiness).section.ports).toEqual({});
    expect(w.events).toEqual(['info: The stack publishes no host ports.']);
  });

  test('export-env: the variables of later steps', async () => {
    const { readiness } = upWith({ inputs: { 'export-env': 'true' } });
    expect((await readiness).section.variables).toEqual({ DB_HOST: '127.0.0.1', DB_PORT_5432: '49153', WEB_HOST: '127.0.0.1', WEB_PORT_80: '49154' });
  });

  test('a probe met: one line with how long it waited', async () => {
    const { w, readiness } = upWith({ inputs: { 'wait-for': 'db:5432' } });
    const { section, failure } = await readiness;
    expect(failure).toBeUndefined();
    expect(section.probes).toEqual([expect.objectContaining({ probe: 'db:5432', ready: true })]);
    expect(w.events.at(-1)).toMatch(/^info: db: TCP 5432 ready .* \(waited 0 ms; 127\.0\.0\.1:49153: 127\.0\.0\.1:49153 accepted\)$/);
  });

  test('a probe not met in what is left of wait-timeout: the failing service diagnosed, the step\'s error naming it', async () => {
    const network = { tcp: async () => ({ ok: false as const, reason: 'connection refused' }), http: async () => ({ ok: true as const, detail: 'HTTP 200' }) };
    const { w, readiness } = upWith({ inputs: { 'wait-for': 'db:5432, web:http:/', 'wait-timeout': '30s' }, network }, 25_000);
    const started = w.clock.now();
    const { section, failure } = await readiness;
    expect(section.ok).toBe(false);
    // 5 s were left after `up` took 25 s of the 30.
    expect(w.clock.now() - started).toBeGreaterThanOrEqual(5000);
    expect(failure?.split('\n')).toEqual([
      'Stack p was not ready: wait-for not met within wait-timeout (30.0 s, 25.0 s of it taken by up).',
      expect.stringMatching(/^db: TCP 5432 not met — .*connection refused/),
    ]);
    expect(section.failing?.map((diagnosis) => diagnosis.service)).toEqual(['db']);
    expect(w.events).toContainEqual(expect.stringMatching(/^group: db: running — health checks and last 0 log lines$/));
  });

  test.each<{ name: string; inputs: Record<string, string>; ok: boolean; failure?: string }>([
    { name: 'without probes: a warning, and the start goes on', inputs: {}, ok: true, failure: undefined },
    { name: 'with probes: the start fails', inputs: { 'wait-for': 'db:5432' }, ok: false, failure: 'Stack p: wait-for could not be checked: the published ports could not be read from the daemon: daemon busy' },
  ])('ports that cannot be read, $name', async ({ inputs, ok, failure }) => {
    const w = world({ inputs });
    w.docker.listContainers = async () => {
      throw new Error('daemon busy');
    };
    const readiness = await checkReadiness(w.deps, w.deps.runtime, settingsOf(w), { upMs: 0, signal: new AbortController().signal });
    expect(readiness.section).toMatchObject({ ok, problems: ['the published ports could not be read from the daemon: daemon busy'] });
    expect(readiness.failure).toBe(failure);
    expect(w.events).toEqual(ok ? ['warning: No ports output: the published ports could not be read from the daemon: daemon busy.'] : []);
  });
});
