import type { ComposeService } from '../compose/model.js';

// What a service tells its program about memory and persistence, for `compare`'s rows: the JVM
// heap, Redis maxmemory, PostgreSQL shared_buffers, the InnoDB buffer pool, Node's old space;
// Redis appendonly/save and PostgreSQL fsync. Read from the canonical model's command,
// entrypoint and the environment variables each program reads. Only the parsed size or switch
// is ever shown, never the text around it.
//
// A small reader of its own: the memory-fit rules read the same flags (with their positions and
// precedence) in their own module; the two are meant to become one. Each program has its own
// size grammar (Redis `1k` is 1000 and `1kb` 1024, a bare PostgreSQL number counts 8 kB pages),
// which no general size parser knows, hence the small parsers below.

export interface DeclaredSize {
  what: string;
  /** Bytes, or a share of the container's limit (the JVM's MaxRAMPercentage). */
  bytes?: number;
  percentOfLimit?: number;
}

const JVM_VARIABLES = ['JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS', 'JAVA_OPTS', 'ES_JAVA_OPTS', 'KAFKA_HEAP_OPTS', 'LS_JAVA_OPTS', '_JAVA_OPTIONS'];
const KIB = 1024;
const POWERS: Record<string, number> = { '': 1, k: KIB, m: KIB ** 2, g: KIB ** 3, t: KIB ** 4 };

/** Words of a command or variable; an `sh -c` script's words too. An empty argument (`--save ""`) stays. */
function tokensOf(value: string[] | string | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((item) => (item === '' ? [''] : item.split(/\s+/).filter(Boolean)));
}

/** Tokens of the command and entrypoint, then of the named variables, in that order. */
function texts(service: ComposeService, variables: string[]): string[][] {
  const environment = service.environment ?? {};
  const fromEnv = variables.map((name) => environment[name]).filter((value): value is string => typeof value === 'string');
  return [tokensOf(service.entrypoint), tokensOf(service.command), ...fromEnv.map((value) => tokensOf(value))];
}

/** The value of `--name value`, `--name=value` or `-c name=value` (also `-cname=value`); the last one wins. */
function setting(tokens: string[], names: string[]): string | undefined {
  let found: string | undefined;
  tokens.forEach((token, index) => {
    const bare = token.replace(/^-{1,2}/, '').replace(/^c(?=[a-z_-]+=)/, '');
    for (const name of names) {
      if (bare.startsWith(`${name}=`)) found = bare.slice(name.length + 1);
      else if (token.startsWith('-') && bare === name && index + 1 < tokens.length) found = tokens[index + 1];
    }
  });
  return found?.replace(/^(['"])(.*)\1$/, '$2');
}

/** `512m`, `2g`, `1024` (bytes): the JVM's and MySQL's grammar, powers of 1024. */
function jvmSize(text: string): number | undefined {
  const match = /^(\d+)([kmgt]?)b?$/i.exec(text);
  return match ? Number(match[1]) * POWERS[match[2]!.toLowerCase()]! : undefined;
}

/** Redis: `k`/`m`/`g` are powers of 1000, `kb`/`mb`/`gb` of 1024; a bare number is bytes. */
function redisSize(text: string): number | undefined {
  const match = /^(\d+)(?:([kmg])(b?))?$/i.exec(text);
  if (!match) return undefined;
  if (!match[2]) return Number(match[1]);
  const power = { k: 1, m: 2, g: 3 }[match[2].toLowerCase() as 'k' | 'm' | 'g'];
  return Number(match[1]) * (match[3] ? KIB : 1000) ** power;
}

/** PostgreSQL: `kB`, `MB`, `GB`, `TB` are powers of 1024; a bare number counts 8 kB pages. */
function postgresSize(text: string): number | undefined {
  const match = /^(\d+)\s*(b|kb|mb|gb|tb)?$/i.exec(text);
  if (!match) return undefined;
  const unit = match[2]?.toLowerCase();
  return Number(match[1]) * (unit === undefined ? 8 * KIB : unit === 'b' ? 1 : POWERS[unit[0]!]!);
}

/** Every size the service declares, one per program. */
export function declaredSizes(service: ComposeService): DeclaredSize[] {
  const sizes: DeclaredSize[] = [];
  const jvm = texts(service, JVM_VARIABLES).flat();
  const heap = jvm.map((token) => /^-Xmx(\S+)$/.exec(token)?.[1]).filter(Boolean).at(-1);
  const percent = jvm.map((token) => /^-XX:MaxRAMPercentage=(\d+(?:\.\d+)?)$/.exec(token)?.[1]).filter(Boolean).at(-1);
  const heapBytes = heap ? jvmSize(heap) : undefined;
  if (heapBytes !== undefined) sizes.push({ what: 'JVM heap', bytes: heapBytes });
  else if (percent) sizes.push({ what: 'JVM heap', percentOfLimit: Number(percent) });

  const maxmemory = setting(texts(service, ['REDIS_ARGS']).flat(), ['maxmemory']);
  const redisBytes = maxmemory ? redisSize(maxmemory) : undefined;
  if (redisBytes !== undefined) sizes.push({ what: 'Redis maxmemory', bytes: redisBytes });

  const buffers = setting(texts(service, []).flat(), ['shared_buffers', 'shared-buffers']);
  const bufferBytes = buffers ? postgresSize(buffers) : undefined;
  if (bufferBytes !== undefined) sizes.push({ what: 'PostgreSQL shared_buffers', bytes: bufferBytes });

  const pool = setting(texts(service, []).flat(), ['innodb_buffer_pool_size', 'innodb-buffer-pool-size']);
  const poolBytes = pool ? jvmSize(pool) : undefined;
  if (poolBytes !== undefined) sizes.push({ what: 'InnoDB buffer pool', bytes: poolBytes });

  const oldSpace = setting(texts(service, ['NODE_OPTIONS']).flat(), ['max-old-space-size', 'max_old_space_size']);
  if (oldSpace && /^\d+$/.test(oldSpace)) sizes.push({ what: 'Node old space', bytes: Number(oldSpace) * KIB ** 2 });
  return sizes;
}

/** Persistence switches written for the service: "Redis appendonly no", "PostgreSQL fsync off". */
export function persistenceSwitches(service: ComposeService): string[] {
  const switches: string[] = [];
  const redis = texts(service, ['REDIS_ARGS']).flat();
  const appendonly = setting(redis, ['appendonly']);
  if (appendonly !== undefined && /^(yes|no)$/i.test(appendonly)) switches.push(`Redis appendonly ${appendonly.toLowerCase()}`);
  const save = setting(redis, ['save']);
  if (save !== undefined) switches.push(save === '' || save === '""' || save === "''" ? 'Redis save off' : /^\d+$/.test(save) ? 'Redis save on' : 'Redis save set');
  const fsync = setting(texts(service, []).flat(), ['fsync']);
  if (fsync !== undefined && /^(on|off|true|false|yes|no|1|0)$/i.test(fsync)) {
    switches.push(`PostgreSQL fsync ${/^(on|true|yes|1)$/i.test(fsync) ? 'on' : 'off'}`);
  }
  return switches;
}
