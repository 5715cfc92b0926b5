import { describe, expect, test } from 'vitest';
import { judgePreflight, preflightFailure, runChecks, sweptSection, tellPreflight, type Checked } from '../../../../src/app/phases/checks.js';
import { overrideFilePath } from '../../../../src/app/run-files.js';
import { ComposeConfigError } from '../../../../src/compose/compose-cli.js';
import type { CheckResult } from '../../../../src/preflight/checks.js';
import { RUN_DIR, settingsOf, type World } from '../pipeline-support.js';
import { world, WORKSPACE } from '../world.js';

// The checks before admission, side by side: which failure is reported when several fail, what
// becomes a warning instead of an error, and the verdicts judged from what they gathered.

const GiB = 1024 ** 3;

async function check(w: World, parts: string[] = []): Promise<Checked> {
  return runChecks(w.deps, settingsOf(w), { workspace: WORKSPACE, overridePath: overrideFilePath(RUN_DIR), namespace: 'default' }, async (name, promise) => {
    parts.push(name);
    return promise;
  });
}

describe('runChecks', () => {
  test('everything gathered, each part timed under its own name', async () => {
    const w = world();
    const parts: string[] = [];
    const checked = await check(w, parts);
    expect(parts.sort()).toEqual(['compose', 'daemon', 'host', 'policy', 'ports', 'sweep']);
    expect(checked.daemon).toMatchObject({ endpoint: 'unix:///fake.sock', composeVersion: '2.40.3', engine: { version: '28.5.2' } });
    expect(checked.policy.counts).toEqual({ error: 0, warning: expect.any(Number), note: expect.any(Number) });
    expect(checked.sweep).toMatchObject({ plan: [], released: [] });
  });

  test('a daemon that does not answer is the error, and nothing that needs it is asked', async () => {
    const w = world();
    w.docker.failPing = new Error('The Docker daemon at unix:///fake.sock is unreachable');
    w.deps.compose.version = async () => {
      throw new Error('docker: command not found');
    };
    await expect(check(w)).rejects.toThrow('The Docker daemon at unix:///fake.sock is unreachable');
    expect(w.events.filter((event) => event.startsWith('compose config'))).toEqual([]);
  });

  test('a daemon that does not answer stops the Compose probe instead of waiting for it', async () => {
    // Docker's CLI 20.10 pings the daemon before it runs the Compose plugin: on a frozen daemon
    // `docker compose version` answers only when its own bound kills it.
    const w = world();
    w.docker.failPing = new Error('The Docker daemon at unix:///fake.sock did not answer a ping within 2000 ms');
    let aborted = false;
    w.deps.compose.version = async (options = {}) =>
      new Promise<string>((_resolve, reject) => {
        const stop = (): void => {
          aborted = true;
          reject(new Error('docker compose version: aborted'));
        };
        if (options.signal?.aborted) stop();
        options.signal?.addEventListener('abort', stop, { once: true });
      });
    const outcome = await Promise.race([
      check(w).then(() => 'answered', (error: unknown) => (error as Error).message),
      new Promise<string>((resolve) => setTimeout(() => resolve('still waiting on the Compose probe'), 2000)),
    ]);
    expect(outcome).toBe('The Docker daemon at unix:///fake.sock did not answer a ping within 2000 ms');
    expect(aborted).toBe(true);
  });

  test('bad compose input is the error even when another check failed too', async () => {
    const w = world();
    w.deps.compose.config = async () => {
      throw new ComposeConfigError(['/ws/compose.yaml'], 'services.db.image must be a string');
    };
    w.docker.listContainers = async () => {
      throw new Error('list failed');
    };
    await expect(check(w)).rejects.toBeInstanceOf(ComposeConfigError);
  });

  test('a sweep that fails is not an error: the preflight warns that it could not be checked', async () => {
    const w = world();
    w.docker.listVolumes = async () => {
      throw new Error('volume list timed out');
    };
    const checked = await check(w);
    expect(checked.sweep).toEqual({ error: expect.stringContaining('volume list timed out') });
    expect(sweptSection(checked)).toEqual([]);
    const sweep = judgePreflight(checked, settingsOf(w)).find((result) => result.id === 'stale-projects');
    expect(sweep).toMatchObject({ status: 'warn', detail: expect.stringMatching(/^could not be checked: .*volume list timed out/) });
  });
});

describe('judgePreflight', () => {
  test('a healthy world: daemon, host, sweep and ports judged, none failing', async () => {
    const w = world();
    const results = judgePreflight(await check(w), settingsOf(w));
    expect(results.map((result) => result.id)).toEqual(expect.arrayContaining(['stale-projects', 'ports-in-use']));
    expect(results.filter((result) => result.status === 'fail')).toEqual([]);
    expect(preflightFailure(results)).toBeUndefined();
  });

  test('too little free disk on the data root fails, against min-free-disk', async () => {
    const w = world({ inputs: { 'min-free-disk': '5g' } });
    Object.assign(w.host, { freeDiskBytes: async () => 3 * GiB });
    const results = judgePreflight(await check(w), settingsOf(w));
    expect(preflightFailure(results)).toMatch(/^Preflight failed: [^:]+: 3 GiB free .*5 GiB/);
  });
});

describe('telling the preflight', () => {
  const results: CheckResult[] = [
    { id: 'a', title: 'Docker Compose', status: 'pass', detail: '2.40.3' },
    { id: 'b', title: 'Free disk', status: 'fail', detail: '1 GiB free' },
    { id: 'c', title: 'Runner load', status: 'warn', detail: 'load 5 on 2 cores' },
    { id: 'd', title: 'Host memory', status: 'skip', detail: 'remote daemon' },
    { id: 'e', title: 'Ports', status: 'fail', detail: 'tcp/8080 taken' },
  ];

  test('one line per check, its verdict first', () => {
    const lines: string[] = [];
    tellPreflight({ info: (line: string) => void lines.push(line) } as never, results);
    expect(lines).toEqual(['PASS Docker Compose: 2.40.3', 'FAIL Free disk: 1 GiB free', 'WARN Runner load: load 5 on 2 cores', 'SKIP Host memory: remote daemon', 'FAIL Ports: tcp/8080 taken']);
  });

  test('the step\'s error names every failing check, and only those', () => {
    expect(preflightFailure(results)).toBe('Preflight failed: Free disk: 1 GiB free; Ports: tcp/8080 taken');
    expect(preflightFailure(results.filter((result) => result.status !== 'fail'))).toBeUndefined();
  });
});
