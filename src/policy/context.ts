import { createHash } from 'node:crypto';
import type { DaemonResources } from '../compose/declared-resources.js';
import type { HealthcheckChange } from '../compose/healthcheck-defaults.js';
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
  injected: ReadonlyMap<string, InjectedLimits>;
  /** Health-check timing the action standardised, per service (their timing findings become notes). */
  standardised: ReadonlyMap<string, HealthcheckChange[]>;
  /** The daemon's volumes and networks (names, labels); undefined when no daemon was asked (`check` offline). */
  daemon?: DaemonResources;
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
 * It also remembers which model path each position it handed out was asked for (`keyPathOf`),
 * so findings carry a key path for fingerprints without the rules spelling it twice.
 */
export class Locator {
  private readonly keyPaths = new WeakMap<Position, string>();

  constructor(
    private readonly sources: ComposeSources | undefined,
    private readonly firstFile: string,
  ) {}

  service(service: string): Position {
    return this.remember(this.sources?.service(service) ?? { file: this.firstFile, line: 0, column: 0 }, '');
  }

  value(service: string, path: ModelPath): Position {
    return this.remember(this.sources?.value(service, path) ?? this.service(service), path.join('.'));
  }

  key(service: string, path: ModelPath): Position {
    return this.remember(this.sources?.key(service, path) ?? this.service(service), path.join('.'));
  }

  entry(service: string, path: ModelPath, match: (entry: SourceEntry) => boolean): Position {
    let matched: SourceEntry | undefined;
    const found = this.sources?.entry(service, path, (entry) => {
      const accepted = match(entry);
      if (accepted) matched = entry;
      return accepted;
    });
    return found ? this.remember(found, `${path.join('.')}${entryKey(matched)}`) : this.key(service, path);
  }

  stack(): Position {
    return this.remember(this.sources?.top('services') ?? { file: this.firstFile, line: 0, column: 0 }, '(stack)');
  }

  /** The model path a position was handed out for; undefined for positions made elsewhere. */
  keyPathOf(position: Position): string | undefined {
    return this.keyPaths.get(position);
  }

  private remember(position: Position, keyPath: string): Position {
    // A copy: the same position object may come back for another path (a fallback).
    const own = { ...position };
    this.keyPaths.set(own, keyPath);
    return own;
  }
}

/**
 * How a matched entry is named in a key path: a mapping entry by its key (a variable's name, a
 * service's name), a list item by a hash of what is written — stable while the item is, and
 * never the item's text, which may hold a literal value that has no place in a committed file.
 */
function entryKey(entry: SourceEntry | undefined): string {
  if (!entry) return '';
  if (entry.key !== undefined) return `.${entry.key}`;
  return `[#${createHash('sha256').update(JSON.stringify(entry.value) ?? '').digest('hex').slice(0, 8)}]`;
}

export function positionKey(position: Position): string {
  return `${position.file}:${position.line}:${position.column}`;
}

/** A plain object, for matching long-syntax entries. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
