import { type Finding, type FindingCounts } from '../finding.js';
import type { AbsentFinding } from '../accepted-findings.js';
import type { SuppressedFinding } from '../evaluate.js';
export interface GroupedOptions {
    /** Columns to fit; the terminal's, clamped to 80–120, else 100. */
    width?: number;
    /** The accepted-findings file applied, for the lines that say what it did. */
    baselineFile?: string;
    absent?: AbsentFinding[];
    /** Suppressed findings (and refused suppressions): said once each, after the groups. */
    suppressed?: SuppressedFinding[];
}
export declare const DEFAULT_WIDTH = 100;
/** The terminal's width clamped to what stays readable; 100 when not a terminal. */
export declare function textWidth(columns: number | undefined): number;
/**
 * What a message says before its why: "Service api has no memory limit" — up to the first
 * colon, dash, ", so" or full stop. A colon that only introduces a value ("network_mode: host,")
 * is not a cut.
 */
export declare function headline(message: string): string;
/** A rule's help split into why (its first sentence) and how to fix (the rest). */
export declare function whyAndFix(rule: string): {
    why?: string;
    fix: string;
} | undefined;
export declare function formatGrouped(findings: Finding[], counts: FindingCounts, options?: GroupedOptions): string;
