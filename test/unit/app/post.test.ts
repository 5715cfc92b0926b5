import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPost } from '../../../src/app/post.js';
import type { RunState } from '../../../src/app/run-state.js';
import type { Deps } from '../../../src/app/wiring.js';
import type { ComposeCli } from '../../../src/compose/compose-cli.js';
import type { DockerApi } from '../../../src/ports/docker.js';
import type { ActionRuntime } from '../../../src/ports/runtime.js';

// The order post keeps, with plain fakes: the monitor is stopped before the teardown (so the
// teardown's kills are not counted as crashes), and fail-on fails the step only after cleanup.

const SAMPLES = [
  '{"k":"meta","v":1,"project":"p","intervalMs":1000,"startedAtMs":1000,"pid":1}',
  '{"k":"ctr","i":0,"id":"abc","name":"p-db-1","service":"db","image":"pg","limit":33554432,"health":false}',
  '{"k":"ev","t":1500,"id":"abc","name":"p-db-1","service":"db","action":"start"}',
  '{"k":"tick","t":2000,"c":[[0,5,1048576,1,0,0,0,0]]}',
  '{"k":"ev","t":2500,"id":"abc","name":"p-db-1","service":"db","action":"oom"}',
].join('\n');

function harness(failOn: RunState['failOn']) {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'dsa-post-unit-'));
  const samplesFile = path.join(runDir, 'monitor.ndjson');
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  let samples = `${SAMPLES}\n`;
  let now = 0;
  let monitorRunning = true;
  const state: RunState = {
    version: 1,
    target: { workingDirectory: '/ws', files: ['compose.yaml'], projectName: 'p', profiles: [], envFiles: [] },
    runDir,
    phase: 'started',
    startedAtMs: 1000,
    startupMs: 2500,
    monitor: { pid: 99, startTicks: 5, samplesFile, configFile: path.join(runDir, 'c.json') },
    failOn,
  };
  const runtime = {
    env: {},
    state: () => JSON.stringify(state),
    setOutput: (name: string, value: string | number | boolean) => void (outputs[name] = String(value)),
    setFailed: (message: string) => log.push(`failed: ${message}`),
    warning: (message: string) => log.push(`warning: ${message}`),
    info: () => undefined,
    group: async <T>(name: string, fn: () => Promise<T>) => {
      log.push(`group: ${name}`);
      return fn();
    },
    appendSummary: async (markdown: string) => void log.push(`summary: ${markdown.split('\n')[2]}`),
  } as Partial<ActionRuntime> as ActionRuntime;
  const compose = { down: async () => void log.push('compose down') } as Partial<ComposeCli> as ComposeCli;
  const docker = {
    listContainers: async () => [],
    listNetworks: async () => [],
    listVolumes: async () => [],
    listImages: async () => [],
  } as Partial<DockerApi> as DockerApi;
  const deps = {
    runtime,
    compose,
    docker,
    clock: { now: () => now, sleep: async (ms: number) => void (now += ms) },
    host: { processIdentity: () => (monitorRunning ? { pid: 99, startTicks: 5, pidNamespace: '', bootId: '', hostname: '' } : undefined) },
    processes: {
      spawnDetached: () => undefined,
      signal: (_pid: number, signal: string) => {
        log.push(`signal ${signal}`);
        samples += '{"k":"end","t":3000,"reason":"stopped"}\n';
        monitorRunning = false;
        return true;
      },
    },
    readTail: () => samples,
    readText: () => samples,
    writeFile: () => undefined,
  } as unknown as Deps;
  return { deps, log, outputs, runDir };
}

describe('runPost', () => {
  test('stops the monitor, then cleans up, then fails for an OOM kill under fail-on oom', async () => {
    const { deps, log, outputs } = harness([{ kind: 'oom' }]);
    await runPost(deps);
    expect(log.filter((line) => !line.startsWith('warning'))).toEqual([
      'group: Monitor',
      'signal SIGTERM',
      'group: Clean up p',
      'compose down',
      expect.stringMatching(/^summary: ❌ \*\*Failed\*\* — fail-on oom: db OOM-killed once/),
      'failed: fail-on: oom: db OOM-killed once. The stack was cleaned up; the job summary has the details.',
    ]);
    expect(outputs).toMatchObject({ 'project-name': 'p', 'startup-seconds': '2.5', 'oom-kills': '1', restarts: '0', 'peak-memory-bytes': '1048576' });
    const report = JSON.parse(readFileSync(outputs['report-file']!, 'utf8')) as { schema: string; failOn: { met: string[] } };
    expect(report.schema).toBe('docker-stability/report@1');
    expect(report.failOn.met).toEqual(['oom: db OOM-killed once']);
  });

  test('without fail-on conditions the same run only warns', async () => {
    const { deps, log } = harness([]);
    await runPost(deps);
    expect(log.some((line) => line.startsWith('failed'))).toBe(false);
    expect(log).toContainEqual(expect.stringMatching(/^summary: ⚠️ \*\*Warnings\*\* — db was OOM-killed/));
  });
});
