import type { Finding, FindingCounts } from '../finding.js';
export declare function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string;
export declare function formatCounts(counts: FindingCounts): string;
export declare function formatText(findings: Finding[], counts: FindingCounts): string;
