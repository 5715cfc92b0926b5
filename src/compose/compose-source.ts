import { isAlias, isCollection, isPair, isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Pair } from 'yaml';

// One compose file as written, parsed with `yaml` into nodes that remember their offsets, so a
// finding about the canonical model can point back at the line that produced it. Parsing here
// also guards Compose: its YAML decoder spins on an alias bomb (we measured minutes of CPU on
// nine nested levels) and reports malformed YAML at "line 1", so we refuse and explain first.

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

export const DEFAULT_SOURCE_LIMITS: SourceLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxExpansionFactor: 10,
  expansionAllowance: 100_000,
  maxNesting: 100,
};

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
  if (text.length > limits.maxBytes) {
    throw new ComposeSourceError(path, 0, 0, `the file is ${text.length} bytes; files over ${limits.maxBytes} bytes are refused`);
  }
  const tooDeep = excessiveNesting(text, limits.maxNesting);
  if (tooDeep !== undefined) {
    const at = lineAndColumn(text, tooDeep);
    throw new ComposeSourceError(path, at.line, at.col, `nests more than ${limits.maxNesting} levels deep here: refused (compose files nest a few levels)`);
  }
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Compose reads YAML 1.1-style merge keys (`<<: *anchor`), so they are enabled here too.
    // Duplicate keys are found by duplicateKeyOffset: the parser's own check compares every key
    // of a map with every other (10 MB of one map ran for hours).
    doc = parseDocument(text, { lineCounter: lines, merge: true, prettyErrors: true, keepSourceTokens: false, uniqueKeys: false });
  } catch (error) {
    // Deep nesting can exhaust the parser's stack; that is malformed input for us.
    throw new ComposeSourceError(path, 0, 0, `cannot be parsed as YAML (${error instanceof Error ? error.message : String(error)})`);
  }
  let aliasTargets: Map<Alias, Node>;
  try {
    const problem = doc.errors[0];
    const duplicate = duplicateKeyOffset(doc);
    if (duplicate !== undefined && !(problem && problem.pos[0] < duplicate)) {
      const at = lines.linePos(duplicate);
      throw new ComposeSourceError(path, at.line, at.col, 'invalid YAML: Map keys must be unique');
    }
    if (problem) {
      const at = problem.linePos?.[0];
      const detail = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new ComposeSourceError(path, at?.line ?? 0, at?.col ?? 0, `invalid YAML: ${detail}`);
    }
    aliasTargets = resolveAliases(path, doc, lines);
    checkExpansion(path, doc, aliasTargets, lines, limits);
  } catch (error) {
    if (error instanceof RangeError) throw new ComposeSourceError(path, 0, 0, 'is nested too deeply to be a compose file');
    throw error;
  }
  return { path, text, doc, lines, aliasTargets };
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

/** Anchors in document order: an alias names the latest anchor of that name before it. */
function resolveAliases(path: string, doc: Document.Parsed, lines: LineCounter): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Alias: (_key, alias) => {
      const target = anchors.get(alias.source);
      if (!target) {
        const at = alias.range ? lines.linePos(alias.range[0]) : { line: 0, col: 0 };
        throw new ComposeSourceError(path, at.line, at.col, `alias *${alias.source} names no anchor defined before it`);
      }
      targets.set(alias, target);
    },
    Node: (_key, node) => {
      if ('anchor' in node && typeof node.anchor === 'string' && node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

/**
 * Counts the nodes the document would have with aliases expanded, bottom-up with memoisation,
 * so the count itself costs one pass however large the expansion. A self-referencing anchor
 * counts as unbounded.
 */
function checkExpansion(path: string, doc: Document.Parsed, targets: Map<Alias, Node>, lines: LineCounter, limits: SourceLimits): void {
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  let written = 0;
  const size = (node: unknown): number => {
    if (node === null || node === undefined) return 1;
    const cached = sizes.get(node);
    if (cached !== undefined) return cached;
    if (inProgress.has(node)) return Infinity;
    inProgress.add(node);
    let total = 1;
    if (isAlias(node)) {
      total = size(targets.get(node));
    } else if (isPair(node)) {
      total = size(node.key) + size(node.value);
    } else if (isCollection(node)) {
      written += 1;
      for (const item of node.items as unknown[]) total += size(item);
    } else {
      written += 1;
    }
    inProgress.delete(node);
    sizes.set(node, total);
    return total;
  };
  const expanded = size(doc.contents);
  const allowed = written * limits.maxExpansionFactor + limits.expansionAllowance;
  if (expanded > allowed) {
    const first = [...targets.keys()][0];
    const at = first?.range ? lines.linePos(first.range[0]) : { line: 0, col: 0 };
    throw new ComposeSourceError(
      path,
      at.line,
      at.col,
      `its aliases expand to ${Number.isFinite(expanded) ? `${expanded} nodes` : 'an endless structure'} from ${written} written (more than ${allowed} allowed): refused as an alias bomb`,
    );
  }
}

/**
 * Offset of the first key that repeats an earlier key of the same map (scalars with equal
 * values, as the parser's own check compares them; merge keys `<<` may repeat), in one pass.
 */
export function duplicateKeyOffset(doc: Document.Parsed): number | undefined {
  let first: number | undefined;
  visit(doc, {
    Map: (_key, map) => {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key: unknown = pair.key;
        if (!isScalar(key) || typeof key.value === 'symbol' || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const offset = key.range?.[0];
          if (offset !== undefined && (first === undefined || offset < first)) first = offset;
          break;
        }
        seen.add(key.value);
      }
    },
  });
  return first;
}

/**
 * Where flow collections nest deeper than `max`, or a line chains more than `max` block
 * indicators (`- - - a`, `? ? a`): one pass, skipping quoted scalars and comments as well as a
 * scanner without the grammar can tell (a quote opens only after a space or `[{,:`). Unbalanced
 * brackets in plain scalars count too, which errs towards refusing only absurd files.
 */
export function excessiveNesting(text: string, max: number): number | undefined {
  let flow = 0;
  let chain = 0;
  let quote = '';
  let comment = false;
  let onlyIndicators = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\n') {
      comment = false;
      onlyIndicators = true;
      chain = 0;
      continue;
    }
    if (comment) continue;
    if (quote === '"') {
      if (char === '\\') index += 1;
      else if (char === '"') quote = '';
      continue;
    }
    if (quote === "'") {
      if (char === "'" && text[index + 1] === "'") index += 1;
      else if (char === "'") quote = '';
      continue;
    }
    const previous = index > 0 ? text[index - 1]! : '\n';
    const afterSpace = previous === ' ' || previous === '\t' || previous === '\n' || previous === '\r';
    if (char === ' ' || char === '\t' || char === '\r') continue;
    if (char === '#' && afterSpace) {
      comment = true;
      continue;
    }
    if (onlyIndicators && (char === '-' || char === '?') && /[ \t]/.test(text[index + 1] ?? '')) {
      chain += 1;
      if (chain > max) return index;
      continue;
    }
    onlyIndicators = false;
    if ((char === '"' || char === "'") && (afterSpace || '[{,:'.includes(previous))) quote = char;
    else if (char === '[' || char === '{') {
      flow += 1;
      if (flow > max) return index;
    } else if ((char === ']' || char === '}') && flow > 0) flow -= 1;
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
