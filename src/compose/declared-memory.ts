import type { ComposeService } from './model.js';
import { jvmSize, mysqlSize, percentage, postgresSize, redisSize, wholeNumber } from './program-sizes.js';

// What a service tells its program to use, read from the canonical model's command, entrypoint
// and environment: a JVM heap, Redis maxmemory, PostgreSQL shared_buffers, the InnoDB buffer pool,
// Node's old space. These are promises the program keeps until the container's memory limit
// breaks them; `memory-fit`, the reservation of an unlimited service and injected limits all read
// them from here. Only the switch and its size are kept for messages, never the rest of a value.

export type Program = 'jvm' | 'redis' | 'postgres' | 'mysql' | 'node';

export interface DeclaredIn {
  in: 'command' | 'entrypoint' | 'environment';
  /** The environment variable's name (never its value). */
  variable?: string;
}

export interface Declaration {
  program: Program;
  /** What is declared, for messages: "a JVM heap of", "Redis data (maxmemory) up to". */
  what: string;
  /** The switch and its size as written ("-Xmx512m", "--maxmemory 512mb"): nothing else of the text. */
  flag: string;
  /** How the switch's name is written, to find its line (`-Xmx${HEAP}` is still `-Xmx`). */
  key: RegExp;
  where: DeclaredIn;
  /** Bytes the program will hold; undefined when it is a share of the limit (`shareOfLimit`). */
  bytes?: number;
  /** A share of whatever memory limit the container gets (-XX:MaxRAMPercentage alone). */
  shareOfLimit?: number;
  /** Memory that comes with it, already counted in `bytes` (PostgreSQL's connections). */
  extra?: { bytes: number; why: string };
}

/** The JVM reads these in this order; a later rank overrides an earlier one. */
const JVM_VARIABLES: Record<string, number> = {
  JAVA_TOOL_OPTIONS: 0,
  JDK_JAVA_OPTIONS: 1,
  JAVA_OPTS: 1,
  ES_JAVA_OPTS: 1,
  KAFKA_HEAP_OPTS: 1,
  LS_JAVA_OPTS: 1,
  _JAVA_OPTIONS: 2,
};
/** Flags the entrypoints of the Redis images (redis-stack, Bitnami) append to redis-server. */
const REDIS_VARIABLES = ['REDIS_ARGS', 'REDIS_EXTRA_FLAGS'];
/** A PostgreSQL backend's own memory at rest (catalog caches); work_mem per sort comes on top. */
export const POSTGRES_CONNECTION_BYTES = 1024 ** 2;
const POSTGRES_DEFAULT_CONNECTIONS = 100;
/** With no heap flag, the JVM takes 25 % of the memory it sees (-XX:MaxRAMPercentage's default). */
const JVM_DEFAULT_PERCENT = 25;

interface Text {
  where: DeclaredIn;
  tokens: string[];
  /** Precedence among texts of the same program (a later rank overrides). */
  rank: number;
}

function tokens(value: string[] | string | null | undefined): string[] {
  const parts = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  const words: string[] = [];
  // `sh -c "java -Xmx512m …"` arrives as one element: its words are read too, unquoted.
  for (const part of parts) {
    for (const word of part.split(/\s+/)) {
      const bare = /["';]/.test(word) ? word.replace(/^["']+|["';]+$/g, '') : word;
      if (bare) words.push(bare);
    }
  }
  return words;
}

/** The command's and entrypoint's words, read once per service (several programs look at them). */
const commandWords = new WeakMap<ComposeService, { command: string[]; entrypoint: string[] }>();

function texts(service: ComposeService, variables: Record<string, number>, commandRank: number): Text[] {
  let words = commandWords.get(service);
  if (!words) commandWords.set(service, (words = { command: tokens(service.command), entrypoint: tokens(service.entrypoint) }));
  const found: Text[] = [
    { where: { in: 'command' }, tokens: words.command, rank: commandRank },
    { where: { in: 'entrypoint' }, tokens: words.entrypoint, rank: commandRank },
  ];
  for (const [variable, rank] of Object.entries(variables)) {
    const value = service.environment?.[variable];
    if (typeof value === 'string') found.push({ where: { in: 'environment', variable }, tokens: tokens(value), rank });
  }
  return found;
}

interface Hit<T> {
  value: T;
  flag: string;
  where: DeclaredIn;
  rank: number;
}

/**
 * The value a program ends up with: the last occurrence within one text, the highest rank across
 * texts, and among texts of one rank (whose order on the final command line we cannot see) the
 * largest, so the finding errs towards the memory the program may really take.
 */
function scan<T extends number>(list: Text[], read: (words: string[], index: number) => { value: T; flag: string } | undefined): Hit<T> | undefined {
  let best: Hit<T> | undefined;
  for (const text of list) {
    let last: { value: T; flag: string } | undefined;
    text.tokens.forEach((_, index) => {
      last = read(text.tokens, index) ?? last;
    });
    if (!last) continue;
    if (!best || text.rank > best.rank || (text.rank === best.rank && last.value > best.value)) best = { ...last, where: text.where, rank: text.rank };
  }
  return best;
}

/** `--name=value` or `--name value`, for options whose name matches `name`. */
function option(name: RegExp, parse: (text: string) => number | undefined, flagName: string) {
  return (words: string[], index: number): { value: number; flag: string } | undefined => {
    const match = name.exec(words[index]!);
    if (!match) return undefined;
    const text = match[1] ?? words[index + 1] ?? '';
    const value = parse(text);
    return value === undefined ? undefined : { value, flag: `${flagName}${match[1] !== undefined ? '=' : ' '}${text}` };
  };
}

function jvm(service: ComposeService): Declaration[] {
  const list = texts(service, JVM_VARIABLES, 1);
  const prefixed = (pattern: RegExp, parse: (text: string) => number | undefined) => (words: string[], index: number) => {
    const match = words[index]!.startsWith('-X') ? pattern.exec(words[index]!) : null;
    const value = match ? parse(match[1]!) : undefined;
    return value === undefined ? undefined : { value, flag: words[index]! };
  };
  const heap = scan(list, prefixed(/^-(?:Xmx|XX:MaxHeapSize=)(\w+)$/, jvmSize));
  if (heap) return [{ program: 'jvm', what: 'a JVM heap of', flag: heap.flag, key: /-Xmx|MaxHeapSize/, where: heap.where, bytes: heap.value }];
  const percent =
    scan(list, prefixed(/^-XX:MaxRAMPercentage=([\d.]+)$/, percentage)) ??
    scan(list, prefixed(/^-XX:MaxRAMFraction=(\d+)$/, (text) => (Number(text) > 0 ? 100 / Number(text) : undefined)));
  const maxRam = scan(list, prefixed(/^-XX:MaxRAM=(\w+)$/, jvmSize));
  if (maxRam) {
    const share = (percent?.value ?? JVM_DEFAULT_PERCENT) / 100;
    const flag = percent ? `${maxRam.flag} ${percent.flag}` : maxRam.flag;
    return [{ program: 'jvm', what: `a JVM heap (${Math.round(share * 100)}% of the MaxRAM it is told it has) of`, flag, key: /MaxRAM=/, where: maxRam.where, bytes: Math.floor(maxRam.value * share) }];
  }
  if (percent) return [{ program: 'jvm', what: `a JVM heap of ${+percent.value.toFixed(1)}% of its limit,`, flag: percent.flag, key: /MaxRAMPercentage|MaxRAMFraction/, where: percent.where, shareOfLimit: percent.value / 100 }];
  return [];
}

function redis(service: ComposeService): Declaration[] {
  const variables = Object.fromEntries(REDIS_VARIABLES.map((name) => [name, 1]));
  // `--maxmemory 0` means no limit; `--maxmemory=…` is not Redis's grammar (it refuses to start).
  const maxmemory = scan(texts(service, variables, 1), (words, index) => {
    if (words[index] !== '--maxmemory') return undefined;
    const value = redisSize(words[index + 1] ?? '');
    return value === undefined ? undefined : { value, flag: `--maxmemory ${words[index + 1]}` };
  });
  if (!maxmemory || maxmemory.value === 0) return [];
  return [{ program: 'redis', what: 'Redis data (maxmemory) of up to', flag: maxmemory.flag, key: /--maxmemory(?![-\w])/, where: maxmemory.where, bytes: maxmemory.value }];
}

/** A server setting given as `-c name=value`, `-cname=value` or `--name=value` (dashes or underscores). */
function postgresSetting(name: string, parse: (text: string) => number | undefined) {
  const spelled = name.replace(/_/g, '[-_]');
  const inline = new RegExp(`^(?:-c|--)(${spelled})=(.+)$`);
  const bare = new RegExp(`^(${spelled})=(.+)$`);
  return (words: string[], index: number): { value: number; flag: string } | undefined => {
    const word = words[index]!;
    const match = inline.exec(word) ?? (words[index - 1] === '-c' ? bare.exec(word) : null);
    const value = match ? parse(match[2]!) : undefined;
    return value === undefined ? undefined : { value, flag: `${name}=${match![2]}` };
  };
}

function postgres(service: ComposeService): Declaration[] {
  const list = texts(service, {}, 1);
  const buffers = scan(list, postgresSetting('shared_buffers', (text) => postgresSize(text, 8 * 1024)));
  if (!buffers) return [];
  const connections =
    scan(list, postgresSetting('max_connections', wholeNumber))?.value ??
    scan(list, (words, index) => (words[index - 1] === '-N' && wholeNumber(words[index]!) !== undefined ? { value: Number(words[index]), flag: `-N ${words[index]}` } : undefined))?.value ??
    POSTGRES_DEFAULT_CONNECTIONS;
  const extra = connections * POSTGRES_CONNECTION_BYTES;
  return [{
    program: 'postgres',
    what: 'PostgreSQL shared_buffers and connections of',
    flag: buffers.flag,
    key: /shared[-_]buffers/,
    where: buffers.where,
    bytes: buffers.value + extra,
    extra: { bytes: extra, why: `${connections} connections × 1 MiB` },
  }];
}

function mysql(service: ComposeService): Declaration[] {
  const pool = scan(texts(service, {}, 1), option(/^--(?:loose[-_])?innodb[-_]buffer[-_]pool[-_]size(?:=(.*))?$/, mysqlSize, '--innodb-buffer-pool-size'));
  if (!pool) return [];
  return [{ program: 'mysql', what: 'an InnoDB buffer pool of', flag: pool.flag, key: /innodb[-_]buffer[-_]pool[-_]size/, where: pool.where, bytes: pool.value }];
}

function node(service: ComposeService): Declaration[] {
  const oldSpace = scan(texts(service, { NODE_OPTIONS: 0 }, 1), option(/^--max[-_]old[-_]space[-_]size(?:=(.*))?$/, wholeNumber, '--max-old-space-size'));
  if (!oldSpace) return [];
  return [{ program: 'node', what: 'a Node.js old space of', flag: oldSpace.flag, key: /max[-_]old[-_]space[-_]size/, where: oldSpace.where, bytes: oldSpace.value * 1024 ** 2 }];
}

/** A word each program's switches contain: a program whose word appears nowhere declares nothing. */
const READERS: Array<[RegExp, (service: ComposeService) => Declaration[]]> = [
  [/Xmx|MaxHeapSize|MaxRAM/, jvm],
  [/maxmemory/, redis],
  [/shared[-_]buffers/, postgres],
  [/buffer[-_]pool/, mysql],
  [/old[-_]space/, node],
];

/** Several rules ask about each service; the model is not changed once loaded, so answers are kept. */
const known = new WeakMap<ComposeService, Declaration[]>();

/** Everything the service's programs are told to hold in memory, one declaration per program. */
export function declaredMemory(service: ComposeService): Declaration[] {
  let found = known.get(service);
  if (!found) {
    const text = [service.command, service.entrypoint, ...Object.values(service.environment ?? {})].flat().join(' ');
    found = READERS.flatMap(([word, read]) => (word.test(text) ? read(service) : []));
    known.set(service, found);
  }
  return found;
}

/** A declaration's bytes under a memory limit; undefined for a share of a limit that is not set. */
export function declaredBytes(declaration: Declaration, limitBytes: number | undefined): number | undefined {
  if (declaration.bytes !== undefined) return declaration.bytes;
  return limitBytes !== undefined && declaration.shareOfLimit !== undefined ? Math.floor(limitBytes * declaration.shareOfLimit) : undefined;
}

/** CPUs the service says it will use: a reservation, `cpu_count`, or the JVM's -XX:ActiveProcessorCount. */
export function declaredCpus(service: ComposeService): { cpus: number; because: string } | undefined {
  const candidates: Array<{ cpus: number; because: string }> = [];
  const reserved = Number(service.deploy?.resources?.reservations?.cpus ?? NaN);
  if (reserved > 0) candidates.push({ cpus: reserved, because: 'deploy.resources.reservations.cpus' });
  const count = Number(service.cpu_count ?? NaN);
  if (count > 0) candidates.push({ cpus: count, because: 'cpu_count' });
  const active = scan(texts(service, JVM_VARIABLES, 1), (words, index) => {
    const match = /^-XX:ActiveProcessorCount=(\d+)$/.exec(words[index]!);
    return match && Number(match[1]) > 0 ? { value: Number(match[1]), flag: words[index]! } : undefined;
  });
  if (active) candidates.push({ cpus: active.value, because: active.flag });
  return candidates.sort((a, b) => b.cpus - a.cpus)[0];
}
