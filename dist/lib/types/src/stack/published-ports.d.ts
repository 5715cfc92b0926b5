import type { ContainerSummary } from '../ports/docker.js';
export interface PublishedPort {
    /** The port inside the container. */
    containerPort: number;
    protocol: string;
    /** Where the runner reaches it: the daemon's host for an all-interfaces binding. */
    host: string;
    hostPort: number;
}
/** One running container of a service and what it publishes. */
export interface ReplicaPorts {
    service: string;
    /** Compose's container number (1 for the first replica). */
    replica: number;
    container: string;
    containerId: string;
    ports: PublishedPort[];
}
/**
 * Where the runner reaches a port bound on all interfaces: the daemon's own host for a tcp:// or
 * ssh:// daemon (DOCKER_HOST=tcp://docker:2376 publishes on the `docker` service), else loopback.
 */
export declare function daemonHost(endpoint: string): string;
/** The project's running containers (one-off `run` containers aside) and their published ports, by service and replica. */
export declare function publishedPorts(containers: ContainerSummary[], endpoint: string): ReplicaPorts[];
/** "127.0.0.1:49153", "[::1]:49153". */
export declare function hostAndPort(port: Pick<PublishedPort, 'host' | 'hostPort'>): string;
/**
 * The `ports` output: `{"db": {"5432/tcp": "127.0.0.1:49153"}}`. A service's name stands for its
 * first running replica; further replicas are `db#2`, `db#3` (by Compose's container number;
 * `#` is never part of a service name). Services that publish nothing are left out.
 */
export declare function portsOutput(replicas: ReplicaPorts[]): Record<string, Record<string, string>>;
/**
 * A service name as the start of environment variable names: upper case, every character
 * outside A-Z and 0-9 as `_` (`my-api` → `MY_API`, `web.v2` → `WEB_V2`), `_` before a digit.
 */
export declare function variablePrefix(service: string): string;
/**
 * Environment variables for later steps (`export-env`): `DB_HOST=127.0.0.1`, `DB_PORT_5432=49153`
 * (UDP: `DB_PORT_5353_UDP`) for a service's first replica; `DB_REPLICA_2_HOST`,
 * `DB_REPLICA_2_PORT_5432` for further ones. Two services whose names map to the same variable
 * (`my-api` and `my_api`) set neither: the problem says which, rather than one silently winning.
 */
export declare function portVariables(replicas: ReplicaPorts[]): {
    variables: Record<string, string>;
    problems: string[];
};
