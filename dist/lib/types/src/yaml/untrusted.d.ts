import { LineCounter, type Alias, type Document, type Node } from 'yaml';
/** Text refused before or while parsing, with where the trouble is (1-based; 0 when nowhere). */
export declare class UntrustedYamlError extends Error {
    readonly line: number;
    readonly column: number;
    readonly detail: string;
    constructor(line: number, column: number, detail: string);
}
export interface YamlLimits {
    /** Larger texts are refused before parsing. */
    maxBytes: number;
    /**
     * Nodes the document would have with every alias expanded, as a multiple of the nodes written
     * (plus a fixed allowance): anchors shared by hundreds of services are fine, 9^9 copies are not.
     */
    maxExpansionFactor: number;
    expansionAllowance: number;
    /** Deeper flow nesting, or a longer chain of block indicators on one line (`- - - …`). */
    maxNesting: number;
}
export declare const DEFAULT_YAML_LIMITS: YamlLimits;
export interface ParsedYaml {
    doc: Document.Parsed;
    lines: LineCounter;
    /** What each alias points at, resolved once (yaml's Alias.resolve walks the whole document). */
    aliasTargets: Map<Alias, Node>;
}
/** Parses one document; throws UntrustedYamlError for anything refused or malformed. */
export declare function parseUntrustedYaml(text: string, limits?: YamlLimits, options?: {
    merge?: boolean;
}): ParsedYaml;
/**
 * Offset where flow collections nest deeper than `max`, or a line chains more than `max` block
 * indicators (`- - - a`, `? ? a`). Counted over the tokens of yaml's own lexer, which knows
 * quoted and block scalars and comments (a bracket inside them is text, and a quote inside a
 * block scalar opens nothing); the lexer is linear and is stopped at the first offence.
 */
export declare function excessiveNesting(text: string, max: number): number | undefined;
/**
 * Offset of the first key that repeats an earlier key of the same map (scalars with equal
 * values, as the parser's own check compares them; merge keys `<<` may repeat), in one pass.
 */
export declare function duplicateKeyOffset(doc: Document.Parsed): number | undefined;
