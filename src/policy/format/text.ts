import type { SuppressedFinding } from '../evaluate.js';
import type { Finding, FindingCounts } from '../finding.js';

// `--format text --verbose`: one line per finding, as compilers print them, then the counts.
// (The default text groups them: grouped.ts.)

export function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${finding.file}${finding.line > 0 ? `:${finding.line}${finding.column > 0 ? `:${finding.column}` : ''}` : ''}`;
}

export function formatCounts(counts: FindingCounts): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}

/** One line per suppression: what it suppressed, by whom, why — or why it was refused. */
export function suppressionLine({ finding, source, file, line, reason, refused }: SuppressedFinding): string {
  const by = source === 'input' ? 'the policy-allow input' : `${source === 'inline' ? 'a comment' : 'the policy file'}${file ? ` at ${file}${line ? `:${line}` : ''}` : ''}`;
  const subject = `${finding.rule}${finding.service ? ` [${finding.service}]` : ''}`;
  return refused
    ? `${formatLocation(finding)}: refused suppression of ${subject} by ${by}: ${refused}`
    : `${formatLocation(finding)}: suppressed ${subject} by ${by}: ${reason || '(no reason given)'}`;
}

export function formatText(findings: Finding[], counts: FindingCounts, suppressed: SuppressedFinding[] = []): string {
  const lines = findings.map(
    (finding) => `${formatLocation(finding)}: ${finding.severity} ${finding.rule}${finding.service ? ` [${finding.service}]` : ''}: ${finding.message}${baselineTag(finding)}`,
  );
  lines.push(...suppressed.map(suppressionLine));
  lines.push(findings.length === 0 ? 'No policy findings.' : formatCounts(counts));
  return `${lines.join('\n')}\n`;
}

/** What an applied accepted-findings file made of a finding, for the end of its line. */
export function baselineTag(finding: Finding): string {
  const mark = finding.baseline;
  if (!mark) return '';
  if (mark.state === 'new') return ' (new)';
  return mark.kept ? ' (in the baseline; security findings are not silenced)' : ` (accepted in the baseline; was ${mark.severity})`;
}
