import type { AbsentFinding } from '../accepted-findings.js';
import type { SuppressedFinding } from '../evaluate.js';
import { fingerprint, type Finding, type FindingCounts } from '../finding.js';

// `--format json`: the finding fields, each finding's fingerprint and key path, the counts, what
// an accepted-findings file made of them, and every suppression (the finding, where the
// suppression is written, its reason, and why it was refused if it was); nothing from the model.
// A check that could not
// run prints `{"error": {...}}` instead, so a consumer never reads an empty stdout as "clean".

export interface JsonBaseline {
  file: string;
  accepted: number;
  kept: number;
  fresh: number;
  absent: AbsentFinding[];
}

export function formatJson(findings: Finding[], counts: FindingCounts, options: { baseline?: JsonBaseline; suppressed?: SuppressedFinding[] } = {}): string {
  const { baseline, suppressed = [] } = options;
  const fields = ({ rule, severity, service, file, line, column, message }: Finding) => ({ rule, severity, service, file, line, column, message });
  const report = {
    findings: findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      service: finding.service,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      message: finding.message,
      fingerprint: fingerprint(finding),
      keyPath: finding.keyPath ?? null,
      ...(finding.baseline
        ? { baselineState: finding.baseline.state, ...(finding.baseline.state === 'unchanged' ? { acceptedSeverity: finding.baseline.severity, silenced: !finding.baseline.kept } : {}) }
        : {}),
    })),
    counts: { error: counts.error, warning: counts.warning, note: counts.note },
    ...(baseline
      ? { baseline: { file: baseline.file, accepted: baseline.accepted, keptSecurity: baseline.kept, new: baseline.fresh, absent: baseline.absent } }
      : {}),
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

/** The document printed when the check could not run: the reason and the exit code. */
export function formatJsonError(message: string, exitCode: number): string {
  return `${JSON.stringify({ error: { message, exitCode } }, null, 2)}\n`;
}
