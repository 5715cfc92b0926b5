import { runForeground } from '../../adapters/foreground-process.js';
import { keepLeaseRenewed, releaseLease, renewIntervalMs } from '../../lease/lifecycle.js';
import { groupProblems, parsePortFlag, type LeaseRequest } from '../../lease/request.js';
import { parseSize } from '../../core/units.js';
import { errorMessage } from '../../core/errors.js';
import { EXIT, ExitError } from './exit.js';
import type { RegisterCommand } from './index.js';
import { acquireInTerminal, addLeaseOptions, collect, parseLeaseFlags, realLeaseCliDeps, type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';

// `docker-stability lock [--group G]... [--port P]... [--memory SIZE] -- CMD...`: a critical
// section for anything that shares the daemon — the test runner, a script, an IDE task. The
// lease is owned by this process, renewed while CMD runs and released when CMD ends; the exit
// code is CMD's (128 + n when signal n ended it).

export interface LockFlags extends LeaseFlags {
  group: string[];
  port: string[];
  memory: string;
}

export function lockRequest(flags: Pick<LockFlags, 'group' | 'port' | 'memory'>): LeaseRequest {
  const problems = groupProblems(flags.group, '--group');
  const ports: string[] = [];
  for (const port of flags.port) {
    const key = parsePortFlag(port);
    if (typeof key === 'string') ports.push(key);
    else problems.push(`--port: ${key.error}`);
  }
  const memory = parseSize(flags.memory);
  if (typeof memory !== 'number') problems.push(`--memory: ${memory.error}`);
  if (flags.group.length === 0 && ports.length === 0 && memory === 0) {
    problems.push('nothing to lock: give at least one --group, --port or --memory');
  }
  if (problems.length || typeof memory !== 'number') throw new ExitError(EXIT.usage, problems.join('\n'));
  return { project: '', groups: [...new Set(flags.group)].sort(), ports: [...new Set(ports)].sort(), memoryBytes: memory };
}

export async function runLock(command: string[], flags: LockFlags, deps: LeaseCliDeps): Promise<number> {
  const request = lockRequest(flags);
  const options = parseLeaseFlags(flags);
  const lease = await acquireInTerminal(deps, request, options);
  const renewing = new AbortController();
  const renewal = keepLeaseRenewed(deps, lease.handle, {
    intervalMs: renewIntervalMs(options.ttlMs),
    signal: renewing.signal,
    onError: (error) => deps.stderr(`docker-stability: could not renew the lease: ${errorMessage(error)}\n`),
  });
  try {
    const result = await runForeground(command, deps.env);
    if (result.error) deps.stderr(`docker-stability: ${result.error}\n`);
    return result.exitCode;
  } finally {
    renewing.abort();
    await renewal;
    await releaseLease(deps, lease.handle).catch((error: unknown) => {
      deps.stderr(`docker-stability: could not release the lease (it ends with this process anyway): ${errorMessage(error)}\n`);
    });
  }
}

export const registerLock: RegisterCommand = (program, setExitCode) => {
  addLeaseOptions(
    program
      .command('lock')
      .description('Run a command while holding a lease in the Docker daemon: named groups, host ports, memory; waits its turn in a fair queue')
      .argument('<command...>', 'the command to run, after -- (exit code is its exit code)')
      .option('-g, --group <name>', 'a named group: one holder at a time (repeatable)', collect, [])
      .option('--port <port>', 'a host port the command needs: 5432, 5432/udp or 127.0.0.1:5432 (repeatable)', collect, [])
      .option('--memory <size>', 'memory to reserve against the budget, like 512m or 2g', '0'),
  ).action(async (command: string[], flags: LockFlags) => {
    setExitCode(await runLock(command, flags, realLeaseCliDeps()));
  });
};
