import type { Clock } from '../ports/clock.js';
import type { DockerApi } from '../ports/docker.js';
import type { NetworkProbe } from '../ports/network.js';
import { type ReplicaPorts } from './published-ports.js';
import { type WaitFor } from './wait-for.js';
/** One replica's answer to one probe. */
export interface ReplicaReadiness {
    container: string;
    replica: number;
    ready: boolean;
    attempts: number;
    /** From the start of the wait until it passed. */
    waitedMs?: number;
    /** From the container's start (the daemon's StartedAt) until it passed, when that is known. */
    sinceStartMs?: number;
    /** The last answer: what passed, or why it did not. */
    detail: string;
}
export interface ProbeReadiness {
    /** As the user wrote it: `db:5432`. */
    probe: string;
    service: string;
    /** "TCP 5432", "HTTP GET /healthz", "log /ready/". */
    target: string;
    ready: boolean;
    replicas: ReplicaReadiness[];
    /** Why it could not be tried at all: no such service, a port not published, a bad pattern. */
    problem?: string;
}
export interface ReadinessOutcome {
    ok: boolean;
    durationMs: number;
    ports: ReplicaPorts[];
    probes: ProbeReadiness[];
}
export interface ReadinessDeps {
    docker: DockerApi;
    network: NetworkProbe;
    clock: Clock;
}
/** Longer than Docker's userland proxy takes to close a connection nothing listens behind (~30 ms). */
export declare const TCP_HOLD_MS = 500;
/** Reads the published ports, then runs every probe until the deadline (absolute, clock time). */
export declare function awaitReadiness(deps: ReadinessDeps, projectName: string, probes: WaitFor[], options: {
    deadlineMs: number;
    signal?: AbortSignal;
}): Promise<ReadinessOutcome>;
