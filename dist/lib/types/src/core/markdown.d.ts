export { escapeHtml, escapeMarkdown as inline, inlineCode as code } from './untrusted.js';
/** Markdown this product wrote itself, kept as it is in a table cell. */
export interface TrustedMarkdown {
    readonly markdown: string;
}
export declare function md(markdown: string): TrustedMarkdown;
export type Cell = string | number | TrustedMarkdown;
/** A table cell: untrusted text escaped, lines joined with <br> (the only HTML we write). */
export declare function escapeCell(text: string): string;
export declare function table(headers: Cell[], rows: Cell[][], align?: Array<'left' | 'right'>): string;
/** A fenced code block whose fence is longer than any backtick run inside (log lines may hold ```). */
export declare function codeBlock(text: string, language?: string): string;
/** A collapsed section: the summary line is untrusted text (HTML-escaped, on one line). */
export declare function details(summary: string, body: string): string;
