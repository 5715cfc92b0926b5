import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineApi, type DockerApiOptions, type DockerTls } from './docker-api.js';

// Where the Docker daemon is, decided the way the docker CLI decides it
// (docker/cli cli/command/cli.go resolveContextName, cli/context/store):
//   1. DOCKER_HOST, when set and not empty, wins (with DOCKER_TLS_VERIFY / DOCKER_TLS and
//      DOCKER_CERT_PATH for TLS);
//   2. else the context named by DOCKER_CONTEXT, else `currentContext` in
//      $DOCKER_CONFIG/config.json (default ~/.docker/config.json), else "default";
//   3. a named context's endpoint is in contexts/meta/<sha256 of the name>/meta.json
//      (Endpoints.docker.Host, SkipTLSVerify), its TLS files in contexts/tls/<sha>/docker/.
// `docker compose` and the docker CLI make the same decision from the same environment, so the
// API client and every compose call reach one daemon. There is no maintained npm library for
// reading the CLI's context store, hence these few lines.

/** The CLI's built-in context: DOCKER_HOST, or the local socket. */
export const DEFAULT_CONTEXT = 'default';
export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';
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
export class DockerEndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DockerEndpointError';
  }
}

/** Reads a file as text, or undefined when it does not exist. */
export type ReadText = (file: string) => string | undefined;

const readIfPresent: ReadText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/** The docker CLI's configuration directory: $DOCKER_CONFIG, else ~/.docker. */
export function dockerConfigDir(env: NodeJS.ProcessEnv, home: string = os.homedir()): string {
  return env.DOCKER_CONFIG || path.join(home, '.docker');
}

/** The directory name the context store uses for a context: hex SHA-256 of its name. */
export function contextDirName(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

/** Resolves the daemon's endpoint from the environment and the CLI's files; throws DockerEndpointError. */
export function resolveDockerEndpoint(env: NodeJS.ProcessEnv = process.env, readText: ReadText = readIfPresent, home?: string): DockerEndpoint {
  const configDir = dockerConfigDir(env, home);
  if (env.DOCKER_HOST) {
    const verify = Boolean(env.DOCKER_TLS_VERIFY);
    const tls = verify || Boolean(env.DOCKER_TLS) ? tlsFiles(env.DOCKER_CERT_PATH || configDir, verify, readText) : undefined;
    return { host: env.DOCKER_HOST, ...(tls ? { tls } : {}), source: 'DOCKER_HOST', description: env.DOCKER_HOST };
  }
  const fromEnv = env.DOCKER_CONTEXT;
  const name = fromEnv || currentContext(configDir, readText) || DEFAULT_CONTEXT;
  if (name === DEFAULT_CONTEXT) return { host: DEFAULT_DOCKER_HOST, source: 'default', description: DEFAULT_DOCKER_HOST };

  const why = fromEnv ? 'DOCKER_CONTEXT' : `currentContext in ${path.join(configDir, 'config.json')}`;
  const metaFile = path.join(configDir, 'contexts', 'meta', contextDirName(name), 'meta.json');
  const text = readText(metaFile);
  if (text === undefined) {
    throw new DockerEndpointError(`Docker context '${name}' (from ${why}) does not exist: no ${metaFile}. Create it with 'docker context create ${name} --docker host=…', or unset ${fromEnv ? 'DOCKER_CONTEXT' : 'currentContext'}.`);
  }
  const endpoint = parseMeta(text, metaFile, name);
  const tlsDir = path.join(configDir, 'contexts', 'tls', contextDirName(name), 'docker');
  const files = tlsFiles(tlsDir, !endpoint.skipTlsVerify, readText);
  const usesTls = files.ca !== undefined || files.cert !== undefined || endpoint.skipTlsVerify;
  return {
    host: endpoint.host,
    ...(usesTls ? { tls: files } : {}),
    source: 'context',
    context: name,
    description: `${endpoint.host} (context '${name}')`,
  };
}

function currentContext(configDir: string, readText: ReadText): string | undefined {
  const file = path.join(configDir, 'config.json');
  const text = readText(file);
  if (text === undefined) return undefined;
  try {
    const value = (JSON.parse(text) as { currentContext?: unknown }).currentContext;
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch (error) {
    throw new DockerEndpointError(`${file} is not valid JSON (${(error as Error).message}); the docker CLI would refuse it too.`);
  }
}

function parseMeta(text: string, file: string, name: string): { host: string; skipTlsVerify: boolean } {
  let meta: { Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } } };
  try {
    meta = JSON.parse(text) as typeof meta;
  } catch (error) {
    throw new DockerEndpointError(`Docker context '${name}': ${file} is not valid JSON (${(error as Error).message}).`);
  }
  const docker = meta.Endpoints?.docker;
  if (typeof docker?.Host !== 'string' || docker.Host === '') {
    throw new DockerEndpointError(`Docker context '${name}' has no Docker endpoint (Endpoints.docker.Host in ${file}).`);
  }
  return { host: docker.Host, skipTlsVerify: docker.SkipTLSVerify === true };
}

function tlsFiles(dir: string, verify: boolean, readText: ReadText): DockerTls {
  const ca = verify ? readText(path.join(dir, 'ca.pem')) : undefined;
  const cert = readText(path.join(dir, 'cert.pem'));
  const key = readText(path.join(dir, 'key.pem'));
  if ((cert === undefined) !== (key === undefined)) {
    throw new DockerEndpointError(`TLS client files in ${dir}: cert.pem and key.pem go together, but only ${cert === undefined ? 'key.pem' : 'cert.pem'} exists.`);
  }
  return { ...(ca !== undefined ? { ca } : {}), ...(cert !== undefined ? { cert, key } : {}), verify };
}

/**
 * The DockerApi for the daemon the docker CLI would use. When the environment names an endpoint
 * that cannot be read (a missing context), every call fails with that explanation instead of
 * the constructor throwing, so the step reports it where it reports an unreachable daemon.
 */
export function dockerApiFromEnvironment(env: NodeJS.ProcessEnv = process.env, options: Omit<DockerApiOptions, 'host' | 'tls' | 'description'> = {}): EngineApi {
  let endpoint: DockerEndpoint;
  try {
    endpoint = resolveDockerEndpoint(env);
  } catch (error) {
    const why = error instanceof DockerEndpointError ? error.message : `could not read the Docker configuration: ${(error as Error).message}`;
    const named = env.DOCKER_CONTEXT ? `context '${env.DOCKER_CONTEXT}'` : `the current context in ${path.join(dockerConfigDir(env), 'config.json')}`;
    return new EngineApi({ ...options, env, host: DEFAULT_DOCKER_HOST, description: named, unusable: why });
  }
  return new EngineApi({ ...options, env, host: endpoint.host, tls: endpoint.tls, description: endpoint.description });
}
