import type { ComposeService } from '../compose/model.js';
/** Docker's defaults when a health check sets no timing (docker run --health-*). */
export declare const DEFAULT_HEALTH_INTERVAL_MS = 30000;
export declare const DEFAULT_HEALTH_TIMEOUT_MS = 30000;
export interface HealthTiming {
    /** Explicit values only; undefined when the file leaves Docker's default. */
    intervalMs?: number;
    timeoutMs?: number;
    startPeriodMs?: number;
    retries?: number;
}
/** True when the service declares a health check that runs (not `disable`, not test NONE). */
export declare function hasHealthcheck(service: ComposeService): boolean;
export declare function healthTiming(service: ComposeService): HealthTiming;
export interface ImageReference {
    /** Repository without registry host and tag: "library/postgres" → "postgres", "bitnami/redis". */
    repository: string;
    /** The last path segment, lower-cased: what people call the image ("postgres"). */
    name: string;
    tag?: string;
    digest?: string;
}
/** Splits "registry:5000/org/name:tag@sha256:…" without guessing beyond Docker's grammar. */
export declare function parseImage(image: string): ImageReference;
/** The command as one string, for spotting switches (`["postgres","-c","fsync=off"]`). */
export declare function commandText(value: string[] | string | null | undefined): string;
/** Services named in other services' depends_on, with who depends on them. */
export declare function dependants(services: Array<[string, ComposeService]>): Map<string, string[]>;
