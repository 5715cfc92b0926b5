import type { Finding, FindingCounts } from '../finding.js';
export declare function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string;
export declare function formatCounts(counts: FindingCounts): string;
export declare function formatText(findings: Finding[], counts: FindingCounts): string;
/** What an applied accepted-findings file made of a finding, for the end of its line. */
export declare function baselineTag(finding: Finding): string;
