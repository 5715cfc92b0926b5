import { type ComposeSource, type Position, type SourceLimits } from './compose-source.js';
import { type FileReference } from './file-references.js';
export { ComposeSourceError, type Position } from './compose-source.js';
export type { FileReference } from './file-references.js';
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
export interface SourceOptions {
    limits?: SourceLimits;
    /**
     * Whether an included or extended file may be read at all (one outside the workspace is not:
     * it is judged as a reference, never opened). Main files are always read.
     */
    canRead?: (absolutePath: string) => boolean;
    /** Compose's project directory, which relative paths of the main files are resolved against. */
    projectDirectory?: string;
}
export declare class ComposeSources {
    private readonly read;
    private readonly limits;
    private readonly canRead;
    private readonly projectDirectory;
    private readonly byPath;
    /** Main files and what they include, lowest precedence first. */
    private readonly layers;
    private readonly chains;
    private readonly pairIndex;
    private readonly mainFiles;
    private readonly includes;
    private referenced?;
    private constructor();
    /**
     * Parses the compose files (absolute paths, in -f order) and the files they `include` or
     * `extends` from. A main file that cannot be read or parsed throws ComposeSourceError; an
     * included or extended file that cannot be read is left to Compose to report.
     */
    static load(files: string[], read: ReadText, options?: SourceOptions): ComposeSources;
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
    /**
     * Every file the compose files make Compose read besides themselves — `include` entries (and
     * their env files), `extends.file`, and each service's `env_file` — with where it is named.
     */
    references(): FileReference[];
    /** A top-level key (`services:`) in the first main file that has it. */
    top(key: string): Position | undefined;
    /**
     * A value outside the services (`networks.<n>.name`, `volumes.data.driver_opts.device`,
     * `secrets.s.file`), in the file that wins (a later -f file over an earlier one, a file over
     * what it includes), with the value as written (before interpolation).
     */
    topValue(modelPath: ModelPath): {
        position: Position;
        written: unknown;
    } | undefined;
    private addLayer;
    /** What relative paths of a file are resolved against: the project directory for main files. */
    private baseOf;
    /** The services a file defines, by name. */
    private servicesOf;
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
