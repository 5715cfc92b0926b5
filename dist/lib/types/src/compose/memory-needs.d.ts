import { type Declaration, type DeclaredIn } from './declared-memory.js';
import type { ComposeService } from './model.js';
import { type TmpfsMount } from './resources.js';
/**
 * The share of a limit the declared sizes may take. The rest is what programs use beyond what
 * they declare: JVM metaspace, thread stacks, code cache and direct buffers; Redis's
 * fragmentation and the copy-on-write of a background save; PostgreSQL's work_mem; Node's young
 * generation and buffers; the processes beside a tmpfs. Declared sizes above it warn; a limit
 * that fits holds them at this share (a third of headroom on top).
 */
export declare const FIT_SHARE = 0.75;
export type NeedSource = {
    kind: 'program';
    declaration: Declaration;
} | {
    kind: 'tmpfs';
    mount: TmpfsMount;
} | {
    kind: 'shm';
};
export interface MemoryNeed {
    bytes: number;
    /** "a JVM heap of 512 MiB (-Xmx512m in JAVA_TOOL_OPTIONS)": switches and sizes, never values. */
    description: string;
    source: NeedSource;
}
export declare function placeOf(where: DeclaredIn): string;
/** What the service declares it will fill, under `limitBytes` (shares of the limit resolve against it). */
export declare function memoryNeeds(service: ComposeService, limitBytes?: number | undefined): MemoryNeed[];
export declare function totalOf(needs: MemoryNeed[]): number;
/** The smallest round limit that holds `needBytes` at FIT_SHARE: 64 MiB steps, 256 MiB from 4 GiB. */
export declare function fittingLimit(needBytes: number): number;
/** A size as a compose file writes it: "704m", "2g". */
export declare function composeSize(bytes: number): string;
