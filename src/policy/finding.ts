// A policy finding: what the compose-file (and workflow) rules report. Shared by the rules, the
// SARIF/JSON/text formatters, annotations and the job summary.

export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  /** Rule id, e.g. 'memory-limit'. */
  rule: string;
  severity: Severity;
  /** The service the finding applies to ('' for stack-wide findings). */
  service: string;
  /** The file as the user gave it (relative to where they ran the check). */
  file: string;
  /** 1-based line and column of the value responsible; 0 when no position is known. */
  line: number;
  column: number;
  /** What, why it matters, how to fix — one or two sentences. Never contains env values. */
  message: string;
}

export interface FindingCounts {
  error: number;
  warning: number;
  note: number;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Most severe first, then by file, line, column and rule: a stable order for every output. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule)
  );
}
