import type { ProcessIdentity } from '../ports/host.js';
import type { LeaseRequest } from './request.js';
/** 'ticket' while waiting (or holding the mutex), 'lease' once admitted. */
export type RecordKind = 'lease' | 'ticket';
/** Who asked, for people reading `status` and the job summary. */
export interface Who {
    repository?: string;
    runId?: string;
    job?: string;
    /** RUNNER_NAME on a runner, user@host elsewhere. */
    runner?: string;
}
export interface LeaseRecord {
    kind: RecordKind;
    containerId: string;
    name: string;
    namespace: string;
    /** Shared by a ticket, the lease it became and every generation of that lease. */
    id: string;
    generation: number;
    request: LeaseRequest;
    /** The budget (bytes) the requester admits itself against. */
    budgetBytes: number;
    owner: ProcessIdentity;
    who: Who;
    /** Claimed by the writer (a label): for people reading, never for judging staleness. */
    requestedAtMs: number;
    admittedAtMs?: number;
    renewedAtMs: number;
    /**
     * When the daemon created this generation's container, by the daemon's own clock: the one time
     * a writer cannot claim. Every renewal is a new generation, so it is also the last renewal the
     * daemon saw. Staleness counts from here (liveness.ts).
     */
    stampedAtMs: number;
    /** How long the writer asks the record to live past its stamp without renewal (capped by the reader). */
    ttlMs: number;
    /** Tickets: the TTL their lease will have once admitted (lease-ttl). */
    leaseTtlMs?: number;
    /** Tickets: place in the queue, from the daemon's creation time of generation 0 (see order.ts). */
    order?: string;
    /** A ticket that holds the admission mutex right now. */
    holdsMutex?: boolean;
}
export declare const LEASE_LABELS: {
    readonly kind: "docker-stability.kind";
    readonly namespace: "docker-stability.lease.namespace";
    readonly id: "docker-stability.lease.id";
    readonly generation: "docker-stability.lease.generation";
    readonly project: "docker-stability.lease.project";
    readonly groups: "docker-stability.lease.groups";
    readonly ports: "docker-stability.lease.ports";
    readonly memory: "docker-stability.lease.memory-bytes";
    readonly budget: "docker-stability.lease.budget-bytes";
    readonly requestedAt: "docker-stability.lease.requested-at";
    readonly admittedAt: "docker-stability.lease.admitted-at";
    readonly renewedAt: "docker-stability.lease.renewed-at";
    readonly ttl: "docker-stability.lease.ttl-ms";
    readonly leaseTtl: "docker-stability.lease.lease-ttl-ms";
    readonly order: "docker-stability.lease.order";
    readonly ownerPid: "docker-stability.lease.owner.pid";
    readonly ownerStart: "docker-stability.lease.owner.start-ticks";
    readonly ownerPidNs: "docker-stability.lease.owner.pid-ns";
    readonly ownerBoot: "docker-stability.lease.owner.boot-id";
    readonly ownerHost: "docker-stability.lease.owner.host";
    readonly repository: "docker-stability.lease.who.repository";
    readonly runId: "docker-stability.lease.who.run-id";
    readonly job: "docker-stability.lease.who.job";
    readonly runner: "docker-stability.lease.who.runner";
};
/** The zero-layer image every record container is created from (never run). */
export declare const LEASE_IMAGE = "docker-stability/lease:1";
/** Namespaces end up in container names, which allow [a-zA-Z0-9_.-]; '.' separates the parts. */
export declare const NAMESPACE_PATTERN: RegExp;
export declare const DEFAULT_NAMESPACE = "default";
export declare function recordName(kind: RecordKind, namespace: string, id: string, generation: number): string;
/** The name that admits a ticket: generation 0 of its lease, carrying the admission time. */
export declare function admittedName(namespace: string, id: string, admittedAtMs: number): string;
export declare function mutexName(namespace: string): string;
interface NameState {
    state: 'wait' | 'held' | 'mutex';
    id?: string;
    generation?: number;
    admittedAtMs?: number;
}
export declare function parseRecordName(name: string, namespace: string): NameState | undefined;
export declare function namespaceFilter(namespace: string): string;
export declare function recordLabels(record: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'>): Record<string, string>;
/**
 * The record a container describes: claims from its labels, state from its name, and its stamp
 * from the daemon's creation time (`docker ps` gives it in seconds). Undefined when the labels
 * are incomplete or the name is not one of ours.
 */
export declare function decodeRecord(container: {
    id: string;
    name: string;
    labels: Record<string, string>;
    createdSeconds: number;
}): LeaseRecord | undefined;
export {};
