/** A line longer than this is cut (a TTY's raw output may have no line breaks at all). */
export declare const MAX_LINE_CHARS: number;
/** Whole lines, newest last, at most `maxBytes` of them (UTF-8, newlines included). */
export declare class LogTail {
    private readonly maxBytes;
    private lines;
    private head;
    private bytes;
    /** Lines (and their bytes) that were dropped to stay within the bound. */
    droppedLines: number;
    droppedBytes: number;
    constructor(maxBytes: number);
    add(line: string): void;
    kept(): string[];
    get keptBytes(): number;
}
/**
 * Cuts a stream's chunks into lines; a line longer than MAX_LINE_CHARS is cut there, with how
 * much was left out, and the rest of it skipped without being kept.
 */
export declare class LineSplitter {
    private readonly onLine;
    private pending;
    private skipped;
    constructor(onLine: (line: string) => void);
    push(text: string): void;
    end(): void;
    private flush;
}
