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
    /**
     * What in the service the finding is about, as the rule asked for it: `healthcheck.interval`,
     * `environment.JAVA_OPTS`, `volumes[#1a2b3c4d]` (a list entry, by a hash of what is written),
     * '' for the service itself, `(stack)` for stack-wide findings. Undefined when unknown (workflow
     * findings). Never a line number: it is what makes a fingerprint survive edits.
     */
    keyPath?: string;
    /** Set when an accepted-findings file (`--baseline`, `policy-baseline`) was applied. */
    baseline?: BaselineMark;
}
export interface BaselineMark {
    /** SARIF's baselineState: `unchanged` when the accepted-findings file lists it, else `new`. */
    state: 'new' | 'unchanged';
    /** The severity the rules gave it; the finding's own severity is `note` when it was accepted. */
    severity: Severity;
    /** True when the file lists it but it was not turned into a note (security rules never are). */
    kept?: boolean;
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
/** Bumped when what goes into a fingerprint changes: files written by another version stop matching, visibly. */
export declare const FINGERPRINT_VERSION = 1;
/**
 * A finding's identity across edits: the rule, the service and the key path — not the line, the
 * column, the file or the wording, which move when someone adds a service above or the message
 * gains a number. Where no key path is known, the message stands in with its numbers and
 * `file:line` references taken out (and the file, for findings of no service: workflow files).
 * 16 hex digits of SHA-256: collisions among a stack's few hundred findings are not a concern.
 */
export declare function fingerprint(finding: Pick<Finding, 'rule' | 'service' | 'file' | 'message' | 'keyPath'>): string;
/** The message without what changes on unrelated edits: `file:line` references and numbers. */
export declare function stableWording(message: string): string;
