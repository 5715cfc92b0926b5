import { spawn } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { Duplex, type Readable } from 'node:stream';

// How requests reach the Docker Engine API: HTTP/1.1 over the daemon's socket (unix or a
// Windows named pipe), over TCP (TLS when asked), or over ssh the way the docker CLI and Compose
// reach an `ssh://` host — `ssh [-l user] [-p port] host -- docker system dial-stdio`, the API
// spoken over the ssh process's stdio, so the runner's ssh setup (keys, agent, known_hosts,
// ~/.ssh/config) serves all three clients alike.
//
// Written on node:http rather than dockerode/docker-modem: we make about twenty JSON calls and
// two streams, and dockerode's module graph (gRPC and protobuf for BuildKit sessions, ssh2,
// tar-fs) cost every step of the action ~300 ms of start-up before its first line and most of
// each bundle's 4 MB, for nothing this product uses.

export interface EngineRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path and query, without the API version prefix. */
  path: string;
  /** A JSON body, or raw bytes with their content type (an image tar). */
  body?: { json: unknown } | { raw: Buffer; contentType: string };
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
export type EngineConnection =
  | { kind: 'socket'; path: string }
  | { kind: 'tcp'; host: string; port: number; tls?: { ca?: string; cert?: string; key?: string; verify: boolean } }
  | { kind: 'ssh'; host: string; port?: number; user?: string };

/** DOCKER_HOST forms: unix:///path, npipe:////./pipe/name, tcp://host:port, ssh://[user@]host[:port]. */
export function connectionOf(host: string, tls?: { ca?: string; cert?: string; key?: string; verify: boolean }, env: NodeJS.ProcessEnv = {}): EngineConnection {
  if (host.startsWith('unix://')) return { kind: 'socket', path: host.slice('unix://'.length) };
  if (host.startsWith('npipe://')) return { kind: 'socket', path: host.slice('npipe://'.length).replace(/\//g, '\\') };
  const url = new URL(host);
  if (url.protocol === 'ssh:') {
    return { kind: 'ssh', host: url.hostname, ...(url.port ? { port: Number(url.port) } : {}), ...(url.username ? { user: decodeURIComponent(url.username) } : {}) };
  }
  if (url.protocol !== 'tcp:' && url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`'${host}' is not a Docker host this client reaches (unix://, npipe://, tcp://, ssh://)`);
  const secure = tls !== undefined || env.DOCKER_TLS_VERIFY === '1' || url.protocol === 'https:';
  return { kind: 'tcp', host: url.hostname, port: Number(url.port) || (secure ? 2376 : 2375), ...(secure ? { tls: tls ?? { verify: true } } : {}) };
}

/** `ssh … docker system dial-stdio`: the argv the docker CLI runs for an ssh:// host. */
export function sshDialArgv(connection: Extract<EngineConnection, { kind: 'ssh' }>): string[] {
  return ['ssh', ...(connection.user ? ['-l', connection.user] : []), ...(connection.port ? ['-p', String(connection.port)] : []), '--', connection.host, 'docker', 'system', 'dial-stdio'];
}

export function engineTransport(connection: EngineConnection): EngineTransport {
  const base: http.RequestOptions =
    connection.kind === 'socket'
      ? { socketPath: connection.path }
      : connection.kind === 'tcp'
        ? { host: connection.host, port: connection.port }
        : { host: 'docker', agent: false, createConnection: () => sshConnection(connection) };
  const secure = connection.kind === 'tcp' && connection.tls !== undefined;
  const tls = connection.kind === 'tcp' ? connection.tls : undefined;
  const tlsOptions: https.RequestOptions = tls ? { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.verify } : {};
  return {
    request: (request) =>
      new Promise<EngineResponse>((resolve, reject) => {
        const body = request.body === undefined ? undefined : 'json' in request.body ? Buffer.from(JSON.stringify(request.body.json)) : request.body.raw;
        const contentType = request.body === undefined ? undefined : 'json' in request.body ? 'application/json' : request.body.contentType;
        const options: https.RequestOptions = {
          ...base,
          ...tlsOptions,
          method: request.method,
          path: request.path,
          signal: request.signal,
          headers: {
            Host: 'docker',
            'User-Agent': 'docker-stability',
            ...(body ? { 'Content-Type': contentType, 'Content-Length': String(body.length) } : {}),
          },
        };
        const sent = (secure ? https : http).request(options, (response) => resolve({ status: response.statusCode ?? 0, body: response }));
        sent.on('error', reject);
        sent.end(body);
      }),
  };
}

/** The ssh process's stdio as the HTTP connection; its stderr (ssh's own complaint) names a failure. */
function sshConnection(connection: Extract<EngineConnection, { kind: 'ssh' }>): Duplex {
  const [command, ...args] = sshDialArgv(connection);
  const child = spawn(command!, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const duplex = Duplex.from({ readable: child.stdout, writable: child.stdin });
  child.on('error', (error) => duplex.destroy(Object.assign(new Error(`ssh to ${connection.host} could not start: ${error.message}`), { code: 'ECONNREFUSED' })));
  child.on('exit', (code) => {
    if (code) duplex.destroy(Object.assign(new Error(`ssh to ${connection.host} ended (exit ${code}): ${stderr.trim() || 'no message'}`), { code: 'ECONNREFUSED' }));
  });
  duplex.on('close', () => child.kill());
  return duplex;
}

/** The whole body as bytes (bounded: an API answer that is not a stream is small). */
export async function readBody(body: Readable, maxBytes = 64 * 1024 * 1024): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) {
      body.destroy();
      throw new Error(`the daemon's answer is larger than ${maxBytes} bytes`);
    }
    parts.push(buffer);
  }
  return Buffer.concat(parts);
}
