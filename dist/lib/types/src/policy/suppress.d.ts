/** A directive as written: its own line and reason ('' when it gives none). */
export interface Directive {
    line: number;
    reason: string;
}
export interface Suppressions {
    /** 1-based line covered → rule → the directive covering it. */
    byLine: Map<number, Map<string, Directive>>;
    /** Directives that name a rule but give no reason, with their line and rules. */
    unexplained: Array<{
        line: number;
        rules: string[];
    }>;
    /** Malformed directives, with their line. */
    problems: Array<{
        line: number;
        message: string;
    }>;
}
export declare function scanSuppressions(text: string): Suppressions;
