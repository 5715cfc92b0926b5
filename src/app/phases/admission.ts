import { acquireLease, type AcquiredLease } from '../../lease/acquire.js';
import { describeBudget, resolveMemoryBudget } from '../../lease/budget.js';
import { describeBlocker, whoFromEnv } from '../../lease/describe.js';
import { LeaseTimeoutError, LeaseTooLargeError } from '../../lease/errors.js';
import { admittedReport, timedOutReport } from '../../lease/hooks.js';
import { leaseRequestForStack } from '../../lease/request.js';
import type { ComposeModel } from '../../compose/model.js';
import type { EngineFacts } from '../../preflight/daemon.js';
import type { Log } from '../../ports/runtime.js';
import type { LeaseSection } from '../../lease/section.js';
import type { Settings } from '../../settings/settings.js';
import { formatBytes, formatDuration } from '../../core/units.js';
import type { Deps } from '../deps.js';

// Admission under a lease held in the daemon: the stack's host ports, its lock groups and its
// memory reservation, waiting fairly behind whoever holds what it needs. The lease is owned by
// this process; the caller hands it to the monitor (action) or keeps it (CLI `run`).

export interface Admission {
  lease: AcquiredLease;
  section: LeaseSection;
}

/** Admission failed: the report section says whom we waited for and why we stopped. */
export class AdmissionError extends Error {
  constructor(
    message: string,
    readonly section: LeaseSection,
  ) {
    super(message);
    this.name = 'AdmissionError';
  }
}

export async function admitStack(
  deps: Deps,
  log: Log,
  settings: Settings,
  model: ComposeModel,
  daemon: EngineFacts,
  options: { signal: AbortSignal; namespace: string },
): Promise<Admission> {
  const budget = resolveMemoryBudget(settings.lease.memoryBudget, daemon.info.memTotalBytes);
  const request = leaseRequestForStack(model, settings.stack.projectName, settings.lease.groups);
  try {
    const lease = await acquireLease(deps, request, {
      namespace: options.namespace,
      budgetBytes: budget.bytes,
      budgetDescription: describeBudget(budget),
      timeoutMs: settings.lease.lockTimeoutMs,
      ttlMs: settings.lease.leaseTtlMs,
      who: whoFromEnv(deps.runtime.env, deps.self.userAtHost()),
      signal: options.signal,
      onProgress: (progress) => {
        const now = deps.clock.now();
        const holders = progress.blockers.map((blocker) => describeBlocker(blocker, now));
        log.info(`Waiting ${formatDuration(progress.waitedMs)} for admission, #${progress.position} in line: ${holders.join('; ') || 'checking the queue'}`);
      },
    });
    log.info(`Admitted after ${formatDuration(lease.waitedMs)} (lease ${lease.handle.id}; leases hold ${describeBudgetUse(lease)}).`);
    return { lease, section: admittedReport(lease) };
  } catch (error) {
    if (error instanceof LeaseTimeoutError) throw new AdmissionError(error.message, timedOutReport(error, budget.bytes));
    if (error instanceof LeaseTooLargeError) {
      throw new AdmissionError(error.message, { outcome: 'skipped', waitedMs: 0, waitedFor: [], budgetBytes: budget.bytes, ownBytes: request.memoryBytes, detail: error.message });
    }
    throw error;
  }
}

function describeBudgetUse(lease: AcquiredLease): string {
  return `${formatBytes(lease.usedBytes)} of the ${formatBytes(lease.budgetBytes)} budget`;
}
