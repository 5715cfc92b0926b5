import type { ComposeModel, ComposeService } from './model.js';
/** How many containers a service runs (`deploy.replicas`, or the older `scale`). */
export declare function replicasOf(service: ComposeService): number;
/** A service's memory limit in bytes (per container), or undefined when it has none. */
export declare function memoryLimitBytes(service: ComposeService): number | undefined;
/** A service's memory reservation (soft limit) in bytes, or undefined when it has none. */
export declare function memoryReservationBytes(service: ComposeService): number | undefined;
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
/** `/dev/shm`'s size when the service sets `shm_size` (Docker's 64 MiB default is not a declaration). */
export declare function shmBytes(service: ComposeService): number | undefined;
export interface ServiceReservation {
    service: string;
    replicas: number;
    memoryLimitBytes?: number;
    /** Sized tmpfs mounts, per container. */
    tmpfsBytes: number;
    /** `shm_size`, per container, when set. */
    shmBytes: number;
    /** What its programs are told to hold (heap, maxmemory, buffers), per container, when it has no limit. */
    declaredBytes: number;
    /** The limit (which covers tmpfs and /dev/shm), or without one the floor of what it declares. */
    basis: 'limit' | 'floor';
    /** Times replicas. */
    totalBytes: number;
}
export interface StackReservation {
    services: ServiceReservation[];
    totalBytes: number;
    /** Services without a memory limit: their real use is unbounded, so the total is a floor. */
    unlimited: string[];
    /** tmpfs mounts without a size on services without a limit (service:target): also unbounded. */
    unsizedTmpfs: string[];
}
/** The one sentence that says how the reservation is counted (summary, preflight, docs). */
export declare const RESERVATION_MODEL = "Each service with a memory limit reserves that limit, which already covers its tmpfs and /dev/shm (the kernel charges their pages to the container's memory cgroup); a service without one reserves at least its tmpfs, /dev/shm and declared sizes (heap, maxmemory, buffers); times replicas.";
/**
 * The memory a stack reserves, as the kernel charges it. A container's tmpfs and /dev/shm pages
 * are charged to its own memory cgroup, so with a limit they sit inside it: the limit is the
 * reservation (a tmpfs larger than the limit cannot be filled; the container is OOM-killed
 * first). Without a limit nothing bounds it; the reservation is then at least its sized tmpfs,
 * its shm_size and what its programs declare (src/compose/declared-memory.ts), and the stack's
 * total is a floor. Times replicas. One model for the policy's budget rule, preflight, the lease
 * request and the summary.
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
