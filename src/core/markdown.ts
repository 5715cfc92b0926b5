// Small markdown builders for job summaries; cells are escaped so a pipe or newline in a
// service name or message cannot break a table.

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function table(headers: string[], rows: Array<Array<string | number>>, align?: Array<'left' | 'right'>): string {
  const line = (cells: Array<string | number>): string => `| ${cells.map((cell) => escapeCell(String(cell))).join(' | ')} |`;
  const rule = `| ${headers.map((_, index) => (align?.[index] === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** A fenced block whose fence is longer than any backtick run inside (log lines may hold ```). */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(2, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

export function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
