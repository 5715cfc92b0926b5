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
}
export interface InjectedLimit {
    service: string;
    memoryBytes?: number;
    cpus?: number;
}
/**
 * Limits for the services that lack them. The key is chosen to agree with how the service
 * already spells its limits: Compose refuses a service whose `cpus` and
 * `deploy.resources.limits.cpus` differ, and (2.26) treats an unset one as different once the
 * other mapping exists, so a service with `deploy.resources.limits` gets its missing limit there
 * and any other service gets `mem_limit` / `cpus`.
 */
export declare function limitsOverride(model: ComposeModel, defaults: LimitDefaults, base?: ComposeOverride): {
    override: ComposeOverride;
    injected: InjectedLimit[];
};
