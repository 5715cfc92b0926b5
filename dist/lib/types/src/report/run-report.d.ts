import type { RegressionThresholds } from '../baseline/inputs.js';
import type { BaselinePlan, BaselineRecall, BaselineSave } from '../baseline/cache-io.js';
import type { Leftovers } from '../cleanup/leftovers.js';
import type { ImageCachePrep } from '../image-cache/prepare.js';
import type { ImageCacheRecord } from '../image-cache/record.js';
import type { MonitorReport } from '../monitor/analysis.js';
import type { HealthcheckChange } from '../compose/healthcheck-defaults.js';
import type { InjectedLimit } from '../compose/override.js';
import type { LeaseSection } from '../lease/section.js';
import type { SuppressedFinding } from '../policy/evaluate.js';
import type { Finding, FindingCounts } from '../policy/finding.js';
import type { CheckResult } from '../preflight/checks.js';
import type { BuildSection } from '../stack/build.js';
import type { ServiceDiagnosis } from '../stack/diagnose.js';
import type { PullSection } from '../stack/pull.js';
import type { Redactor } from '../core/untrusted.js';
import type { LogsSection } from './logs-section.js';
import type { ReadinessSection } from './readiness-section.js';
/**
 * Everything one run learned, gathered by main and post and rendered by the summary; written
 * as report.json too. Main writes its part to a file in the run directory; post adds its own.
 * Optional sections are shown only when present.
 */
export interface RunReport {
    projectName: string;
    startedAtMs: number;
    preflight: CheckResult[];
    /** What the compose model declares, per service (loaded once by main). */
    stack?: StackSection;
    start?: {
        ok: boolean;
        durationMs: number;
        reason?: 'failed' | 'timeout' | 'interrupted';
        composeTail: string[];
        failing: ServiceDiagnosis[];
    };
    /** The pull phase: each image, its attempts and time (src/stack/pull.ts). */
    pull?: PullSection;
    /** The build phase: each service that builds, its time (src/stack/build.ts). */
    build?: BuildSection;
    /** After `up`: the published ports and, with `wait-for`, when each service was ready. */
    readiness?: ReadinessSection;
    /** Every service's log, kept before the teardown, and its upload as an artifact. */
    logs?: LogsSection;
    /** Set when main itself failed before or outside the start (bad input, daemon down). */
    mainError?: string;
    /** What the background monitor saw between main and post. */
    monitor?: MonitorReport;
    /** Why there are no (or only partial) monitor results: it could not start, was killed… */
    monitorProblems?: string[];
    policy?: PolicySection;
    lease?: LeaseSection;
    cleanup?: CleanupSection;
    teardown?: {
        durationMs: number;
        problems: string[];
        leftovers?: Leftovers;
        skipped?: string;
    };
    /** The fail-on conditions and which of them were met. */
    failOn?: {
        conditions: string[];
        met: string[];
    };
    /** History across runs (Actions cache): the baseline compared with, the image cache's choice. */
    history?: HistorySection;
    /** The daemon and Compose the run met. */
    engine?: {
        version: string;
        apiVersion: string;
        compose: string;
    };
    /**
     * Where the steps' time went: consecutive segments of the start (main) and the finish (post),
     * each summing to its step's wall time; parts that ran side by side are inside a segment.
     */
    timings?: {
        start: PhaseTiming[];
        finish?: PhaseTiming[];
    };
}
/** Wall time of one segment of a step (see src/app/pipeline/phase-clock.ts). */
export interface PhaseTiming {
    phase: string;
    ms: number;
    parts?: Record<string, number>;
}
/** Baseline and image cache, as main recalled them and post recorded them. */
export interface HistorySection {
    baseline?: {
        plan: BaselinePlan;
        recall: BaselineRecall;
        thresholds: RegressionThresholds;
        save?: BaselineSave;
    };
    imageCache?: {
        prep: ImageCachePrep;
        record?: ImageCacheRecord;
    };
}
export interface StackServiceInfo {
    service: string;
    image?: string;
    replicas: number;
    /** Per container, bytes. */
    memoryLimitBytes?: number;
    /** tmpfs mounts declared, with their size when one is set. */
    tmpfs: Array<{
        target: string;
        sizeBytes?: number;
    }>;
}
export interface StackSection {
    services: StackServiceInfo[];
    /** Each limit (which covers tmpfs and shm), or the floor of what an unlimited service declares; times replicas (src/compose/resources.ts). */
    reservationBytes: number;
    /** The sentence that says how the reservation is counted. */
    reservationModel?: string;
    unlimited: string[];
    unsizedTmpfs: string[];
}
/** The compose policy's findings for this stack (filled by the policy step). */
export interface PolicySection {
    findings: Finding[];
    /** Files that were checked, as the user gave them. */
    files: string[];
    mode: 'error' | 'warn' | 'off';
    counts: FindingCounts;
    /** Findings beyond the runner's 10 annotations per kind: listed only in the summary. */
    omitted?: FindingCounts;
    suppressed: SuppressedFinding[];
    injected: InjectedLimit[];
    standardised: HealthcheckChange[];
}
/** The cleanup sweep beyond `compose down` (filled by the cleanup step). */
export interface CleanupSection {
    removed: Array<{
        kind: string;
        name: string;
        why?: string;
    }>;
    /** What could not be removed, and why. */
    left: Array<{
        kind: string;
        name: string;
        why: string;
    }>;
    /** What the teardown left in place on purpose, and why (a volume that existed before this run and is not ours). */
    kept?: Array<{
        kind: string;
        name: string;
        why: string;
    }>;
    /** Leftovers of dead jobs swept on this daemon. */
    staleProjects?: Array<{
        project: string;
        removed: number;
    }>;
}
export declare function emptyReport(projectName: string, startedAtMs: number): RunReport;
/** report.json: the report with a schema tag, so consumers can tell versions apart. */
export declare const REPORT_SCHEMA = "docker-stability/report@1";
/** report.json's content; with a redactor, without the run's secret values. */
export declare function reportDocument(report: RunReport, redactor?: Pick<Redactor, 'redactJson'>): {
    schema: string;
} & RunReport;
