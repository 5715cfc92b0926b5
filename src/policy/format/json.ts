import type { Finding, FindingCounts } from '../finding.js';

// `--format json`: exactly the finding fields and the counts, nothing from the model.

export function formatJson(findings: Finding[], counts: FindingCounts): string {
  const report = {
    findings: findings.map(({ rule, severity, service, file, line, column, message }) => ({ rule, severity, service, file, line, column, message })),
    counts: { error: counts.error, warning: counts.warning, note: counts.note },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
