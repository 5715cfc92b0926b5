import { spawn } from 'node:child_process';
import os from 'node:os';
import type { ForegroundResult } from '../ports/process.js';

// Runs the user's command in the foreground for `docker-stability lock -- CMD`: the terminal is
// the command's (stdio inherited), and SIGINT, SIGTERM and SIGHUP sent to us are passed on, so
// a runner's cancellation reaches the command and we release the lease only after it is gone.
// Not the CommandRunner: that one captures output, bounds time and fails on non-zero exits,
// while here the command's exit code is the result.

const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export function runForeground(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<ForegroundResult> {
  const [file, ...args] = argv;
  if (!file) return Promise.resolve({ exitCode: 127, error: 'no command given' });
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals): void => {
      // A terminal's Ctrl-C reaches the command directly as well; a second SIGINT is harmless
      // to nearly every program, and without forwarding a runner's signal would not reach it.
      child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const done = (result: ForegroundResult): void => {
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve(result);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      done({ exitCode: error.code === 'EACCES' ? 126 : 127, error: `${file}: ${error.message}` });
    });
    child.on('exit', (code, signal) => {
      if (code !== null) done({ exitCode: code });
      else done({ exitCode: 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0), signal: signal ?? undefined });
    });
  });
}
