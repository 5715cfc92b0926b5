import { describe, expect, test } from 'vitest';
import { terminalRuntime } from '../../src/adapters/terminal-runtime.js';
import { realDeps } from '../../src/app/deps.js';
import { judgePreflight, runChecks, tellPreflight } from '../../src/app/phases/checks.js';
import { parseSettings } from '../../src/settings/settings.js';
import { docker } from '../support/docker.js';
import { workspaceWith } from '../support/workspace.js';

// The preflight phase as main runs it, on this runner and daemon: every check with its numbers.

async function preflight(minFreeDisk: string) {
  const workspace = workspaceWith('stacks/healthy');
  const lines: string[] = [];
  const env = { ...process.env, GITHUB_WORKSPACE: workspace };
  const deps = realDeps(env, terminalRuntime({ inputs: { 'project-name': 'dsa-it-preflight', 'min-free-disk': minFreeDisk }, env, write: (text) => lines.push(text) }));
  const settings = parseSettings({ input: deps.runtime.input, env: deps.runtime.env, files: deps.files, randomHex: deps.randomHex });
  const checked = await runChecks(deps, settings, { workspace, overridePath: `${workspace}/override.yaml`, namespace: 'it-preflight-none' }, (_name, promise) => promise);
  const checks = judgePreflight(checked, settings);
  tellPreflight(deps.runtime, checks);
  return { checks, daemon: checked.daemon, lines };
}

describe('preflight on this runner and daemon', () => {
  test('every check has its numbers; the local data root is measured', async () => {
    const { checks, daemon, lines } = await preflight('1m');
    expect(daemon.info.dockerRootDir).toBe(docker(['info', '--format', '{{.DockerRootDir}}']));
    const status = Object.fromEntries(checks.map((check) => [check.id, check.status]));
    expect(status).toMatchObject({ daemon: 'pass', 'compose-version': 'pass', 'host-memory': 'pass', 'data-root-disk': 'pass', 'stale-projects': 'pass', 'ports-in-use': 'pass' });
    const disk = checks.find((check) => check.id === 'data-root-disk')!;
    expect(disk.detail).toMatch(new RegExp(`free on ${daemon.info.dockerRootDir}; minimum 1 MiB`));
    // web 32m + cache 128m
    expect(checks.find((check) => check.id === 'host-memory')!.detail).toContain('the stack reserves 160 MiB');
    expect(lines.join('')).toMatch(/^PASS Host ports of the stack are free: the stack publishes no fixed host port$/m);
  });

  test('a minimum larger than the disk fails the disk check, with the numbers', async () => {
    const { checks } = await preflight('1024t');
    expect(checks.find((check) => check.id === 'data-root-disk')).toMatchObject({ status: 'fail', detail: expect.stringContaining('minimum 1024 TiB') });
  });
});
