import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { actionMain } from '../../../src/app/action/main.js';
import { actionPost } from '../../../src/app/action/post.js';
import { runRun } from '../../../src/app/commands/run.js';
import { Redactor } from '../../../src/core/untrusted.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import type { Deps } from '../../../src/app/deps.js';
import type { LogChunk } from '../../../src/ports/docker.js';
import { HEALTHY_MODEL, RUNNER_TEMP, world, WORKSPACE, type FakeService, type WorldOptions } from './world.js';

// The readiness phase after `up` and the logs phases around the teardown, through the action's
// main and post with plain fakes of every port: outputs and variables, the order of the phases
// (logs before the teardown, the upload after the lease), what a wait-for not met leaves behind,
// and when the logs are uploaded.

const bound = (privatePort: number, publicPort: number) => [
  { ip: '0.0.0.0', privatePort, publicPort, type: 'tcp' },
  { ip: '::', privatePort, publicPort, type: 'tcp' },
];
const line = (second: number, text: string, stream: LogChunk['stream'] = 'stdout'): LogChunk => ({ stream, text: `2026-11-27T09:59:${String(second).padStart(2, '0')}.000000000Z ${text}\n` });
const STACK: FakeService[] = [
  { service: 'db', ports: bound(5432, 49153), logs: [line(58, 'starting'), line(59, 'ready to accept connections', 'stderr')] },
  { service: 'web', ports: bound(80, 49154), logs: [line(59, 'listening on :80')] },
];
const LOGS_DIR = `${RUNNER_TEMP}/docker-stability/p/logs`;

/** Main, then post as a second process (its own redactor, as a new process has: it learns the secrets from the state). */
async function mainThenPost(options: WorldOptions, between?: (w: ReturnType<typeof world>) => void) {
  const w = world({ stack: STACK, ...options });
  await actionMain(w.deps, new AbortController().signal, 0);
  const mainEvents = [...w.events];
  const mainFailures = [...w.failures];
  w.events.length = 0;
  between?.(w);
  const post: Deps = { ...w.secondProcess(), runtime: { ...w.deps.runtime, redactor: new Redactor() } };
  await actionPost(post, 0);
  return { ...w, mainEvents, mainFailures, postEvents: [...w.events] };
}

const only = (events: string[], pattern: RegExp): string[] => events.filter((event) => pattern.test(event));

describe('ports and readiness after up', () => {
  test('the ports output, the variables of later steps, and each probe with its time to ready', async () => {
    const w = await mainThenPost({ inputs: { 'wait-for': 'db:5432, web:http:/', 'export-env': 'true' } });
    expect(w.mainFailures).toEqual([]);
    expect(JSON.parse(w.outputs.ports!)).toEqual({ db: { '5432/tcp': '127.0.0.1:49153' }, web: { '80/tcp': '127.0.0.1:49154' } });
    expect(w.exported).toEqual({ DB_HOST: '127.0.0.1', DB_PORT_5432: '49153', WEB_HOST: '127.0.0.1', WEB_PORT_80: '49154' });
    expect(only(w.mainEvents, /^(group: (Start|Readiness)|compose up|info: (Published|db:|web:))/)).toEqual([
      'group: Start stack p',
      'compose up (lease held by 501)',
      'group: Readiness',
      'info: Published ports: db 5432/tcp → 127.0.0.1:49153, web 80/tcp → 127.0.0.1:49154.',
      expect.stringMatching(/^info: db: TCP 5432 ready 4\.5 s after its start \(waited 0 ms; 127\.0\.0\.1:49153: 127\.0\.0\.1:49153 accepted\)$/),
      expect.stringMatching(/^info: web: HTTP GET \/ ready .* \(waited 0 ms; 127\.0\.0\.1:49154: HTTP 200\)$/),
    ]);
    const summary = w.summaries.join('');
    expect(summary).toContain('### Readiness');
    expect(summary).toContain('| db | TCP 5432 | ✅ 4.5 s after start (waited 0 ms) | 127.0.0.1:49153: 127.0.0.1:49153 accepted |');
    expect(summary).toContain('| db | 5432/tcp | `127.0.0.1:49153` |');
    expect(summary).toContain('Exported for later steps: `DB_HOST`, `DB_PORT_5432`, `WEB_HOST`, `WEB_PORT_80`.');
  });

  test('a probe of a service the stack does not have fails main before anything is admitted', async () => {
    const w = await mainThenPost({ inputs: { 'wait-for': 'cache:6379' } });
    expect(w.mainFailures).toEqual(["wait-for: 'cache:6379' names a service the stack does not have (its services: db, web; one in a profile that is not enabled is not started)"]);
    expect(only(w.mainEvents, /^(group: Admission|compose up)/)).toEqual([]);
  });

  test('without export-env nothing is exported; without wait-for the ports are still read', async () => {
    const w = await mainThenPost({});
    expect(w.exported).toEqual({});
    expect(JSON.parse(w.outputs.ports!)).toHaveProperty('db');
  });

  test('a probe not met fails main as an unhealthy service does: diagnosed, logs kept, torn down, lease released; post uploads the logs', async () => {
    const w = await mainThenPost({
      inputs: { 'wait-for': 'db:5432', 'wait-timeout': '10s' },
      network: { tcp: async () => ({ ok: false, reason: 'connection refused' }), http: async () => ({ ok: false, reason: 'HTTP 503' }) },
      artifacts: 'available',
    });
    expect(w.mainFailures).toEqual([
      'Stack p was not ready: wait-for not met within wait-timeout (10.0 s, 2.5 s of it taken by up).\ndb: TCP 5432 not met — not ready when the wait ended; last: 127.0.0.1:49153: connection refused',
    ]);
    expect(only(w.mainEvents, /^(group|compose up|teardown|info: Lease \S+ released|failed)/)).toEqual([
      ...only(w.mainEvents, /^group: (Docker|Compose|Preflight|Admission|Monitor|Pull)/),
      'group: Start stack p',
      'compose up (lease held by 501)',
      'group: Readiness',
      'group: db: running — health checks and last 2 log lines',
      'group: Service logs',
      'group: Tear down the failed stack',
      expect.stringMatching(/^teardown/),
      expect.stringMatching(/^info: Lease \S+ released\.$/),
      expect.stringMatching(/^failed: Stack p was not ready/),
    ]);
    // The failed stack's ports are gone with it.
    expect(w.outputs.ports).toBeUndefined();
    // Post keeps no logs of its own (there is no stack), uploads main's: main failed.
    expect(only(w.postEvents, /^(group: Service logs|upload)/)).toEqual(['upload p-logs (db.log, web.log)']);
    expect(w.outputs['logs-dir']).toBe(LOGS_DIR);
    const summary = w.summaries.join('');
    expect(summary).toContain('### Readiness: wait-for not met');
    expect(summary).toContain('<details><summary>db: health checks and last 2 log lines</summary>');
    expect(summary).toContain('Uploaded as the workflow artifact [p-logs](https://github.com/o/r/actions/runs/1/artifacts/7)');
  });
});

describe('every service log, kept before the teardown', () => {
  const SECRET = 's3cr3t-Value-123';
  const model = structuredClone(HEALTHY_MODEL) as ComposeModel;
  model.services.db!.environment = { API_TOKEN: SECRET };
  const leaky: FakeService[] = [{ ...STACK[0]!, logs: [...STACK[0]!.logs!, line(59, `token=${SECRET}`)] }, STACK[1]!];

  test('after a failing test step: written before the teardown, redacted with the secrets main knew, uploaded after the lease is released', async () => {
    const w = await mainThenPost({ model, stack: leaky, artifacts: 'available' }, (world) => {
      world.deps.runtime.env.DOCKER_STABILITY_JOB_STATUS = 'failure';
    });
    expect(only(w.postEvents, /^(group: (Service logs|Clean up)|teardown|info: Lease \S+ released|upload)/)).toEqual([
      'group: Service logs',
      'group: Clean up p',
      expect.stringMatching(/^teardown/),
      expect.stringMatching(/^info: Lease \S+ released\.$/),
      'upload p-logs (db.log, web.log)',
    ]);
    const db = w.files.readText(`${LOGS_DIR}/db.log`)!;
    expect(db).toBe(
      [
        '2026-11-27T09:59:58.000000000Z stdout starting',
        '2026-11-27T09:59:59.000000000Z stderr ready to accept connections',
        '2026-11-27T09:59:59.000000000Z stdout token=***',
        '',
      ].join('\n'),
    );
    expect(w.uploads).toEqual([{ name: 'p-logs', files: [`${LOGS_DIR}/db.log`, `${LOGS_DIR}/web.log`], rootDirectory: LOGS_DIR, timeoutMs: 120_000 }]);
    expect(w.outputs['logs-dir']).toBe(LOGS_DIR);
    const report = JSON.parse(w.files.readText(w.outputs['report-file']!)!) as { logs: { upload: { outcome: string; reason: string } } };
    expect(report.logs.upload).toMatchObject({ outcome: 'uploaded', reason: 'upload-logs: on-failure, and a step reported the job failed (DOCKER_STABILITY_JOB_STATUS=failure)' });
    expect(w.summaries.join('')).toContain("Every service's log (stdout and stderr, timestamped) was kept in `/tmp/runner/docker-stability/p/logs`: 2 files");
  });

  test.each<[string, Record<string, string>, NodeJS.ProcessEnv, string[]]>([
    ['on-failure, nothing failed: kept, not uploaded', {}, {}, []],
    ['never, after a failure', { 'upload-logs': 'never' }, { DOCKER_STABILITY_JOB_STATUS: 'failure' }, []],
    ['always, nothing failed', { 'upload-logs': 'always' }, {}, ['upload p-logs (db.log, web.log)']],
  ])('upload-logs %s', async (_name, inputs, env, uploads) => {
    const w = await mainThenPost({ inputs, artifacts: 'available' }, (world) => Object.assign(world.deps.runtime.env, env));
    expect(only(w.postEvents, /^upload/)).toEqual(uploads);
    expect(w.files.readText(`${LOGS_DIR}/web.log`)).toBe('2026-11-27T09:59:59.000000000Z stdout listening on :80\n');
  });

  test('fail-on met counts as a failure', async () => {
    const oom = `${(await import('./world.js')).SAMPLES}\n{"k":"ev","t":2500,"id":"abc","name":"p-db-1","service":"db","action":"oom"}`;
    const w = await mainThenPost({ samples: oom, artifacts: 'available' });
    expect(only(w.postEvents, /^upload/)).toEqual(['upload p-logs (db.log, web.log)']);
  });

  test('without an artifact service it says so once and goes on', async () => {
    const w = await mainThenPost({}, (world) => {
      world.deps.runtime.env.DOCKER_STABILITY_JOB_STATUS = 'failure';
    });
    expect(only(w.postEvents, /artifact/)).toEqual([
      `info: The logs are not uploaded as an artifact: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: a run outside GitHub Actions). They stay in ${LOGS_DIR} until the job ends.`,
    ]);
    expect(only(w.postEvents, /^(warning|failed)/)).toEqual([]);
    expect(w.summaries.join('')).toContain('Not uploaded: no artifact service here');
  });

  test('a name another job of the run already took: uploaded again under a unique one', async () => {
    const w = await mainThenPost({ artifacts: 'conflict-once', inputs: { 'upload-logs': 'always' } });
    expect(only(w.postEvents, /^upload/)).toEqual(['upload p-logs (db.log, web.log)', 'upload p-logs-abc123 (db.log, web.log)']);
  });
});

test('docker-stability run --export-env: the ports in the command environment, the logs kept', async () => {
  const w = world({ stack: STACK, inputs: { 'export-env': 'true', 'upload-logs': 'never' } });
  const exit = await runRun(['./tests'], {}, w.deps, WORKSPACE);
  expect(exit).toBe(0);
  expect(w.commandEnvs[0]).toMatchObject({ DB_HOST: '127.0.0.1', DB_PORT_5432: '49153', WEB_PORT_80: '49154', COMPOSE_PROJECT_NAME: 'p' });
  expect(w.events).toContainEqual(`info: Every service's log: ${path.join(RUNNER_TEMP, 'docker-stability/p/logs')}`);
});
