/** The JVM's `-Xmx` / `-XX:MaxHeapSize=` / `-XX:MaxRAM=` grammar: digits, optional k|m|g|t (any case). */
export declare function jvmSize(text: string): number | undefined;
/**
 * Redis's memory grammar (redis.conf, `--maxmemory`): digits with an optional unit, any case;
 * k, m, g are powers of 1000 and kb, mb, gb powers of 1024; no fractions.
 */
export declare function redisSize(text: string): number | undefined;
/**
 * A PostgreSQL memory setting: a number with B, kB, MB, GB or TB (case-sensitive, powers of
 * 1024), or a bare number in the setting's own unit (8 kB blocks for shared_buffers).
 */
export declare function postgresSize(text: string, bareUnitBytes: number): number | undefined;
/** mysqld's size grammar: digits with an optional K, M, G, T, P or E suffix (any case, powers of 1024). */
export declare function mysqlSize(text: string): number | undefined;
/** A whole number (`max_connections=200`, `--max-old-space-size=2048`, `-XX:ActiveProcessorCount=4`). */
export declare function wholeNumber(text: string): number | undefined;
/** A JVM percentage flag's value (`75`, `75.0`). */
export declare function percentage(text: string): number | undefined;
