import path from 'node:path';
import type { DaemonResources } from '../compose/declared-resources.js';
import type { HealthcheckChange, HealthcheckEngine } from '../compose/healthcheck-defaults.js';
import type { ComposeModel } from '../compose/model.js';
import type { ComposeSources, FileReference, Position } from '../compose/positions.js';
import { RULES, type RuleId } from './catalog.js';
import type { PolicyConfig } from './config.js';
import { Locator, type Hit, type InjectedLimits, type MemoryBudget, type RuleContext } from './context.js';
import { compareFindings, type Finding, type Severity } from './finding.js';
import { isGuarded, lowersSeverity, REFUSED_BY_TREE } from './guarded.js';
import { hostFacts, type HostFacts } from './host.js';
import { ALL_RULES } from './rules/index.js';
import type { ImageHealth } from './service-facts.js';
import type { Directive, Suppressions } from './suppress.js';

// Runs the rules over the canonical model and turns their hits into findings: configured
// severity, inline and policy-file suppressions, the workflow's policy-allow, file paths as the
// user gave them, a stable order. Every suppression is kept with where it came from and why, and
// one the tree may not make (a security rule) is kept as refused while its finding stands.

export interface EvaluateInput {
  model: ComposeModel;
  /** Parsed compose files, for positions; without them findings carry no line. */
  sources?: ComposeSources;
  /** Absolute path of the first compose file: where stack-wide findings point without sources. */
  firstFile: string;
  config: PolicyConfig;
  memoryBudget?: MemoryBudget;
  engine?: HealthcheckEngine;
  injected?: ReadonlyMap<string, InjectedLimits>;
  standardised?: ReadonlyMap<string, HealthcheckChange[]>;
  /** The daemon's volumes and networks, when a daemon was asked. */
  daemon?: DaemonResources;
  /** Each service's image HEALTHCHECK as the daemon reports it; absent means unknown. */
  images?: ReadonlyMap<string, ImageHealth>;
  /** Absolute path → the path findings show ("compose.yaml", "ci/compose.test.yaml"). */
  displayPath: (absolutePath: string) => string;
  /** Inline suppressions per absolute file path. */
  suppressions?: ReadonlyMap<string, Suppressions>;
  /** The host binds land on; without it paths are judged as written, the workspace being the first file's directory. */
  host?: HostFacts;
  /** Files Compose reads beyond the compose files (from sources, plus the project's .env). */
  references?: FileReference[];
  /** Rules the workflow's policy-allow input allows: their findings are suppressed, whatever the tree says. */
  allow?: readonly RuleId[];
}

/** Where a suppression is written. */
export type SuppressionSource = 'inline' | 'config' | 'input';

export interface SuppressedFinding {
  finding: Finding;
  /** The reason given; '' when none was. */
  reason: string;
  /** An inline comment of a compose file, the policy file, or the workflow's policy-allow input. */
  source: SuppressionSource;
  /** The comment's or policy-file entry's file (as the user gave it) and line; absent for the input. */
  file?: string;
  line?: number;
  /** Set when the suppression was refused: why. The finding then stands among the findings. */
  refused?: string;
}

export interface Evaluation {
  findings: Finding[];
  /** Every suppression that matched a finding: applied ones, and refused ones (with `refused`). */
  suppressed: SuppressedFinding[];
}

const NO_REASON = 'a suppression needs a reason after the rule; without one it does not apply';
const ALLOWED = 'allowed by the workflow input policy-allow';

export function evaluatePolicy(input: EvaluateInput): Evaluation {
  const { model, config } = input;
  const context: RuleContext = {
    model,
    services: Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    config,
    memoryBudget: input.memoryBudget,
    engine: input.engine,
    injected: input.injected ?? new Map(),
    standardised: input.standardised ?? new Map(),
    daemon: input.daemon,
    images: input.images ?? new Map(),
    where: new Locator(input.sources, input.firstFile),
    describe: (position) => `${input.displayPath(position.file)}${position.line > 0 ? `:${position.line}` : ''}`,
    host: input.host ?? hostFacts({ workspace: path.dirname(input.firstFile), env: {} }),
    references: input.references ?? input.sources?.references() ?? [],
  };
  const allow = new Set(input.allow ?? []);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const seen = new Set<string>();
  const configAt = (line: number): Pick<SuppressedFinding, 'source' | 'file' | 'line'> => ({
    source: 'config',
    ...(config.file ? { file: input.displayPath(config.file) } : {}),
    line,
  });
  for (const rule of [...ALL_RULES, { id: 'suppression-reason' as const, check: () => unexplainedSuppressions(input) }]) {
    const settings = config.rules[rule.id];
    const guarded = isGuarded(rule.id);
    const off = settings.severity === 'off';
    // A guarded rule keeps its default severity whatever the file says; an `off` rule is still
    // run, so that what it would have found is listed as suppressed.
    const severity = off || (guarded && lowersSeverity(rule.id, settings.severity)) ? RULES[rule.id].defaultSeverity : (settings.severity as Severity);
    for (const hit of rule.check(context)) {
      // Notes a rule adds about itself (a budget it could not check, a limit it injected) say
      // nothing once the rule is off.
      if (off && hit.severity !== undefined) continue;
      const finding = toFinding(hit, severity, input.displayPath, context.where.keyPathOf(hit.at));
      const key = JSON.stringify({ ...finding, keyPath: undefined });
      if (seen.has(key)) continue;
      seen.add(key);
      if (allow.has(rule.id)) {
        suppressed.push({ finding, reason: ALLOWED, source: 'input' });
        continue;
      }
      const exempt = hit.service !== '' && settings.exempt.includes(hit.service);
      const attempts: SuppressedFinding[] = [];
      if (off || exempt || (guarded && lowersSeverity(rule.id, settings.severity))) {
        attempts.push({ finding, reason: settings.reason ?? '', ...configAt(settings.line) });
      }
      if (hit.rule === 'dangerous-capabilities' && hit.subject && config.capabilities.allow.includes(hit.subject)) {
        attempts.push({ finding, reason: '', ...configAt(config.capabilities.allowLine) });
      }
      const directive = hit.rule === 'suppression-reason' ? undefined : directiveFor(hit, input);
      if (directive) {
        attempts.push({ finding, reason: directive.reason, source: 'inline', file: input.displayPath(directive.file), line: directive.line, ...(directive.reason ? {} : { refused: NO_REASON }) });
      }
      if (guarded) {
        // Every attempt of the tree is refused and shown; the finding stands.
        suppressed.push(...attempts.map((attempt) => ({ ...attempt, refused: REFUSED_BY_TREE })));
        findings.push(finding);
        continue;
      }
      // The policy file first, then a comment with a reason; a comment without one is refused.
      const applied = attempts.find((attempt) => !attempt.refused);
      if (applied) {
        suppressed.push(applied);
      } else {
        suppressed.push(...attempts);
        findings.push(finding);
      }
    }
  }
  return { findings: findings.sort(compareFindings), suppressed };
}

function toFinding(hit: Hit, severity: Finding['severity'], displayPath: (absolutePath: string) => string, keyPath: string | undefined): Finding {
  return {
    rule: hit.rule,
    severity: hit.severity ?? severity,
    service: hit.service,
    file: displayPath(hit.at.file),
    line: hit.at.line,
    column: hit.at.column,
    message: hit.message,
    ...(keyPath !== undefined ? { keyPath } : {}),
  };
}

/** The directive covering the finding's line, or the service's key in any file. */
function directiveFor(hit: Hit, input: EvaluateInput): (Directive & { file: string }) | undefined {
  const at = (position: Position): (Directive & { file: string }) | undefined => {
    const directive = position.line > 0 ? input.suppressions?.get(position.file)?.byLine.get(position.line)?.get(hit.rule) : undefined;
    return directive && { ...directive, file: position.file };
  };
  const direct = at(hit.at);
  if (direct !== undefined || !hit.service || !input.sources) return direct;
  for (const key of input.sources.serviceKeys(hit.service)) {
    const found = at(key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * suppression-reason: inline directives without a reason, and policy-file entries that turn a
 * rule off or exempt services without `reason:` (security rules' entries are refused instead).
 */
function unexplainedSuppressions(input: EvaluateInput): Hit[] {
  const hits: Hit[] = [];
  for (const [file, scanned] of input.suppressions ?? []) {
    for (const { line, rules } of scanned.unexplained) {
      hits.push({
        rule: 'suppression-reason',
        service: '',
        at: { file, line, column: 1 },
        message: `docker-stability-ignore: ${rules.join(',')} gives no reason, so it does not apply. Write the reason after the rule ("# docker-stability-ignore: ${rules[0]} <why>"): it is what reviewers read in the summary and in code scanning.`,
      });
    }
  }
  const { config } = input;
  if (!config.file) return hits;
  for (const [id, rule] of Object.entries(config.rules) as Array<[RuleId, PolicyConfig['rules'][RuleId]]>) {
    const suppresses = rule.severity === 'off' || rule.exempt.length > 0;
    if (!suppresses || rule.reason || isGuarded(id) || id === 'suppression-reason') continue;
    hits.push({
      rule: 'suppression-reason',
      service: '',
      at: { file: config.file, line: rule.line, column: rule.line > 0 ? 1 : 0 },
      message: `The policy file ${rule.severity === 'off' ? `turns ${id} off` : `exempts ${rule.exempt.join(', ')} from ${id}`} without a reason. Add reason: "<why>" to the rule's entry: it is what reviewers read in the summary and in code scanning.`,
    });
  }
  return hits;
}
