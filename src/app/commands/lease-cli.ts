import { dockerApiFromEnvironment } from '../../adapters/docker-endpoint.js';
import { nodeBackgroundProcesses } from '../../adapters/background-processes.js';
import { linuxHostProbe } from '../../adapters/host-probe.js';
import { systemClock } from '../../adapters/system-clock.js';
import { acquireLease, type AcquiredLease, type WaitProgress } from '../../lease/acquire.js';
import { describeBudget, resolveMemoryBudget, type MemoryBudget } from '../../lease/budget.js';
import type { LeaseDeps } from '../../lease/context.js';
import { describeBlocker, whoFromEnv } from '../../lease/describe.js';
import { LeaseAbortedError, LeaseTimeoutError, LeaseTooLargeError } from '../../lease/errors.js';
import type { LeaseRequest } from '../../lease/request.js';
import type { BackgroundProcesses, ThisProcess } from '../../ports/process.js';
import { formatDuration } from '../../core/units.js';
import { parseLeaseSettings } from '../../settings/lease.js';
import { EXIT, ExitError } from './exit.js';

// What `lock`, `status` and the keeper share: the lease flags, read by the same parser as the
// action's lease inputs (the same ranges, the same refusals, errors naming the flag), the real
// ports, and waiting for a lease in a terminal.

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
  self: ThisProcess;
}

/** The lease flags through the action's own lease parser; every problem at once, each naming its flag. */
export function parseLeaseFlags(flags: Partial<LeaseFlags>): LeaseCliOptions {
  const parsed = parseLeaseSettings({
    lockGroup: '',
    memoryBudget: flags.memoryBudget ?? '',
    lockTimeout: flags.timeout ?? '',
    leaseTtl: flags.leaseTtl ?? '',
    leaseNamespace: flags.namespace ?? '',
  });
  if ('problems' in parsed) {
    const flagOf: Record<string, string> = { 'lock-timeout': '--timeout', 'lease-namespace': '--namespace' };
    throw new ExitError(EXIT.usage, parsed.problems.map((problem) => problem.replace(/^([a-z-]+):/, (_, name: string) => `${flagOf[name] ?? `--${name}`}:`)).join('\n'));
  }
  const { lockTimeoutMs, memoryBudget, leaseTtlMs, namespace } = parsed.settings;
  return { timeoutMs: lockTimeoutMs, budget: memoryBudget, ttlMs: leaseTtlMs, namespace };
}

export function leaseCliDeps(self: ThisProcess): LeaseCliDeps {
  return { docker: dockerApiFromEnvironment(self.env), host: linuxHostProbe, clock: systemClock, processes: nodeBackgroundProcesses, self };
}

/**
 * Waits for the lease in a terminal: one line saying who is in the way (rewritten in place on a
 * TTY), Ctrl-C leaves the queue. Failures become ExitErrors with their own words.
 */
export async function acquireInTerminal(deps: LeaseCliDeps, request: LeaseRequest, options: LeaseCliOptions): Promise<AcquiredLease> {
  const { self } = deps;
  const info = await deps.docker.info();
  const resolved = resolveMemoryBudget(options.budget, info.memTotalBytes);
  const interrupt = self.interruptSignal();
  let shown = false;
  const show = (progress: WaitProgress): void => {
    const line = progressLine(progress, deps.clock.now());
    self.stderr(self.stderrIsTty ? `\r\x1b[2K${line}` : `${line}\n`);
    shown = true;
  };
  try {
    const lease = await acquireLease(deps, request, {
      namespace: options.namespace,
      budgetBytes: resolved.bytes,
      budgetDescription: describeBudget(resolved),
      timeoutMs: options.timeoutMs,
      ttlMs: options.ttlMs,
      who: whoFromEnv(self.env, self.userAtHost()),
      signal: interrupt.signal,
      onProgress: show,
    });
    if (shown) self.stderr(`${self.stderrIsTty ? '\r\x1b[2K' : ''}docker-stability: lease granted after ${formatDuration(lease.waitedMs)}\n`);
    return lease;
  } catch (error) {
    if (shown && self.stderrIsTty) self.stderr('\n');
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
