import { type PolicyResult } from '../../policy/check.js';
import { type Finding, type FindingCounts } from '../../policy/finding.js';
import type { EngineFacts } from '../../preflight/daemon.js';
import type { Log } from '../../ports/runtime.js';
import type { PolicySection } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
export interface PolicyOutcome {
    check: PolicyResult;
    /** Compose findings plus workflow findings, as reported (none under `policy: off`). */
    findings: Finding[];
    counts: FindingCounts;
    section: PolicySection;
    /** Why the step fails (policy: error with error findings), or undefined. */
    failure?: string;
    /** Absolute path of the SARIF file written. */
    sarifFile?: string;
    /** What the accepted-findings file (policy-baseline) did, said in the log. */
    accepted?: string;
}
export interface PolicyPhaseOptions {
    /** Root of the repository: paths in findings are relative to it, SARIF is written under it. */
    workspace: string;
    /** Where the generated override file goes (the run directory). */
    overridePath: string;
    /** The daemon's facts: the memory budget is a share of its memory, injected CPUs are capped at its own. */
    engine: EngineFacts;
}
export declare function checkPolicy(deps: Deps, settings: Settings, options: PolicyPhaseOptions): Promise<PolicyOutcome>;
/** Annotations (the runner's 10 per kind), what was injected, the counts, where SARIF went. */
export declare function tellPolicy(log: Log, outcome: PolicyOutcome): PolicySection;
