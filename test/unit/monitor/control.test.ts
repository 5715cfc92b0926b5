import { describe, expect, test } from 'vitest';
import { monitorConfig, MONITOR_CONFIG_ENV } from '../../../src/monitor/config.js';
import { readMonitorFile, startMonitor, stopMonitor, type ControlDeps, type MonitorHandle } from '../../../src/monitor/control.js';
import type { Clock } from '../../../src/ports/clock.js';
import type { HostProbe, ProcessIdentity } from '../../../src/ports/host.js';

interface World {
  files: Map<string, string>;
  processes: Map<number, { startTicks: number; onTerm?: () => void }>;
  signals: Array<[number, string]>;
  spawned: Array<{ command: string; args: string[]; env: NodeJS.ProcessEnv }>;
}

function world(): { deps: ControlDeps; w: World } {
  const w: World = { files: new Map(), processes: new Map(), signals: [], spawned: [] };
  let now = 0;
  const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) };
  const identity = (pid: number): ProcessIdentity | undefined => {
    const proc = w.processes.get(pid);
    return proc ? { pid, startTicks: proc.startTicks, pidNamespace: 'ns', bootId: 'boot', hostname: 'h' } : undefined;
  };
  const host = { processIdentity: (pid?: number) => identity(pid ?? 0) } as Partial<HostProbe> as HostProbe;
  const deps: ControlDeps = {
    clock,
    host,
    writeFile: (file, text) => void w.files.set(file, text),
    readTail: (file, bytes) => (w.files.get(file) ?? '').slice(-bytes),
    processes: {
      spawnDetached: (command, args, env) => {
        w.spawned.push({ command, args, env });
        w.processes.set(4242, { startTicks: 777 });
        return 4242;
      },
      signal: (pid, signal) => {
        w.signals.push([pid, signal]);
        const proc = w.processes.get(pid);
        if (!proc) return false;
        if (signal === 'SIGKILL') w.processes.delete(pid);
        else proc.onTerm?.();
        return true;
      },
    },
  };
  return { deps, w };
}

const config = monitorConfig({ projectName: 'p', sampleIntervalMs: 2000, samplesFile: '/run/monitor.ndjson', runDir: '/run', startedAtMs: 1 });

describe('startMonitor', () => {
  test('writes the config, starts node detached with the config path in the environment, remembers its start time', () => {
    const { deps, w } = world();
    const handle = startMonitor(deps, { nodePath: '/usr/bin/node', script: '/dist/monitor/index.js', configFile: '/run/monitor-config.json', config, env: { PATH: '/bin' }, nodeOptions: ['--max-old-space-size=128'] });
    expect(handle).toEqual({ pid: 4242, startTicks: 777, samplesFile: '/run/monitor.ndjson', configFile: '/run/monitor-config.json' });
    expect(JSON.parse(w.files.get('/run/monitor-config.json')!)).toEqual(config);
    expect(w.spawned).toEqual([{ command: '/usr/bin/node', args: ['--max-old-space-size=128', '/dist/monitor/index.js'], env: { PATH: '/bin', [MONITOR_CONFIG_ENV]: '/run/monitor-config.json' } }]);
  });

  test('a spawn that fails is a problem, not an exception', () => {
    const { deps } = world();
    deps.processes.spawnDetached = () => undefined;
    expect(startMonitor(deps, { nodePath: 'node', script: 's', configFile: '/c', config, env: {} })).toEqual({ error: 'could not start node s' });
  });
});

describe('stopMonitor', () => {
  const handle: MonitorHandle = { pid: 4242, startTicks: 777, samplesFile: '/run/monitor.ndjson', configFile: '/run/monitor-config.json' };

  test('SIGTERM, then the end record is the sign it finished', async () => {
    const { deps, w } = world();
    w.processes.set(4242, {
      startTicks: 777,
      onTerm: () => {
        w.files.set(handle.samplesFile, '{"k":"tick"}\n{"k":"end","t":5,"reason":"stopped"}\n');
        w.processes.delete(4242);
      },
    });
    expect(await stopMonitor(deps, handle, 5000)).toBe('stopped');
    expect(w.signals).toEqual([[4242, 'SIGTERM']]);
  });

  test('a monitor that flushed but does not exit is killed, so no process outlives post', async () => {
    const { deps, w } = world();
    w.processes.set(4242, { startTicks: 777, onTerm: () => w.files.set(handle.samplesFile, '{"k":"end","t":5,"reason":"stopped"}\n') });
    expect(await stopMonitor(deps, handle, 5000)).toBe('stopped');
    expect(w.signals).toEqual([[4242, 'SIGTERM'], [4242, 'SIGKILL']]);
    expect(w.processes.has(4242)).toBe(false);
  });

  test('a monitor that does not finish in time is killed', async () => {
    const { deps, w } = world();
    w.processes.set(4242, { startTicks: 777 });
    expect(await stopMonitor(deps, handle, 1000)).toBe('killed');
    expect(w.signals).toEqual([[4242, 'SIGTERM'], [4242, 'SIGKILL']]);
  });

  test('a pid now used by another process (another start time) is never signalled', async () => {
    const { deps, w } = world();
    w.processes.set(4242, { startTicks: 1 });
    expect(await stopMonitor(deps, handle, 1000)).toBe('not-running');
    expect(w.signals).toEqual([]);
  });

  test('a monitor that already ended (main stopped it) is left alone', async () => {
    const { deps, w } = world();
    w.processes.set(4242, { startTicks: 777 });
    w.files.set(handle.samplesFile, '{"k":"end","t":5,"reason":"stopped"}\n');
    expect(await stopMonitor(deps, handle, 1000)).toBe('not-running');
    expect(w.signals).toEqual([]);
  });
});

describe('readMonitorFile', () => {
  test('a file cut mid-line (the worker was killed) reads up to its last whole record', () => {
    const text = [
      '{"k":"meta","v":1,"project":"p","intervalMs":1000,"startedAtMs":0,"pid":1}',
      '{"k":"ctr","i":0,"id":"abc","name":"p-db-1","service":"db","image":"pg","limit":100,"health":false}',
      '{"k":"tick","t":1000,"c":[[0,5,50,1,0,0,0,0]]}',
      '{"k":"tick","t":2000,"c":[[0,5,9',
    ].join('\n');
    const report = readMonitorFile(text)!;
    expect(report.services).toEqual([expect.objectContaining({ service: 'db', peakMemoryBytes: 50, samples: 1 })]);
    expect(report.endReason).toBeUndefined();
  });

  test('no meta record: nothing to report', () => {
    expect(readMonitorFile('')).toBeUndefined();
    expect(readMonitorFile('garbage\n')).toBeUndefined();
  });
});
