import path from 'node:path';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import {
  ComposeSourceError,
  DEFAULT_SOURCE_LIMITS,
  deref,
  parseComposeSource,
  positionOf,
  type ComposeSource,
  type Position,
  type SourceLimits,
} from './compose-source.js';

import { envEntries, includedFiles, type FileReference } from './file-references.js';

export { ComposeSourceError, type Position } from './compose-source.js';
export type { FileReference } from './file-references.js';

// Maps paths of the canonical model (services.<s>.healthcheck.interval, an entry of
// services.<s>.ports) back to where they are written. Compose decides what the model is; this
// only finds the text responsible, following Compose's precedence: a later -f file wins over an
// earlier one, a service wins over what it `extends`, explicit keys win over `<<` merge keys and
// earlier merge sources over later ones. Values that arrive through an anchor (an `x-`
// extension, say) are placed where the anchor's value is written. When the exact value cannot be
// placed (interpolated into existence, from an env_file…) callers fall back to the service's key.

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

interface ServiceNode {
  source: ComposeSource;
  node: YAMLMap;
  /** The key naming the service in its file. */
  key: Node;
  /** Reached through `extends` (a base service), not a definition of the service itself. */
  inherited: boolean;
}

const MAX_DEPTH = 10;

export class ComposeSources {
  private readonly byPath = new Map<string, ComposeSource>();
  /** Main files and what they include, lowest precedence first. */
  private readonly layers: ComposeSource[] = [];
  private readonly chains = new Map<string, ServiceNode[]>();
  private readonly pairIndex = new WeakMap<YAMLMap, { keys: Map<string, Pair>; merges: unknown[] }>();
  private readonly mainFiles = new Set<string>();
  private readonly includes: FileReference[] = [];
  private referenced?: FileReference[];

  private constructor(
    private readonly read: ReadText,
    private readonly limits: SourceLimits,
    private readonly canRead: (absolutePath: string) => boolean,
    private readonly projectDirectory: string,
  ) {}

  /**
   * Parses the compose files (absolute paths, in -f order) and the files they `include` or
   * `extends` from. A main file that cannot be read or parsed throws ComposeSourceError; an
   * included or extended file that cannot be read is left to Compose to report.
   */
  static load(files: string[], read: ReadText, options: SourceOptions = {}): ComposeSources {
    const { limits = DEFAULT_SOURCE_LIMITS, canRead = () => true, projectDirectory } = options;
    const absolute = files.map((file) => path.resolve(file));
    const sources = new ComposeSources(read, limits, canRead, projectDirectory ?? path.dirname(absolute[0] ?? '/'));
    for (const file of absolute) sources.mainFiles.add(file);
    for (const file of absolute) sources.addLayer(file, 0, true);
    return sources;
  }

  /** Every file parsed, main files first. */
  get files(): ComposeSource[] {
    return [...this.byPath.values()];
  }

  /** Where the value at `modelPath` inside a service is written, in the file that wins. */
  value(service: string, modelPath: ModelPath): Position | undefined {
    for (const { source, node } of this.chain(service)) {
      const found = this.walk(source, node, modelPath);
      if (!found) continue;
      const value = deref(source, found.pair.value);
      const onValue = value && !(isScalar(value) && value.value === null) ? positionOf(source, value) : undefined;
      return onValue ?? positionOf(source, found.pair.key as Node);
    }
    return undefined;
  }

  /** Where the key of the value at `modelPath` is written (`ports:`), in the file that wins. */
  key(service: string, modelPath: ModelPath): Position | undefined {
    for (const { source, node } of this.chain(service)) {
      const found = this.walk(source, node, modelPath);
      if (found) return positionOf(source, found.pair.key as Node);
    }
    return undefined;
  }

  /**
   * The first entry of the list or mapping at `modelPath` that `match` accepts, searching the
   * winning file first (list entries of several files are merged by Compose, so any may hold it).
   */
  entry(service: string, modelPath: ModelPath, match: (entry: SourceEntry) => boolean): Position | undefined {
    for (const { source, node } of this.chain(service)) {
      const found = this.walk(source, node, modelPath);
      const collection = found && deref(source, found.pair.value);
      if (isSeq(collection)) {
        for (const item of collection.items) {
          const value = deref(source, item);
          if (value && match({ value: plain(source, value) })) return positionOf(source, value);
        }
      } else if (isMap(collection)) {
        for (const pair of this.pairs(collection).keys.values()) {
          const key = String((pair.key as { value?: unknown }).value);
          if (match({ key, value: plain(source, deref(source, pair.value)) })) return positionOf(source, pair.key as Node);
        }
      } else if (collection && match({ value: plain(source, collection) })) {
        // A single value where a list may stand (`tmpfs: /run`, `command: sh -c …`).
        return positionOf(source, collection);
      }
    }
    return undefined;
  }

  /** The service's key in the first file that declares it (where a missing setting belongs). */
  service(service: string): Position | undefined {
    const declared = this.serviceKeys(service);
    return declared[declared.length - 1];
  }

  /** The service's key in every file that defines it, winning file first. */
  serviceKeys(service: string): Position[] {
    return this.chain(service)
      .filter((link) => !link.inherited)
      .map((link) => positionOf(link.source, link.key))
      .filter((position): position is Position => position !== undefined);
  }

  /**
   * Every file the compose files make Compose read besides themselves — `include` entries (and
   * their env files), `extends.file`, and each service's `env_file` — with where it is named.
   */
  references(): FileReference[] {
    if (this.referenced) return this.referenced;
    const found: FileReference[] = [...this.includes];
    const seen = new Set<ComposeSource>();
    const pending = [...this.layers];
    for (let source = pending.shift(); source; source = pending.shift()) {
      if (seen.has(source)) continue;
      seen.add(source);
      for (const [service, node] of this.servicesOf(source)) {
        const extendsPair = this.find(source, node, 'extends');
        const spec = extendsPair && deref(source, extendsPair.value);
        const filePair = isMap(spec) ? this.find(source, spec, 'file') : undefined;
        const fileNode = filePair && deref(source, filePair.value);
        if (isScalar(fileNode) && typeof fileNode.value === 'string' && !fileNode.value.includes('$')) {
          const target = path.resolve(path.dirname(source.path), fileNode.value);
          const at = positionOf(source, fileNode);
          if (at) found.push({ kind: 'extends', target, at, service });
          const parsed = this.parse(target, false);
          if (parsed) pending.push(parsed);
        }
        const envPair = this.find(source, node, 'env_file');
        for (const entry of envEntries(source, envPair)) {
          found.push({ kind: 'env_file', target: path.resolve(this.baseOf(source), entry.path), at: entry.at, service });
        }
      }
    }
    this.referenced = found;
    return found;
  }

  /** A top-level key (`services:`) in the first main file that has it. */
  top(key: string): Position | undefined {
    for (const source of this.layers) {
      const root = deref(source, source.doc.contents);
      const pair = isMap(root) ? this.find(source, root, key) : undefined;
      if (pair) return positionOf(source, pair.key as Node);
    }
    return undefined;
  }

  /**
   * A value outside the services (`networks.<n>.name`, `volumes.data.driver_opts.device`,
   * `secrets.s.file`), in the file that wins (a later -f file over an earlier one, a file over
   * what it includes), with the value as written (before interpolation).
   */
  topValue(modelPath: ModelPath): { position: Position; written: unknown } | undefined {
    for (const source of [...this.layers].reverse()) {
      const root = deref(source, source.doc.contents);
      const found = isMap(root) ? this.walk(source, root, modelPath) : undefined;
      if (!found) continue;
      const value = deref(source, found.pair.value);
      const position = (value && !(isScalar(value) && value.value === null) ? positionOf(source, value) : undefined) ?? positionOf(source, found.pair.key as Node);
      if (position) return { position, written: plain(source, value ?? undefined) };
    }
    return undefined;
  }

  private addLayer(file: string, depth: number, required: boolean): void {
    if (this.byPath.has(file) || depth > MAX_DEPTH) return;
    const source = this.parse(file, required);
    if (!source) return;
    const root = deref(source, source.doc.contents);
    // Included files come before the file that includes them: their services are imported.
    const include = isMap(root) ? this.find(source, root, 'include') : undefined;
    for (const reference of includedFiles(source, include)) {
      this.includes.push(reference);
      if (reference.kind === 'include') this.addLayer(reference.target, depth + 1, false);
    }
    this.layers.push(source);
  }

  /** What relative paths of a file are resolved against: the project directory for main files. */
  private baseOf(source: ComposeSource): string {
    return this.mainFiles.has(source.path) ? this.projectDirectory : path.dirname(source.path);
  }

  /** The services a file defines, by name. */
  private servicesOf(source: ComposeSource): Array<[string, YAMLMap]> {
    const root = deref(source, source.doc.contents);
    const services = isMap(root) ? this.find(source, root, 'services') : undefined;
    const map = services && deref(source, services.value);
    if (!isMap(map)) return [];
    return [...this.pairs(map).keys.entries()].flatMap(([name, pair]): Array<[string, YAMLMap]> => {
      const node = deref(source, pair.value);
      return isMap(node) ? [[name, node]] : [];
    });
  }

  private parse(file: string, required: boolean): ComposeSource | undefined {
    const known = this.byPath.get(file);
    if (known) return known;
    if (!required && !this.canRead(file)) return undefined;
    let text: string;
    try {
      text = this.read(file);
    } catch (error) {
      if (!required) return undefined;
      const code = (error as NodeJS.ErrnoException).code;
      throw new ComposeSourceError(file, 0, 0, code === 'ENOENT' ? 'the file does not exist' : `cannot be read (${code ?? String(error)})`);
    }
    const source = parseComposeSource(file, text, this.limits);
    this.byPath.set(file, source);
    return source;
  }

  /** The service's definitions, winning first: each layer's, each followed by what it extends. */
  private chain(service: string): ServiceNode[] {
    const cached = this.chains.get(service);
    if (cached) return cached;
    const chain: ServiceNode[] = [];
    for (const source of [...this.layers].reverse()) {
      const defined = this.serviceIn(source, service);
      if (defined) this.followExtends(defined, chain, 0);
    }
    this.chains.set(service, chain);
    return chain;
  }

  private followExtends(link: ServiceNode, chain: ServiceNode[], depth: number): void {
    if (depth > MAX_DEPTH || chain.some((known) => known.node === link.node)) return;
    chain.push(link);
    const extendsPair = this.find(link.source, link.node, 'extends');
    const spec = extendsPair ? plain(link.source, deref(link.source, extendsPair.value)) : undefined;
    const base = typeof spec === 'string' ? { service: spec } : (spec as { service?: unknown; file?: unknown } | undefined);
    if (!base || typeof base.service !== 'string') return;
    let source: ComposeSource | undefined = link.source;
    if (typeof base.file === 'string' && !base.file.includes('$')) {
      source = this.parse(path.resolve(path.dirname(link.source.path), base.file), false);
    }
    const parent = source && this.serviceIn(source, base.service);
    if (parent) this.followExtends({ ...parent, inherited: true }, chain, depth + 1);
  }

  private serviceIn(source: ComposeSource, service: string): ServiceNode | undefined {
    const root = deref(source, source.doc.contents);
    const services = isMap(root) ? this.find(source, root, 'services') : undefined;
    const map = services && deref(source, services.value);
    const pair = isMap(map) ? this.find(source, map, service) : undefined;
    const node = pair && deref(source, pair.value);
    return pair && isMap(node) ? { source, node, key: pair.key as Node, inherited: false } : undefined;
  }

  private walk(source: ComposeSource, start: YAMLMap, modelPath: ModelPath): { pair: Pair } | undefined {
    let node: unknown = start;
    let pair: Pair | undefined;
    for (const segment of modelPath) {
      const map = deref(source, node);
      if (!isMap(map)) return undefined;
      pair = this.find(source, map, segment);
      if (!pair) return undefined;
      node = pair.value;
    }
    return pair ? { pair } : undefined;
  }

  /** A key of a mapping: written there, else from its merge sources, earlier sources first. */
  private find(source: ComposeSource, map: YAMLMap, key: string, depth = 0): Pair | undefined {
    const { keys, merges } = this.pairs(map);
    const own = keys.get(key);
    if (own || depth > MAX_DEPTH) return own;
    for (const merged of merges) {
      const target = deref(source, merged);
      const candidates = isSeq(target) ? target.items.map((item) => deref(source, item)) : [target];
      for (const candidate of candidates) {
        const found = isMap(candidate) ? this.find(source, candidate, key, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  }

  private pairs(map: YAMLMap): { keys: Map<string, Pair>; merges: unknown[] } {
    let index = this.pairIndex.get(map);
    if (!index) {
      index = { keys: new Map(), merges: [] };
      for (const pair of map.items as Pair[]) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'symbol' || key === '<<') index.merges.push(pair.value);
        else if (key !== null && key !== undefined && !index.keys.has(String(key))) index.keys.set(String(key), pair);
      }
      this.pairIndex.set(map, index);
    }
    return index;
  }
}

/** A node as plain data, for matching entries; anchors were checked for bombs at parse time. */
function plain(source: ComposeSource, node: Node | undefined): unknown {
  if (!node) return undefined;
  if (isScalar(node)) return node.value;
  try {
    return node.toJS(source.doc, { maxAliasCount: -1 });
  } catch {
    return undefined;
  }
}
