import { parseSize } from '../core/units.js';
import { declaredBytes, declaredMemory } from './declared-memory.js';
import type { ComposeModel, ComposePort, ComposeService } from './model.js';

// What a stack claims from the host, read from the canonical model. One implementation shared
// by the policy's `memory-budget` rule, lease admission and the preflight memory check.

/** How many containers a service runs (`deploy.replicas`, or the older `scale`). */
export function replicasOf(service: ComposeService): number {
  const replicas = service.deploy?.replicas ?? service.scale ?? 1;
  return Number.isInteger(replicas) && replicas >= 0 ? replicas : 1;
}

function bytes(value: string | number | undefined): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return value;
  const parsed = parseSize(value);
  return typeof parsed === 'number' ? parsed : undefined;
}

/** A service's memory limit in bytes (per container), or undefined when it has none. */
export function memoryLimitBytes(service: ComposeService): number | undefined {
  const limit = bytes(service.deploy?.resources?.limits?.memory) ?? bytes(service.mem_limit);
  return limit && limit > 0 ? limit : undefined;
}

/** A service's memory reservation (soft limit) in bytes, or undefined when it has none. */
export function memoryReservationBytes(service: ComposeService): number | undefined {
  const reservation = bytes(service.deploy?.resources?.reservations?.memory) ?? bytes(service.mem_reservation);
  return reservation && reservation > 0 ? reservation : undefined;
}

/** A service's CPU limit in CPUs, or undefined when it has none. */
export function cpuLimit(service: ComposeService): number | undefined {
  const raw = service.deploy?.resources?.limits?.cpus ?? service.cpus;
  const cpus = typeof raw === 'string' ? Number(raw) : raw;
  return typeof cpus === 'number' && Number.isFinite(cpus) && cpus > 0 ? cpus : undefined;
}

export interface TmpfsMount {
  target: string;
  /** Bytes, or undefined when no size is set: unbounded RAM (up to half the host's). */
  sizeBytes?: number;
  /** Where it is declared: the service's `tmpfs:` list or a `volumes:` entry of type tmpfs. */
  declaredIn: 'tmpfs' | 'volumes';
  index: number;
}

/** Every tmpfs mount of a service, with its size when one is set. */
export function tmpfsMounts(service: ComposeService): TmpfsMount[] {
  const mounts: TmpfsMount[] = [];
  const list = typeof service.tmpfs === 'string' ? [service.tmpfs] : (service.tmpfs ?? []);
  list.forEach((entry, index) => {
    const [target = '', options = ''] = entry.split(/:(.*)/s);
    const size = /(?:^|,)size=([^,]+)/.exec(options)?.[1];
    mounts.push({ target, sizeBytes: size ? bytes(size) : undefined, declaredIn: 'tmpfs', index });
  });
  (service.volumes ?? []).forEach((volume, index) => {
    if (volume.type === 'tmpfs') {
      mounts.push({ target: volume.target, sizeBytes: bytes(volume.tmpfs?.size), declaredIn: 'volumes', index });
    }
  });
  return mounts;
}

/** `/dev/shm`'s size when the service sets `shm_size` (Docker's 64 MiB default is not a declaration). */
export function shmBytes(service: ComposeService): number | undefined {
  const size = bytes(service.shm_size);
  return size && size > 0 ? size : undefined;
}

export interface ServiceReservation {
  service: string;
  replicas: number;
  memoryLimitBytes?: number;
  /** Sized tmpfs mounts, per container. */
  tmpfsBytes: number;
  /** `shm_size`, per container, when set. */
  shmBytes: number;
  /** What its programs are told to hold (heap, maxmemory, buffers), per container, when it has no limit. */
  declaredBytes: number;
  /** The limit (which covers tmpfs and /dev/shm), or without one the floor of what it declares. */
  basis: 'limit' | 'floor';
  /** Times replicas. */
  totalBytes: number;
}

export interface StackReservation {
  services: ServiceReservation[];
  totalBytes: number;
  /** Services without a memory limit: their real use is unbounded, so the total is a floor. */
  unlimited: string[];
  /** tmpfs mounts without a size on services without a limit (service:target): also unbounded. */
  unsizedTmpfs: string[];
}

/** The one sentence that says how the reservation is counted (summary, preflight, docs). */
export const RESERVATION_MODEL =
  'Each service with a memory limit reserves that limit, which already covers its tmpfs and /dev/shm (the kernel charges their pages to the container\'s memory cgroup); a service without one reserves at least its tmpfs, /dev/shm and declared sizes (heap, maxmemory, buffers); times replicas.';

/**
 * The memory a stack reserves, as the kernel charges it. A container's tmpfs and /dev/shm pages
 * are charged to its own memory cgroup, so with a limit they sit inside it: the limit is the
 * reservation (a tmpfs larger than the limit cannot be filled; the container is OOM-killed
 * first). Without a limit nothing bounds it; the reservation is then at least its sized tmpfs,
 * its shm_size and what its programs declare (src/compose/declared-memory.ts), and the stack's
 * total is a floor. Times replicas. One model for the policy's budget rule, preflight, the lease
 * request and the summary.
 */
export function stackReservation(model: ComposeModel): StackReservation {
  const services: ServiceReservation[] = [];
  const unlimited: string[] = [];
  const unsizedTmpfs: string[] = [];
  for (const [name, service] of Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const replicas = replicasOf(service);
    const limit = memoryLimitBytes(service);
    if (limit === undefined) unlimited.push(name);
    let tmpfsBytes = 0;
    for (const mount of tmpfsMounts(service)) {
      if (mount.sizeBytes !== undefined) tmpfsBytes += mount.sizeBytes;
      else if (limit === undefined) unsizedTmpfs.push(`${name}:${mount.target}`);
    }
    const shm = shmBytes(service) ?? 0;
    const declared = limit === undefined ? declaredMemory(service).reduce((sum, declaration) => sum + (declaredBytes(declaration, undefined) ?? 0), 0) : 0;
    const perContainer = limit ?? tmpfsBytes + shm + declared;
    services.push({
      service: name,
      replicas,
      memoryLimitBytes: limit,
      tmpfsBytes,
      shmBytes: shm,
      declaredBytes: declared,
      basis: limit === undefined ? 'floor' : 'limit',
      totalBytes: perContainer * replicas,
    });
  }
  return { services, totalBytes: services.reduce((sum, s) => sum + s.totalBytes, 0), unlimited, unsizedTmpfs };
}

export interface PublishedPort {
  service: string;
  /** Host address; '' means every interface (0.0.0.0 and ::). */
  hostIp: string;
  port: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  /** Index of the entry in the service's `ports:` list. */
  index: number;
}

/** Every fixed host port a stack publishes (ranges expanded); ephemeral ports are not claims. */
export function publishedPorts(model: ComposeModel): PublishedPort[] {
  const result: PublishedPort[] = [];
  for (const [service, definition] of Object.entries(model.services ?? {})) {
    (definition.ports ?? []).forEach((port: ComposePort, index) => {
      for (const number of expandPublished(port.published)) {
        result.push({
          service,
          hostIp: normalizeHostIp(port.host_ip),
          port: number,
          protocol: (port.protocol ?? 'tcp').toLowerCase() as PublishedPort['protocol'],
          index,
        });
      }
    });
  }
  return result;
}

function expandPublished(published: string | number | undefined): number[] {
  if (published === undefined || published === '' || published === 0 || published === '0') return [];
  const text = String(published);
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return to >= from && to - from < 65536 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [];
  }
  return /^\d+$/.test(text) ? [Number(text)] : [];
}

function normalizeHostIp(ip: string | undefined): string {
  return !ip || ip === '0.0.0.0' || ip === '::' || ip === '[::]' ? '' : ip;
}

/** Two published ports collide when protocol and number match and the addresses overlap. */
export function portsCollide(a: Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>, b: Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>): boolean {
  return a.port === b.port && a.protocol === b.protocol && (a.hostIp === '' || b.hostIp === '' || a.hostIp === b.hostIp);
}

/** A stable key for a published port: "tcp/5432" or "tcp/127.0.0.1:5432". */
export function portKey(port: Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>): string {
  return `${port.protocol}/${port.hostIp ? `${port.hostIp}:` : ''}${port.port}`;
}
