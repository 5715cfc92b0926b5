// Each program's own grammar for the sizes it is told to use. They differ, and guessing wrong
// is off by a factor of 1000 or 8192: Redis reads `512m` as 512 000 000 bytes and `512mb` as
// 512 MiB; PostgreSQL reads a bare `shared_buffers=128` as 128 blocks of 8 kB and refuses `1gb`
// (its units are case-sensitive); the JVM and mysqld multiply by 1024 and take no `b`. A text a
// program would refuse is undefined here: the program does not start, so nothing is declared.
// Hand-written: no npm parser speaks these four grammars, and each is a line.

const KIB = 1024;

/** The JVM's `-Xmx` / `-XX:MaxHeapSize=` / `-XX:MaxRAM=` grammar: digits, optional k|m|g|t (any case). */
export function jvmSize(text: string): number | undefined {
  const match = /^(\d+)([kmgt]?)$/i.exec(text);
  if (!match) return undefined;
  const power = ' kmgt'.indexOf((match[2] || ' ').toLowerCase());
  return Number(match[1]) * KIB ** power;
}

/**
 * Redis's memory grammar (redis.conf, `--maxmemory`): digits with an optional unit, any case;
 * k, m, g are powers of 1000 and kb, mb, gb powers of 1024; no fractions.
 */
export function redisSize(text: string): number | undefined {
  const match = /^(\d+)(b|k|kb|m|mb|g|gb)?$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  const power = { b: 0, k: 1, kb: 1, m: 2, mb: 2, g: 3, gb: 3 }[unit]!;
  return Number(match[1]) * (unit.endsWith('b') && unit !== 'b' ? KIB : 1000) ** power;
}

/**
 * A PostgreSQL memory setting: a number with B, kB, MB, GB or TB (case-sensitive, powers of
 * 1024), or a bare number in the setting's own unit (8 kB blocks for shared_buffers).
 */
export function postgresSize(text: string, bareUnitBytes: number): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(B|kB|MB|GB|TB)?$/.exec(text);
  if (!match) return undefined;
  const unit = match[2] ? KIB ** ['B', 'kB', 'MB', 'GB', 'TB'].indexOf(match[2]) : bareUnitBytes;
  return Math.round(Number(match[1]) * unit);
}

/** mysqld's size grammar: digits with an optional K, M, G, T, P or E suffix (any case, powers of 1024). */
export function mysqlSize(text: string): number | undefined {
  const match = /^(\d+)([kmgtpe]?)$/i.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * KIB ** ' kmgtpe'.indexOf((match[2] || ' ').toLowerCase());
}

/** A whole number (`max_connections=200`, `--max-old-space-size=2048`, `-XX:ActiveProcessorCount=4`). */
export function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** A JVM percentage flag's value (`75`, `75.0`). */
export function percentage(text: string): number | undefined {
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}
