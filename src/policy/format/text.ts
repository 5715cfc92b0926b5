import type { SuppressedFinding } from '../evaluate.js';
import type { Finding, FindingCounts } from '../finding.js';

// The CLI's default output: one line per finding, as compilers print them, then the counts.

export function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${finding.file}${finding.line > 0 ? `:${finding.line}${finding.column > 0 ? `:${finding.column}` : ''}` : ''}`;
}

export function formatCounts(counts: FindingCounts): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}

function suppressionLine({ finding, source, file, line, reason, refused }: SuppressedFinding): string {
  const by = source === 'input' ? 'the policy-allow input' : `${source === 'inline' ? 'a comment' : 'the policy file'}${file ? ` at ${file}${line ? `:${line}` : ''}` : ''}`;
  const subject = `${finding.rule}${finding.service ? ` [${finding.service}]` : ''}`;
  return refused
    ? `${formatLocation(finding)}: refused suppression of ${subject} by ${by}: ${refused}`
    : `${formatLocation(finding)}: suppressed ${subject} by ${by}: ${reason || '(no reason given)'}`;
}

export function formatText(findings: Finding[], counts: FindingCounts, suppressed: SuppressedFinding[] = []): string {
  const lines = findings.map(
    (finding) => `${formatLocation(finding)}: ${finding.severity} ${finding.rule}${finding.service ? ` [${finding.service}]` : ''}: ${finding.message}`,
  );
  lines.push(...suppressed.map(suppressionLine));
  lines.push(findings.length === 0 ? 'No policy findings.' : formatCounts(counts));
  return `${lines.join('\n')}\n`;
}
