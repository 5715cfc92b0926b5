import { publishedPorts } from '../../compose/resources.js';
import { DEFAULT_NAMESPACE } from '../../lease/records.js';
import type { CheckResult } from '../../preflight/checks.js';
import { checkDaemon, type DaemonFacts } from '../../preflight/daemon.js';
import { checkHost, gatherHostFacts } from '../../preflight/host.js';
import { checkPortsInUse } from '../../preflight/ports.js';
import type { Log } from '../../ports/runtime.js';
import type { RunReport } from '../../report/run-report.js';
import { errorMessage } from '../../core/errors.js';
import { sweepCheck, sweepDeadOwners, sweptProjects } from '../sweep.js';
import type { Deps } from '../wiring.js';
import type { PolicyPhase } from './policy.js';

const CHECK_WORDS = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' } as const;

/**
 * The runner and daemon against what this stack needs: versions, memory for its reservation,
 * disk, load; the sweep of what dead jobs left here (removed before the port check, since their
 * containers may hold the ports); host ports held outside any lease. Each check is logged.
 */
export async function runPreflightPhase(
  deps: Deps,
  log: Log,
  daemon: DaemonFacts,
  policy: PolicyPhase,
  report: RunReport,
  options: { minFreeDiskBytes: number; namespace?: string; leaseTtlMs?: number },
): Promise<CheckResult[]> {
  const reservation = policy.check.reservation;
  const facts = await gatherHostFacts(deps.host, daemon);
  const checks: CheckResult[] = [
    ...checkDaemon(daemon),
    ...checkHost(facts, {
      reservationBytes: reservation.totalBytes,
      reservationIsFloor: reservation.unlimited.length > 0 || reservation.unsizedTmpfs.length > 0,
      minFreeDiskBytes: options.minFreeDiskBytes,
    }),
  ];
  try {
    const sweep = await sweepDeadOwners(deps, { namespace: options.namespace ?? DEFAULT_NAMESPACE, dryRun: false, leaseTtlMs: options.leaseTtlMs });
    checks.push(sweepCheck(sweep));
    const swept = sweptProjects(sweep);
    if (swept.length > 0) report.cleanup = { removed: [], left: [], ...report.cleanup, staleProjects: swept };
  } catch (error) {
    checks.push({ id: 'stale-projects', title: 'Leftovers of dead jobs on this daemon', status: 'warn', detail: `could not be checked: ${errorMessage(error)}` });
  }
  const running = await deps.docker.listContainers({ all: false });
  checks.push(checkPortsInUse(publishedPorts(policy.check.model), running, report.projectName));
  for (const check of checks) log.info(`${CHECK_WORDS[check.status]} ${check.title}: ${check.detail}`);
  return checks;
}
