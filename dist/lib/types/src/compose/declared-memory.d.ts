import type { ComposeService } from './model.js';
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
    extra?: {
        bytes: number;
        why: string;
    };
}
/** A PostgreSQL backend's own memory at rest (catalog caches); work_mem per sort comes on top. */
export declare const POSTGRES_CONNECTION_BYTES: number;
/** Everything the service's programs are told to hold in memory, one declaration per program. */
export declare function declaredMemory(service: ComposeService): Declaration[];
/** A declaration's bytes under a memory limit; undefined for a share of a limit that is not set. */
export declare function declaredBytes(declaration: Declaration, limitBytes: number | undefined): number | undefined;
/** CPUs the service says it will use: a reservation, `cpu_count`, or the JVM's -XX:ActiveProcessorCount. */
export declare function declaredCpus(service: ComposeService): {
    cpus: number;
    because: string;
} | undefined;
