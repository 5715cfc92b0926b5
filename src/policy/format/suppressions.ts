import { inline, md, table, type Cell } from '../../core/markdown.js';
import type { SuppressedFinding } from '../evaluate.js';
import { formatLocation } from './text.js';

// The summary's account of suppressions: what was suppressed, by whom (a comment in the compose
// file, the policy file, the workflow's policy-allow input) and why; and what the checked-out
// tree tried to suppress but may not — those findings stand, and the table says why.

/** Rows shown per table; report.json and SARIF keep every one. */
export const SUPPRESSION_ROWS = 50;

/** Who suppressed it, as a table cell: the file (a pull request's path) escaped, our words not. */
export function suppressionOrigin(entry: SuppressedFinding): Cell {
  const at = entry.file ? inline(`${entry.file}${entry.line ? `:${entry.line}` : ''}`) : '';
  if (entry.source === 'inline') return md(`comment in the compose file (${at})`);
  if (entry.source === 'config') return md(`policy file${at ? ` (${at})` : ''}`);
  return md('workflow input `policy-allow`');
}

/** The sentence under a table that was cut, or '' when it shows every entry. */
function overflow(count: number): string {
  return count > SUPPRESSION_ROWS ? `${count - SUPPRESSION_ROWS} more are in report.json and the SARIF file.` : '';
}

/** Markdown for the suppressions (empty when there are none). */
export function suppressionsMarkdown(suppressed: SuppressedFinding[]): string {
  const parts: string[] = [];
  const accepted = suppressed.filter((entry) => !entry.refused);
  const refused = suppressed.filter((entry) => entry.refused);
  if (accepted.length > 0) {
    const allowed = [...new Set(accepted.filter((entry) => entry.source === 'input').map((entry) => entry.finding.rule))];
    parts.push(
      [
        `**Suppressed** (${accepted.length}): not counted, listed here and in SARIF with their reason.`,
        ...(allowed.length > 0 ? [`The workflow's \`policy-allow\` input allows ${allowed.map((rule) => `\`${rule}\``).join(', ')}.`] : []),
      ].join(' '),
      table(
        ['Rule', 'Service', 'Where', 'Suppressed by', 'Reason'],
        accepted.slice(0, SUPPRESSION_ROWS).map((entry) => [entry.finding.rule, entry.finding.service || '—', formatLocation(entry.finding), suppressionOrigin(entry), entry.reason || '(none given)']),
      ),
    );
    if (overflow(accepted.length)) parts.push(overflow(accepted.length));
  }
  if (refused.length > 0) {
    parts.push(
      `**Suppressions refused** (${refused.length}): these findings stand.`,
      table(
        ['Rule', 'Service', 'Where', 'Attempted by', 'Reason given', 'Refused because'],
        refused.slice(0, SUPPRESSION_ROWS).map((entry) => [
          entry.finding.rule,
          entry.finding.service || '—',
          formatLocation(entry.finding),
          suppressionOrigin(entry),
          entry.reason || '(none given)',
          entry.refused!,
        ]),
      ),
    );
    if (overflow(refused.length)) parts.push(overflow(refused.length));
  }
  return parts.join('\n\n');
}
