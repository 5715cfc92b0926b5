import { spawn } from 'node:child_process';
import type { BackgroundProcesses } from '../ports/process.js';

/** Detached, stdio ignored and unref'd: the step exits while the worker goes on (STYLE.md). */
export const nodeBackgroundProcesses: BackgroundProcesses = {
  spawnDetached: (command, args, env) => {
    try {
      const child = spawn(command, args, { detached: true, stdio: 'ignore', env });
      // A failed spawn reports through 'error' after this returns; without a listener it throws.
      child.on('error', () => undefined);
      child.unref();
      return child.pid;
    } catch {
      return undefined;
    }
  },
  signal: (pid, signal) => {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  },
};
