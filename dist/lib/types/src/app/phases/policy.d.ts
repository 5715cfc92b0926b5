import { type PolicyResult } from '../../policy/check.js';
import { type Finding, type FindingCounts } from '../../policy/finding.js';
import type { DaemonFacts } from '../../preflight/daemon.js';
import type { Log } from '../../ports/runtime.js';
import type { PolicySection } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../wiring.js';
export interface PolicyPhase {
    check: PolicyResult;
    /** Compose findings plus workflow findings, as reported. */
    findings: Finding[];
    counts: FindingCounts;
    section: PolicySection;
    /** Why the step fails (policy: error with error findings), or undefined. */
    failure?: string;
    /** Absolute path of the SARIF file written. */
    sarifFile?: string;
}
export interface PolicyPhaseOptions {
    /** Root of the repository: paths in findings are relative to it, SARIF is written under it. */
    workspace: string;
    /** Where the generated override file goes (the run directory). */
    overridePath: string;
}
export declare function runPolicyPhase(deps: Deps, log: Log, settings: Settings, daemon: DaemonFacts, options: PolicyPhaseOptions): Promise<PolicyPhase>;
