export interface Suppressions {
    /** 1-based line → rule → reason. */
    byLine: Map<number, Map<string, string>>;
    /** Malformed directives, with their line. */
    problems: Array<{
        line: number;
        message: string;
    }>;
}
export declare function scanSuppressions(text: string): Suppressions;
