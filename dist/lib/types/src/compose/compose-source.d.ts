import { type Alias, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { type YamlLimits } from '../yaml/untrusted.js';
/** A file we will not hand to Compose, with where the trouble is. */
export declare class ComposeSourceError extends Error {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly detail: string;
    constructor(file: string, line: number, column: number, detail: string);
}
export type SourceLimits = YamlLimits;
export declare const DEFAULT_SOURCE_LIMITS: SourceLimits;
export interface ComposeSource {
    /** Absolute path. */
    path: string;
    text: string;
    doc: Document.Parsed;
    lines: LineCounter;
    /** What each alias points at, resolved once (yaml's Alias.resolve walks the whole document). */
    aliasTargets: Map<Alias, Node>;
}
export interface Position {
    /** Absolute path of the file. */
    file: string;
    /** 1-based. */
    line: number;
    column: number;
}
export declare function parseComposeSource(path: string, text: string, limits?: SourceLimits): ComposeSource;
/** Where a node starts, 1-based. */
export declare function positionOf(source: ComposeSource, node: Node | Pair | null | undefined): Position | undefined;
/** Follows an alias to the node it names (once; aliases of aliases cannot occur in YAML). */
export declare function deref(source: ComposeSource, node: unknown): Node | undefined;
