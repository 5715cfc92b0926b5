import { createHash } from 'node:crypto';

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
  /**
   * What in the service the finding is about, as the rule asked for it: `healthcheck.interval`,
   * `environment.JAVA_OPTS`, `volumes[#1a2b3c4d]` (a list entry, by a hash of what is written),
   * '' for the service itself, `(stack)` for stack-wide findings. Undefined when unknown (workflow
   * findings). Never a line number: it is what makes a fingerprint survive edits.
   */
  keyPath?: string;
  /** Set when an accepted-findings file (`--baseline`, `policy-baseline`) was applied. */
  baseline?: BaselineMark;
}

export interface BaselineMark {
  /** SARIF's baselineState: `unchanged` when the accepted-findings file lists it, else `new`. */
  state: 'new' | 'unchanged';
  /** The severity the rules gave it; the finding's own severity is `note` when it was accepted. */
  severity: Severity;
  /** True when the file lists it but it was not turned into a note (security rules never are). */
  kept?: boolean;
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

/** Bumped when what goes into a fingerprint changes: files written by another version stop matching, visibly. */
export const FINGERPRINT_VERSION = 1;

/**
 * A finding's identity across edits: the rule, the service and the key path — not the line, the
 * column, the file or the wording, which move when someone adds a service above or the message
 * gains a number. Where no key path is known, the message stands in with its numbers and
 * `file:line` references taken out (and the file, for findings of no service: workflow files).
 * 16 hex digits of SHA-256: collisions among a stack's few hundred findings are not a concern.
 */
export function fingerprint(finding: Pick<Finding, 'rule' | 'service' | 'file' | 'message' | 'keyPath'>): string {
  const where = finding.keyPath ?? `~${stableWording(finding.message)}${finding.service ? '' : `@${finding.file}`}`;
  return createHash('sha256').update([`v${FINGERPRINT_VERSION}`, finding.rule, finding.service, where].join('\0')).digest('hex').slice(0, 16);
}

/** The message without what changes on unrelated edits: `file:line` references and numbers. */
export function stableWording(message: string): string {
  return message
    .replace(/[\w./-]+:\d+(?::\d+)?/g, '')
    .replace(/\d+(?:\.\d+)?/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}
