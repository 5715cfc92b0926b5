import { type ComposeSource, type Position, type SourceLimits } from './compose-source.js';
export { ComposeSourceError, type Position } from './compose-source.js';
/** Reads a file's text; throws (ENOENT…) when it cannot. */
export type ReadText = (absolutePath: string) => string;
/** A segment of a model path: a mapping key. */
export type ModelPath = readonly string[];
/** One entry of a list or mapping, as the matcher of `entry()` sees it. */
export interface SourceEntry {
    /** The mapping key, for mapping entries (environment: {A: 1}); undefined for list items. */
    key?: string;
    /** The entry's value as plain data. */
    value: unknown;
}
export declare class ComposeSources {
    private readonly read;
    private readonly limits;
    private readonly byPath;
    /** Main files and what they include, lowest precedence first. */
    private readonly layers;
    private readonly chains;
    private readonly pairIndex;
    private constructor();
    /**
     * Parses the compose files (absolute paths, in -f order) and the files they `include` or
     * `extends` from. A main file that cannot be read or parsed throws ComposeSourceError; an
     * included or extended file that cannot be read is left to Compose to report.
     */
    static load(files: string[], read: ReadText, limits?: SourceLimits): ComposeSources;
    /** Every file parsed, main files first. */
    get files(): ComposeSource[];
    /** Where the value at `modelPath` inside a service is written, in the file that wins. */
    value(service: string, modelPath: ModelPath): Position | undefined;
    /** Where the key of the value at `modelPath` is written (`ports:`), in the file that wins. */
    key(service: string, modelPath: ModelPath): Position | undefined;
    /**
     * The first entry of the list or mapping at `modelPath` that `match` accepts, searching the
     * winning file first (list entries of several files are merged by Compose, so any may hold it).
     */
    entry(service: string, modelPath: ModelPath, match: (entry: SourceEntry) => boolean): Position | undefined;
    /** The service's key in the first file that declares it (where a missing setting belongs). */
    service(service: string): Position | undefined;
    /** The service's key in every file that defines it, winning file first. */
    serviceKeys(service: string): Position[];
    /** A top-level key (`services:`) in the first main file that has it. */
    top(key: string): Position | undefined;
    private addLayer;
    private parse;
    /** The service's definitions, winning first: each layer's, each followed by what it extends. */
    private chain;
    private followExtends;
    private serviceIn;
    private walk;
    /** A key of a mapping: written there, else from its merge sources, earlier sources first. */
    private find;
    private pairs;
}
