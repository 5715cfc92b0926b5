import https from 'node:https';
import { Readable } from 'node:stream';
import Docker from 'dockerode';
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
}

// dockerode's published types lag behind the API (no abortSignal, no one-shot stats), so the
// adapter states the calls it makes and the payload fields it reads, and nothing more.
type Opts = Record<string, unknown> & { abortSignal?: AbortSignal };
type Stream = NodeJS.ReadableStream & { destroy?: () => void };
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
  sshOptions?: { agent?: string };
}
interface RawDocker {
  /**
   * dockerode's HTTP layer: `version` ("v1.41") prefixes every path once set; `dial` is the raw
   * call behind every method (logs are read through it, to get a stream either way).
   */
  modem: { version?: string; dial(options: Record<string, unknown>, callback: (error: unknown, data: unknown) => void): void };
  ping(opts: Opts): Promise<unknown>;
  version(opts: Opts): Promise<{ Version: string; ApiVersion: string; MinAPIVersion?: string; Os: string; Arch: string }>;
  info(opts: Opts): Promise<{
    ID?: string;
    Name?: string;
    MemTotal?: number;
    NCPU?: number;
    DockerRootDir?: string;
    ContainersRunning?: number;
    OperatingSystem?: string;
    CgroupVersion?: string;
  }>;
  listContainers(opts: Opts): Promise<RawContainerSummary[]>;
  createContainer(opts: Opts): Promise<{ id: string }>;
  getContainer(id: string): {
    inspect(opts: Opts): Promise<RawContainerInspect>;
    remove(opts: Opts): Promise<unknown>;
    rename(opts: Opts): Promise<unknown>;
    stats(opts: Opts): Promise<RawStats>;
    logs(opts: Opts): Promise<Buffer | string>;
  };
  listVolumes(opts: Opts): Promise<{ Volumes?: Array<{ Name: string; Labels?: Record<string, string> | null; CreatedAt?: string }> }>;
  getVolume(name: string): { remove(opts: Opts): Promise<unknown> };
  listNetworks(opts: Opts): Promise<Array<{ Id: string; Name: string; Labels?: Record<string, string> | null }>>;
  getNetwork(id: string): { remove(opts: Opts): Promise<unknown> };
  listImages(opts: Opts): Promise<Array<{ Id: string; RepoTags?: string[] | null; Labels?: Record<string, string> | null; Size: number }>>;
  getImage(name: string): {
    remove(opts: Opts): Promise<unknown>;
    inspect(opts: Opts): Promise<{ Id: string; Config?: { Healthcheck?: { Test?: string[] | null; Interval?: number; Timeout?: number; Retries?: number; StartPeriod?: number } | null } | null }>;
  };
  importImage(file: NodeJS.ReadableStream, opts: Opts): Promise<Stream>;
  getEvents(opts: Opts): Promise<Stream>;
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

/** dockerode behind our DockerApi port: every call bounded, errors turned into our own. */
export class DockerodeApi implements DockerApi {
  readonly endpoint: string;
  private readonly docker: RawDocker;
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
    const host = options.host ?? process.env.DOCKER_HOST;
    this.docker = new Docker(host ? modemOptions(host, options.tls) : undefined) as unknown as RawDocker;
    this.endpoint = options.description ?? (host || 'unix:///var/run/docker.sock');
    this.socketPath = !host ? '/var/run/docker.sock' : host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
    this.unusable = options.unusable;
    this.callTimeoutMs = options.callTimeoutMs ?? 15_000;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2000;
    this.guard = new UnansweredGuard(this.endpoint, () => this.ping());
  }

  async ping(): Promise<void> {
    await this.call('ping', (abortSignal) => this.docker.ping({ abortSignal }), this.pingTimeoutMs);
  }

  async version(): Promise<EngineVersion> {
    // Unversioned: it is what the negotiation asks, so the answer settles it too.
    const raw = await this.call('version', (abortSignal) => this.docker.version({ abortSignal }), this.callTimeoutMs, false);
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
    this.negotiation ??= this.call('version', (abortSignal) => this.docker.version({ abortSignal }), this.callTimeoutMs, false).then(
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
    if (this.negotiated) this.docker.modem.version = `v${this.negotiated}`;
  }

  async info(): Promise<EngineInfo> {
    const raw = await this.call('info', (abortSignal) => this.docker.info({ abortSignal }));
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
    const raw = await this.call('container list', (abortSignal) =>
      this.docker.listContainers({ all: query.all, filters: JSON.stringify(filters), abortSignal }),
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
    const raw = await this.orMissing('container inspect', (abortSignal) => this.docker.getContainer(id).inspect({ abortSignal }));
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
      const container = await this.call('container create', (abortSignal) =>
        this.docker.createContainer({
          name: spec.name,
          Image: spec.image,
          Cmd: spec.cmd,
          Labels: spec.labels,
          HostConfig: { NetworkMode: 'none', AutoRemove: false },
          abortSignal,
        }),
      );
      return { id: container.id };
    } catch (error) {
      if (statusOf(error) === 409) return 'name-taken';
      throw error;
    }
  }

  async removeContainer(id: string, options: { force: boolean; volumes: boolean }): Promise<RemoveOutcome> {
    return this.remove('container remove', (abortSignal) =>
      this.docker.getContainer(id).remove({ force: options.force, v: options.volumes, abortSignal }),
    );
  }

  async renameContainer(id: string, name: string): Promise<'renamed' | 'missing' | 'name-taken'> {
    try {
      await this.call('container rename', (abortSignal) => this.docker.getContainer(id).rename({ name, abortSignal }));
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
      return this.orMissing('container stats', (abortSignal) =>
        this.docker.getContainer(id).stats({ stream: false, 'one-shot': true, abortSignal }),
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
    const raw = await this.orMissing('container logs', (abortSignal) =>
      this.docker.getContainer(id).logs({ stdout: true, stderr: true, tail, follow: false, abortSignal }),
    );
    return raw ? demuxDockerLogs(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw))) : '';
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
      // dockerode buffers a log that is not followed; the modem streams it either way.
      const stream = await new Promise<Stream | undefined>((resolve, reject) => {
        this.docker.modem.dial(
          {
            path: `/containers/${encodeURIComponent(id)}/logs?`,
            method: 'GET',
            isStream: true,
            abortSignal: controller.signal,
            statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
            options: { stdout: true, stderr: true, follow: query.follow, timestamps: query.timestamps, ...(query.tail !== undefined ? { tail: query.tail } : {}) },
          },
          (error, data) => (error ? (statusOf(error) === 404 ? resolve(undefined) : reject(error)) : resolve(data as Stream)),
        );
      });
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
    const raw = await this.call('volume list', (abortSignal) =>
      this.docker.listVolumes({ filters: JSON.stringify(filters), abortSignal }),
    );
    return (raw.Volumes ?? []).map((v) => ({ name: v.Name, labels: v.Labels ?? {}, createdAt: v.CreatedAt }));
  }

  removeVolume(name: string): Promise<RemoveOutcome> {
    return this.remove('volume remove', (abortSignal) => this.docker.getVolume(name).remove({ abortSignal }));
  }

  async listNetworks(query: { labels?: string[] }): Promise<NetworkSummary[]> {
    const filters = query.labels?.length ? { label: query.labels } : {};
    const raw = await this.call('network list', (abortSignal) =>
      this.docker.listNetworks({ filters: JSON.stringify(filters), abortSignal }),
    );
    return raw.map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} }));
  }

  removeNetwork(id: string): Promise<RemoveOutcome> {
    return this.remove('network remove', (abortSignal) => this.docker.getNetwork(id).remove({ abortSignal }));
  }

  async listImages(query: { labels?: string[]; reference?: string }): Promise<ImageSummary[]> {
    const filters: Record<string, string[]> = {};
    if (query.labels?.length) filters.label = query.labels;
    if (query.reference) filters.reference = [query.reference];
    const raw = await this.call('image list', (abortSignal) =>
      this.docker.listImages({ filters: JSON.stringify(filters), abortSignal }),
    );
    return raw.map((i) => ({ id: i.Id, repoTags: i.RepoTags ?? [], labels: i.Labels ?? {}, sizeBytes: i.Size }));
  }

  removeImage(reference: string): Promise<RemoveOutcome> {
    return this.remove('image remove', (abortSignal) => this.docker.getImage(reference).remove({ abortSignal }));
  }

  async inspectImage(reference: string): Promise<ImageDetails | undefined> {
    const raw = await this.orMissing('image inspect', (abortSignal) => this.docker.getImage(reference).inspect({ abortSignal }));
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
    const stream = await this.call('image import', (abortSignal) =>
      this.docker.importImage(Readable.from([tar]), { repo, tag, changes, abortSignal }),
    );
    await this.call('image import', () => drainProgress(stream));
  }

  async streamEvents(query: EventQuery, onEvent: (event: DockerEvent) => void, signal: AbortSignal): Promise<void> {
    const options: Record<string, unknown> = { filters: JSON.stringify(query.filters) };
    if (query.since !== undefined) options.since = query.since;
    const stream = await this.call('events', (abortSignal) =>
      this.docker.getEvents({ ...options, abortSignal: AbortSignal.any([abortSignal, signal]) }),
    );
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

function statusOf(error: unknown): number | undefined {
  const direct = (error as HttpError | undefined)?.statusCode;
  if (direct !== undefined) return direct;
  return ((error as { cause?: HttpError } | undefined)?.cause as HttpError | undefined)?.statusCode;
}

/**
 * DOCKER_HOST forms: unix:///path, tcp://host:port, ssh://user@host (ssh via dockerode's modem
 * and ssh2, with the agent at SSH_AUTH_SOCK). Every field is given, even as undefined: the modem
 * merges our options over defaults it reads from DOCKER_HOST/DOCKER_CERT_PATH itself, which would
 * otherwise leak into an endpoint resolved from a context.
 */
export function modemOptions(host: string, tls?: DockerTls): ModemOptions {
  const none = { socketPath: undefined, host: undefined, port: undefined, ca: undefined, cert: undefined, key: undefined, agent: undefined };
  if (host.startsWith('unix://')) return { ...none, socketPath: host.slice('unix://'.length) };
  if (host.startsWith('npipe://')) return { ...none, socketPath: host.slice('npipe://'.length) };
  const url = new URL(host);
  if (url.protocol === 'ssh:') {
    const agent = process.env.SSH_AUTH_SOCK;
    return { ...none, protocol: 'ssh', host: url.hostname, port: url.port || 22, username: url.username || undefined, ...(agent ? { sshOptions: { agent } } : {}) };
  }
  const secure = tls !== undefined || process.env.DOCKER_TLS_VERIFY === '1';
  const port = url.port || (secure ? 2376 : 2375);
  if (!tls) return { ...none, protocol: secure ? 'https' : 'http', host: url.hostname, port };
  // Node verifies against `ca` (or the system's CAs); SkipTLSVerify / DOCKER_TLS needs an agent,
  // whose options win over the request's in node's https agent.
  return {
    ...none,
    protocol: 'https',
    host: url.hostname,
    port,
    ca: tls.ca,
    cert: tls.cert,
    key: tls.key,
    agent: tls.verify ? undefined : new https.Agent({ rejectUnauthorized: false, keepAlive: false }),
  };
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

/** Reads an import's progress stream to the end; the daemon reports failures inside it. */
function drainProgress(stream: NodeJS.ReadableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    stream.on('error', reject);
    stream.on('end', () => {
      const failure = /"error"\s*:\s*"([^"]*)"/.exec(text);
      if (failure) reject(new Error(failure[1]));
      else resolve();
    });
  });
}
