import type { HealthcheckChange, HealthcheckEngine } from '../compose/healthcheck-defaults.js';
import type { ComposeModel, ComposeService } from '../compose/model.js';
import type { ComposeSources, ModelPath, Position, SourceEntry } from '../compose/positions.js';
import type { RuleId } from './catalog.js';
import type { PolicyConfig } from './config.js';
import type { Severity } from './finding.js';

// What a rule sees: the canonical model, the thresholds, and a locator that turns model paths
// into positions. Rules are pure functions of this context.

/** What a rule reports before severity, exemptions and suppressions are applied. */
export interface Hit {
  rule: RuleId;
  service: string;
  at: Position;
  message: string;
  /** Overrides the configured severity (e.g. a limit the action injected is only a note). */
  severity?: Severity;
}

/** Limits the remediation override added to a service. */
export interface InjectedLimits {
  memoryBytes?: number;
  cpus?: number;
}

export interface MemoryBudget {
  bytes: number;
  /** How it was decided, for messages ("75% of the daemon's 23.5 GiB"). */
  label: string;
}

export interface RuleContext {
  model: ComposeModel;
  /** The model's services, sorted by name. */
  services: Array<[string, ComposeService]>;
  config: PolicyConfig;
  /** Undefined when neither a budget was given nor the daemon's memory is known. */
  memoryBudget?: MemoryBudget;
  /** What the daemon accepts (start_interval, engine 25+); undefined when no daemon was asked. */
  engine?: HealthcheckEngine;
  injected: ReadonlyMap<string, InjectedLimits>;
  /** Health-check timing the action standardised, per service (their timing findings become notes). */
  standardised: ReadonlyMap<string, HealthcheckChange[]>;
  where: Locator;
  /** "compose.yaml:12" for a position, as the user gave the file. */
  describe(position: Position): string;
}

export interface Rule {
  id: RuleId;
  check(context: RuleContext): Hit[];
}

/**
 * Positions for rules, never wrong, sometimes coarse: the exact value when it can be placed,
 * else the collection's key, else the service's key, else the first compose file with no line.
 */
export class Locator {
  constructor(
    private readonly sources: ComposeSources | undefined,
    private readonly firstFile: string,
  ) {}

  service(service: string): Position {
    return this.sources?.service(service) ?? { file: this.firstFile, line: 0, column: 0 };
  }

  value(service: string, path: ModelPath): Position {
    return this.sources?.value(service, path) ?? this.service(service);
  }

  key(service: string, path: ModelPath): Position {
    return this.sources?.key(service, path) ?? this.service(service);
  }

  entry(service: string, path: ModelPath, match: (entry: SourceEntry) => boolean): Position {
    return this.sources?.entry(service, path, match) ?? this.key(service, path);
  }

  stack(): Position {
    return this.sources?.top('services') ?? { file: this.firstFile, line: 0, column: 0 };
  }
}

export function positionKey(position: Position): string {
  return `${position.file}:${position.line}:${position.column}`;
}

/** A plain object, for matching long-syntax entries. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
