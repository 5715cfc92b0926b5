import type { ComposeModel, ComposeService } from './model.js';
/** How many containers a service runs (`deploy.replicas`, or the older `scale`). */
export declare function replicasOf(service: ComposeService): number;
/** A service's memory limit in bytes (per container), or undefined when it has none. */
export declare function memoryLimitBytes(service: ComposeService): number | undefined;
/** A service's CPU limit in CPUs, or undefined when it has none. */
export declare function cpuLimit(service: ComposeService): number | undefined;
export interface TmpfsMount {
    target: string;
    /** Bytes, or undefined when no size is set: unbounded RAM (up to half the host's). */
    sizeBytes?: number;
    /** Where it is declared: the service's `tmpfs:` list or a `volumes:` entry of type tmpfs. */
    declaredIn: 'tmpfs' | 'volumes';
    index: number;
}
/** Every tmpfs mount of a service, with its size when one is set. */
export declare function tmpfsMounts(service: ComposeService): TmpfsMount[];
export interface ServiceReservation {
    service: string;
    replicas: number;
    memoryLimitBytes?: number;
    tmpfsBytes: number;
    /** Memory limit plus sized tmpfs, times replicas. */
    totalBytes: number;
}
export interface StackReservation {
    services: ServiceReservation[];
    totalBytes: number;
    /** Services without a memory limit: their real use is unbounded, so the total is a floor. */
    unlimited: string[];
    /** tmpfs mounts without a size (service:target): also unbounded. */
    unsizedTmpfs: string[];
}
/**
 * The memory a stack reserves: each service's memory limit plus the sizes of its tmpfs mounts
 * (tmpfs pages are charged to the container's memory cgroup, but a database on tmpfs holds its
 * data there on top of what its processes use, so the audit counts both), times replicas.
 */
export declare function stackReservation(model: ComposeModel): StackReservation;
export interface PublishedPort {
    service: string;
    /** Host address; '' means every interface (0.0.0.0 and ::). */
    hostIp: string;
    port: number;
    protocol: 'tcp' | 'udp' | 'sctp';
    /** Index of the entry in the service's `ports:` list. */
    index: number;
}
/** Every fixed host port a stack publishes (ranges expanded); ephemeral ports are not claims. */
export declare function publishedPorts(model: ComposeModel): PublishedPort[];
/** Two published ports collide when protocol and number match and the addresses overlap. */
export declare function portsCollide(a: Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>, b: Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>): boolean;
/** A stable key for a published port: "tcp/5432" or "tcp/127.0.0.1:5432". */
export declare function portKey(port: Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>): string;
