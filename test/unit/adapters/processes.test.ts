import { describe, expect, test } from 'vitest';
import { nodeBackgroundProcesses } from '../../../src/adapters/background-processes.js';
import { runForeground } from '../../../src/adapters/foreground-process.js';
import { interruptSignal } from '../../../src/adapters/process-signals.js';

// The process adapters with real, short-lived node processes (no Docker): the exit code of a
// command in the foreground, a detached worker started and signalled, and the runner's
// cancellation turned into an AbortSignal. Bounds are generous safety nets.

const NODE = process.execPath;

describe('interruptSignal', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)('%s aborts the signal, saying which; dispose stops listening', (name) => {
    const before = process.listenerCount(name);
    const interrupt = interruptSignal();
    expect(process.listenerCount(name)).toBe(before + 1);
    // The listener it added, called as the process would call it (emitting the real signal would reach the test runner too).
    const listener = process.listeners(name).at(-1) as (signal: NodeJS.Signals) => void;
    listener(name);
    expect(interrupt.signal.aborted).toBe(true);
    expect((interrupt.signal.reason as Error).message).toBe(`interrupted by ${name}`);
    // A second signal does not replace the first reason.
    listener('SIGTERM');
    expect((interrupt.signal.reason as Error).message).toBe(`interrupted by ${name}`);
    interrupt.dispose();
    expect(process.listenerCount(name)).toBe(before);
  });
});

describe('runForeground', () => {
  test('the command\'s exit code is the result, and no signal listener stays behind', async () => {
    const before = process.listenerCount('SIGHUP');
    expect(await runForeground([NODE, '-e', 'process.exit(3)'])).toEqual({ exitCode: 3 });
    expect(process.listenerCount('SIGHUP')).toBe(before);
  });

  test('a command killed by a signal: 128 + its number, and the signal', async () => {
    expect(await runForeground([NODE, '-e', 'process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 10000)'])).toEqual({ exitCode: 143, signal: 'SIGTERM' });
  });

  test('the environment given is the command\'s', async () => {
    expect(await runForeground([NODE, '-e', 'process.exit(process.env.DSA_CODE === "7" ? 7 : 1)'], { ...process.env, DSA_CODE: '7' })).toEqual({ exitCode: 7 });
  });

  test.each([
    ['no command', [], { exitCode: 127, error: 'no command given' }],
    ['a command that does not exist', ['/nonexistent/dsa-command'], { exitCode: 127, error: expect.stringMatching(/^\/nonexistent\/dsa-command: spawn \/nonexistent\/dsa-command ENOENT$/) }],
  ])('%s → 127 with why', async (_name, argv, result) => {
    expect(await runForeground(argv)).toEqual(result);
  });
});

describe('nodeBackgroundProcesses', () => {
  // Gone means reaped (signal 0 fails), not merely ended: a zombie can still be signalled, and
  // this process, the worker's parent, reaps it. (test/support/processes.ts `alive` is for
  // orphans, which only PID 1 reaps.)
  async function gone(pid: number): Promise<boolean> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      try {
        process.kill(pid, 0);
      } catch {
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  test('a detached worker starts, is signalled while it lives, and not once it is gone', async () => {
    const pid = nodeBackgroundProcesses.spawnDetached(NODE, ['-e', 'setTimeout(() => {}, 30000)'], process.env);
    expect(pid).toEqual(expect.any(Number));
    expect(nodeBackgroundProcesses.signal(pid!, 'SIGTERM')).toBe(true);
    expect(await gone(pid!)).toBe(true);
    expect(nodeBackgroundProcesses.signal(pid!, 'SIGTERM')).toBe(false);
  });

  test('a command that cannot start gives no pid, and nothing is thrown', () => {
    expect(nodeBackgroundProcesses.spawnDetached('/nonexistent/dsa-worker', [], process.env)).toBeUndefined();
  });
});
