import type { SuppressedFinding } from '../evaluate.js';
import { type AcceptedFindings, type AcceptedOutcome } from '../accepted-findings.js';
import { type Finding, type FindingCounts } from '../finding.js';
export declare const REPORT_FORMATS: readonly ["text", "json", "sarif", "github"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export interface ReportOptions {
    format: ReportFormat;
    /** Text only: one line per finding instead of groups. */
    verbose?: boolean;
    /** Text only: the columns to fit. */
    width?: number;
    toolVersion: string;
    /** The accepted-findings file to apply, as the user named it and as parsed. */
    baseline?: {
        file: string;
        accepted: AcceptedFindings;
    };
    /** What suppressions did (and which the tree was refused). */
    suppressed?: SuppressedFinding[];
}
export interface PolicyReport {
    text: string;
    /** The findings as reported: marked, and accepted ones turned into notes. */
    findings: Finding[];
    counts: FindingCounts;
    /** What the accepted-findings file did, when one was applied. */
    outcome?: AcceptedOutcome;
}
export declare function renderPolicyReport(findings: Finding[], options: ReportOptions): PolicyReport;
/**
 * What a machine-readable format prints when the check could not run, so that stdout (or the
 * report file) always holds a document: JSON with an `error` member, SARIF with a failed
 * invocation. Undefined for the formats people read, where the reason goes to stderr alone.
 */
export declare function renderPolicyFailure(format: ReportFormat, message: string, exitCode: number, toolVersion: string): string | undefined;
