import type { InjectedLimit } from '../../compose/override.js';
import { table } from '../../core/markdown.js';
import { formatBytes } from '../../core/units.js';
import type { SuppressedFinding } from '../evaluate.js';
import type { Finding, FindingCounts } from '../finding.js';
import { suppressionsMarkdown } from './suppressions.js';
import { formatCounts, formatLocation } from './text.js';

// The job summary's policy section: every finding in one table (annotations are capped by the
// runner, the summary is not), what remediation injected, and what was suppressed, by whom and
// why — or refused (suppressions.ts).

export interface PolicySummaryInput {
  findings: Finding[];
  counts: FindingCounts;
  suppressed: SuppressedFinding[];
  injected: InjectedLimit[];
  /** Findings not shown as annotations (from pickAnnotations). */
  omitted?: FindingCounts;
  /** The `policy` input: whether error findings fail the step. */
  mode: 'error' | 'warn';
}

const ICON: Record<Finding['severity'], string> = { error: '🔴 error', warning: '🟡 warning', note: '🔵 note' };

export function policySummaryMarkdown(input: PolicySummaryInput): string {
  const { findings, counts } = input;
  const parts: string[] = ['### Compose policy'];
  const verdict =
    counts.error > 0
      ? input.mode === 'error'
        ? 'Error findings fail this step (`policy: error`).'
        : 'Error findings are reported only (`policy: warn`).'
      : 'No error findings.';
  parts.push(findings.length === 0 ? `No findings. ${verdict}` : `${formatCounts(counts)}. ${verdict}${baselineSentence(findings)}`);
  if (findings.length > 0) {
    parts.push(
      table(
        ['Severity', 'Rule', 'Service', 'Where', 'Finding'],
        findings.map((finding) => [`${ICON[finding.severity]}${baselineNote(finding)}`, finding.rule, finding.service || '—', formatLocation(finding), finding.message]),
      ),
    );
  }
  const omitted = input.omitted;
  const hidden = omitted ? omitted.error + omitted.warning + omitted.note : 0;
  if (omitted && hidden > 0) {
    parts.push(`The runner shows at most 10 annotations of each kind per step; ${formatCounts(omitted)} are listed only in this table.`);
  }
  if (input.injected.length > 0) {
    parts.push(
      `**Injected limits** (generated override file, services that set none):\n\n${table(
        ['Service', 'Memory limit', 'CPU limit'],
        input.injected.map((entry) => [entry.service, entry.memoryBytes !== undefined ? formatBytes(entry.memoryBytes) : '—', entry.cpus !== undefined ? String(entry.cpus) : '—']),
      )}`,
    );
  }
  const suppressions = suppressionsMarkdown(input.suppressed);
  if (suppressions) parts.push(suppressions);
  return `${parts.join('\n\n')}\n`;
}

/** What the accepted-findings file did, when one was applied (findings carry its marks). */
function baselineSentence(findings: Finding[]): string {
  if (!findings.some((finding) => finding.baseline)) return '';
  const accepted = findings.filter((finding) => finding.baseline?.state === 'unchanged' && !finding.baseline.kept).length;
  const kept = findings.filter((finding) => finding.baseline?.kept).length;
  const fresh = findings.filter((finding) => finding.baseline?.state === 'new').length;
  const keptText = kept > 0 ? `; ${kept} security finding${kept === 1 ? ' is' : 's are'} listed there but not silenced` : '';
  return ` Baseline (policy-baseline): ${accepted} accepted as notes, ${fresh} new${keptText}.`;
}

function baselineNote(finding: Finding): string {
  const mark = finding.baseline;
  if (!mark) return '';
  if (mark.state === 'new') return ' · new';
  return mark.kept ? ' · in baseline, security: not silenced' : ` · accepted (was ${mark.severity})`;
}
