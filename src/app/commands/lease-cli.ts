import os from 'node:os';
import type { Command } from 'commander';
import { nodeBackgroundProcesses } from '../../adapters/background-processes.js';
import { dockerApiFromEnvironment } from '../../adapters/docker-endpoint.js';
import { linuxHostProbe } from '../../adapters/host-probe.js';
import { interruptSignal } from '../../adapters/process-signals.js';
import { systemClock } from '../../adapters/system-clock.js';
import { acquireLease, type AcquiredLease, type WaitProgress } from '../../lease/acquire.js';
import { describeBudget, parseMemoryBudget, resolveMemoryBudget, type MemoryBudget } from '../../lease/budget.js';
import type { LeaseDeps } from '../../lease/context.js';
import { describeBlocker, whoFromEnv } from '../../lease/describe.js';
import { LeaseAbortedError, LeaseTimeoutError, LeaseTooLargeError } from '../../lease/errors.js';
import { DEFAULT_NAMESPACE, NAMESPACE_PATTERN, type Who } from '../../lease/records.js';
import type { LeaseRequest } from '../../lease/request.js';
import { LEASE_INPUTS } from '../../settings/lease.js';
import type { BackgroundProcesses } from '../../ports/process.js';
import { formatDuration, parseDuration } from '../../core/units.js';
import { EXIT, ExitError } from './exit.js';

// What `lock`, `up`, `down`, `status` and the keeper share: the lease flags (named like the
// action's inputs), the real ports, and waiting for a lease in a terminal.

export interface LeaseFlags {
  timeout: string;
  memoryBudget: string;
  leaseTtl: string;
  namespace: string;
}

export interface LeaseCliOptions {
  timeoutMs: number;
  budget: MemoryBudget;
  ttlMs: number;
  namespace: string;
}

export interface LeaseCliDeps extends LeaseDeps {
  processes: BackgroundProcesses;
  env: NodeJS.ProcessEnv;
  stderr: (text: string) => void;
  isTty: boolean;
}

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function addLeaseOptions(command: Command, options: { timeout?: boolean } = {}): Command {
  if (options.timeout !== false) {
    command.option('--timeout <duration>', `how long to wait for the lease (${LEASE_INPUTS.lockTimeout.name}; 0 = do not wait)`, LEASE_INPUTS.lockTimeout.default);
  }
  return command
    .option('--memory-budget <size|percent>', 'memory all leases together may reserve: 75% of the daemon, or a size like 6g', LEASE_INPUTS.memoryBudget.default)
    .option('--lease-ttl <duration>', 'how long a lease lives without renewal where its owner cannot be checked', LEASE_INPUTS.leaseTtl.default)
    .option('--namespace <name>', 'lease namespace: separate fleets (and tests) never meet', DEFAULT_NAMESPACE);
}

export function parseLeaseFlags(flags: Partial<LeaseFlags>): LeaseCliOptions {
  const problems: string[] = [];
  const timeout = parseDuration(flags.timeout ?? LEASE_INPUTS.lockTimeout.default);
  if (typeof timeout !== 'number') problems.push(`--timeout: ${timeout.error}`);
  const budget = parseMemoryBudget(flags.memoryBudget ?? LEASE_INPUTS.memoryBudget.default);
  if ('error' in budget) problems.push(`--memory-budget: ${budget.error}`);
  const ttl = parseDuration(flags.leaseTtl ?? LEASE_INPUTS.leaseTtl.default);
  if (typeof ttl !== 'number') problems.push(`--lease-ttl: ${ttl.error}`);
  const namespace = flags.namespace ?? DEFAULT_NAMESPACE;
  if (!NAMESPACE_PATTERN.test(namespace)) problems.push(`--namespace: '${namespace}' is not a namespace; use lowercase letters, digits, '-' and '_' (up to 40)`);
  if (problems.length || typeof timeout !== 'number' || 'error' in budget || typeof ttl !== 'number') {
    throw new ExitError(EXIT.usage, problems.join('\n'));
  }
  return { timeoutMs: timeout, budget, ttlMs: Math.max(ttl, 60_000), namespace };
}

export function realLeaseCliDeps(): LeaseCliDeps {
  return {
    docker: dockerApiFromEnvironment(process.env),
    host: linuxHostProbe,
    clock: systemClock,
    processes: nodeBackgroundProcesses,
    env: process.env,
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stderr.isTTY),
  };
}

export function whoHere(env: NodeJS.ProcessEnv): Who {
  let user = env.USER ?? 'someone';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (a container with an arbitrary uid): keep $USER.
  }
  return whoFromEnv(env, `${user}@${os.hostname()}`);
}

/**
 * Waits for the lease in a terminal: one line saying who is in the way (rewritten in place on a
 * TTY), Ctrl-C leaves the queue. Failures become ExitErrors with their own words.
 */
export async function acquireInTerminal(deps: LeaseCliDeps, request: LeaseRequest, options: LeaseCliOptions): Promise<AcquiredLease> {
  const info = await deps.docker.info();
  const resolved = resolveMemoryBudget(options.budget, info.memTotalBytes);
  const interrupt = interruptSignal();
  let shown = false;
  const show = (progress: WaitProgress): void => {
    const line = progressLine(progress, deps.clock.now());
    deps.stderr(deps.isTty ? `\r\x1b[2K${line}` : `${line}\n`);
    shown = true;
  };
  try {
    const lease = await acquireLease(deps, request, {
      namespace: options.namespace,
      budgetBytes: resolved.bytes,
      budgetDescription: describeBudget(resolved),
      timeoutMs: options.timeoutMs,
      ttlMs: options.ttlMs,
      who: whoHere(deps.env),
      signal: interrupt.signal,
      onProgress: show,
    });
    if (shown) deps.stderr(`${deps.isTty ? '\r\x1b[2K' : ''}docker-stability: lease granted after ${formatDuration(lease.waitedMs)}\n`);
    return lease;
  } catch (error) {
    if (shown && deps.isTty) deps.stderr('\n');
    if (error instanceof LeaseAbortedError) throw new ExitError(130, error.message);
    if (error instanceof LeaseTimeoutError || error instanceof LeaseTooLargeError) throw new ExitError(EXIT.failed, error.message);
    throw error;
  } finally {
    interrupt.dispose();
  }
}

function progressLine(progress: WaitProgress, nowMs: number): string {
  const first = progress.blockers[0];
  const more = progress.blockers.length > 1 ? ` (and ${progress.blockers.length - 1} more)` : '';
  const why = first ? `${describeBlocker(first, nowMs)}${more}` : 'checking the queue';
  return `docker-stability: waiting ${formatDuration(progress.waitedMs)} for a lease, #${progress.position} in line: ${why}`;
}
