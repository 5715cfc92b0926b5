import type { RawStats } from '../ports/docker.js';

// What `docker stats` shows, computed the way the docker CLI computes it (cli/command/container/
// stats_helpers.go), from one-shot payloads. One-shot stats carry no `precpu_stats` (the daemon
// skips its 1 s priming read), so CPU % is the delta between two of our own samples.

/** The cumulative CPU counters of one payload, kept until the next sample of that container. */
export interface CpuReading {
  containerNs: number;
  systemNs: number;
  onlineCpus: number;
}

export function cpuReading(stats: RawStats): CpuReading | undefined {
  const cpu = stats.cpu_stats;
  const containerNs = cpu?.cpu_usage?.total_usage;
  const systemNs = cpu?.system_cpu_usage;
  if (containerNs === undefined || systemNs === undefined) return undefined;
  return { containerNs, systemNs, onlineCpus: cpu?.online_cpus ?? 0 };
}

/**
 * CPU % as docker stats prints it: container delta / system delta × online CPUs × 100, so one
 * busy core is 100 %. 0 when either delta is not positive (first sample, counters reset by a
 * restart of the container or the daemon).
 */
export function cpuPercent(previous: CpuReading | undefined, current: CpuReading | undefined): number {
  if (!previous || !current) return 0;
  const containerDelta = current.containerNs - previous.containerNs;
  const systemDelta = current.systemNs - previous.systemNs;
  if (containerDelta <= 0 || systemDelta <= 0) return 0;
  const cpus = current.onlineCpus || previous.onlineCpus || 1;
  return (containerDelta / systemDelta) * cpus * 100;
}

/**
 * Memory in use as docker stats shows it: usage minus the inactive page cache, which the
 * kernel reclaims before it OOM-kills. cgroup v1 reports `total_inactive_file`, v2
 * `inactive_file`; tmpfs pages are not "inactive file", so a full tmpfs shows as used.
 */
export function memoryUsedBytes(stats: RawStats): number {
  const memory = stats.memory_stats;
  const usage = memory?.usage ?? 0;
  const v1 = memory?.stats?.total_inactive_file;
  if (v1 !== undefined && v1 < usage) return usage - v1;
  const v2 = memory?.stats?.inactive_file;
  if (v2 !== undefined && v2 < usage) return usage - v2;
  return usage;
}

/** The limit the daemon reports; without one it is the host's memory. */
export function memoryLimitBytes(stats: RawStats): number {
  return stats.memory_stats?.limit ?? 0;
}

/** Bytes received and sent over every interface of the container, since it started. */
export function networkBytes(stats: RawStats): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const counters of Object.values(stats.networks ?? {})) {
    rx += counters.rx_bytes ?? 0;
    tx += counters.tx_bytes ?? 0;
  }
  return { rx, tx };
}

/** Bytes read and written on block devices; v1 spells the ops "Read"/"Write", v2 "read"/"write". */
export function blockBytes(stats: RawStats): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const entry of stats.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = entry.op.toLowerCase();
    if (op === 'read') read += entry.value;
    else if (op === 'write') write += entry.value;
  }
  return { read, write };
}

export function pidsOf(stats: RawStats): number {
  return stats.pids_stats?.current ?? 0;
}

/** One container at one moment, as the monitor records it. */
export interface ContainerSample {
  cpuPercent: number;
  memoryBytes: number;
  memoryLimitBytes: number;
  pids: number;
  rxBytes: number;
  txBytes: number;
  readBytes: number;
  writeBytes: number;
}

export function sampleOf(stats: RawStats, previous: CpuReading | undefined): { sample: ContainerSample; cpu: CpuReading | undefined } {
  const cpu = cpuReading(stats);
  const network = networkBytes(stats);
  const block = blockBytes(stats);
  return {
    cpu,
    sample: {
      cpuPercent: cpuPercent(previous, cpu),
      memoryBytes: memoryUsedBytes(stats),
      memoryLimitBytes: memoryLimitBytes(stats),
      pids: pidsOf(stats),
      rxBytes: network.rx,
      txBytes: network.tx,
      readBytes: block.read,
      writeBytes: block.write,
    },
  };
}
