import { describe, expect, test } from 'vitest';
import { actionMain } from '../../../src/app/action/main.js';
import { actionPost } from '../../../src/app/action/post.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import type { RunReport } from '../../../src/report/run-report.js';
import { world } from './world.js';

// Services, flags, pulls and builds through the one lifecycle, with the fakes of every port:
// what is judged is what starts, a refused flag stops everything before it starts, pulls and
// builds are phases of their own before `up` (which fetches nothing), their failures leave
// nothing behind, and remove-built-images removes only what this run built.

const STACK: ComposeModel = {
  name: 'p',
  services: {
    db: { image: 'postgres:15', mem_limit: '268435456', cpus: 1 },
    app: { build: { context: '/ws/app' }, mem_limit: '134217728', cpus: 1, depends_on: { db: { condition: 'service_started' } } },
    other: { image: 'nginx:1.27', mem_limit: '1073741824', cpus: 1 },
  },
};
const STATUS_503 = 'Error response from daemon: received unexpected HTTP status: 503 Service Unavailable';

async function mainThenPost(options: Parameters<typeof world>[0] = {}) {
  const w = world({ model: STACK, images: ['postgres:15', 'nginx:1.27'], ...options });
  await actionMain(w.deps, new AbortController().signal, 0);
  const mainEvents = [...w.events];
  const mainOutputs = { ...w.outputs };
  w.events.length = 0;
  await actionPost(w.secondProcess(), 0);
  const report = JSON.parse(w.files.readText(w.outputs['report-file']!)!) as RunReport;
  return { ...w, mainEvents, mainOutputs, postEvents: [...w.events], report, summary: w.summaries.join('') };
}

const compose = (events: string[]): string[] => events.filter((event) => event.startsWith('compose') || event.startsWith('teardown')).map((event) => event.replace(/ \(lease held by \d+\)$/, ''));

describe('services', () => {
  test('the lease asks for the memory of what starts: the services and their dependencies', async () => {
    const w = world({ model: STACK, images: ['postgres:15', 'nginx:1.27'], inputs: { services: 'app' } });
    await actionMain(w.deps, new AbortController().signal, 0);
    const lease = [...w.docker.containers.values()].find((container) => container.labels['docker-stability.lease.id'])!;
    const memory = Object.entries(lease.labels).find(([key]) => key.endsWith('memory-bytes'))![1];
    expect(Number(memory)).toBe(384 * 1024 ** 2);
  });

  test('only the services asked for and their dependencies are loaded, judged, reserved and started; down takes the whole project', async () => {
    const w = await mainThenPost({ inputs: { services: 'app' } });
    expect(w.failures).toEqual([]);
    expect(compose(w.mainEvents)).toEqual(['compose version', 'compose config app', 'compose build app +override', 'compose up app']);
    expect(w.report.stack!.services.map((service) => service.service).sort()).toEqual(['app', 'db']);
    // 256 MiB + 128 MiB: `other`'s 1 GiB is not reserved, since it does not start.
    expect(w.report.stack!.reservationBytes).toBe(384 * 1024 ** 2);
    expect(compose(w.postEvents)).toEqual(['teardown']);
  });

  test('without services, everything', async () => {
    const w = await mainThenPost();
    expect(compose(w.mainEvents)).toEqual(['compose version', 'compose config', 'compose build app +override', 'compose up']);
    expect(w.report.stack!.reservationBytes).toBe((256 + 128 + 1024) * 1024 ** 2);
  });
});

describe('up-flags and compose-flags', () => {
  test('a refused flag fails main with the reason before anything is asked of Compose or the lease', async () => {
    const w = world({ model: STACK, inputs: { 'up-flags': '--timestamps -d', 'compose-flags': '--profile debug' } });
    await actionMain(w.deps, new AbortController().signal, 0);
    expect(w.failures).toHaveLength(1);
    expect(w.failures[0]).toContain("up-flags: '-d' is refused: every start is already detached");
    expect(w.failures[0]).toContain("compose-flags: '--profile' is refused: use the profiles input");
    expect(w.events.filter((event) => /^(compose|spawn|group)/.test(event))).toEqual([]);
    expect(w.leaseOwner()).toBe('nobody');
  });

  test('accepted up-flags reach `up`, normalised', async () => {
    const w = await mainThenPost({ inputs: { 'up-flags': '-t 3 --timestamps' } });
    expect(compose(w.mainEvents).at(-1)).toBe('compose up --timeout=3 --timestamps');
  });
});

describe('pulls', () => {
  test('a pull that fails twice with 503 is retried and reported; up fetches nothing of its own', async () => {
    const w = await mainThenPost({ images: ['nginx:1.27'], pullErrors: { db: [STATUS_503, STATUS_503] } });
    expect(w.failures).toEqual([]);
    expect(compose(w.mainEvents)).toEqual(['compose version', 'compose config', 'compose pull db', 'compose pull db', 'compose pull db', 'compose build app +override', 'compose up']);
    const pulled = w.report.pull!.images.find((image) => image.image === 'postgres:15')!;
    expect(pulled).toMatchObject({ outcome: 'pulled', services: ['db'] });
    expect(pulled.attempts.map((attempt) => attempt.kind ?? 'ok')).toEqual(['transient', 'transient', 'ok']);
    expect(w.report.pull!.images.find((image) => image.image === 'nginx:1.27')!.outcome).toBe('present');
    // pull-seconds covers the attempts and the waits; startup-seconds only `up`.
    expect(Number(w.mainOutputs['pull-seconds'])).toBeGreaterThanOrEqual(3 + 1 + 2);
    expect(w.mainOutputs['startup-seconds']).toBe('2.5');
    expect(w.outputs['pull-seconds']).toBe(w.mainOutputs['pull-seconds']);
    expect(w.summary).toContain('### Images');
    expect(w.summary).toMatch(/\| db \| postgres:15 \| pulled \| [\d.]+ s \| 3 attempts \(waited [\d.]+ s\): received unexpected HTTP status: 503 Service Unavailable \|/);
    expect(w.summary).toMatch(/\| Pull \| [\d.]+ s \(1 image pulled, 1 after retries\) \|/);
    expect(w.summary).toContain('postgres:15 pulled only after retries');
  });

  test('a rate limit fails main at once with the way out; nothing starts, the lease goes', async () => {
    const w = await mainThenPost({ images: ['nginx:1.27'], pullErrors: { db: ['Error response from daemon: toomanyrequests: You have reached your pull rate limit.'] } });
    // Nothing was created, so the teardown finds nothing of the project to remove.
    expect(compose(w.mainEvents)).toEqual(['compose version', 'compose config', 'compose pull db']);
    expect(w.failures[0]).toMatch(/^Pulling postgres:15 hit the registry's rate limit/);
    expect(w.failures[0]).toContain('docker/login-action');
    expect(w.leaseOwner()).toBe('nobody');
    expect(w.summary).toContain('❌ **Failed** — Pulling postgres:15 hit the registry');
    expect(w.report.start).toBeUndefined();
  });

  test('pull: never with an image that is not here fails by name before `up`', async () => {
    const w = await mainThenPost({ images: ['nginx:1.27'], inputs: { pull: 'never' } });
    expect(w.failures[0]).toBe("Could not get the stack's images:\npostgres:15 (db): not on the daemon, and pull: never forbids to pull it");
    expect(compose(w.mainEvents)).not.toContain('compose up');
  });
});

describe('builds', () => {
  test('built in a phase of its own, timed apart from the start-up, labelled with this run\'s owner', async () => {
    const w = await mainThenPost();
    expect(w.mainOutputs['build-seconds']).toBe('4.0');
    expect(w.mainOutputs['startup-seconds']).toBe('2.5');
    expect(w.report.build!.services).toMatchObject([{ service: 'app', image: 'p-app', outcome: 'built', durationMs: 4000 }]);
    expect(w.report.timings!.start.map((timing) => timing.phase)).toEqual(['node start', 'checks', 'admission', 'launch', 'pull', 'build', 'up', 'readiness']);
    expect(w.mainEvents).toContain('output: #1 [app 1/2] FROM base');
    expect(w.summary).toMatch(/\| Build \| 4\.0 s \(app 4\.0 s\) \|/);
    expect(w.summary).toMatch(/\| app \| p-app \| built \| 4\.0 s \| not on the daemon \|/);
    // Kept by default: remove-built-images is false.
    expect([...w.docker.built.keys()]).toEqual(['p-app']);
  });

  test('remove-built-images: the image this run built goes, one another run built under the same name stays', async () => {
    const w = world({ model: STACK, images: ['postgres:15', 'nginx:1.27'], inputs: { 'remove-built-images': 'true' } });
    w.docker.built.set('p-app-earlier', { 'com.docker.compose.project': 'p', 'docker-stability.built-by': 'default/another-run' });
    await actionMain(w.deps, new AbortController().signal, 0);
    expect(w.docker.built.get('p-app')?.['docker-stability.built-by']).toMatch(/^default\/\S+$/);
    await actionPost(w.secondProcess(), 0);
    expect([...w.docker.built.keys()]).toEqual(['p-app-earlier']);
    expect(w.docker.calls).toContain('remove image p-app');
  });

  test('a failing build fails main with its last words; nothing starts', async () => {
    const w = await mainThenPost({ buildErrors: { app: 'ERROR: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3' } });
    expect(w.failures[0]).toBe('Could not build the stack\'s images:\napp (p-app): ERROR: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3');
    expect(compose(w.mainEvents)).not.toContain('compose up');
    expect(w.summary).toContain('<details><summary>app: last 2 lines of the build</summary>');
    expect(w.leaseOwner()).toBe('nobody');
  });

  test('build: never with an image that was never built fails by name', async () => {
    const w = await mainThenPost({ inputs: { build: 'never' } });
    expect(w.failures[0]).toBe("Could not build the stack's images:\napp (p-app): not on the daemon, and build: never forbids to build it");
  });
});
