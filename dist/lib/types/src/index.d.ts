import { type DeadOwnerSweep } from './app/sweep.js';
import type { HealthcheckDefaults } from './compose/healthcheck-defaults.js';
import type { LimitDefaults } from './compose/override.js';
import { type AcquiredLease, type AcquireOptions } from './lease/acquire.js';
import type { LeaseRequest } from './lease/request.js';
import { type LeaseStatus } from './lease/status.js';
import { type PolicyResult } from './policy/check.js';
export type { Finding, FindingCounts, Severity } from './policy/finding.js';
export type { PolicyResult } from './policy/check.js';
export type { RunReport } from './report/run-report.js';
export type { StackTarget } from './compose/target.js';
export type { Settings } from './settings/settings.js';
export type { LeaseRequest } from './lease/request.js';
export type { LeaseStatus } from './lease/status.js';
export type { AcquiredLease } from './lease/acquire.js';
export type { DeadOwnerSweep } from './app/sweep.js';
export { formatSarif } from './policy/format/sarif.js';
export { formatJson } from './policy/format/json.js';
export { formatText } from './policy/format/text.js';
export { compareModels, formatDivergenceMarkdown, formatDivergenceJson } from './policy/compare.js';
export { parseSettings, SettingsError } from './settings/settings.js';
export { parseSize, parseDuration, formatBytes, formatDuration } from './core/units.js';
export { renderSummary } from './report/summary.js';
/** A stack as `docker compose` flags describe it; paths relative to `directory`. */
export interface StackOptions {
    /** Compose files (default: the one Compose would pick in `directory`). */
    files?: string[];
    /** Directory Compose runs in; also the root no path may leave (default: the current directory). */
    directory?: string;
    projectName?: string;
    profiles?: string[];
    envFiles?: string[];
}
export interface CheckOptions extends StackOptions {
    /** Policy configuration file (default: .docker-stability.yml in the directory, when present). */
    config?: string;
    /** `75%` of the daemon's memory, or a size (`6g`); a share needs `daemonMemoryBytes`. */
    memoryBudget?: string;
    daemonMemoryBytes?: number;
    defaults?: LimitDefaults;
    healthcheckDefaults?: HealthcheckDefaults;
    /** Where the generated override file goes, when defaults inject anything. */
    overridePath?: string;
}
/** The compose policy on a stack: findings with file, line and column, counts, the model. */
export declare function checkCompose(options?: CheckOptions): Promise<PolicyResult>;
export interface RunStackOptions extends StackOptions {
    /** Any of the action's inputs by name (`wait-timeout`, `memory-budget`, `fail-on`, `up-flags`, `build`, `pull`, …). */
    inputs?: Record<string, string>;
    /** Start only these services and what they depend on (default: all). */
    services?: string[];
    lockGroups?: string[];
    /** Markdown summary and report.json paths, like the CLI's --summary and --report. */
    summaryFile?: string;
    reportFile?: string;
    namespace?: string;
    /** Where log lines go (default: stderr). */
    log?: (text: string) => void;
}
/**
 * The whole lifecycle around a command, as `docker-stability run`: policy, preflight, lease,
 * `up --wait`, monitor, the command, report, cleanup. Resolves to the command's exit code (1 when
 * the stack failed).
 */
export declare function runStack(command: string[], options?: RunStackOptions): Promise<number>;
/** Removes what dead jobs left on the daemon (or, with dryRun, lists what would be removed). */
export declare function sweepDeadOwners(options?: {
    dryRun?: boolean;
    namespace?: string;
}): Promise<DeadOwnerSweep>;
/** Takes a lease owned by this process (ports, groups, memory), waiting its turn. */
export declare function acquireLease(request: LeaseRequest, options: AcquireOptions): Promise<AcquiredLease>;
export declare function releaseLease(lease: AcquiredLease): Promise<boolean>;
/** Leases on the daemon, the budget in use, who waits. */
export declare function leaseStatus(options?: {
    memoryBudget?: string;
    namespace?: string;
}): Promise<LeaseStatus>;
