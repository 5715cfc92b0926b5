import type { AbsentFinding } from '../accepted-findings.js';
import type { SuppressedFinding } from '../evaluate.js';
import { type Finding, type FindingCounts } from '../finding.js';
export interface JsonBaseline {
    file: string;
    accepted: number;
    kept: number;
    fresh: number;
    absent: AbsentFinding[];
}
export declare function formatJson(findings: Finding[], counts: FindingCounts, options?: {
    baseline?: JsonBaseline;
    suppressed?: SuppressedFinding[];
}): string;
/** The document printed when the check could not run: the reason and the exit code. */
export declare function formatJsonError(message: string, exitCode: number): string;
