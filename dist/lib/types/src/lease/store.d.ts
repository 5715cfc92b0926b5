import type { DockerApi, DockerEvent, RemoveOutcome } from '../ports/docker.js';
import { type LeaseRecord } from './records.js';
export interface Snapshot {
    /** Live and stale alike: the newest generation of every lease. */
    leases: LeaseRecord[];
    /** The newest generation of every ticket whose lease does not exist yet, in queue order. */
    tickets: LeaseRecord[];
    /** Every container (all generations, both kinds) of each lease id, for removal. */
    containersById: Map<string, string[]>;
    /** The ticket that holds the admission mutex, if any. */
    mutex?: LeaseRecord;
}
export declare class LeaseStore {
    private readonly docker;
    readonly namespace: string;
    constructor(docker: DockerApi, namespace: string);
    /**
     * Imports the zero-layer image once per daemon (offline, a few milliseconds). Processes that
     * import at the same instant leave all but one image untagged; the first use in each process
     * removes those that no container uses (containers are created by tag, so normally none).
     */
    ensureImage(): Promise<void>;
    snapshot(): Promise<Snapshot>;
    /** The ticket holding the mutex, if any (one cheap list, by name). */
    mutex(): Promise<LeaseRecord | undefined>;
    /** Queue key of a ticket's first generation: its creation time on the daemon's clock. */
    creationOrder(containerId: string): Promise<string | undefined>;
    /** Creates a record container; 'name-taken' when another holds the name. */
    create(name: string, labels: Record<string, string>): Promise<{
        id: string;
    } | 'name-taken'>;
    /** Renames by ID; a container that already has the name (a breaker renamed it back) counts as renamed. */
    rename(containerId: string, name: string): Promise<'renamed' | 'missing' | 'name-taken'>;
    remove(containerId: string): Promise<RemoveOutcome>;
    /**
     * Streams the namespace's create, rename and destroy events until the signal aborts, reopening the
     * stream when it drops (a daemon restart); callers poll as well, so a gap costs latency only.
     */
    watch(onEvent: (event: DockerEvent) => void, signal: AbortSignal, sleep: (ms: number, signal: AbortSignal) => Promise<void>): Promise<void>;
}
export interface EventSubject {
    containerId: string;
    /** The mutex was given back (renamed away from the mutex name, or its holder removed). */
    leftMutex: boolean;
    /** A ticket was admitted (renamed to its lease name). */
    admitted: boolean;
    /** The memory its record reserves or asks for. */
    memoryBytes: number;
}
/** What an event did to the records of a namespace (the daemon copies labels into events). */
export declare function eventSubject(event: DockerEvent, namespace: string): EventSubject;
