import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import { startStack } from '../../src/stack/start.js';
import { forceRemoveProject, requireImages } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';

const suffix = randomBytes(3).toString('hex');
const projects = [`dsa-it-oom-${suffix}`, `dsa-it-unhealthy-${suffix}`];
afterAll(() => projects.forEach(forceRemoveProject));

const quiet = { debug: () => undefined, info: () => undefined, notice: () => undefined, warning: () => undefined, error: () => undefined, group: <T>(_: string, fn: () => Promise<T>) => fn(), output: () => undefined };

describe('a start that fails, on the real daemon', () => {
  const compose = new DockerComposeCli(new ProcessCommandRunner());
  const start = (projectName: string, profile: string) =>
    startStack(
      { compose, docker: new EngineApi(), log: quiet, now: Date.now },
      { workingDirectory: path.join(REPO_ROOT, 'test/fixtures/stacks/failing-start'), files: ['compose.yaml'], projectName, profiles: [profile], envFiles: [] },
      { waitTimeoutMs: 30_000 },
    );

  test('a service OOM-killed as it starts: exited, exit code 137, OOM kill, its log', async () => {
    requireImages('dsa-test/busybox:1');
    const outcome = await start(projects[0]!, 'oom');
    expect(outcome.ok).toBe(false);
    const failing = outcome.ok ? [] : outcome.failing;
    expect(failing).toEqual([expect.objectContaining({ service: 'oom', state: 'exited', exitCode: 137, oomKilled: true, logTail: ['filling'] })]);
  });

  test('an unhealthy service: its health-check outputs and the last 50 of its 60 log lines', async () => {
    requireImages('dsa-test/busybox:1');
    const outcome = await start(projects[1]!, 'chatty');
    expect(outcome).toMatchObject({ ok: false, reason: 'failed' });
    const chatty = outcome.ok ? undefined : outcome.failing.find((diagnosis) => diagnosis.service === 'chatty');
    expect(chatty).toMatchObject({ state: 'running', health: 'unhealthy', oomKilled: false });
    expect(chatty!.healthLog.at(-1)).toEqual({ exitCode: 1, output: 'db: connection refused' });
    expect(chatty!.logTail).toHaveLength(50);
    expect(chatty!.logTail[0]).toBe('line 11');
    expect(chatty!.logTail.at(-1)).toBe('line 60');
  });
});
