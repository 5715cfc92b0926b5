import type { InjectedLimit } from '../../compose/override.js';
import type { SuppressedFinding } from '../evaluate.js';
import type { Finding, FindingCounts } from '../finding.js';
export interface PolicySummaryInput {
    findings: Finding[];
    counts: FindingCounts;
    suppressed: SuppressedFinding[];
    injected: InjectedLimit[];
    /** Findings not shown as annotations (from pickAnnotations). */
    omitted?: FindingCounts;
    /** The `policy` input: whether error findings fail the step. */
    mode: 'error' | 'warn';
}
export declare function policySummaryMarkdown(input: PolicySummaryInput): string;
