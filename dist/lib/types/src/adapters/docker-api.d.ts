import { type ContainerDetails, type ContainerSummary, type CreateContainerSpec, type DockerApi, type DockerEvent, type EngineInfo, type EngineVersion, type EventQuery, type ImageDetails, type LogChunk, type LogQuery, type ImageSummary, type NetworkSummary, type RawStats, type RemoveOutcome, type VolumeSummary } from '../ports/docker.js';
/** TLS for a tcp:// daemon: PEM texts, and whether the daemon's certificate is verified. */
export interface DockerTls {
    ca?: string;
    cert?: string;
    key?: string;
    verify: boolean;
}
export interface DockerApiOptions {
    /** A DOCKER_HOST-style address; unset means what DOCKER_HOST says, else the local socket. */
    host?: string;
    /** TLS material for a tcp:// host (see docker-endpoint.ts); unset means DOCKER_TLS_VERIFY=1 alone. */
    tls?: DockerTls;
    /** Where we looked, for messages ("tcp://127.0.0.1:2375 (context 'remote')"); default the host. */
    description?: string;
    /** Why the endpoint could not be resolved: every call then fails with this, naming `description`. */
    unusable?: string;
    /** Bound for every call (ping has its own, shorter one). */
    callTimeoutMs?: number;
    pingTimeoutMs?: number;
    /** The environment DOCKER_HOST and DOCKER_TLS_VERIFY are read from (default: this process's). */
    env?: NodeJS.ProcessEnv;
}
/**
 * The newest Engine API version this client was tested against (Docker Engine 28.5, API 1.51;
 * CI runs every test on it and on engine 20.10, API 1.41). Requests carry the version both
 * sides speak, as the docker CLI negotiates it: an unversioned path means "the daemon's newest",
 * whose payloads a newer engine may change under us (fields removed or renamed).
 */
export declare const CLIENT_API_VERSION = "1.51";
/** min(the daemon's API version, ours), raised to the daemon's minimum if ours is below it. */
export declare function negotiateApiVersion(server: {
    apiVersion?: string;
    minApiVersion?: string;
}, client?: string): string | undefined;
/** The Docker Engine API behind our DockerApi port: every call bounded, errors turned into our own. */
export declare class EngineApi implements DockerApi {
    readonly endpoint: string;
    private readonly transport;
    private readonly callTimeoutMs;
    private readonly pingTimeoutMs;
    /** Kept-alive connections for the monitor's stats calls (unix sockets only). */
    private statsClient?;
    private readonly socketPath;
    private readonly unusable;
    /** A daemon that left a call unanswered is pinged before each later call (see the guard). */
    private readonly guard;
    /** The API version agreed with the daemon at the first call (see negotiateApiVersion). */
    private negotiated?;
    private negotiation?;
    constructor(options?: DockerApiOptions);
    ping(): Promise<void>;
    version(): Promise<EngineVersion>;
    /** The API version requests carry, once agreed ("1.41" with engine 20.10, "1.51" with 28.5). */
    get apiVersion(): string | undefined;
    /**
     * Agrees on the API version with one unversioned `GET /version` before the first other call.
     * A daemon that does not answer fails the call that needed it (and is asked again next time);
     * one that answers the version with an error leaves requests unversioned.
     */
    private negotiate;
    private adopt;
    info(): Promise<EngineInfo>;
    listContainers(query: {
        all: boolean;
        labels?: string[];
        name?: string;
    }): Promise<ContainerSummary[]>;
    inspectContainer(id: string): Promise<ContainerDetails | undefined>;
    createContainer(spec: CreateContainerSpec): Promise<{
        id: string;
    } | 'name-taken'>;
    removeContainer(id: string, options: {
        force: boolean;
        volumes: boolean;
    }): Promise<RemoveOutcome>;
    renameContainer(id: string, name: string): Promise<'renamed' | 'missing' | 'name-taken'>;
    containerStats(id: string): Promise<RawStats | undefined>;
    containerLogs(id: string, tail: number): Promise<string>;
    streamContainerLogs(id: string, query: LogQuery, onChunk: (chunk: LogChunk) => void, signal?: AbortSignal): Promise<void>;
    listVolumes(query: {
        labels?: string[];
    }): Promise<VolumeSummary[]>;
    removeVolume(name: string): Promise<RemoveOutcome>;
    listNetworks(query: {
        labels?: string[];
    }): Promise<NetworkSummary[]>;
    removeNetwork(id: string): Promise<RemoveOutcome>;
    listImages(query: {
        labels?: string[];
        reference?: string;
    }): Promise<ImageSummary[]>;
    removeImage(reference: string): Promise<RemoveOutcome>;
    inspectImage(reference: string): Promise<ImageDetails | undefined>;
    importImage(tar: Buffer, repoTag: string, changes: string[]): Promise<void>;
    streamEvents(eventQuery: EventQuery, onEvent: (event: DockerEvent) => void, signal: AbortSignal): Promise<void>;
    /** A request's answer as JSON (or, with `text`, read and dropped: DELETE, rename, ping). */
    private json;
    /** A request's whole answer; an error status becomes an EngineHttpError with the daemon's message. */
    private bytes;
    /** A streamed answer (events, followed logs); undefined for a 404 when `missing` allows it. */
    private stream;
    private send;
    /** Runs one API call under a deadline; turns connection trouble into DockerUnavailableError. */
    private call;
    private orMissing;
    private remove;
}
