import os from 'node:os';
import type { ThisProcess } from '../ports/process.js';
import { runForeground } from './foreground-process.js';
import { interruptSignal } from './process-signals.js';

/** The ThisProcess port over node's `process` and `os`. */
export function thisProcess(env: NodeJS.ProcessEnv = process.env): ThisProcess {
  return {
    env,
    cwd: () => process.cwd(),
    pid: process.pid,
    nodePath: process.execPath,
    self: { command: process.execPath, args: [...process.execArgv, process.argv[1] ?? ''] },
    temporaryDirectory: () => os.tmpdir(),
    userAtHost: () => {
      let user = env.USER ?? 'someone';
      try {
        user = os.userInfo().username;
      } catch {
        // No passwd entry (a container with an arbitrary uid): keep $USER.
      }
      return `${user}@${os.hostname()}`;
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTty: Boolean(process.stderr.isTTY),
    stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
    interruptSignal,
    runForeground,
  };
}
