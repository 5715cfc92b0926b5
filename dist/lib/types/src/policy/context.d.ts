import type { DaemonResources } from '../compose/declared-resources.js';
import type { HealthcheckChange, HealthcheckEngine } from '../compose/healthcheck-defaults.js';
import type { ComposeModel, ComposeService } from '../compose/model.js';
import type { ComposeSources, FileReference, ModelPath, Position, SourceEntry } from '../compose/positions.js';
import type { RuleId } from './catalog.js';
import type { PolicyConfig } from './config.js';
import type { Severity } from './finding.js';
import type { ImageHealth } from './service-facts.js';
import type { HostFacts } from './host.js';
/** What a rule reports before severity, exemptions and suppressions are applied. */
export interface Hit {
    rule: RuleId;
    service: string;
    at: Position;
    message: string;
    /** Overrides the configured severity (e.g. a limit the action injected is only a note). */
    severity?: Severity;
    /** What exactly the hit is about when a rule reports several per service (a capability). */
    subject?: string;
}
/** Limits the remediation override added to a service. */
export interface InjectedLimits {
    memoryBytes?: number;
    cpus?: number;
    /** Set when the memory injected is above default-memory-limit (what the service declares). */
    memoryRaised?: {
        defaultBytes: number;
        because: string;
    };
    cpusRaised?: {
        default: number;
        because: string;
    };
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
    /** The daemon's volumes and networks (names, labels); undefined when no daemon was asked (`check` offline). */
    daemon?: DaemonResources;
    /** What the daemon says of each service's image HEALTHCHECK; a missing entry is unknown. */
    images: ReadonlyMap<string, ImageHealth>;
    where: Locator;
    /** "compose.yaml:12" for a position, as the user gave the file. */
    describe(position: Position): string;
    /** The host the binds land on: the workspace, protected directories, symlink resolution. */
    host: HostFacts;
    /** Files Compose reads because the compose files name them (include, extends, env_file, .env). */
    references: FileReference[];
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
    /** The value's own position, or undefined when it cannot be placed (no fallback). */
    exact(service: string, path: ModelPath): Position | undefined;
    key(service: string, path: ModelPath): Position;
    entry(service: string, path: ModelPath, match: (entry: SourceEntry) => boolean): Position;
    /**
     * The value at `path` as the winning file writes it (before interpolation), or undefined when
     * it cannot be read: `depends_on: {db: {condition: service_started}}` is a choice, the short
     * form only Compose's default; `container_name: app-${COMPOSE_PROJECT_NAME}` follows the project.
     */
    written(service: string, path: ModelPath, match?: (entry: SourceEntry) => boolean): {
        value: unknown;
    } | undefined;
    /** A top-level network's or volume's key (`networks.<n>.name`), else `services:`. */
    resource(section: 'networks' | 'volumes', name: string, key: string): {
        at: Position;
        written?: unknown;
    };
    stack(): Position;
    /** A top-level value (`volumes.data.driver_opts.device`), else the stack's position. */
    top(path: ModelPath): Position;
    /** The first of several model paths that is written (`build.context`, else `build`). */
    first(service: string, paths: ModelPath[]): Position;
    /** The model path a position was handed out for; undefined for positions made elsewhere. */
    keyPathOf(position: Position): string | undefined;
    private remember;
}
export declare function positionKey(position: Position): string;
/** A plain object, for matching long-syntax entries. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
