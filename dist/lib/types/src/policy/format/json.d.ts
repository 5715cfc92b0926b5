import type { Finding, FindingCounts } from '../finding.js';
export declare function formatJson(findings: Finding[], counts: FindingCounts): string;
