export type Severity = 'error' | 'warning' | 'note';
export interface Finding {
    /** Rule id, e.g. 'memory-limit'. */
    rule: string;
    severity: Severity;
    /** The service the finding applies to ('' for stack-wide findings). */
    service: string;
    /** The file as the user gave it (relative to where they ran the check). */
    file: string;
    /** 1-based line and column of the value responsible; 0 when no position is known. */
    line: number;
    column: number;
    /** What, why it matters, how to fix — one or two sentences. Never contains env values. */
    message: string;
}
export interface FindingCounts {
    error: number;
    warning: number;
    note: number;
}
export declare const SEVERITY_ORDER: Record<Severity, number>;
export declare function countFindings(findings: Finding[]): FindingCounts;
/** Most severe first, then by file, line, column and rule: a stable order for every output. */
export declare function compareFindings(a: Finding, b: Finding): number;
