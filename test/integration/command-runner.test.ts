import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProcessCommandRunner } from '../../src/adapters/command-runner.js';
import { CommandError } from '../../src/ports/command.js';
import { alive } from '../support/processes.js';

const runner = new ProcessCommandRunner();

describe('ProcessCommandRunner', () => {
  test('output, exit code 0 and streamed lines', async () => {
    const lines: string[] = [];
    const result = await runner.run(['sh', '-c', 'echo one; echo two >&2; printf three'], {
      timeoutMs: 5000,
      onLine: (line, stream) => lines.push(`${stream}:${line}`),
    });
    expect(result.stdout).toBe('one\nthree');
    expect(result.stderr).toBe('two\n');
    expect(lines).toEqual(expect.arrayContaining(['stdout:one', 'stderr:two', 'stdout:three']));
  });

  test('a non-zero exit fails even with empty stderr', async () => {
    const error = await runner.run(['sh', '-c', 'exit 3'], { timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).exitCode).toBe(3);
    expect((error as CommandError).message).toBe("'sh -c exit 3' failed with exit code 3");
  });

  test('a command that cannot start is reported as such', async () => {
    const error = (await runner.run(['/nonexistent/tool'], { timeoutMs: 5000 }).catch((e: unknown) => e)) as CommandError;
    expect(error.reason).toBe('spawn');
  });

  test('a timeout kills the whole process group, grandchildren included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-cmd-'));
    const pidFile = path.join(dir, 'grandchild.pid');
    const started = Date.now();
    const error = (await runner
      .run(['sh', '-c', `sleep 60 & echo $! > ${pidFile}; trap '' TERM; wait`], { timeoutMs: 300 })
      .catch((e: unknown) => e)) as CommandError;
    expect(error.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(4000);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alive(grandchild)).toBe(false);
  });

  test('an abort stops the command', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = (await runner.run(['sleep', '30'], { timeoutMs: 30_000, signal: controller.signal }).catch((e: unknown) => e)) as CommandError;
    expect(error.reason).toBe('aborted');
  });

  test('stdin is passed through', async () => {
    const result = await runner.run(['cat'], { timeoutMs: 5000, stdin: 'hello' });
    expect(result.stdout).toBe('hello');
  });

  test('the environment is extended, not replaced', async () => {
    const result = await runner.run(['sh', '-c', 'echo "$DSA_EXTRA:$PATH"'], { timeoutMs: 5000, env: { DSA_EXTRA: 'x' } });
    expect(result.stdout.trim()).toBe(`x:${execFileSync('sh', ['-c', 'echo $PATH'], { encoding: 'utf8' }).trim()}`);
  });
});
