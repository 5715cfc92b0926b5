import type { DockerApi } from '../ports/docker.js';
import type { Log } from '../ports/runtime.js';
/** What a service's container looked like when something went wrong. */
export interface ServiceDiagnosis {
    service: string;
    container: string;
    state: string;
    exitCode: number;
    oomKilled: boolean;
    restartCount: number;
    health?: string;
    /** Outputs of the last health checks, oldest first. */
    healthLog: Array<{
        exitCode: number;
        output: string;
    }>;
    /** Last lines of the container's log. */
    logTail: string[];
}
export declare const LOG_TAIL_LINES = 50;
/** Inspects every container of the project (one-off `run` containers aside). */
export declare function diagnoseProject(docker: DockerApi, projectName: string): Promise<ServiceDiagnosis[]>;
/** A service that keeps `up --wait` from succeeding: not running, unhealthy, or still starting. */
export declare function isFailing(diagnosis: ServiceDiagnosis): boolean;
/**
 * A service still starting when Compose gave up: usually a bystander of another service's
 * failure (Compose stops waiting at the first one), so it is named after the real failures.
 */
export declare function isBystander(diagnosis: ServiceDiagnosis): boolean;
/** Real failures first, bystanders last, by service name within each. */
export declare function byFailureWeight(a: ServiceDiagnosis, b: ServiceDiagnosis): number;
/** One line per failing service: "db: unhealthy, last health check: exit 1 'connection refused'". */
export declare function describeFailure(diagnosis: ServiceDiagnosis): string;
/**
 * A failing service in the log: its one-line diagnosis as the group's title, then what its health
 * checks and its log said, verbatim through log.output (the container's words, never commands).
 */
export declare function printDiagnosis(log: Log, diagnosis: ServiceDiagnosis): Promise<void>;
