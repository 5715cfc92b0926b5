import { RULES, isRuleId } from './catalog.js';
import { compareFindings, countFindings, fingerprint, FINGERPRINT_VERSION, type Finding, type FindingCounts } from './finding.js';

// The accepted-findings file (`check --write-baseline FILE`, then `--baseline FILE` or the
// `policy-baseline` input): today's findings recorded by fingerprint, so a project can adopt the
// policy on an existing stack and fail only on what is new. Not to be confused with src/baseline/,
// the figures of earlier runs kept in the Actions cache.
//
// Security findings are recorded (so SARIF can say they are `unchanged`) but never turned into
// notes: the file comes from the repository, so a pull request that adds `privileged: true` could
// rewrite it in the same commit. Accepting one takes a reviewed, per-line decision — an inline
// `docker-stability-ignore` with a reason, or an exemption in the policy configuration.

export const ACCEPTED_FORMAT = 'docker-stability accepted findings';
const DOCUMENT_VERSION = 1;
/** Far above any real stack's findings; refuses what would only cost memory. */
const MAX_TEXT_LENGTH = 16 * 1024 * 1024;
const MAX_COUNT = 1_000_000;

export interface AcceptedEntry {
  fingerprint: string;
  /** How many findings share the fingerprint (one service may break one rule twice at one key). */
  count: number;
  /** For the reader of the file; matching uses the fingerprint alone. */
  rule: string;
  service: string;
  keyPath: string | null;
  file: string;
  message: string;
  security?: true;
}

export interface AcceptedFindings {
  entries: AcceptedEntry[];
}

/** A finding the file lists that no longer occurs (SARIF's `absent`). */
export type AbsentFinding = Omit<AcceptedEntry, 'security'>;

export interface AcceptedOutcome {
  /** Every finding, marked: accepted ones as notes, security ones kept as they were. Sorted. */
  findings: Finding[];
  counts: FindingCounts;
  /** Listed and turned into notes. */
  accepted: number;
  /** Listed but kept at their severity: security rules. */
  kept: number;
  /** Not listed: what the file does not excuse. */
  fresh: number;
  absent: AbsentFinding[];
}

/** Bad accepted-findings file: exit 2 in the CLI, a failed step in the action. */
export class AcceptedFindingsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n${problems.map((problem) => `  ${problem}`).join('\n')}`}`);
    this.name = 'AcceptedFindingsError';
  }
}

/** Rules tagged `security` in the catalog (and any added later): never silenced by the file. */
export function isSecurityRule(rule: string): boolean {
  return isRuleId(rule) && RULES[rule].tags.includes('security');
}

/** The file's text for today's findings: one entry per fingerprint, sorted, stable across runs. */
export function acceptedFindingsDocument(findings: Finding[]): string {
  const byPrint = new Map<string, AcceptedEntry>();
  for (const finding of [...findings].sort(compareFindings)) {
    const print = fingerprint(finding);
    const known = byPrint.get(print);
    if (known) {
      known.count += 1;
      continue;
    }
    byPrint.set(print, {
      fingerprint: print,
      count: 1,
      rule: finding.rule,
      service: finding.service,
      keyPath: finding.keyPath ?? null,
      file: finding.file,
      message: finding.message,
      ...(isSecurityRule(finding.rule) ? { security: true as const } : {}),
    });
  }
  const entries = [...byPrint.values()].sort(
    (a, b) => a.rule.localeCompare(b.rule) || a.service.localeCompare(b.service) || (a.keyPath ?? '').localeCompare(b.keyPath ?? '') || a.fingerprint.localeCompare(b.fingerprint),
  );
  const document = {
    format: ACCEPTED_FORMAT,
    version: DOCUMENT_VERSION,
    fingerprints: FINGERPRINT_VERSION,
    about:
      'Findings accepted when the compose policy was adopted. `docker-stability check --baseline <this file>` (action input policy-baseline) reports them as notes and fails only on new findings. Security findings are listed but never silenced. Rewrite with `docker-stability check --write-baseline <this file>`.',
    findings: entries,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Reads the file's text; every problem at once, naming the entry. Matching uses fingerprints only. */
export function parseAcceptedFindings(text: string, file: string): AcceptedFindings {
  if (text.length > MAX_TEXT_LENGTH) throw new AcceptedFindingsError(file, [`larger than ${MAX_TEXT_LENGTH / 1024 / 1024} MiB; not an accepted-findings file`]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AcceptedFindingsError(file, [`not JSON (${(error as Error).message}); write it with docker-stability check --write-baseline ${file}`]);
  }
  const document = parsed as { format?: unknown; version?: unknown; fingerprints?: unknown; findings?: unknown } | null;
  if (typeof document !== 'object' || document === null || document.format !== ACCEPTED_FORMAT) {
    throw new AcceptedFindingsError(file, [`not an accepted-findings file (no "format": "${ACCEPTED_FORMAT}"); write it with docker-stability check --write-baseline ${file}`]);
  }
  if (document.version !== DOCUMENT_VERSION) throw new AcceptedFindingsError(file, [`version ${String(document.version)} is not one this tool reads (${DOCUMENT_VERSION})`]);
  if (document.fingerprints !== FINGERPRINT_VERSION) {
    throw new AcceptedFindingsError(file, [`its fingerprints are version ${String(document.fingerprints)}, this tool's are ${FINGERPRINT_VERSION}: rewrite it with docker-stability check --write-baseline ${file}`]);
  }
  if (!Array.isArray(document.findings)) throw new AcceptedFindingsError(file, ['"findings" is not a list']);
  const problems: string[] = [];
  const entries: AcceptedEntry[] = [];
  document.findings.forEach((raw: unknown, index) => {
    const entry = raw as Partial<Record<keyof AcceptedEntry, unknown>> | null;
    const at = `findings[${index}]`;
    if (typeof entry !== 'object' || entry === null) return void problems.push(`${at}: not an object`);
    if (typeof entry.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(entry.fingerprint)) return void problems.push(`${at}: "fingerprint" is not 16 hex digits`);
    const count = entry.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) return void problems.push(`${at}: "count" is not a whole number from 1 to ${MAX_COUNT}`);
    const text = (value: unknown): string => (typeof value === 'string' ? value : '');
    entries.push({
      fingerprint: entry.fingerprint,
      count,
      rule: text(entry.rule),
      service: text(entry.service),
      keyPath: typeof entry.keyPath === 'string' ? entry.keyPath : null,
      file: text(entry.file),
      message: text(entry.message),
    });
  });
  if (problems.length > 0) throw new AcceptedFindingsError(file, problems.slice(0, 20));
  return { entries };
}

/**
 * Marks every finding new or unchanged. Unchanged ones become notes, unless their rule is a
 * security rule (judged by today's rule, never by what the file claims); entries left over are
 * absent. Several findings with one fingerprint are matched up to the entry's count, in order.
 */
export function applyAcceptedFindings(findings: Finding[], accepted: AcceptedFindings): AcceptedOutcome {
  const remaining = new Map<string, number>();
  for (const entry of accepted.entries) remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + entry.count);
  let acceptedCount = 0;
  let kept = 0;
  let fresh = 0;
  const marked = [...findings].sort(compareFindings).map((finding): Finding => {
    const print = fingerprint(finding);
    const left = remaining.get(print) ?? 0;
    if (left === 0) {
      fresh += 1;
      return { ...finding, baseline: { state: 'new', severity: finding.severity } };
    }
    remaining.set(print, left - 1);
    if (isSecurityRule(finding.rule)) {
      kept += 1;
      return { ...finding, baseline: { state: 'unchanged', severity: finding.severity, kept: true } };
    }
    acceptedCount += 1;
    return { ...finding, severity: 'note', baseline: { state: 'unchanged', severity: finding.severity } };
  });
  const absent: AbsentFinding[] = [];
  for (const entry of accepted.entries) {
    const left = remaining.get(entry.fingerprint) ?? 0;
    if (left === 0) continue;
    const count = Math.min(left, entry.count);
    remaining.set(entry.fingerprint, left - count);
    absent.push({ fingerprint: entry.fingerprint, count, rule: entry.rule, service: entry.service, keyPath: entry.keyPath, file: entry.file, message: entry.message });
  }
  const sorted = marked.sort(compareFindings);
  return { findings: sorted, counts: countFindings(sorted), accepted: acceptedCount, kept, fresh, absent };
}

/** One sentence for logs and summaries: what the file did. */
export function describeOutcome(outcome: Pick<AcceptedOutcome, 'accepted' | 'kept' | 'fresh' | 'absent'>, file: string): string {
  const absent = outcome.absent.reduce((sum, entry) => sum + entry.count, 0);
  const parts = [
    `${outcome.accepted} accepted in ${file} (reported as notes)`,
    `${outcome.fresh} new`,
    ...(outcome.kept > 0 ? [`${outcome.kept} security finding${outcome.kept === 1 ? '' : 's'} listed there but not silenced`] : []),
    ...(absent > 0 ? [`${absent} listed there no longer found (rewrite it with --write-baseline to drop ${absent === 1 ? 'it' : 'them'})`] : []),
  ];
  return `Baseline: ${parts.join('; ')}.`;
}
