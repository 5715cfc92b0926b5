import { describe, expect, test } from 'vitest';
import { finishMonitoring, MONITOR_NODE_OPTIONS, MONITOR_STOP_TIMEOUT_MS, startMonitoring, stopMonitoring, timeToHealthyLine } from '../../../src/app/monitoring.js';
import { monitorFiles } from '../../../src/app/run-files.js';
import type { MonitorHandle } from '../../../src/monitor/control.js';
import { RUN_DIR } from './pipeline-support.js';
import { SAMPLES, world } from './world.js';

// The app's side of the detached monitor: how it is started (config, environment, heap cap),
// stopped (bounded, killed when it will not flush) and read, and each problem it reports
// instead of throwing.

const OPTIONS = { projectName: 'p', runDir: RUN_DIR, sampleIntervalMs: 2000, startedAtMs: 1_000 };

function started(w: ReturnType<typeof world>): MonitorHandle {
  const handle = startMonitoring(w.deps, OPTIONS);
  if ('problem' in handle) throw new Error(handle.problem);
  return handle;
}

describe('startMonitoring', () => {
  test('writes its config in the run directory and starts node with the heap cap, the config and the secrets in its environment', () => {
    const w = world();
    w.deps.runtime.redactor.add(['s3cret-value']);
    const spawned: Array<{ command: string; args: string[]; env: NodeJS.ProcessEnv }> = [];
    const spawn = w.deps.processes.spawnDetached;
    w.deps.processes.spawnDetached = (command, args, env) => {
      spawned.push({ command, args, env });
      return spawn(command, args, env);
    };
    const handle = startMonitoring(w.deps, { ...OPTIONS, lease: { namespace: 'default', id: 'abc', ttlMs: 60_000 } });
    const { configFile, samplesFile } = monitorFiles(RUN_DIR);
    expect(handle).toEqual({ pid: 501, startTicks: 5010, samplesFile, configFile });
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.command).toBe('/usr/bin/node');
    expect(spawned[0]!.args).toEqual([...MONITOR_NODE_OPTIONS, '/action/dist/monitor/index.js']);
    expect(spawned[0]!.env.DOCKER_STABILITY_MONITOR_CONFIG).toBe(configFile);
    expect(JSON.parse(spawned[0]!.env.DOCKER_STABILITY_MONITOR_SECRETS!)).toContain('s3cret-value');
    const config = JSON.parse(w.files.readText(configFile)!) as Record<string, unknown>;
    expect(config).toMatchObject({ version: 1, projectName: 'p', sampleIntervalMs: 2000, samplesFile, runDir: RUN_DIR, startedAtMs: 1000, lease: { namespace: 'default', id: 'abc', ttlMs: 60_000 } });
    // The secrets travel in the environment only, never in the file.
    expect(w.files.readText(configFile)).not.toContain('s3cret-value');
  });

  test('without secrets, no secrets variable', () => {
    const w = world();
    let env: NodeJS.ProcessEnv = {};
    w.deps.processes.spawnDetached = (_command, _args, spawnEnv) => ((env = spawnEnv), 501);
    started(w);
    expect(env).not.toHaveProperty('DOCKER_STABILITY_MONITOR_SECRETS');
  });

  test.each([
    ['the bundle is missing', (w: ReturnType<typeof world>) => (w.deps.monitorScript = () => undefined), 'the monitor bundle (dist/monitor/index.js) is missing, so nothing was sampled'],
    ['node cannot be started', (w: ReturnType<typeof world>) => (w.deps.processes.spawnDetached = () => undefined), 'the monitor could not start: could not start /usr/bin/node /action/dist/monitor/index.js'],
  ])('%s → a problem, not an exception', (_name, arrange, problem) => {
    const w = world();
    arrange(w);
    expect(startMonitoring(w.deps, OPTIONS)).toEqual({ problem });
  });
});

describe('finishMonitoring', () => {
  test('a monitor that flushes on SIGTERM: its report, no problems', async () => {
    const w = world();
    const handle = started(w);
    const outcome = await finishMonitoring(w.deps, handle);
    expect(outcome.problems).toEqual([]);
    expect(outcome.monitor?.services.map((service) => service.service)).toEqual(['db']);
    expect(w.events.filter((event) => event.startsWith('signal'))).toEqual([expect.stringMatching(/^signal SIGTERM 501/)]);
  });

  test('a monitor that never writes its end record is killed after the bound, and what it wrote is still read', async () => {
    const w = world();
    const handle = started(w);
    const signals: string[] = [];
    w.deps.processes.signal = (pid, signal) => (signals.push(`${signal} ${pid}`), true);
    const before = w.clock.now();
    const outcome = await finishMonitoring(w.deps, handle);
    expect(signals).toEqual(['SIGTERM 501', 'SIGKILL 501']);
    expect(w.clock.now() - before).toBeGreaterThanOrEqual(MONITOR_STOP_TIMEOUT_MS);
    expect(outcome.problems).toEqual(['the monitor did not finish within 8.0 s and was killed; its last samples may be missing']);
    expect(outcome.monitor?.services).toHaveLength(1);
  });

  test.each([
    ['no samples at all', '', ['the monitor left no samples (/tmp/runner/docker-stability/p/monitor.ndjson); it may have failed to start']],
    ['an end of its own before the run ended', `${SAMPLES}\n{"k":"end","t":2500,"reason":"idle: no container for 15m"}`, ['the monitor ended before the end of the run: idle: no container for 15m']],
    ['no end record while not running', SAMPLES, ['the monitor ended without its final record (killed?); results run up to its last sample']],
  ])('%s → %j', async (_name, text, problems) => {
    const w = world();
    const handle = started(w);
    // It is gone already: nothing to signal.
    w.host.kill(handle.pid);
    w.files.writeText(handle.samplesFile, text);
    const outcome = await finishMonitoring(w.deps, handle);
    expect(outcome.problems).toEqual(problems);
  });
});

describe('stopMonitoring', () => {
  test('a monitor whose pid now belongs to another process is not signalled', async () => {
    const w = world();
    const handle = started(w);
    w.host.kill(handle.pid);
    w.host.alive.set(handle.pid, { ...w.host.spawn(handle.pid), startTicks: 1 });
    expect(await stopMonitoring(w.deps, handle)).toBe('not-running');
    expect(w.events.filter((event) => event.startsWith('signal'))).toEqual([]);
  });
});

describe('timeToHealthyLine', () => {
  const meta = '{"k":"meta","v":1,"project":"p","intervalMs":1000,"startedAtMs":1000,"pid":1}';
  const ctr = (i: number, service: string, health: boolean) => `{"k":"ctr","i":${i},"id":"id${i}","name":"p-${service}-1","service":"${service}","image":"img","limit":0,"health":${health}}`;
  const ev = (t: number, i: number, service: string, action: string) => `{"k":"ev","t":${t},"id":"id${i}","name":"p-${service}-1","service":"${service}","action":"${action}"}`;

  test('per service: the time from its start to healthy, not seen, or no health check', () => {
    const w = world();
    const handle = started(w);
    w.files.writeText(
      handle.samplesFile,
      [meta, ctr(0, 'db', true), ctr(1, 'web', true), ctr(2, 'worker', false), ev(1500, 0, 'db', 'start'), ev(1600, 1, 'web', 'start'), ev(5700, 0, 'db', 'health_status: healthy')].join('\n'),
    );
    expect(timeToHealthyLine(w.deps, handle)).toBe('db 4.2 s, web not seen, worker no health check');
  });

  test('nothing written yet → undefined', () => {
    const w = world();
    const handle = started(w);
    w.files.writeText(handle.samplesFile, '');
    expect(timeToHealthyLine(w.deps, handle)).toBeUndefined();
  });
});
