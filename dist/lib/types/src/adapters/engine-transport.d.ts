import { type Readable } from 'node:stream';
export interface EngineRequest {
    method: 'GET' | 'POST' | 'DELETE';
    /** Path and query, without the API version prefix. */
    path: string;
    /** A JSON body, or raw bytes with their content type (an image tar). */
    body?: {
        json: unknown;
    } | {
        raw: Buffer;
        contentType: string;
    };
    signal: AbortSignal;
}
/** The daemon's answer: its status, and the body as a stream the caller reads (or drains). */
export interface EngineResponse {
    status: number;
    body: Readable;
}
export interface EngineTransport {
    request(request: EngineRequest): Promise<EngineResponse>;
}
/** Where the daemon is, as DOCKER_HOST says (see docker-endpoint.ts for contexts and TLS files). */
export type EngineConnection = {
    kind: 'socket';
    path: string;
} | {
    kind: 'tcp';
    host: string;
    port: number;
    tls?: {
        ca?: string;
        cert?: string;
        key?: string;
        verify: boolean;
    };
} | {
    kind: 'ssh';
    host: string;
    port?: number;
    user?: string;
};
/** DOCKER_HOST forms: unix:///path, npipe:////./pipe/name, tcp://host:port, ssh://[user@]host[:port]. */
export declare function connectionOf(host: string, tls?: {
    ca?: string;
    cert?: string;
    key?: string;
    verify: boolean;
}, env?: NodeJS.ProcessEnv): EngineConnection;
/** `ssh … docker system dial-stdio`: the argv the docker CLI runs for an ssh:// host. */
export declare function sshDialArgv(connection: Extract<EngineConnection, {
    kind: 'ssh';
}>): string[];
export declare function engineTransport(connection: EngineConnection): EngineTransport;
/** The whole body as bytes (bounded: an API answer that is not a stream is small). */
export declare function readBody(body: Readable, maxBytes?: number): Promise<Buffer>;
