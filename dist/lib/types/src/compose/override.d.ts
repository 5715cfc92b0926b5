import type { ComposeModel } from './model.js';
/** Sizes are written as byte strings: Compose requires strings under deploy.resources. */
export interface ServiceOverride {
    mem_limit?: string;
    cpus?: number;
    deploy?: {
        resources?: {
            limits?: {
                memory?: string;
                cpus?: number;
            };
        };
    };
    labels?: Record<string, string>;
    /** Labels only: merged into the service's own build section (services that build, only). */
    build?: {
        labels?: Record<string, string>;
    };
    healthcheck?: {
        interval?: string;
        timeout?: string;
        start_period?: string;
        start_interval?: string;
        retries?: number;
    };
}
/** Networks and named volumes take labels only (ownership), never anything that changes them. */
export interface ResourceOverride {
    labels?: Record<string, string>;
}
export interface ComposeOverride {
    services: Record<string, ServiceOverride>;
    networks?: Record<string, ResourceOverride>;
    volumes?: Record<string, ResourceOverride>;
}
export declare function emptyOverride(): ComposeOverride;
export declare function isEmptyOverride(override: ComposeOverride): boolean;
/** A new override with `patch` merged into the service's entry (nested mappings merged). */
export declare function addToService(override: ComposeOverride, service: string, patch: ServiceOverride): ComposeOverride;
/** A new override with `patch` merged into a top-level network's or volume's entry. */
export declare function addToResource(override: ComposeOverride, section: 'networks' | 'volumes', name: string, patch: ResourceOverride): ComposeOverride;
/** The file's text: a header saying what it is, then services, networks and volumes in name order. */
export declare function renderOverride(override: ComposeOverride, header?: string[]): string;
export interface LimitDefaults {
    memoryBytes?: number;
    cpus?: number;
    /** The daemon's CPUs, when known: Docker refuses a CPU limit above them. */
    hostCpus?: number;
}
export interface InjectedLimit {
    service: string;
    memoryBytes?: number;
    cpus?: number;
    /** Set when the memory injected is above default-memory-limit: what the service declares. */
    memoryRaised?: {
        defaultBytes: number;
        because: string;
    };
    /** Set when the CPUs injected differ from default-cpu-limit: what the service declares. */
    cpusRaised?: {
        default: number;
        because: string;
    };
}
/**
 * Limits for the services that lack them, never below what the service declares it needs: a
 * default of 512 MiB injected into a service that runs `-Xmx512m` is an OOM kill, so the memory
 * injected is at least its declared sizes (heap, maxmemory, buffers, tmpfs, shm) at FIT_SHARE —
 * the limit `memory-fit` would accept — and at least its memory reservation (Docker refuses a
 * limit below it); the CPUs injected are at least its declared CPU count (reservation,
 * cpu_count, -XX:ActiveProcessorCount), capped at the daemon's CPUs, which Docker cannot exceed.
 *
 * The key is chosen to agree with how the service already spells its limits: Compose refuses a
 * service whose `cpus` and `deploy.resources.limits.cpus` differ, and (2.26) treats an unset one
 * as different once the other mapping exists, so a service with `deploy.resources.limits` gets
 * its missing limit there and any other service gets `mem_limit` / `cpus`.
 */
export declare function limitsOverride(model: ComposeModel, defaults: LimitDefaults, base?: ComposeOverride): {
    override: ComposeOverride;
    injected: InjectedLimit[];
};
/** One line per injected service, for the log and the CLI: what was injected and why it is more than the default. */
export declare function describeInjection(entry: InjectedLimit): string;
