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
/** An image's own HEALTHCHECK timing, as the daemon reports it (unset fields absent). */
export interface ImageHealthcheck {
    intervalMs?: number;
    timeoutMs?: number;
    startPeriodMs?: number;
    retries?: number;
}
/** What the daemon says of a service's image: its HEALTHCHECK or that it has none — or nothing (not local, no daemon). */
export type ImageHealth = {
    known: true;
    healthcheck?: ImageHealthcheck;
} | {
    known: false;
};
/** Where a service's health check comes from once the daemon merges the image's: or none, or unknown. */
export type HealthcheckSource = 'compose' | 'image' | 'none' | 'unknown';
/**
 * The daemon takes each field the compose file leaves unset from the image's HEALTHCHECK, and
 * the whole check from the image when the file declares none; `disable` and test NONE turn both off.
 */
export declare function healthcheckSource(service: ComposeService, image: ImageHealth | undefined): HealthcheckSource;
export interface TimingValue {
    ms: number;
    /** compose: the file; image: the image's HEALTHCHECK; docker: Docker's default; unknown: Docker's default unless the image (not on this daemon) sets one. */
    from: 'compose' | 'image' | 'docker' | 'unknown';
}
/** One field as the container will run it: the file's, else the image's, else Docker's default. */
export declare function effectiveTiming(service: ComposeService, image: ImageHealth | undefined, field: 'intervalMs' | 'timeoutMs' | 'startPeriodMs', timing?: HealthTiming): TimingValue;
/** The image reference a service runs: its `image:`, or the name Compose gives what it builds. */
export declare function imageReference(project: string, service: string, spec: ComposeService): string;
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
/** Services named in other services' depends_on (with a condition `accept` takes), with who depends on them. */
export declare function dependants(services: Array<[string, ComposeService]>, accept?: (condition: string) => boolean): Map<string, string[]>;
