import { Help } from 'commander';
import { RULE_IDS, RULES, isRuleId } from '../catalog.js';
import { SEVERITY_ORDER, type Finding, type FindingCounts, type Severity } from '../finding.js';
import type { AbsentFinding } from '../accepted-findings.js';
import type { SuppressedFinding } from '../evaluate.js';
import { formatCounts, suppressionLine } from './text.js';

// The CLI's default text: findings grouped by rule — its title, the services and lines, why and
// how to fix said once — so a 40-service file reads as a dozen short blocks instead of 200 long
// lines. Every line fits the width (80–120 columns). `--verbose` prints one line per finding.

export interface GroupedOptions {
  /** Columns to fit; the terminal's, clamped to 80–120, else 100. */
  width?: number;
  /** The accepted-findings file applied, for the lines that say what it did. */
  baselineFile?: string;
  absent?: AbsentFinding[];
  /** Suppressed findings (and refused suppressions): said once each, after the groups. */
  suppressed?: SuppressedFinding[];
}

export const DEFAULT_WIDTH = 100;

/** The terminal's width clamped to what stays readable; 100 when not a terminal. */
export function textWidth(columns: number | undefined): number {
  return columns && columns > 0 ? Math.min(120, Math.max(80, columns)) : DEFAULT_WIDTH;
}

interface Group {
  severity: Severity;
  rule: string;
  /** Listed in the accepted-findings file but kept at its severity (a security rule). */
  kept: boolean;
  findings: Finding[];
}

// Commander (already the CLI's parser) wraps its help text at whitespace; the same wrapping
// serves here rather than a second text-wrapping dependency.
const help = new Help();

function wrap(text: string, width: number, indent: string, firstIndent = indent): string[] {
  const lines = help.boxWrap(text, Math.max(20, width - indent.length)).split('\n');
  return lines.map((line, index) => `${index === 0 ? firstIndent : indent}${line}`);
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1)).trimEnd()}…`;
}

/**
 * What a message says before its why: "Service api has no memory limit" — up to the first
 * colon, dash, ", so" or full stop. A colon that only introduces a value ("network_mode: host,")
 * is not a cut.
 */
export function headline(message: string): string {
  const cut = /:\s(?!\S+[,.](?:\s|$))|,\sso\b|\s—\s|(?<!\b(?:e\.g|i\.e))\.(?:\s|$)/.exec(message);
  return (cut ? message.slice(0, cut.index) : message).trim();
}

/** The headline with the service's name (as a whole word) taken out, to tell alike findings. */
function template(finding: Finding): string {
  const text = headline(finding.message);
  if (!finding.service) return text;
  const name = finding.service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\w.-])${name}(?![\\w.-])`, 'g'), '\0');
}

/** A rule's help split into why (its first sentence) and how to fix (the rest). */
export function whyAndFix(rule: string): { why?: string; fix: string } | undefined {
  if (!isRuleId(rule)) return undefined;
  const text = RULES[rule].help;
  const split = /(?<!\b(?:e\.g|i\.e))\.\s+(?=[A-Z`])/.exec(text);
  return split ? { why: text.slice(0, split.index + 1), fix: text.slice(split.index + 1).trim() } : { fix: text };
}

function groupFindings(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const kept = finding.baseline?.kept === true;
    const key = `${finding.severity}\0${finding.rule}\0${kept}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { severity: finding.severity, rule: finding.rule, kept, findings: [] }));
    group.findings.push(finding);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || order(a.rule) - order(b.rule) || a.rule.localeCompare(b.rule) || Number(a.kept) - Number(b.kept));
}

/** The catalog's order (resources first); rules it does not know last. */
function order(rule: string): number {
  const index = (RULE_IDS as readonly string[]).indexOf(rule);
  return index < 0 ? RULE_IDS.length : index;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function renderGroup(group: Group, width: number): string[] {
  const { findings } = group;
  const services = new Set(findings.map((finding) => finding.service).filter(Boolean));
  const title = isRuleId(group.rule) ? RULES[group.rule].title : '';
  const what = services.size === findings.length && services.size > 0 ? plural(services.size, 'service') : plural(findings.length, 'finding');
  const kept = group.kept ? ' [in the baseline, not silenced: security]' : findings.every((finding) => finding.baseline?.state === 'new') ? ' [new]' : '';
  const lines = wrap(`${group.severity} ${group.rule} · ${what}${kept}${title ? ` — ${title}` : ''}`, width, '    ', '');

  // One template for the whole group ("Service … has no memory limit"): the rule's title says
  // it, so the services are listed compactly, per file, with their lines.
  const templates = new Map(findings.map((finding) => [finding, template(finding)]));
  const first = templates.get(findings[0]!);
  const compact = findings.length > 1 && findings.every((finding) => finding.service && templates.get(finding) === first);
  if (compact) {
    const byFile = new Map<string, string[]>();
    for (const finding of findings) {
      byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding.line > 0 ? `${finding.service}:${finding.line}` : finding.service]);
    }
    for (const [file, entries] of byFile) lines.push(...wrap(`${file} (service:line): ${entries.join(', ')}`, width, '      ', '  '));
  } else {
    const location = (finding: Finding): string =>
      `${finding.file}${finding.line > 0 ? `:${finding.line}${finding.column > 0 ? `:${finding.column}` : ''}` : ''}`;
    const locationWidth = Math.min(32, Math.max(...findings.map((finding) => location(finding).length)));
    // The service gets a column of its own only where the headline does not name it.
    const named = findings.every((finding) => !finding.service || templates.get(finding) !== headline(finding.message));
    const serviceWidth = named ? 0 : Math.min(20, Math.max(0, ...findings.map((finding) => finding.service.length)));
    for (const finding of findings) {
      const head = `  ${location(finding).padEnd(locationWidth)}  ${serviceWidth > 0 ? `${finding.service.padEnd(serviceWidth)}  ` : ''}`;
      lines.push(`${head}${truncate(headline(finding.message), Math.max(20, width - head.length))}`);
    }
  }
  const advice = whyAndFix(group.rule);
  if (advice?.why) lines.push(...wrap(advice.why, width, '       ', '  why: '));
  if (advice) lines.push(...wrap(advice.fix, width, '       ', '  fix: '));
  return lines;
}

/** Accepted findings (turned into notes by the file) are counted per rule, not listed. */
function renderAccepted(accepted: Finding[], file: string, width: number): string[] {
  const perRule = new Map<string, number>();
  for (const finding of accepted) perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
  const list = [...perRule]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
  return wrap(`accepted in ${file} (notes; --verbose lists them): ${list}`, width, '    ', '');
}

function renderAbsent(absent: AbsentFinding[], file: string, width: number): string[] {
  const total = absent.reduce((sum, entry) => sum + entry.count, 0);
  const list = absent.map((entry) => `${entry.rule}${entry.service ? ` (${entry.service})` : ''}`).join(', ');
  return wrap(`no longer found, though ${file} lists ${total === 1 ? 'it' : 'them'}: ${list}. Rewrite the file with --write-baseline ${file} to drop ${total === 1 ? 'it' : 'them'}.`, width, '    ', '');
}

export function formatGrouped(findings: Finding[], counts: FindingCounts, options: GroupedOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const accepted = findings.filter((finding) => finding.baseline?.state === 'unchanged' && !finding.baseline.kept);
  const shown = findings.filter((finding) => !accepted.includes(finding));
  const blocks = groupFindings(shown).map((group) => renderGroup(group, width).join('\n'));
  if (accepted.length > 0) blocks.push(renderAccepted(accepted, options.baselineFile ?? 'the baseline', width).join('\n'));
  if (options.absent && options.absent.length > 0) blocks.push(renderAbsent(options.absent, options.baselineFile ?? 'the baseline', width).join('\n'));
  if (options.suppressed && options.suppressed.length > 0) blocks.push(options.suppressed.map(suppressionLine).join('\n'));
  if (findings.length === 0) blocks.push('No policy findings.');
  else blocks.push(`${formatCounts(counts)} (one line per finding: --verbose)`);
  return `${blocks.join('\n\n')}\n`;
}
