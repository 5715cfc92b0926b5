import type { DockerApi } from '../ports/docker.js';
export interface ServiceLog {
    service: string;
    containers: string[];
    /** The file's text: lines in order, a note first when the start was cut. */
    text: string;
    /** Earlier output was left out to stay within the bound. */
    truncated: boolean;
    /** What went wrong reading a container's log (the rest is kept). */
    problems: string[];
}
/** Bound for reading one container's log; what arrived by then is kept. */
export declare const LOG_READ_TIMEOUT_MS = 60000;
/** The project's services (one-off `run` containers aside), each container's log read in turn. */
export declare function collectServiceLogs(docker: DockerApi, projectName: string, options: {
    maxBytesPerService: number;
    timeoutMs?: number;
}): Promise<ServiceLog[]>;
/** Lines of several replicas in the order of their timestamps (each replica's own order kept). */
export declare function mergeByTime(replicas: string[][]): string[];
