import type { CheckResult } from '../../preflight/checks.js';
import { type DaemonFacts } from '../../preflight/daemon.js';
import type { Log } from '../../ports/runtime.js';
import type { RunReport } from '../../report/run-report.js';
import type { Deps } from '../wiring.js';
import type { PolicyPhase } from './policy.js';
/**
 * The runner and daemon against what this stack needs: versions, memory for its reservation,
 * disk, load; the sweep of what dead jobs left here (removed before the port check, since their
 * containers may hold the ports); host ports held outside any lease. Each check is logged.
 */
export declare function runPreflightPhase(deps: Deps, log: Log, daemon: DaemonFacts, policy: PolicyPhase, report: RunReport, options: {
    minFreeDiskBytes: number;
    namespace?: string;
}): Promise<CheckResult[]>;
