import { type Rule } from '../context.js';
/** Why a security option loosens confinement, or undefined when it does not. */
export declare function looseningOption(entry: string): string | undefined;
/**
 * Capabilities that break out of the container or reach the host and other tenants; every other
 * added capability is the `capabilities` rule's (a warning). Not listed: what Docker grants by
 * default anyway (CHOWN, DAC_OVERRIDE, MKNOD, NET_RAW…), where adding it changes nothing.
 */
export declare const DANGEROUS_CAPABILITIES: Record<string, string>;
/**
 * Sysctls that stay inside the container's own namespaces and are bounded by its limits — the
 * set Kubernetes calls safe, plus the listen backlog (per network namespace, a common setting
 * for Redis). Docker refuses sysctls of no namespace at all; of the namespaced ones, the others
 * reach memory outside the container's limit (kernel.shm*, net.core buffers) or the host's
 * behaviour (net.ipv4.conf.all.*) on some kernels.
 */
export declare const SAFE_SYSCTLS: Set<string>;
export declare const ISOLATION_RULES: Rule[];
