import {
  DockerUnavailableError,
  type ContainerDetails,
  type ContainerSummary,
  type CreateContainerSpec,
  type DockerApi,
  type DockerEvent,
  type EngineInfo,
  type EngineVersion,
  type EventQuery,
  type ImageDetails,
  type LogChunk,
  type LogQuery,
  type ImageSummary,
  type NetworkSummary,
  type RawStats,
  type RemoveOutcome,
  type VolumeSummary,
} from '../ports/docker.js';
import { demuxDockerLogs, LogDemuxer } from './docker-logs.js';
import { connectionOf, engineTransport, readBody, type EngineRequest, type EngineResponse, type EngineTransport } from './engine-transport.js';
import { UnixStatsClient } from './stats-http.js';
import { UnansweredGuard } from './unanswered-guard.js';

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

// The payload fields this adapter reads, and nothing more.
interface RawVersion {
  Version: string;
  ApiVersion: string;
  MinAPIVersion?: string;
  Os: string;
  Arch: string;
}
interface RawInfo {
  ID?: string;
  Name?: string;
  MemTotal?: number;
  NCPU?: number;
  DockerRootDir?: string;
  ContainersRunning?: number;
  OperatingSystem?: string;
  CgroupVersion?: string;
}
interface RawImageInspect {
  Id: string;
  Config?: { Healthcheck?: { Test?: string[] | null; Interval?: number; Timeout?: number; Retries?: number; StartPeriod?: number } | null } | null;
}
interface RawContainerSummary {
  Id: string;
  Names?: string[];
  Image: string;
  State: string;
  Status: string;
  Labels?: Record<string, string> | null;
  Created: number;
  Ports?: Array<{ IP?: string; PrivatePort: number; PublicPort?: number; Type: string }>;
}
interface RawContainerInspect {
  Id: string;
  Name: string;
  Created?: string;
  RestartCount?: number;
  Config: {
    Image: string;
    Labels?: Record<string, string> | null;
    Healthcheck?: { Test?: string[]; Interval?: number; Timeout?: number; Retries?: number; StartPeriod?: number; StartInterval?: number };
  };
  State: {
    Status: string;
    Running: boolean;
    ExitCode: number;
    OOMKilled: boolean;
    StartedAt: string;
    FinishedAt: string;
    Health?: { Status: string; FailingStreak: number; Log?: Array<{ Start: string; End: string; ExitCode: number; Output: string }> | null };
  };
  HostConfig: { Memory?: number; NanoCpus?: number };
}

interface HttpError {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
}

/** An error status of the Engine API, with the daemon's own message. */
class EngineHttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'EngineHttpError';
  }
}

/** A query string of the parameters that are set (`?all=true&filters=…`), or ''. */
function queryString(parameters: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The newest Engine API version this client was tested against (Docker Engine 28.5, API 1.51;
 * CI runs every test on it and on engine 20.10, API 1.41). Requests carry the version both
 * sides speak, as the docker CLI negotiates it: an unversioned path means "the daemon's newest",
 * whose payloads a newer engine may change under us (fields removed or renamed).
 */
export const CLIENT_API_VERSION = '1.51';

/** min(the daemon's API version, ours), raised to the daemon's minimum if ours is below it. */
export function negotiateApiVersion(server: { apiVersion?: string; minApiVersion?: string }, client = CLIENT_API_VERSION): string | undefined {
  if (!server.apiVersion || !/^\d+\.\d+$/.test(server.apiVersion)) return undefined;
  let chosen = compareApiVersions(server.apiVersion, client) < 0 ? server.apiVersion : client;
  if (server.minApiVersion && /^\d+\.\d+$/.test(server.minApiVersion) && compareApiVersions(chosen, server.minApiVersion) < 0) chosen = server.minApiVersion;
  return chosen;
}

function compareApiVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** The Docker Engine API behind our DockerApi port: every call bounded, errors turned into our own. */
export class EngineApi implements DockerApi {
  readonly endpoint: string;
  private readonly transport: EngineTransport | undefined;
  private readonly callTimeoutMs: number;
  private readonly pingTimeoutMs: number;
  /** Kept-alive connections for the monitor's stats calls (unix sockets only). */
  private statsClient?: UnixStatsClient;
  private readonly socketPath: string | undefined;
  private readonly unusable: string | undefined;
  /** A daemon that left a call unanswered is pinged before each later call (see the guard). */
  private readonly guard: UnansweredGuard;
  /** The API version agreed with the daemon at the first call (see negotiateApiVersion). */
  private negotiated?: string;
  private negotiation?: Promise<void>;

  constructor(options: DockerApiOptions = {}) {
    const env = options.env ?? process.env;
    const host = options.host || env.DOCKER_HOST || 'unix:///var/run/docker.sock';
    this.endpoint = options.description ?? host;
    this.socketPath = host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
    let unusable = options.unusable;
    try {
      this.transport = engineTransport(connectionOf(host, options.tls, env));
    } catch (error) {
      unusable ??= error instanceof Error ? error.message : String(error);
    }
    this.unusable = unusable;
    this.callTimeoutMs = options.callTimeoutMs ?? 15_000;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2000;
    this.guard = new UnansweredGuard(this.endpoint, () => this.ping());
  }

  async ping(): Promise<void> {
    await this.call('ping', (signal) => this.json('GET', '/_ping', signal, { versioned: false, text: true }), this.pingTimeoutMs);
  }

  async version(): Promise<EngineVersion> {
    // Unversioned: it is what the negotiation asks, so the answer settles it too.
    const raw = await this.call('version', (signal) => this.json<RawVersion>('GET', '/version', signal, { versioned: false }), this.callTimeoutMs, false);
    this.adopt(raw);
    return { version: raw.Version, apiVersion: raw.ApiVersion, os: raw.Os, arch: raw.Arch };
  }

  /** The API version requests carry, once agreed ("1.41" with engine 20.10, "1.51" with 28.5). */
  get apiVersion(): string | undefined {
    return this.negotiated;
  }

  /**
   * Agrees on the API version with one unversioned `GET /version` before the first other call.
   * A daemon that does not answer fails the call that needed it (and is asked again next time);
   * one that answers the version with an error leaves requests unversioned.
   */
  private async negotiate(operation: string): Promise<void> {
    this.negotiation ??= this.call('version', (signal) => this.json<RawVersion>('GET', '/version', signal, { versioned: false }), this.callTimeoutMs, false).then(
      (raw) => this.adopt(raw),
      (error: unknown) => {
        this.negotiation = undefined;
        if (error instanceof DockerUnavailableError) throw error;
      },
    );
    try {
      await this.negotiation;
    } catch (error) {
      // Named after the call that needed it: that is what the caller asked for.
      const unavailable = error as DockerUnavailableError;
      throw new DockerUnavailableError(this.endpoint, operation, unavailable.cause, unavailable.timedOut);
    }
  }

  private adopt(raw: { ApiVersion?: string; MinAPIVersion?: string }): void {
    if (this.negotiated !== undefined) return;
    this.negotiated = negotiateApiVersion({ apiVersion: raw.ApiVersion, minApiVersion: raw.MinAPIVersion });
  }

  async info(): Promise<EngineInfo> {
    const raw = await this.call('info', (signal) => this.json<RawInfo>('GET', '/info', signal));
    return {
      id: raw.ID ?? '',
      name: raw.Name ?? '',
      memTotalBytes: raw.MemTotal ?? 0,
      cpus: raw.NCPU ?? 0,
      dockerRootDir: raw.DockerRootDir ?? '',
      containersRunning: raw.ContainersRunning ?? 0,
      operatingSystem: raw.OperatingSystem ?? '',
      cgroupVersion: raw.CgroupVersion ?? '',
    };
  }

  async listContainers(query: { all: boolean; labels?: string[]; name?: string }): Promise<ContainerSummary[]> {
    const filters: Record<string, string[]> = {};
    if (query.labels?.length) filters.label = query.labels;
    if (query.name) filters.name = [query.name];
    const raw = await this.call('container list', (signal) =>
      this.json<RawContainerSummary[]>('GET', `/containers/json${queryString({ all: query.all, filters: JSON.stringify(filters) })}`, signal),
    );
    return raw.map((c) => ({
      id: c.Id,
      name: (c.Names?.[0] ?? '').replace(/^\//, ''),
      image: c.Image,
      state: c.State,
      status: c.Status,
      labels: c.Labels ?? {},
      createdSeconds: c.Created,
      ports: (c.Ports ?? []).map((p) => ({ ip: p.IP ?? '', privatePort: p.PrivatePort, publicPort: p.PublicPort, type: p.Type })),
    }));
  }

  async inspectContainer(id: string): Promise<ContainerDetails | undefined> {
    const raw = await this.orMissing('container inspect', (signal) => this.json<RawContainerInspect>('GET', `/containers/${encodeURIComponent(id)}/json`, signal));
    if (!raw) return undefined;
    const health = raw.State.Health;
    const check = raw.Config.Healthcheck;
    return {
      id: raw.Id,
      name: raw.Name.replace(/^\//, ''),
      image: raw.Config.Image,
      labels: raw.Config.Labels ?? {},
      restartCount: raw.RestartCount ?? 0,
      state: {
        status: raw.State.Status,
        running: raw.State.Running,
        exitCode: raw.State.ExitCode,
        oomKilled: raw.State.OOMKilled,
        startedAt: raw.State.StartedAt,
        finishedAt: raw.State.FinishedAt,
        health: health
          ? {
              status: health.Status,
              failingStreak: health.FailingStreak,
              log: (health.Log ?? []).map((entry) => ({
                start: entry.Start,
                end: entry.End,
                exitCode: entry.ExitCode,
                output: entry.Output,
              })),
            }
          : undefined,
      },
      memoryLimitBytes: raw.HostConfig.Memory ?? 0,
      nanoCpus: raw.HostConfig.NanoCpus ?? 0,
      created: raw.Created,
      healthcheck: check?.Test
        ? {
            test: check.Test,
            intervalNs: check.Interval ?? 0,
            timeoutNs: check.Timeout ?? 0,
            retries: check.Retries ?? 0,
            startPeriodNs: check.StartPeriod ?? 0,
            startIntervalNs: check.StartInterval ?? 0,
          }
        : undefined,
    };
  }

  async createContainer(spec: CreateContainerSpec): Promise<{ id: string } | 'name-taken'> {
    try {
      const container = await this.call('container create', (signal) =>
        this.json<{ Id: string }>('POST', `/containers/create${queryString({ name: spec.name })}`, signal, {
          body: { json: { Image: spec.image, Cmd: spec.cmd, Labels: spec.labels, HostConfig: { NetworkMode: 'none', AutoRemove: false } } },
        }),
      );
      return { id: container.Id };
    } catch (error) {
      if (statusOf(error) === 409) return 'name-taken';
      throw error;
    }
  }

  async removeContainer(id: string, options: { force: boolean; volumes: boolean }): Promise<RemoveOutcome> {
    return this.remove('container remove', (signal) =>
      this.json('DELETE', `/containers/${encodeURIComponent(id)}${queryString({ force: options.force, v: options.volumes })}`, signal, { text: true }),
    );
  }

  async renameContainer(id: string, name: string): Promise<'renamed' | 'missing' | 'name-taken'> {
    try {
      await this.call('container rename', (signal) => this.json('POST', `/containers/${encodeURIComponent(id)}/rename${queryString({ name })}`, signal, { text: true }));
      return 'renamed';
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return 'missing';
      if (status === 409) return 'name-taken';
      throw error;
    }
  }

  async containerStats(id: string): Promise<RawStats | undefined> {
    const socketPath = this.socketPath;
    if (!socketPath || this.unusable !== undefined) {
      return this.orMissing('container stats', (signal) =>
        this.json<RawStats>('GET', `/containers/${encodeURIComponent(id)}/stats${queryString({ stream: false, 'one-shot': true })}`, signal),
      );
    }
    this.statsClient ??= new UnixStatsClient(socketPath, this.callTimeoutMs);
    if (this.negotiated === undefined) await this.negotiate('container stats');
    this.statsClient.apiVersion = this.negotiated;
    await this.guard.admit('container stats');
    try {
      const stats = await this.statsClient.get(id);
      this.guard.answered();
      return stats;
    } catch (error) {
      const failure = error as HttpError & { timedOut?: boolean };
      if (failure.timedOut) {
        this.guard.timedOut('container stats');
        throw new DockerUnavailableError(this.endpoint, 'container stats', failure.message, true);
      }
      if (failure.code && CONNECTION_CODES.has(failure.code)) throw new DockerUnavailableError(this.endpoint, 'container stats', error, false);
      throw new Error(`Docker container stats failed: ${failure.message ?? String(error)}`, { cause: error });
    }
  }



  async containerLogs(id: string, tail: number): Promise<string> {
    const raw = await this.orMissing('container logs', (signal) =>
      this.bytes('GET', `/containers/${encodeURIComponent(id)}/logs${queryString({ stdout: true, stderr: true, tail, follow: false })}`, signal),
    );
    return raw ? demuxDockerLogs(raw) : '';
  }

  async streamContainerLogs(id: string, query: LogQuery, onChunk: (chunk: LogChunk) => void, signal?: AbortSignal): Promise<void> {
    const operation = 'container logs';
    if (this.unusable !== undefined) throw new DockerUnavailableError(this.endpoint, operation, this.unusable, false);
    if (signal?.aborted) return;
    await this.guard.admit(operation);
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    signal?.addEventListener('abort', stop, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, query.timeoutMs);
    const late = (): DockerUnavailableError => new DockerUnavailableError(this.endpoint, operation, `the log did not end within ${query.timeoutMs} ms`, true);
    try {
      const path = `/containers/${encodeURIComponent(id)}/logs${queryString({ stdout: true, stderr: true, follow: query.follow, timestamps: query.timestamps, tail: query.tail })}`;
      const stream = await this.stream('GET', path, controller.signal, { missing: true });
      this.guard.answered();
      if (!stream) return;
      const demux = new LogDemuxer(onChunk);
      await new Promise<void>((resolve, reject) => {
        let settled = false;
        const finish = (error?: unknown): void => {
          if (settled) return;
          settled = true;
          controller.signal.removeEventListener('abort', onAbort);
          demux.end();
          if (error && !controller.signal.aborted) reject(error);
          else resolve();
        };
        const onAbort = (): void => {
          stream.destroy?.();
          finish();
        };
        controller.signal.addEventListener('abort', onAbort, { once: true });
        if (controller.signal.aborted) return onAbort();
        stream.on('data', (chunk: Buffer) => demux.push(chunk));
        stream.on('end', () => finish());
        stream.on('close', () => finish());
        stream.on('error', (error: unknown) => finish(error));
      });
      if (timedOut) throw late();
    } catch (error) {
      if (error instanceof DockerUnavailableError) throw error;
      if (timedOut) {
        this.guard.timedOut(operation);
        throw late();
      }
      // The caller's signal: it asked to stop; what arrived was delivered.
      if (signal?.aborted) return;
      const http = error as HttpError;
      if (http.code && CONNECTION_CODES.has(http.code)) throw new DockerUnavailableError(this.endpoint, operation, error, false);
      throw new Error(`Docker ${operation} failed: ${http.message ?? String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  }

  async listVolumes(query: { labels?: string[] }): Promise<VolumeSummary[]> {
    const filters = query.labels?.length ? { label: query.labels } : {};
    const raw = await this.call('volume list', (signal) =>
      this.json<{ Volumes?: Array<{ Name: string; Labels?: Record<string, string> | null; CreatedAt?: string }> | null }>('GET', `/volumes${queryString({ filters: JSON.stringify(filters) })}`, signal),
    );
    return (raw.Volumes ?? []).map((v) => ({ name: v.Name, labels: v.Labels ?? {}, createdAt: v.CreatedAt }));
  }

  removeVolume(name: string): Promise<RemoveOutcome> {
    return this.remove('volume remove', (signal) => this.json('DELETE', `/volumes/${encodeURIComponent(name)}`, signal, { text: true }));
  }

  async listNetworks(query: { labels?: string[] }): Promise<NetworkSummary[]> {
    const filters = query.labels?.length ? { label: query.labels } : {};
    const raw = await this.call('network list', (signal) =>
      this.json<Array<{ Id: string; Name: string; Labels?: Record<string, string> | null }>>('GET', `/networks${queryString({ filters: JSON.stringify(filters) })}`, signal),
    );
    return raw.map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} }));
  }

  removeNetwork(id: string): Promise<RemoveOutcome> {
    return this.remove('network remove', (signal) => this.json('DELETE', `/networks/${encodeURIComponent(id)}`, signal, { text: true }));
  }

  async listImages(query: { labels?: string[]; reference?: string }): Promise<ImageSummary[]> {
    const filters: Record<string, string[]> = {};
    if (query.labels?.length) filters.label = query.labels;
    if (query.reference) filters.reference = [query.reference];
    const raw = await this.call('image list', (signal) =>
      this.json<Array<{ Id: string; RepoTags?: string[] | null; Labels?: Record<string, string> | null; Size: number }>>('GET', `/images/json${queryString({ filters: JSON.stringify(filters) })}`, signal),
    );
    return raw.map((i) => ({ id: i.Id, repoTags: i.RepoTags ?? [], labels: i.Labels ?? {}, sizeBytes: i.Size }));
  }

  removeImage(reference: string): Promise<RemoveOutcome> {
    return this.remove('image remove', (signal) => this.json('DELETE', `/images/${encodeURIComponent(reference)}`, signal, { text: true }));
  }

  async inspectImage(reference: string): Promise<ImageDetails | undefined> {
    const raw = await this.orMissing('image inspect', (signal) => this.json<RawImageInspect>('GET', `/images/${encodeURIComponent(reference)}/json`, signal));
    if (!raw) return undefined;
    const check = raw.Config?.Healthcheck;
    return {
      id: raw.Id,
      healthcheck: check?.Test?.length
        ? { test: check.Test, intervalNs: check.Interval ?? 0, timeoutNs: check.Timeout ?? 0, retries: check.Retries ?? 0, startPeriodNs: check.StartPeriod ?? 0 }
        : undefined,
    };
  }

  async importImage(tar: Buffer, repoTag: string, changes: string[]): Promise<void> {
    const [repo, tag] = splitRepoTag(repoTag);
    const search = new URLSearchParams({ fromSrc: '-', repo, tag });
    for (const change of changes) search.append('changes', change);
    const progress = await this.call('image import', (signal) =>
      this.bytes('POST', `/images/create?${search.toString()}`, signal, { body: { raw: tar, contentType: 'application/x-tar' } }),
    );
    // The daemon reports a failed import inside its progress stream, with status 200.
    const failure = /"error"\s*:\s*"([^"]*)"/.exec(progress.toString('utf8'));
    if (failure) throw new Error(`Docker image import failed: ${failure[1]}`);
  }

  async streamEvents(eventQuery: EventQuery, onEvent: (event: DockerEvent) => void, signal: AbortSignal): Promise<void> {
    const path = `/events${queryString({ filters: JSON.stringify(eventQuery.filters), since: eventQuery.since })}`;
    // The call's deadline covers the answer's head; the stream then lives until `signal`.
    const stream = (await this.call('events', (callSignal) => this.stream('GET', path, AbortSignal.any([callSignal, signal]))))!;
    await new Promise<void>((resolve) => {
      let pending = '';
      const close = (): void => {
        signal.removeEventListener('abort', close);
        stream.destroy?.();
        resolve();
      };
      signal.addEventListener('abort', close, { once: true });
      stream.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString('utf8')).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const event = parseEvent(line);
          if (event) onEvent(event);
        }
      });
      stream.on('end', close);
      stream.on('close', close);
      stream.on('error', close);
    });
  }

  /** A request's answer as JSON (or, with `text`, read and dropped: DELETE, rename, ping). */
  private async json<T = unknown>(method: EngineRequest['method'], path: string, signal: AbortSignal, options: { versioned?: boolean; text?: boolean; body?: EngineRequest['body'] } = {}): Promise<T> {
    const body = await this.bytes(method, path, signal, options);
    if (options.text || body.length === 0) return undefined as T;
    return JSON.parse(body.toString('utf8')) as T;
  }

  /** A request's whole answer; an error status becomes an EngineHttpError with the daemon's message. */
  private async bytes(method: EngineRequest['method'], path: string, signal: AbortSignal, options: { versioned?: boolean; body?: EngineRequest['body'] } = {}): Promise<Buffer> {
    const response = await this.send(method, path, signal, options);
    const body = await readBody(response.body);
    if (response.status >= 400) throw httpError(response.status, body);
    return body;
  }

  /** A streamed answer (events, followed logs); undefined for a 404 when `missing` allows it. */
  private async stream(method: EngineRequest['method'], path: string, signal: AbortSignal, options: { missing?: boolean } = {}): Promise<EngineResponse['body'] | undefined> {
    const response = await this.send(method, path, signal, {});
    if (response.status < 400) return response.body;
    const body = await readBody(response.body);
    if (response.status === 404 && options.missing) return undefined;
    throw httpError(response.status, body);
  }

  private send(method: EngineRequest['method'], path: string, signal: AbortSignal, options: { versioned?: boolean; body?: EngineRequest['body'] }): Promise<EngineResponse> {
    if (!this.transport) throw new Error(this.unusable ?? 'no transport to the daemon');
    // Every path but the negotiation's own speaks the agreed version.
    const prefix = options.versioned !== false && this.negotiated ? `/v${this.negotiated}` : '';
    return this.transport.request({ method, path: `${prefix}${path}`, signal, ...(options.body ? { body: options.body } : {}) });
  }

  /** Runs one API call under a deadline; turns connection trouble into DockerUnavailableError. */
  private async call<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>, timeoutMs = this.callTimeoutMs, versioned = true): Promise<T> {
    if (this.unusable !== undefined) throw new DockerUnavailableError(this.endpoint, operation, this.unusable, false);
    // The ping is the guard's own probe (and a ping timeout alone does not make the daemon suspect).
    const guarded = operation !== 'ping';
    // `/_ping` is the same in every version; everything else speaks the agreed one.
    if (guarded && versioned && this.negotiated === undefined) await this.negotiate(operation);
    if (guarded) await this.guard.admit(operation);
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The race guards against a library path that ignores the abort signal.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new DockerUnavailableError(this.endpoint, operation, `no answer within ${timeoutMs} ms`, true));
      }, timeoutMs);
    });
    try {
      const answer = await Promise.race([fn(controller.signal), deadline]);
      if (guarded) this.guard.answered();
      return answer;
    } catch (error) {
      if (error instanceof DockerUnavailableError) {
        if (guarded && error.timedOut) this.guard.timedOut(operation);
        throw error;
      }
      const http = error as HttpError;
      if (http.code && CONNECTION_CODES.has(http.code)) {
        throw new DockerUnavailableError(this.endpoint, operation, error, false);
      }
      if (http.name === 'AbortError' || controller.signal.aborted) {
        if (guarded) this.guard.timedOut(operation);
        throw new DockerUnavailableError(this.endpoint, operation, `no answer within ${timeoutMs} ms`, true);
      }
      // An error status is an answer.
      if (guarded) this.guard.answered();
      throw new Error(`Docker ${operation} failed: ${http.message ?? String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  private async orMissing<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(operation, fn);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async remove(operation: string, fn: (signal: AbortSignal) => Promise<unknown>): Promise<RemoveOutcome> {
    try {
      await this.call(operation, fn);
      return 'removed';
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return 'missing';
      // 409: in use or removal already in progress; 403: network with active endpoints.
      if (status === 409 || status === 403) return 'in-use';
      throw error;
    }
  }
}

/** The daemon's error answer: `{"message": "..."}` as its message, else the body's start. */
function httpError(status: number, body: Buffer): EngineHttpError {
  const text = body.toString('utf8');
  let message = text.trim().slice(0, 500);
  try {
    message = (JSON.parse(text) as { message?: string }).message ?? message;
  } catch {
    // Not JSON: the text as it is.
  }
  return new EngineHttpError(status, `HTTP ${status}: ${message || 'no message'}`);
}

function statusOf(error: unknown): number | undefined {
  const direct = (error as HttpError | undefined)?.statusCode;
  if (direct !== undefined) return direct;
  return ((error as { cause?: HttpError } | undefined)?.cause as HttpError | undefined)?.statusCode;
}

function splitRepoTag(repoTag: string): [string, string] {
  const colon = repoTag.lastIndexOf(':');
  if (colon > repoTag.lastIndexOf('/')) return [repoTag.slice(0, colon), repoTag.slice(colon + 1)];
  return [repoTag, 'latest'];
}

function parseEvent(line: string): DockerEvent | undefined {
  if (!line.trim()) return undefined;
  try {
    const raw = JSON.parse(line) as {
      Type?: string;
      Action?: string;
      Actor?: { ID?: string; Attributes?: Record<string, string> };
      timeNano?: number;
    };
    return {
      type: raw.Type ?? '',
      action: raw.Action ?? '',
      id: raw.Actor?.ID ?? '',
      attributes: raw.Actor?.Attributes ?? {},
      timeNano: raw.timeNano ?? 0,
    };
  } catch {
    return undefined;
  }
}
