import type { Clock } from '../ports/clock.js';
import type { DockerApi } from '../ports/docker.js';
import type { HostProbe, ProcessIdentity } from '../ports/host.js';
import { type LivenessContext } from './liveness.js';
import { AdmissionMutex } from './mutex.js';
import { type LeaseRecord } from './records.js';
import type { Snapshot } from './store.js';
import { LeaseStore } from './store.js';
/** The ports the lease capability uses. */
export interface LeaseDeps {
    docker: DockerApi;
    host: HostProbe;
    clock: Clock;
}
/** How often things happen while waiting; tests and benchmarks shorten them. */
export interface LeaseTimings {
    /** Re-read the queue this often even without events (the fallback when the stream drops). */
    pollIntervalMs: number;
    /** Report who we wait for this often. */
    progressIntervalMs: number;
    /** A mutex held this long (by our clock) is broken; its holder gives up at half of it. */
    mutexStaleMs: number;
    /** Retry a busy mutex this often when no event says it was released. */
    mutexRetryMs: number;
    /** A waiting ticket expires this long after its last renewal (the daemon's stamp) unless its owner is seen dead sooner. */
    ticketTtlMs: number;
    /**
     * This reader's lease-ttl: no lease outlives its daemon stamp by more, whatever TTL it claims
     * (a forged record cannot hold a group for ever). Owners renew at least every 20 s, so a live
     * lease looks fresh to every reader whose lease-ttl is at least the minimum of 1m.
     */
    leaseTtlCapMs: number;
    /** Wake on Docker events; off, waiting falls back to polling alone (the benchmark's baseline). */
    useEvents: boolean;
}
/** The lease-ttl input's default (6 h, the longest a GitHub-hosted job runs). */
export declare const DEFAULT_LEASE_TTL_MS: number;
export declare const DEFAULT_TIMINGS: LeaseTimings;
/** What every lease operation shares for one namespace. */
export interface LeaseContext {
    deps: LeaseDeps;
    store: LeaseStore;
    mutex: AdmissionMutex;
    me: ProcessIdentity;
    timings: LeaseTimings;
    liveness(): LivenessContext;
}
/** This process; without /proc (macOS), an identity nobody can check, so TTLs decide. */
export declare function selfIdentity(host: HostProbe): ProcessIdentity;
export declare function leaseContext(deps: LeaseDeps, namespace?: string, timings?: Partial<LeaseTimings>): LeaseContext;
/** A snapshot split into what is alive and what may be swept. */
export declare function partitionLive(snapshot: Snapshot, context: LivenessContext): {
    leases: LeaseRecord[];
    tickets: LeaseRecord[];
    stale: LeaseRecord[];
};
