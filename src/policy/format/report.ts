import type { SuppressedFinding } from '../evaluate.js';
import { applyAcceptedFindings, type AcceptedFindings, type AcceptedOutcome } from '../accepted-findings.js';
import { compareFindings, countFindings, type Finding, type FindingCounts } from '../finding.js';
import { formatGithub } from './github.js';
import { formatGrouped } from './grouped.js';
import { formatJson, formatJsonError } from './json.js';
import { formatSarif, formatSarifFailure } from './sarif.js';
import { formatText } from './text.js';

// One report in the chosen format, with the accepted-findings file applied: what `check` prints
// or writes. Pure; the command does the reading and writing.

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  format: ReportFormat;
  /** Text only: one line per finding instead of groups. */
  verbose?: boolean;
  /** Text only: the columns to fit. */
  width?: number;
  toolVersion: string;
  /** The accepted-findings file to apply, as the user named it and as parsed. */
  baseline?: { file: string; accepted: AcceptedFindings };
  /** What suppressions did (and which the tree was refused). */
  suppressed?: SuppressedFinding[];
}

export interface PolicyReport {
  text: string;
  /** The findings as reported: marked, and accepted ones turned into notes. */
  findings: Finding[];
  counts: FindingCounts;
  /** What the accepted-findings file did, when one was applied. */
  outcome?: AcceptedOutcome;
}

export function renderPolicyReport(findings: Finding[], options: ReportOptions): PolicyReport {
  const suppressed = options.suppressed ?? [];
  const outcome = options.baseline ? applyAcceptedFindings(findings, options.baseline.accepted) : undefined;
  const reported = outcome ? outcome.findings : [...findings].sort(compareFindings);
  const counts = outcome ? outcome.counts : countFindings(reported);
  const file = options.baseline?.file;
  const text = (() => {
    switch (options.format) {
      case 'json':
        return formatJson(reported, counts, { ...(outcome && file ? { baseline: { file, accepted: outcome.accepted, kept: outcome.kept, fresh: outcome.fresh, absent: outcome.absent } } : {}), suppressed });
      case 'sarif':
        return formatSarif(reported, { toolVersion: options.toolVersion, ...(outcome && file ? { baseline: { file, absent: outcome.absent } } : {}) }, suppressed);
      case 'github':
        return formatGithub(reported);
      case 'text':
        return options.verbose ? formatText(reported, counts, suppressed) : formatGrouped(reported, counts, { width: options.width, baselineFile: file, absent: outcome?.absent, suppressed });
    }
  })();
  return { text, findings: reported, counts, outcome };
}

/**
 * What a machine-readable format prints when the check could not run, so that stdout (or the
 * report file) always holds a document: JSON with an `error` member, SARIF with a failed
 * invocation. Undefined for the formats people read, where the reason goes to stderr alone.
 */
export function renderPolicyFailure(format: ReportFormat, message: string, exitCode: number, toolVersion: string): string | undefined {
  if (format === 'json') return formatJsonError(message, exitCode);
  if (format === 'sarif') return formatSarifFailure(message, exitCode, { toolVersion });
  return undefined;
}
