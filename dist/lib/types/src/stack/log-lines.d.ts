export type LinePredicate = (line: string) => boolean;
/**
 * Compiles a log pattern with RE2. re2js is loaded only when a log probe exists (it is a quarter
 * of a megabyte of JavaScript that most runs never need).
 */
export declare function compileLogPattern(pattern: string): Promise<LinePredicate | {
    error: string;
}>;
/**
 * Cuts the chunks of a log stream into lines, per stream (stdout and stderr interleave at any
 * point), and asks the predicate about each; a line longer than LOG_MATCH_CHARS is asked about
 * its start only and the rest is skipped without being kept.
 */
export declare class LineMatcher {
    private readonly matches;
    private readonly pending;
    private readonly skipping;
    lines: number;
    constructor(matches: LinePredicate);
    /** True as soon as a complete (or long enough) line matches. */
    push(stream: 'stdout' | 'stderr', text: string): boolean;
    /** The end of the stream: a last line without its newline is asked about too. */
    end(): boolean;
    private ask;
}
