// The CLI bundle (dist/cli) as a process of its own, started without waiting: for tests that run
// several at once, or signal one while it runs. Its output is kept; `done` resolves at exit, or
// after a bound at which the process is killed (a hung CLI fails with its output, not silently
// at the test's own timeout).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './runner.js';

export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist/cli/index.js');

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface CliProcess {
  child: ChildProcess;
  /** Output so far. */
  output(): { stdout: string; stderr: string };
  done: Promise<CliResult>;
}

export function startCliBundle(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): CliProcess {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 240_000;
  const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => {
    stderr += `\n[test] killed: still running after ${timeoutMs} ms\n`;
    child.kill('SIGKILL');
  }, timeoutMs);
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, durationMs: Date.now() - started });
    });
  });
  return { child, output: () => ({ stdout, stderr }), done };
}

/** Seconds the run waited for its lease, from the report.json it wrote (0 when it wrote none). */
export function leaseWaitSeconds(reportFile: string): number {
  if (!existsSync(reportFile)) return 0;
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { lease?: { waitedMs: number } };
  return (report.lease?.waitedMs ?? 0) / 1000;
}
