import { LineCounter, type Alias, type Document, type Node, type Pair } from 'yaml';
/** A file we will not hand to Compose, with where the trouble is. */
export declare class ComposeSourceError extends Error {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly detail: string;
    constructor(file: string, line: number, column: number, detail: string);
}
export interface SourceLimits {
    /** Larger files are refused before parsing. */
    maxBytes: number;
    /**
     * Nodes the document would have with every alias expanded, as a multiple of the nodes written
     * (plus a fixed allowance): anchors shared by hundreds of services are fine, 9^9 copies are not.
     */
    maxExpansionFactor: number;
    expansionAllowance: number;
    /**
     * Deeper flow nesting (`[`, `{`), or a longer chain of block indicators on one line
     * (`- - - …`), is refused before parsing: the parser's time and memory grow with the depth
     * (10 MB of `[` ran 48 s and then crashed node), and compose files nest a few levels.
     */
    maxNesting: number;
}
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
/**
 * Offset of the first key that repeats an earlier key of the same map (scalars with equal
 * values, as the parser's own check compares them; merge keys `<<` may repeat), in one pass.
 */
export declare function duplicateKeyOffset(doc: Document.Parsed): number | undefined;
/**
 * Where flow collections nest deeper than `max`, or a line chains more than `max` block
 * indicators (`- - - a`, `? ? a`): one pass, skipping quoted scalars and comments as well as a
 * scanner without the grammar can tell (a quote opens only after a space or `[{,:`). Unbalanced
 * brackets in plain scalars count too, which errs towards refusing only absurd files.
 */
export declare function excessiveNesting(text: string, max: number): number | undefined;
