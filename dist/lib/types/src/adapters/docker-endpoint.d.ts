import { EngineApi, type DockerApiOptions, type DockerTls } from './docker-api.js';
/** The CLI's built-in context: DOCKER_HOST, or the local socket. */
export declare const DEFAULT_CONTEXT = "default";
export declare const DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock";
export type { DockerTls };
export interface DockerEndpoint {
    /** A DOCKER_HOST-style address: unix://, tcp://, ssh://, npipe://. */
    host: string;
    tls?: DockerTls;
    /** What decided it, for messages. */
    source: 'DOCKER_HOST' | 'context' | 'default';
    /** The context's name when a named context decided it. */
    context?: string;
    /** Where we looked, for messages: "tcp://127.0.0.1:2375 (context 'remote')". */
    description: string;
}
/** A context or TLS file that is missing or unreadable; says which file and why it was read. */
export declare class DockerEndpointError extends Error {
    constructor(message: string);
}
/** Reads a file as text, or undefined when it does not exist. */
export type ReadText = (file: string) => string | undefined;
/** The docker CLI's configuration directory: $DOCKER_CONFIG, else ~/.docker. */
export declare function dockerConfigDir(env: NodeJS.ProcessEnv, home?: string): string;
/** The directory name the context store uses for a context: hex SHA-256 of its name. */
export declare function contextDirName(name: string): string;
/** Resolves the daemon's endpoint from the environment and the CLI's files; throws DockerEndpointError. */
export declare function resolveDockerEndpoint(env?: NodeJS.ProcessEnv, readText?: ReadText, home?: string): DockerEndpoint;
/**
 * The DockerApi for the daemon the docker CLI would use. When the environment names an endpoint
 * that cannot be read (a missing context), every call fails with that explanation instead of
 * the constructor throwing, so the step reports it where it reports an unreachable daemon.
 */
export declare function dockerApiFromEnvironment(env?: NodeJS.ProcessEnv, options?: Omit<DockerApiOptions, 'host' | 'tls' | 'description'>): EngineApi;
