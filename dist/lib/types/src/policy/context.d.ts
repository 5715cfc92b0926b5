import type { DaemonResources } from '../compose/declared-resources.js';
import type { HealthcheckChange } from '../compose/healthcheck-defaults.js';
import type { ComposeModel, ComposeService } from '../compose/model.js';
import type { ComposeSources, ModelPath, Position, SourceEntry } from '../compose/positions.js';
import type { RuleId } from './catalog.js';
import type { PolicyConfig } from './config.js';
import type { Severity } from './finding.js';
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
export declare class Locator {
    private readonly sources;
    private readonly firstFile;
    private readonly keyPaths;
    constructor(sources: ComposeSources | undefined, firstFile: string);
    service(service: string): Position;
    value(service: string, path: ModelPath): Position;
    key(service: string, path: ModelPath): Position;
    entry(service: string, path: ModelPath, match: (entry: SourceEntry) => boolean): Position;
    stack(): Position;
    /** The model path a position was handed out for; undefined for positions made elsewhere. */
    keyPathOf(position: Position): string | undefined;
    private remember;
}
export declare function positionKey(position: Position): string;
/** A plain object, for matching long-syntax entries. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
