import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { recordPreExisting } from '../../src/cleanup/pre-existing.js';
import { tearDown } from '../../src/cleanup/teardown.js';
import { DockerComposeCli } from '../../src/compose/compose-cli.js';
import type { StackTarget } from '../../src/compose/target.js';
import { snapshotProject, startDevStack, stopDevStack } from '../support/dev-stack.js';
import { docker, forceRemoveProject, NOTHING_LEFT, projectResources, requireImages } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';

const dockerApi = new EngineApi();
const compose = new DockerComposeCli(new ProcessCommandRunner());
const id = randomBytes(3).toString('hex');
const devProject = `dsa-it-dev-${id}`;
const deps = { compose, docker: dockerApi, now: Date.now };

function target(project: string): StackTarget {
  return { workingDirectory: path.join(REPO_ROOT, 'test/fixtures/stacks/healthy'), files: ['compose.yaml'], projectName: project, profiles: [], envFiles: [] };
}

beforeAll(() => {
  requireImages('dsa-test/busybox:1', 'dsa-test/redis:7');
  startDevStack(devProject);
});
afterAll(() => stopDevStack(devProject));

describe('tearDown on the real daemon', () => {
  test('removal by label of what the run created, one-offs and strays included: zero left, the dev stack untouched', async () => {
    const project = `dsa-it-td-${id}`;
    const before = snapshotProject(devProject);
    try {
      const preExisting = await recordPreExisting(dockerApi, await compose.config(target(project)), project, Date.now());
      await compose.up(target(project), { waitTimeoutMs: 60_000 });
      // What test steps leave behind: a one-off `compose run`, and a volume made by hand with the project's label.
      docker(['compose', '-f', 'test/fixtures/stacks/healthy/compose.yaml', '-p', project, 'run', '-d', '--no-deps', 'web', 'sleep', '300']);
      docker(['volume', 'create', '--label', `com.docker.compose.project=${project}`, `${project}-stray`]);

      const result = await tearDown(deps, target(project), { stopTimeoutSeconds: 0, timeoutMs: 60_000, preExisting });
      expect(result.problems).toEqual([]);
      expect(result.kept).toEqual([]);
      expect(result.leftovers).toEqual({ containers: [], networks: [], volumes: [] });
      expect(result.swept?.removed.map((removal) => removal.resource.name)).toContain(`${project}-stray`);
      expect(projectResources(project)).toEqual(NOTHING_LEFT);
      expect(snapshotProject(devProject)).toEqual(before);
    } finally {
      forceRemoveProject(project);
    }
  });

  test('a foreign container on the project network: the network is reported, not forced', async () => {
    const project = `dsa-it-tdf-${id}`;
    const foreign = `dsa-it-foreign-${id}`;
    try {
      const preExisting = await recordPreExisting(dockerApi, await compose.config(target(project)), project, Date.now());
      await compose.up(target(project), { waitTimeoutMs: 60_000 });
      docker(['run', '-d', '--name', foreign, '--network', `${project}_default`, 'dsa-test/busybox:1', 'sleep', '300']);

      const result = await tearDown(deps, target(project), { stopTimeoutSeconds: 0, timeoutMs: 60_000, preExisting });
      expect(result.leftovers?.containers).toEqual([]);
      expect(result.leftovers?.networks).toEqual([`${project}_default`]);
      expect(result.problems.join('\n')).toContain(`Could not remove network ${project}_default: still in use`);
      // The foreign container is not ours: still running.
      expect(docker(['inspect', '--format', '{{.State.Running}}', foreign])).toBe('true');
    } finally {
      try {
        docker(['rm', '-f', foreign]);
      } catch {
        // Already gone.
      }
      forceRemoveProject(project);
      try {
        docker(['network', 'rm', `${project}_default`]);
      } catch {
        // Already gone.
      }
    }
  });
});
