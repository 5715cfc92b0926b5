import { describe, expect, test } from 'vitest';
import { keepServiceLogs, LOGS_UPLOAD_TIMEOUT_MS, logsDirectory, runFailure, uploadServiceLogs } from '../../../../src/app/phases/logs.js';
import type { ArtifactUpload, ArtifactUploadResult } from '../../../../src/ports/artifacts.js';
import type { LogsSection } from '../../../../src/report/logs-section.js';
import { RUN_DIR, settingsOf, type World } from '../pipeline-support.js';
import { world, type FakeService } from '../world.js';

// Every service's log kept before the teardown (redacted, under a file name of ours whatever the
// service is called), and the upload as `upload-logs` decides — never a failure of the run.

const stamp = (text: string) => ({ stream: 'stdout' as const, text: `2026-11-27T09:59:58.000000000Z ${text}\n` });

describe('keepServiceLogs', () => {
  test('one file per service, redacted, in the run directory\'s logs folder', async () => {
    const w = world();
    w.deps.runtime.redactor.add(['hunter2-token']);
    w.docker.startStack('p', [{ service: 'db', logs: [stamp('password is hunter2-token')] }, { service: 'web', logs: [stamp('listening')] }]);
    const section = await keepServiceLogs(w.deps, w.deps.runtime, settingsOf(w), RUN_DIR, 'finish');
    expect(section).toMatchObject({ dir: logsDirectory(RUN_DIR), keptBy: 'finish', problems: [] });
    expect(section.files.map((file) => [file.service, file.file, file.containers])).toEqual([
      ['db', `${RUN_DIR}/logs/db.log`, ['p-db-1']],
      ['web', `${RUN_DIR}/logs/web.log`, ['p-web-1']],
    ]);
    const db = w.files.readText(`${RUN_DIR}/logs/db.log`)!;
    expect(db).toContain('password is ***');
    expect(db).not.toContain('hunter2-token');
    expect(section.files[0]!.bytes).toBe(Buffer.byteLength(db));
    expect(w.events).toContainEqual(expect.stringMatching(/^info: Kept the logs of 2 services in \/tmp\/runner\/docker-stability\/p\/logs \(\d+ B in 0 ms\)\.$/));
  });

  test.each([
    ['../../etc/passwd', '__.._etc_passwd.log'],
    ['.hidden', '_hidden.log'],
    ['a b', 'a_b.log'],
  ])('a service named %j is written as %s, inside the logs folder', async (service, name) => {
    const w = world();
    w.docker.startStack('p', [{ service, logs: [stamp('x')] } satisfies FakeService]);
    const section = await keepServiceLogs(w.deps, w.deps.runtime, settingsOf(w), RUN_DIR, 'start');
    expect(section.files.map((file) => file.file)).toEqual([`${RUN_DIR}/logs/${name}`]);
  });

  test('a daemon that cannot list the containers: a problem in the section and a warning, not an exception', async () => {
    const w = world();
    w.docker.listContainers = async () => {
      throw new Error('daemon busy');
    };
    const section = await keepServiceLogs(w.deps, w.deps.runtime, settingsOf(w), RUN_DIR, 'finish');
    expect(section.files).toEqual([]);
    expect(section.problems).toEqual(['the logs could not be kept: daemon busy']);
    expect(w.events).toContain('warning: Logs: the logs could not be kept: daemon busy');
  });
});

describe('runFailure', () => {
  test.each([
    [undefined, [], {}, undefined],
    ['Stack p did not become healthy.', [], {}, 'main failed'],
    [undefined, ['oom: db OOM-killed once'], {}, 'fail-on was met (oom: db OOM-killed once)'],
    [undefined, [], { DOCKER_STABILITY_JOB_STATUS: 'failure' }, 'a step reported the job failed (DOCKER_STABILITY_JOB_STATUS=failure)'],
    [undefined, [], { DOCKER_STABILITY_JOB_STATUS: 'cancelled' }, undefined],
    // The start's failure is the first reason given.
    ['boom', ['oom: db OOM-killed once'], { DOCKER_STABILITY_JOB_STATUS: 'failure' }, 'main failed'],
  ])('start failure %j, fail-on %j, env %j → %j', (startFailure, met, env, expected) => {
    expect(runFailure(startFailure, met, env)).toBe(expected);
  });
});

describe('uploadServiceLogs', () => {
  const kept: LogsSection = {
    dir: `${RUN_DIR}/logs`,
    keptBy: 'finish',
    durationMs: 3,
    files: [{ service: 'db', file: `${RUN_DIR}/logs/db.log`, bytes: 10, containers: ['p-db-1'], truncated: false }],
    problems: [],
  };

  function uploading(w: World, results: ArtifactUploadResult[]): ArtifactUpload[] {
    const requests: ArtifactUpload[] = [];
    w.deps.artifacts = { availability: () => ({ available: true }), upload: async (request) => (requests.push(request), results.shift()!) };
    return requests;
  }

  test.each([
    { mode: 'never', failure: 'main failed', logs: kept, expected: { outcome: 'skipped', reason: 'upload-logs: never' } },
    { mode: 'on-failure', failure: undefined, logs: kept, expected: { outcome: 'skipped', reason: 'upload-logs: on-failure, and the run did not fail' } },
    { mode: 'always', failure: undefined, logs: { ...kept, files: [] }, expected: { outcome: 'skipped', reason: 'no log was kept' } },
  ])('upload-logs $mode, failure $failure → $expected.reason', async ({ mode, failure, logs, expected }) => {
    const w = world({ inputs: { 'upload-logs': mode } });
    const requests = uploading(w, []);
    expect(await uploadServiceLogs(w.deps, w.deps.runtime, settingsOf(w), logs, failure)).toEqual(expected);
    expect(requests).toEqual([]);
  });

  test('no artifact service: said once, the logs stay on the runner', async () => {
    const w = world({ inputs: { 'upload-logs': 'always' } });
    const upload = await uploadServiceLogs(w.deps, w.deps.runtime, settingsOf(w), kept, undefined);
    expect(upload.outcome).toBe('unavailable');
    expect(w.events).toEqual([expect.stringMatching(/^info: The logs are not uploaded as an artifact: no artifact service here .* They stay in \/tmp\/runner\/docker-stability\/p\/logs until the job ends\.$/)]);
  });

  test('on-failure after a failure: one artifact named after the project, with every kept file and a bound', async () => {
    const w = world();
    const requests = uploading(w, [{ kind: 'uploaded', id: 7, sizeBytes: 2048, durationMs: 40, url: 'https://example.test/a/7' }]);
    const upload = await uploadServiceLogs(w.deps, w.deps.runtime, settingsOf(w), kept, 'main failed');
    expect(requests).toEqual([{ name: 'p-logs', files: [`${RUN_DIR}/logs/db.log`], rootDirectory: `${RUN_DIR}/logs`, timeoutMs: LOGS_UPLOAD_TIMEOUT_MS }]);
    expect(upload).toEqual({ outcome: 'uploaded', reason: 'upload-logs: on-failure, and main failed', name: 'p-logs', id: 7, sizeBytes: 2048, durationMs: 40, url: 'https://example.test/a/7' });
    expect(w.events).toEqual(['info: Uploaded the logs as the artifact p-logs (2 KiB in 40 ms: https://example.test/a/7).']);
  });

  test('a name another job of the workflow run took (409): uploaded again under a name of its own', async () => {
    const w = world({ inputs: { 'upload-logs': 'always' } });
    const requests = uploading(w, [
      { kind: 'failed', reason: 'Failed request: (409) Conflict: an artifact with this name already exists on the workflow run', durationMs: 5 },
      { kind: 'uploaded', id: 8, sizeBytes: 10, durationMs: 30 },
    ]);
    const upload = await uploadServiceLogs(w.deps, w.deps.runtime, settingsOf(w), kept, undefined);
    expect(requests.map((request) => request.name)).toEqual(['p-logs', 'p-logs-abc123']);
    expect(upload).toMatchObject({ outcome: 'uploaded', name: 'p-logs-abc123', reason: 'upload-logs: always' });
  });

  test.each([
    { result: { kind: 'failed', reason: 'Failed request: (500) Internal Server Error', durationMs: 5 }, outcome: 'failed', said: /^warning: The logs could not be uploaded as an artifact \(Failed request: \(500\) Internal Server Error\); they stay in/ },
    { result: { kind: 'unavailable', reason: 'the artifact service is not reachable' }, outcome: 'unavailable', said: /^info: The logs are not uploaded as an artifact: the artifact service is not reachable\./ },
  ] as const)('an upload that ends $outcome: tried once, said, never thrown', async ({ result, outcome, said }) => {
    const w = world({ inputs: { 'upload-logs': 'always' } });
    const requests = uploading(w, [result]);
    const upload = await uploadServiceLogs(w.deps, w.deps.runtime, settingsOf(w), kept, undefined);
    expect(requests).toHaveLength(1);
    expect(upload.outcome).toBe(outcome);
    expect(w.events).toEqual([expect.stringMatching(said)]);
  });
});
