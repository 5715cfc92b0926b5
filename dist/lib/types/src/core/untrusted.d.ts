/** Blanked values read as this, in logs, summaries and files. */
export declare const REDACTED = "***";
/** Lines of any text, split at every line break a reader may act on. */
export declare function splitLines(text: string): string[];
/** One line: line breaks become spaces (group titles, table cells, inline markdown). */
export declare function oneLine(text: string): string;
/**
 * A line that cannot be a workflow command: `::` at its start (after invisible characters) has
 * its first colon written as %3A, and every `##[` becomes `##%5B` — the runner's own escapes,
 * so a reader still sees what the container printed. Unsafe control characters become U+FFFD.
 */
export declare function inertLine(line: string): string;
/** Multi-line text as inert lines joined by LF. */
export declare function inertText(text: string): string;
/** Whether a line, as the runner reads it, would be taken for a command (v2 or legacy form). */
export declare function looksLikeCommand(line: string): boolean;
/**
 * A token for one stop-commands block: random (the caller's source of randomness), never derived
 * from the content, and drawn again in the unlikely case the content holds it.
 */
export declare function stopToken(random: () => string, content: readonly string[]): string;
/**
 * Lines shown verbatim inside `::stop-commands::TOKEN` … `::TOKEN::`: the runner obeys nothing
 * in between. Inside, lines keep a leading `::` (that is what the block is for), but `##[` is
 * still rewritten — the log viewer formats such lines itself — and unsafe controls replaced.
 */
export declare function stopCommandsBlock(lines: readonly string[], token: string): string[];
/** Shorter values ("1", "db", "yes") are too common to be secrets and would blank out words. */
export declare const MIN_SECRET_LENGTH = 4;
/**
 * The secret values a run knows, blanked wherever text leaves the process. Each value is also
 * looked for as the encodings our outputs give it (JSON strings, HTML, markdown), so a summary
 * or a report file is redacted even where the value was escaped before it was written, and each
 * line of a multi-line value is a value of its own (a log prints one line at a time).
 */
export declare class Redactor {
    private readonly onMask?;
    private readonly known;
    private patterns;
    /** onMask: told of the values the runner itself should mask too (see add). */
    constructor(onMask?: ((value: string) => void) | undefined);
    /** Adds values (shorter than MIN_SECRET_LENGTH are ignored); maskInRunner also tells onMask. */
    add(values: Iterable<string>, options?: {
        maskInRunner?: boolean;
    }): void;
    /** The values added so far (for a process that must redact the same, such as the monitor). */
    values(): string[];
    redact(text: string): string;
    /** A copy of a JSON-like value with every string (keys too) redacted. */
    redactJson<T>(value: T): T;
}
/** HTML's special characters as entities (inside HTML blocks such as `<summary>`). */
export declare function escapeHtml(text: string): string;
/**
 * Untrusted text as one line of markdown that renders as exactly that text: HTML's characters as
 * entities; emphasis (`_` only where it could open or close one), code, links and images,
 * strikethrough, math and table pipes backslash-escaped; autolinks (`://`, `www.`, e-mail and
 * mentions' `@`) broken by an escape; a heading or list marker at its start escaped; line
 * breaks as spaces. Plain words, paths and
 * numbers stay as they are, so the raw markdown stays readable.
 */
export declare function escapeMarkdown(text: string): string;
/** A fenced code block whose fence is longer than any backtick run inside. */
export declare function fence(text: string, language?: string): string;
/** Inline code whose delimiters are longer than any backtick run inside. */
export declare function inlineCode(text: string): string;
