import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { DockerodeApi } from '../../src/adapters/docker-api.js';
import { linuxHostProbe } from '../../src/adapters/host-probe.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import { runPreflight } from '../../src/preflight/run.js';
import { docker } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';

describe('preflight on this runner and daemon', () => {
  const compose = new DockerComposeCli(new ProcessCommandRunner());
  const target = {
    workingDirectory: path.join(REPO_ROOT, 'test/fixtures/stacks/healthy'),
    files: ['compose.yaml'],
    projectName: 'dsa-it-preflight',
    profiles: [],
    envFiles: [],
  };

  test('every check has its numbers; the local data root is measured', async () => {
    const { checks, daemon, model } = await runPreflight(
      { docker: new DockerodeApi(), compose, host: linuxHostProbe, now: Date.now },
      { loadModel: () => compose.config(target), minFreeDiskBytes: 1024 ** 2 },
    );
    expect(Object.keys(model.services).sort()).toEqual(['cache', 'web']);
    expect(daemon.info.dockerRootDir).toBe(docker(['info', '--format', '{{.DockerRootDir}}']));
    const status = Object.fromEntries(checks.map((check) => [check.id, check.status]));
    expect(status).toMatchObject({ daemon: 'pass', 'compose-version': 'pass', 'host-memory': 'pass', 'data-root-disk': 'pass', 'stale-projects': 'skip' });
    const disk = checks.find((check) => check.id === 'data-root-disk')!;
    expect(disk.detail).toMatch(new RegExp(`free on ${daemon.info.dockerRootDir}; minimum 1 MiB`));
    // web 32m + cache 128m
    expect(checks.find((check) => check.id === 'host-memory')!.detail).toContain('the stack reserves 160 MiB');
  });

  test('a minimum larger than the disk fails the disk check, with the numbers', async () => {
    const { checks } = await runPreflight(
      { docker: new DockerodeApi(), compose, host: linuxHostProbe, now: Date.now },
      { loadModel: () => compose.config(target), minFreeDiskBytes: 1024 ** 5 },
    );
    expect(checks.find((check) => check.id === 'data-root-disk')).toMatchObject({ status: 'fail', detail: expect.stringContaining('minimum 1024 TiB') });
  });
});
