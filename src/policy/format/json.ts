import type { SuppressedFinding } from '../evaluate.js';
import type { Finding, FindingCounts } from '../finding.js';

// `--format json`: exactly the finding fields, the counts, and every suppression (the finding,
// where the suppression is written, its reason, and why it was refused if it was); nothing from
// the model.

const fields = ({ rule, severity, service, file, line, column, message }: Finding): Finding => ({ rule, severity, service, file, line, column, message });

export function formatJson(findings: Finding[], counts: FindingCounts, suppressed: SuppressedFinding[] = []): string {
  const report = {
    findings: findings.map(fields),
    counts: { error: counts.error, warning: counts.warning, note: counts.note },
    suppressed: suppressed.map((entry) => ({
      finding: fields(entry.finding),
      source: entry.source,
      ...(entry.file ? { file: entry.file } : {}),
      ...(entry.line ? { line: entry.line } : {}),
      reason: entry.reason,
      ...(entry.refused ? { refused: entry.refused } : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
