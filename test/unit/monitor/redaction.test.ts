import { describe, expect, test } from 'vitest';
import { Redactor } from '../../../src/core/untrusted.js';
import { monitorConfig, monitorSecrets, MONITOR_SECRETS_ENV } from '../../../src/monitor/config.js';
import { startMonitor, type ControlDeps } from '../../../src/monitor/control.js';
import { Recorder } from '../../../src/monitor/recorder.js';
import { MonitorState } from '../../../src/monitor/state.js';

// The monitor writes names, images and the daemon's words; an image interpolated from a secret
// would carry it. Main hands the values over in the detached process's environment (never a
// file) and the recorder blanks them from every record, live lines and compacted snapshot alike.

const SECRET = 'registry-token-9f2c';

describe('the monitor writes no secret value', () => {
  test('main hands the values over in the environment only', () => {
    const files = new Map<string, string>();
    const spawned: NodeJS.ProcessEnv[] = [];
    const deps = {
      writeFile: (file: string, text: string) => void files.set(file, text),
      readTail: () => '',
      clock: { now: () => 0, sleep: async () => undefined },
      host: { processIdentity: () => undefined },
      processes: { spawnDetached: (_command: string, _args: string[], env: NodeJS.ProcessEnv) => (spawned.push(env), 7), signal: () => false },
    } as unknown as ControlDeps;
    const config = monitorConfig({ projectName: 'p', sampleIntervalMs: 1000, samplesFile: '/r/m.ndjson', runDir: '/r', startedAtMs: 1 });
    startMonitor(deps, { nodePath: 'node', script: 'm.js', configFile: '/r/c.json', config, env: {}, secrets: [SECRET] });
    expect(monitorSecrets(spawned[0]!)).toEqual([SECRET]);
    expect([...files.values()].join('')).not.toContain(SECRET);
    expect(monitorSecrets({ [MONITOR_SECRETS_ENV]: 'not json' })).toEqual([]);
  });

  test('records are redacted live and in the compacted snapshot', () => {
    let file = '';
    const redactor = new Redactor();
    redactor.add([SECRET]);
    const recorder = new Recorder(new MonitorState(), { append: (text) => void (file += text), replace: (text) => void (file = text) }, 10_000_000, redactor);
    recorder.write({ k: 'meta', v: 1, project: 'p', intervalMs: 1000, startedAtMs: 0, pid: 1 });
    recorder.write({ k: 'ctr', i: 0, id: 'abc', name: 'p-web-1', service: 'web', image: `ghcr.io/${SECRET}/web:1`, limit: 0, health: false });
    recorder.write({ k: 'note', t: 1, text: `pull access denied for ${SECRET}` });
    expect(file).toContain('ghcr.io/***/web:1');
    expect(file).not.toContain(SECRET);
    recorder.compact();
    expect(file).toContain('ghcr.io/***/web:1');
    expect(file).not.toContain(SECRET);
  });
});
