import { isAlias, isCollection, isScalar, type Alias, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { DEFAULT_YAML_LIMITS, parseUntrustedYaml, UntrustedYamlError, type YamlLimits } from '../yaml/untrusted.js';

// One compose file as written, parsed with `yaml` into nodes that remember their offsets, so a
// finding about the canonical model can point back at the line that produced it. Parsing here
// also guards Compose (see yaml/untrusted.ts): its YAML decoder spins on an alias bomb and
// reports malformed YAML at "line 1", so we refuse and explain first.

/** A file we will not hand to Compose, with where the trouble is. */
export class ComposeSourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}${line > 0 ? `:${line}:${column}` : ''}: ${detail}`);
    this.name = 'ComposeSourceError';
  }
}

export type SourceLimits = YamlLimits;
export const DEFAULT_SOURCE_LIMITS: SourceLimits = DEFAULT_YAML_LIMITS;

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

export function parseComposeSource(path: string, text: string, limits: SourceLimits = DEFAULT_SOURCE_LIMITS): ComposeSource {
  try {
    // Compose reads YAML 1.1-style merge keys (`<<: *anchor`), so they are enabled here too.
    return { path, text, ...parseUntrustedYaml(text, limits, { merge: true }) };
  } catch (error) {
    if (error instanceof UntrustedYamlError) throw new ComposeSourceError(path, error.line, error.column, error.detail);
    throw error;
  }
}

/** Where a node starts, 1-based. */
export function positionOf(source: ComposeSource, node: Node | Pair | null | undefined): Position | undefined {
  const range = node && ('range' in node ? node.range : undefined);
  if (!range) return undefined;
  const { line, col } = source.lines.linePos(range[0]);
  return { file: source.path, line, column: col };
}

/** Follows an alias to the node it names (once; aliases of aliases cannot occur in YAML). */
export function deref(source: ComposeSource, node: unknown): Node | undefined {
  if (isAlias(node)) return source.aliasTargets.get(node);
  return isScalar(node) || isCollection(node) ? node : undefined;
}
