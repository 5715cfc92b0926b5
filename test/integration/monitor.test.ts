import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EngineApi } from '../../src/adapters/docker-api.js';
import { linuxHostProbe } from '../../src/adapters/host-probe.js';
import { recordFile } from '../../src/adapters/record-file.js';
import { systemClock } from '../../src/adapters/system-clock.js';
import { monitorConfig } from '../../src/monitor/config.js';
import { readMonitorFile } from '../../src/monitor/control.js';
import { runMonitor } from '../../src/monitor/sampler.js';
import { docker, forceRemoveProject, requireImages } from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';
import { waitFor } from '../support/step-output.js';

const project = `dsa-it-mon-${randomBytes(3).toString('hex')}`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-it-monitor-'));
afterAll(() => {
  forceRemoveProject(project);
  rmSync(dir, { recursive: true, force: true });
});

describe('the monitor on the real daemon', () => {
  test('samples the project, and sees an OOM kill, a restart and time to healthy from events', async () => {
    requireImages('dsa-test/busybox:1');
    const samplesFile = path.join(dir, 'samples.ndjson');
    const controller = new AbortController();
    const config = monitorConfig({ projectName: project, sampleIntervalMs: 1000, samplesFile, runDir: dir, startedAtMs: Date.now() });
    // Started before `up`, as main does, so the start and health events are seen.
    const monitoring = runMonitor(
      { docker: new EngineApi(), host: linuxHostProbe, clock: systemClock, store: recordFile(samplesFile), runDirExists: () => true },
      config,
      controller.signal,
    );
    const compose = path.join(REPO_ROOT, 'test/fixtures/stacks/monitored/compose.yaml');
    docker(['compose', '-p', project, '-f', compose, 'up', '-d', '--wait', '--wait-timeout', '60'], 90_000);
    // filler's dd runs 3 s after start; flaky exits 4 s after start and is restarted.
    await waitFor(() => {
      const text = readFileSync(samplesFile, 'utf8');
      return text.includes('"action":"oom"') && (text.match(/"action":"start"/g) ?? []).length >= 4;
    }, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    controller.abort();
    expect(await monitoring).toBe('stopped');

    const report = readMonitorFile(readFileSync(samplesFile, 'utf8'))!;
    const service = (name: string) => report.services.find((s) => s.service === name)!;
    expect(report.services.map((s) => s.service)).toEqual(['filler', 'flaky', 'web']);
    expect(service('filler')).toMatchObject({ oomKills: 1, restarts: 0, memoryLimitBytes: 32 * 1024 ** 2, image: 'dsa-test/busybox:1' });
    expect(service('flaky')).toMatchObject({ restarts: 1, oomKills: 0 });
    expect(service('web')).toMatchObject({ oomKills: 0, restarts: 0, hasHealthcheck: true });
    expect(service('web').timeToHealthyMs).toBeGreaterThan(0);
    expect(service('web').timeToHealthyMs).toBeLessThan(20_000);
    expect(service('flaky').hasHealthcheck).toBe(false);
    for (const run of report.services) {
      expect(run.samples, run.service).toBeGreaterThan(2);
      expect(run.peakMemoryBytes, run.service).toBeGreaterThan(0);
    }
    expect(report.events.find((e) => e.action === 'die' && e.service === 'flaky')?.exitCode).toBe(3);
    expect(report.gaps).toEqual([]);
    expect(report.endReason).toBe('stopped');
    expect(report.host?.totalBytes).toBeGreaterThan(0);
  });
});

describe('one-shot stats through the adapter', () => {
  test('a running container has stats; a removed one has none; an unreachable daemon is DockerUnavailableError', async () => {
    requireImages('dsa-test/busybox:1');
    const name = `dsa-it-stats-${randomBytes(3).toString('hex')}`;
    docker(['run', '-d', '--name', name, '--network', 'none', '--memory', '16m', 'dsa-test/busybox:1', 'sleep', '60']);
    try {
      const api = new EngineApi();
      const stats = await api.containerStats(name);
      expect(stats?.memory_stats?.limit).toBe(16 * 1024 ** 2);
      expect(stats?.cpu_stats?.system_cpu_usage).toBeGreaterThan(0);
      docker(['rm', '-f', name]);
      expect(await api.containerStats(name)).toBeUndefined();
      const away = new EngineApi({ host: 'unix:///tmp/dsa-no-daemon-for-stats.sock' });
      await expect(away.containerStats(name)).rejects.toThrow(/is unreachable \('container stats'/);
    } finally {
      docker(['rm', '-f', name]);
    }
  });
});
