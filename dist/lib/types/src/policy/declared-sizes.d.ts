import type { ComposeService } from '../compose/model.js';
export interface DeclaredSize {
    what: string;
    /** Bytes, or a share of the container's limit (the JVM's MaxRAMPercentage). */
    bytes?: number;
    percentOfLimit?: number;
}
/** Every size the service declares, one per program (PostgreSQL's without its connections). */
export declare function declaredSizes(service: ComposeService): DeclaredSize[];
/** Persistence switches written for the service: "Redis appendonly no", "PostgreSQL fsync off". */
export declare function persistenceSwitches(service: ComposeService): string[];
