import { CST, isAlias, isCollection, isPair, isScalar, Lexer, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';

// YAML from people we do not trust — compose files, workflows and policy files of a pull
// request from a fork — parsed so that no text can take the step down: the `yaml` library's own
// checks are quadratic (unique keys: 50 000 keys of one map took 17 s) or recursive (10 MB of
// `[` ran 48 s and crashed node), and Compose's decoder spins on an alias bomb (minutes of CPU
// on nine nested levels). Every guard here is one linear pass; what fails one is refused with
// the line and column responsible.

/** Text refused before or while parsing, with where the trouble is (1-based; 0 when nowhere). */
export class UntrustedYamlError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${line > 0 ? `${line}:${column}: ` : ''}${detail}`);
    this.name = 'UntrustedYamlError';
  }
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

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxExpansionFactor: 10,
  expansionAllowance: 100_000,
  maxNesting: 100,
};

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  /** What each alias points at, resolved once (yaml's Alias.resolve walks the whole document). */
  aliasTargets: Map<Alias, Node>;
}

/** Parses one document; throws UntrustedYamlError for anything refused or malformed. */
export function parseUntrustedYaml(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS, options: { merge?: boolean } = {}): ParsedYaml {
  if (text.length > limits.maxBytes) throw new UntrustedYamlError(0, 0, `the file is ${text.length} bytes; files over ${limits.maxBytes} bytes are refused`);
  const lines = new LineCounter();
  const tooDeep = excessiveNesting(text, limits.maxNesting);
  if (tooDeep !== undefined) {
    lines.addNewLine(0);
    for (let index = text.indexOf('\n'); index !== -1 && index < tooDeep; index = text.indexOf('\n', index + 1)) lines.addNewLine(index + 1);
    const at = lines.linePos(tooDeep);
    throw new UntrustedYamlError(at.line, at.col, `nests more than ${limits.maxNesting} levels deep here: refused (such files nest a few levels)`);
  }
  let doc: Document.Parsed;
  try {
    // Duplicate keys are found by duplicateKeyOffset, in one pass, instead of the parser's check.
    doc = parseDocument(text, { lineCounter: lines, merge: options.merge ?? false, prettyErrors: true, keepSourceTokens: false, uniqueKeys: false });
  } catch (error) {
    throw new UntrustedYamlError(0, 0, `cannot be parsed as YAML (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const problem = doc.errors[0];
    const duplicate = duplicateKeyOffset(doc);
    if (duplicate !== undefined && !(problem && problem.pos[0] < duplicate)) {
      const at = lines.linePos(duplicate);
      throw new UntrustedYamlError(at.line, at.col, 'invalid YAML: Map keys must be unique');
    }
    if (problem) {
      const at = problem.linePos?.[0];
      const detail = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new UntrustedYamlError(at?.line ?? 0, at?.col ?? 0, `invalid YAML: ${detail}`);
    }
    const aliasTargets = resolveAliases(doc, lines);
    checkExpansion(doc, aliasTargets, lines, limits);
    return { doc, lines, aliasTargets };
  } catch (error) {
    if (error instanceof RangeError) throw new UntrustedYamlError(0, 0, 'is nested too deeply to be read');
    throw error;
  }
}

/**
 * Offset where flow collections nest deeper than `max`, or a line chains more than `max` block
 * indicators (`- - - a`, `? ? a`). Counted over the tokens of yaml's own lexer, which knows
 * quoted and block scalars and comments (a bracket inside them is text, and a quote inside a
 * block scalar opens nothing); the lexer is linear and is stopped at the first offence.
 */
export function excessiveNesting(text: string, max: number): number | undefined {
  let offset = 0;
  let flow = 0;
  let chain = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      flow += 1;
      if (flow > max) return offset;
    } else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) {
      flow -= 1;
    } else if (type === 'seq-item-ind' || type === 'explicit-key-ind') {
      chain += 1;
      if (chain > max) return offset;
    } else if (type === 'newline' || type === 'doc-start') {
      chain = 0;
    }
    // Control tokens of the lexer (document mode, "a scalar follows") take no room in the text.
    if (!(token.length === 1 && token < ' ' && token !== '\t' && token !== '\n' && token !== '\r')) offset += token.length;
  }
  return undefined;
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

/** Anchors in document order: an alias names the latest anchor of that name before it. */
function resolveAliases(doc: Document.Parsed, lines: LineCounter): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Alias: (_key, alias) => {
      const target = anchors.get(alias.source);
      if (!target) {
        const at = alias.range ? lines.linePos(alias.range[0]) : { line: 0, col: 0 };
        throw new UntrustedYamlError(at.line, at.col, `alias *${alias.source} names no anchor defined before it`);
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
function checkExpansion(doc: Document.Parsed, targets: Map<Alias, Node>, lines: LineCounter, limits: YamlLimits): void {
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
    throw new UntrustedYamlError(
      at.line,
      at.col,
      `its aliases expand to ${Number.isFinite(expanded) ? `${expanded} nodes` : 'an endless structure'} from ${written} written (more than ${allowed} allowed): refused as an alias bomb`,
    );
  }
}
