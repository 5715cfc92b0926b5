import https from 'node:https';
import { type ContainerDetails, type ContainerSummary, type CreateContainerSpec, type DockerApi, type DockerEvent, type EngineInfo, type EngineVersion, type EventQuery, type ImageSummary, type NetworkSummary, type RawStats, type RemoveOutcome, type VolumeSummary } from '../ports/docker.js';
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
}
interface ModemOptions {
    socketPath?: string;
    protocol?: 'http' | 'https' | 'ssh';
    host?: string;
    port?: string | number;
    username?: string;
    ca?: string;
    cert?: string;
    key?: string;
    agent?: https.Agent;
    sshOptions?: {
        agent?: string;
    };
}
/** dockerode behind our DockerApi port: every call bounded, errors turned into our own. */
export declare class DockerodeApi implements DockerApi {
    readonly endpoint: string;
    private readonly docker;
    private readonly callTimeoutMs;
    private readonly pingTimeoutMs;
    /** Kept-alive connections for the monitor's stats calls (unix sockets only). */
    private statsClient?;
    private readonly socketPath;
    private readonly unusable;
    /** A daemon that left a call unanswered is pinged before each later call (see the guard). */
    private readonly guard;
    constructor(options?: DockerApiOptions);
    ping(): Promise<void>;
    version(): Promise<EngineVersion>;
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
    importImage(tar: Buffer, repoTag: string, changes: string[]): Promise<void>;
    streamEvents(query: EventQuery, onEvent: (event: DockerEvent) => void, signal: AbortSignal): Promise<void>;
    /** Runs one API call under a deadline; turns connection trouble into DockerUnavailableError. */
    private call;
    private orMissing;
    private remove;
}
/**
 * DOCKER_HOST forms: unix:///path, tcp://host:port, ssh://user@host (ssh via dockerode's modem
 * and ssh2, with the agent at SSH_AUTH_SOCK). Every field is given, even as undefined: the modem
 * merges our options over defaults it reads from DOCKER_HOST/DOCKER_CERT_PATH itself, which would
 * otherwise leak into an endpoint resolved from a context.
 */
export declare function modemOptions(host: string, tls?: DockerTls): ModemOptions;
export {};
