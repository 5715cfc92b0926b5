import type { HealthcheckChange, HealthcheckEngine } from '../compose/healthcheck-defaults.js';
import type { ComposeModel } from '../compose/model.js';
import type { ComposeSources, Position } from '../compose/positions.js';
import type { PolicyConfig } from './config.js';
import { Locator, type Hit, type InjectedLimits, type MemoryBudget, type RuleContext } from './context.js';
import { compareFindings, type Finding } from './finding.js';
import { ALL_RULES } from './rules/index.js';
import type { Suppressions } from './suppress.js';

// Runs the rules over the canonical model and turns their hits into findings: configured
// severity, exemptions, inline suppressions, file paths as the user gave them, a stable order.

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
  /** Absolute path → the path findings show ("compose.yaml", "ci/compose.test.yaml"). */
  displayPath: (absolutePath: string) => string;
  /** Inline suppressions per absolute file path. */
  suppressions?: ReadonlyMap<string, Suppressions>;
}

export interface SuppressedFinding {
  finding: Finding;
  reason: string;
}

export interface Evaluation {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

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
    where: new Locator(input.sources, input.firstFile),
    describe: (position) => `${input.displayPath(position.file)}${position.line > 0 ? `:${position.line}` : ''}`,
  };
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const seen = new Set<string>();
  for (const rule of ALL_RULES) {
    const settings = config.rules[rule.id];
    if (settings.severity === 'off') continue;
    for (const hit of rule.check(context)) {
      if (hit.service && settings.exempt.includes(hit.service)) continue;
      const finding = toFinding(hit, settings.severity, input.displayPath);
      const key = JSON.stringify(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      const reason = suppressionFor(hit, input);
      if (reason !== undefined) suppressed.push({ finding, reason });
      else findings.push(finding);
    }
  }
  return { findings: findings.sort(compareFindings), suppressed };
}

function toFinding(hit: Hit, severity: Finding['severity'], displayPath: (absolutePath: string) => string): Finding {
  return {
    rule: hit.rule,
    severity: hit.severity ?? severity,
    service: hit.service,
    file: displayPath(hit.at.file),
    line: hit.at.line,
    column: hit.at.column,
    message: hit.message,
  };
}

/** The reason of a directive covering the finding's line, or the service's key in any file. */
function suppressionFor(hit: Hit, input: EvaluateInput): string | undefined {
  const at = (position: Position): string | undefined =>
    position.line > 0 ? input.suppressions?.get(position.file)?.byLine.get(position.line)?.get(hit.rule) : undefined;
  const direct = at(hit.at);
  if (direct !== undefined || !hit.service || !input.sources) return direct;
  for (const key of input.sources.serviceKeys(hit.service)) {
    const reason = at(key);
    if (reason !== undefined) return reason;
  }
  return undefined;
}
