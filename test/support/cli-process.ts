// The CLI bundle (dist/cli) as a process of its own, started without waiting: for tests that run
// several at once, or signal one while it runs. Its output is kept; `done` resolves at exit.
import { spawn, type ChildProcess } from 'node:child_process';
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

export function startCliBundle(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): CliProcess {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, durationMs: Date.now() - started }));
  });
  return { child, output: () => ({ stdout, stderr }), done };
}
