export interface EngineVersion {
    version: string;
    apiVersion: string;
    os: string;
    arch: string;
}
export interface EngineInfo {
    id: string;
    name: string;
    memTotalBytes: number;
    cpus: number;
    dockerRootDir: string;
    containersRunning: number;
    operatingSystem: string;
    cgroupVersion: string;
}
export interface PortBinding {
    ip: string;
    privatePort: number;
    publicPort?: number;
    type: string;
}
export interface ContainerSummary {
    id: string;
    /** Without the leading slash. */
    name: string;
    image: string;
    state: string;
    status: string;
    labels: Record<string, string>;
    createdSeconds: number;
    ports: PortBinding[];
}
export interface HealthLogEntry {
    start: string;
    end: string;
    exitCode: number;
    output: string;
}
export interface ContainerDetails {
    id: string;
    name: string;
    image: string;
    labels: Record<string, string>;
    restartCount: number;
    state: {
        status: string;
        running: boolean;
        exitCode: number;
        oomKilled: boolean;
        startedAt: string;
        finishedAt: string;
        health?: {
            status: string;
            failingStreak: number;
            log: HealthLogEntry[];
        };
    };
    memoryLimitBytes: number;
    nanoCpus: number;
    /** Creation time as the daemon stamped it, RFC 3339 with nanoseconds ("2026-11-27T10:00:00.123456789Z"). */
    created?: string;
    /** startIntervalNs is 0 where the engine has none (before Docker Engine 25, API 1.44) or it is unset. */
    healthcheck?: {
        intervalNs: number;
        timeoutNs: number;
        retries: number;
        startPeriodNs: number;
        startIntervalNs: number;
        test: string[];
    };
}
export interface CreateContainerSpec {
    name: string;
    image: string;
    cmd: string[];
    labels: Record<string, string>;
}
/** The subset of `GET /containers/{id}/stats` we read (cgroup v1 and v2 shapes alike). */
export interface RawStats {
    read: string;
    cpu_stats?: {
        cpu_usage?: {
            total_usage?: number;
        };
        system_cpu_usage?: number;
        online_cpus?: number;
    };
    precpu_stats?: {
        cpu_usage?: {
            total_usage?: number;
        };
        system_cpu_usage?: number;
        online_cpus?: number;
    };
    memory_stats?: {
        usage?: number;
        limit?: number;
        stats?: Record<string, number>;
    };
    pids_stats?: {
        current?: number;
    };
    networks?: Record<string, {
        rx_bytes?: number;
        tx_bytes?: number;
    }>;
    blkio_stats?: {
        io_service_bytes_recursive?: Array<{
            op: string;
            value: number;
        }> | null;
    };
}
export interface VolumeSummary {
    name: string;
    labels: Record<string, string>;
    createdAt?: string;
}
export interface NetworkSummary {
    id: string;
    name: string;
    labels: Record<string, string>;
}
export interface ImageSummary {
    id: string;
    repoTags: string[];
    labels: Record<string, string>;
    sizeBytes: number;
}
/** What this product reads of `GET /images/{name}/json`: the image's own HEALTHCHECK (nanoseconds, 0 = unset). */
export interface ImageDetails {
    id: string;
    healthcheck?: {
        test: string[];
        intervalNs: number;
        timeoutNs: number;
        retries: number;
        startPeriodNs: number;
    };
}
export interface DockerEvent {
    type: string;
    action: string;
    id: string;
    attributes: Record<string, string>;
    timeNano: number;
}
export interface EventQuery {
    /** Docker event filters, e.g. { type: ['container'], label: ['com.docker.compose.project=p'] }. */
    filters: Record<string, string[]>;
    /** Unix seconds; replays the daemon's buffered events since then. */
    since?: number;
}
/** What `GET /containers/{id}/logs` is asked for. */
export interface LogQuery {
    /** Keep the stream open for new lines until the container stops or the signal aborts. */
    follow: boolean;
    /** Each line starts with the daemon's RFC 3339 timestamp (nine fixed fraction digits) and a space. */
    timestamps: boolean;
    /** Only the last lines (the daemon reads its log file backwards for them). */
    tail?: number;
    /** The call fails (DockerUnavailableError, timed out) when the log has not ended by then. */
    timeoutMs: number;
}
/** A piece of a container's log as the daemon framed it: whole entries, in order. */
export interface LogChunk {
    /** 'stdout' for a container with a TTY, whose two streams are one. */
    stream: 'stdout' | 'stderr';
    text: string;
}
export type RemoveOutcome = 'removed' | 'missing' | 'in-use';
export interface DockerApi {
    /** Where the daemon is expected, for messages ("unix:///var/run/docker.sock"). */
    readonly endpoint: string;
    ping(): Promise<void>;
    version(): Promise<EngineVersion>;
    info(): Promise<EngineInfo>;
    listContainers(query: {
        all: boolean;
        labels?: string[];
        name?: string;
    }): Promise<ContainerSummary[]>;
    inspectContainer(id: string): Promise<ContainerDetails | undefined>;
    /** Creates (never starts) a container; 'name-taken' when another holds the name (HTTP 409). */
    createContainer(spec: CreateContainerSpec): Promise<{
        id: string;
    } | 'name-taken'>;
    removeContainer(id: string, options: {
        force: boolean;
        volumes: boolean;
    }): Promise<RemoveOutcome>;
    renameContainer(id: string, name: string): Promise<'renamed' | 'missing' | 'name-taken'>;
    /** One-shot stats (no 1–2 s priming wait); undefined when the container is gone. */
    containerStats(id: string): Promise<RawStats | undefined>;
    /** Last lines of stdout and stderr, interleaved as the daemon stored them. */
    containerLogs(id: string, tail: number): Promise<string>;
    /**
     * A container's log, stdout and stderr apart, streamed to onChunk as it arrives (never held
     * whole). Resolves when the log ends or the signal aborts; resolves at once for a container
     * that is gone.
     */
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
    /** The local image's configuration; undefined when the daemon does not have it (nothing is pulled). */
    inspectImage(reference: string): Promise<ImageDetails | undefined>;
    /** `docker import` of a tar archive, tagged, with Dockerfile-style changes ("CMD [...]"). */
    importImage(tar: Buffer, repoTag: string, changes: string[]): Promise<void>;
    /**
     * Streams events until the signal aborts or the connection ends (daemon restart). Resolves when
     * the stream ends; rejects when it cannot be opened. No timeout applies once it is open.
     */
    streamEvents(query: EventQuery, onEvent: (event: DockerEvent) => void, signal: AbortSignal): Promise<void>;
}
/** The daemon did not answer in time or could not be reached at all. */
export declare class DockerUnavailableError extends Error {
    readonly endpoint: string;
    readonly operation: string;
    readonly cause: unknown;
    readonly timedOut: boolean;
    constructor(endpoint: string, operation: string, cause: unknown, timedOut: boolean);
}
