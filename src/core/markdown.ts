import { escapeHtml, escapeMarkdown, fence, oneLine, splitLines } from './untrusted.js';

// Small markdown builders for job summaries. Everything given as a plain string is untrusted
// text and is escaped (src/core/untrusted.ts): a service name, an image, a message or a log line
// renders as itself — no HTML, no links, no broken table. Markdown we write ourselves (bold,
// code) is passed as md(...) and kept.

export { escapeHtml, escapeMarkdown as inline, inlineCode as code } from './untrusted.js';

/** Markdown this product wrote itself, kept as it is in a table cell. */
export interface TrustedMarkdown {
  readonly markdown: string;
}

export function md(markdown: string): TrustedMarkdown {
  return { markdown };
}

export type Cell = string | number | TrustedMarkdown;

/** A table cell: untrusted text escaped, lines joined with <br> (the only HTML we write). */
export function escapeCell(text: string): string {
  return splitLines(text).map(escapeMarkdown).join('<br>');
}

function cellText(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return escapeCell(cell);
  // Our own markdown still may not break the row.
  return splitLines(cell.markdown).join('<br>').replace(/(?<!\\)\|/g, '\\|');
}

export function table(headers: Cell[], rows: Cell[][], align?: Array<'left' | 'right'>): string {
  const line = (cells: Cell[]): string => `| ${cells.map(cellText).join(' | ')} |`;
  const rule = `| ${headers.map((_, index) => (align?.[index] === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** A fenced code block whose fence is longer than any backtick run inside (log lines may hold ```). */
export function codeBlock(text: string, language = ''): string {
  return fence(text, language);
}

/** A collapsed section: the summary line is untrusted text (HTML-escaped, on one line). */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(oneLine(summary))}</summary>\n\n${body}\n\n</details>`;
}
