import { formatBytes } from '../core/units.js';
import { declaredBytes, declaredMemory, type Declaration, type DeclaredIn } from './declared-memory.js';
import type { ComposeService } from './model.js';
import { memoryLimitBytes, shmBytes, tmpfsMounts, type TmpfsMount } from './resources.js';

// Everything a container is told it may fill, each charged to its memory cgroup: what its
// programs declare (heap, maxmemory, buffers), its sized tmpfs mounts and /dev/shm. `memory-fit`
// compares the sum with the limit; injection never sets a limit below it plus headroom.

/**
 * The share of a limit the declared sizes may take. The rest is what programs use beyond what
 * they declare: JVM metaspace, thread stacks, code cache and direct buffers; Redis's
 * fragmentation and the copy-on-write of a background save; PostgreSQL's work_mem; Node's young
 * generation and buffers; the processes beside a tmpfs. Declared sizes above it warn; a limit
 * that fits holds them at this share (a third of headroom on top).
 */
export const FIT_SHARE = 0.75;

export type NeedSource = { kind: 'program'; declaration: Declaration } | { kind: 'tmpfs'; mount: TmpfsMount } | { kind: 'shm' };

export interface MemoryNeed {
  bytes: number;
  /** "a JVM heap of 512 MiB (-Xmx512m in JAVA_TOOL_OPTIONS)": switches and sizes, never values. */
  description: string;
  source: NeedSource;
}

export function placeOf(where: DeclaredIn): string {
  return where.in === 'environment' ? (where.variable ?? 'its environment') : `its ${where.in}`;
}

/** What the service declares it will fill, under `limitBytes` (shares of the limit resolve against it). */
export function memoryNeeds(service: ComposeService, limitBytes: number | undefined = memoryLimitBytes(service)): MemoryNeed[] {
  const needs: MemoryNeed[] = [];
  for (const declaration of declaredMemory(service)) {
    const bytes = declaredBytes(declaration, limitBytes);
    if (bytes === undefined || bytes <= 0) continue;
    const extra = declaration.extra ? `, plus ${declaration.extra.why}` : '';
    needs.push({ bytes, source: { kind: 'program', declaration }, description: `${declaration.what} ${formatBytes(bytes)} (${declaration.flag} in ${placeOf(declaration.where)}${extra})` });
  }
  for (const mount of tmpfsMounts(service)) {
    if (mount.sizeBytes) needs.push({ bytes: mount.sizeBytes, source: { kind: 'tmpfs', mount }, description: `tmpfs ${mount.target} of ${formatBytes(mount.sizeBytes)}` });
  }
  const shm = shmBytes(service);
  if (shm) needs.push({ bytes: shm, source: { kind: 'shm' }, description: `/dev/shm of ${formatBytes(shm)} (shm_size)` });
  return needs;
}

export function totalOf(needs: MemoryNeed[]): number {
  return needs.reduce((sum, need) => sum + need.bytes, 0);
}

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** The smallest round limit that holds `needBytes` at FIT_SHARE: 64 MiB steps, 256 MiB from 4 GiB. */
export function fittingLimit(needBytes: number): number {
  const raw = needBytes / FIT_SHARE;
  const step = raw >= 4 * GiB ? 256 * MiB : 64 * MiB;
  return Math.max(step, Math.ceil(raw / step) * step);
}

/** A size as a compose file writes it: "704m", "2g". */
export function composeSize(bytes: number): string {
  return bytes % GiB === 0 ? `${bytes / GiB}g` : bytes % MiB === 0 ? `${bytes / MiB}m` : `${Math.ceil(bytes / 1024)}k`;
}
