import { type Finding, type FindingCounts } from './finding.js';
export declare const ACCEPTED_FORMAT = "docker-stability accepted findings";
export interface AcceptedEntry {
    fingerprint: string;
    /** How many findings share the fingerprint (one service may break one rule twice at one key). */
    count: number;
    /** For the reader of the file; matching uses the fingerprint alone. */
    rule: string;
    service: string;
    keyPath: string | null;
    file: string;
    message: string;
    security?: true;
}
export interface AcceptedFindings {
    entries: AcceptedEntry[];
}
/** A finding the file lists that no longer occurs (SARIF's `absent`). */
export type AbsentFinding = Omit<AcceptedEntry, 'security'>;
export interface AcceptedOutcome {
    /** Every finding, marked: accepted ones as notes, security ones kept as they were. Sorted. */
    findings: Finding[];
    counts: FindingCounts;
    /** Listed and turned into notes. */
    accepted: number;
    /** Listed but kept at their severity: security rules. */
    kept: number;
    /** Not listed: what the file does not excuse. */
    fresh: number;
    absent: AbsentFinding[];
}
/** Bad accepted-findings file: exit 2 in the CLI, a failed step in the action. */
export declare class AcceptedFindingsError extends Error {
    readonly file: string;
    readonly problems: string[];
    constructor(file: string, problems: string[]);
}
/** Rules tagged `security` in the catalog (and any added later): never silenced by the file. */
export declare function isSecurityRule(rule: string): boolean;
/** The file's text for today's findings: one entry per fingerprint, sorted, stable across runs. */
export declare function acceptedFindingsDocument(findings: Finding[]): string;
/** Reads the file's text; every problem at once, naming the entry. Matching uses fingerprints only. */
export declare function parseAcceptedFindings(text: string, file: string): AcceptedFindings;
/**
 * Marks every finding new or unchanged. Unchanged ones become notes, unless their rule is a
 * security rule (judged by today's rule, never by what the file claims); entries left over are
 * absent. Several findings with one fingerprint are matched up to the entry's count, in order.
 */
export declare function applyAcceptedFindings(findings: Finding[], accepted: AcceptedFindings): AcceptedOutcome;
/** One sentence for logs and summaries: what the file did. */
export declare function describeOutcome(outcome: Pick<AcceptedOutcome, 'accepted' | 'kept' | 'fresh' | 'absent'>, file: string): string;
