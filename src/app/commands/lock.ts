import { keepLeaseRenewed, releaseLease, renewIntervalMs } from '../../lease/lifecycle.js';
import { groupProblems, parsePortFlag, type LeaseRequest } from '../../lease/request.js';
import { parseSize } from '../../core/units.js';
import { errorMessage } from '../../core/errors.js';
import { EXIT, ExitError } from './exit.js';
import type { CliContext } from './index.js';
import { acquireInTerminal, leaseCliDeps, parseLeaseFlags, type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';

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
    onError: (error) => deps.self.stderr(`docker-stability: could not renew the lease: ${errorMessage(error)}\n`),
  });
  try {
    const result = await deps.self.runForeground(command, deps.self.env);
    if (result.error) deps.self.stderr(`docker-stability: ${result.error}\n`);
    return result.exitCode;
  } finally {
    renewing.abort();
    await renewal;
    await releaseLease(deps, lease.handle).catch((error: unknown) => {
      deps.self.stderr(`docker-stability: could not release the lease (it ends with this process anyway): ${errorMessage(error)}\n`);
    });
  }
}

/** `docker-stability lock -- CMD` as the registry calls it. */
export function lockAction(command: string[], flags: LockFlags, context: CliContext): Promise<number> {
  return runLock(command, flags, leaseCliDeps(context.self));
}
