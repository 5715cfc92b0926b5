import type { SuppressedFinding } from '../evaluate.js';
import type { Finding, FindingCounts } from '../finding.js';
export declare function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string;
export declare function formatCounts(counts: FindingCounts): string;
/** One line per suppression: what it suppressed, by whom, why — or why it was refused. */
export declare function suppressionLine({ finding, source, file, line, reason, refused }: SuppressedFinding): string;
export declare function formatText(findings: Finding[], counts: FindingCounts, suppressed?: SuppressedFinding[]): string;
/** What an applied accepted-findings file made of a finding, for the end of its line. */
export declare function baselineTag(finding: Finding): string;
