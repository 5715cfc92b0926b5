import { describe, expect, test } from 'vitest';
import { runDown } from '../../../src/app/commands/down.js';
import { runRun } from '../../../src/app/commands/run.js';
import { inputsFromFlags, settingsFromFlags } from '../../../src/app/commands/settings-flags.js';
import { runUp } from '../../../src/app/commands/up.js';
import { world, WORKSPACE } from './world.js';

// The CLI's adapters around the one pipeline, with the fakes of every port: `run` keeps the
// lease itself around the command, `up` hands it to a keeper, `down` takes it back; all of them
// read their options through the action's Settings parser.

const only = (events: string[], pattern: RegExp): string[] => events.filter((event) => pattern.test(event));

describe('docker-stability run', () => {
  test('the command runs under the lease this process holds; its exit code is the result; nothing is left', async () => {
    const w = world();
    const code = await runRun(['sh', '3'], {}, w.deps, WORKSPACE);
    expect(code).toBe(3);
    expect(only(w.events, /^(compose up|teardown|command|info: Lease \S+ released)/)).toEqual([
      'compose up (lease held by 100)',
      'command sh 3 (lease held by 100)',
      'teardown (lease held by 100)',
      expect.stringMatching(/^info: Lease \S+ released\.$/),
    ]);
    expect(w.leaseOwner()).toBe('nobody');
  });

  test('a stack that does not start: the command never runs, exit 1', async () => {
    const w = world({ up: 'unhealthy' });
    expect(await runRun(['sh', '0'], {}, w.deps, WORKSPACE)).toBe(1);
    expect(only(w.events, /^command/)).toEqual([]);
    expect(w.leaseOwner()).toBe('nobody');
  });

  test('fail-on met after a passing command: exit 1, after cleanup', async () => {
    const w = world({ inputs: { 'fail-on': 'oom' }, samples: `${'{"k":"meta","v":1,"project":"p","intervalMs":1000,"startedAtMs":1000,"pid":1}\n{"k":"ctr","i":0,"id":"abc","name":"p-db-1","service":"db","image":"pg","limit":33554432,"health":false}\n{"k":"ev","t":2500,"id":"abc","name":"p-db-1","service":"db","action":"oom"}'}` });
    expect(await runRun(['sh', '0'], {}, w.deps, WORKSPACE)).toBe(1);
    expect(only(w.events, /^error: fail-on/)).toEqual([expect.stringMatching(/^error: fail-on: oom: db OOM-killed once/)]);
  });

  test('bad flags exit 2 naming the flag, before anything reaches the daemon', async () => {
    const w = world({ inputs: { 'wait-timeout': 'soon' } });
    await expect(runRun(['true'], {}, w.deps, WORKSPACE)).rejects.toThrow(/^--wait-timeout: 'soon' is not a duration/);
    expect(w.events).toEqual([]);
  });
});

describe('docker-stability up and down', () => {
  test('up hands the lease to a keeper and leaves the stack running; down takes it back, tears down, releases', async () => {
    const w = world();
    expect(await runUp(w.deps, WORKSPACE)).toBe(0);
    expect(only(w.events, /^(spawn|compose (up|down))/)).toEqual(['spawn cli.js hold-lease (pid 501)', 'compose up (lease held by 501)']);
    expect(w.leaseOwner()).toBe('501');

    w.events.length = 0;
    expect(await runDown(w.deps, WORKSPACE)).toBe(0);
    expect(only(w.events, /^(teardown|signal|info: Stack)/)).toEqual([
      'signal SIGTERM 501 (lease held by 100)',
      'teardown (lease held by 100)',
      expect.stringMatching(/^info: Stack p is down and its lease released\.$/),
    ]);
    expect(w.leaseOwner()).toBe('nobody');
  });

  test('up again on a project that is up starts under the lease it holds: no second keeper, no wait', async () => {
    const w = world();
    await runUp(w.deps, WORKSPACE);
    w.events.length = 0;
    expect(await runUp(w.deps, WORKSPACE)).toBe(0);
    expect(only(w.events, /^(spawn|group: Admission|compose up)/)).toEqual(['compose up (lease held by 501)']);
  });

  test('a stack up cannot start is torn down and its lease released; exit 1 says so', async () => {
    const w = world({ up: 'unhealthy' });
    await expect(runUp(w.deps, WORKSPACE)).rejects.toThrow(/did not become healthy[\s\S]*It was torn down and its lease released/);
    expect(w.leaseOwner()).toBe('nobody');
  });
});

describe('flags are the action inputs', () => {
  test('stack flags, lease flags and input flags map onto input names; unset ones keep the command defaults', () => {
    const inputs = inputsFromFlags(
      { file: ['a.yml', 'b.yml'], profile: ['x'], envFile: [], projectName: 'p', lockGroup: ['g'], namespace: 'ci', waitTimeout: '5m', removeBuiltImages: true },
      {},
      { policy: 'warn' },
    );
    expect(inputs).toMatchObject({ 'compose-files': 'a.yml\nb.yml', profiles: 'x', 'project-name': 'p', 'lock-group': 'g', 'lease-namespace': 'ci', 'wait-timeout': '5m', 'remove-built-images': 'true', policy: 'warn', baseline: 'false' });
  });

  test('paths are the user\'s: a compose file above the current directory is accepted', () => {
    const w = world();
    w.files.writeText('/elsewhere/compose.yaml', 'services: {}\n');
    const settings = settingsFromFlags(w.deps, { 'compose-files': '../elsewhere/compose.yaml', 'project-name': 'p' }, {}, WORKSPACE);
    expect(settings.stack.files).toEqual(['../elsewhere/compose.yaml']);
    expect(settings.stack.workingDirectory).toBe(WORKSPACE);
  });
});
