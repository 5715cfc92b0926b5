import type { HostMemory, HostProbe } from '../ports/host.js';
import { formatBytes } from '../core/units.js';
import type { CheckResult } from './checks.js';
import type { EngineFacts } from './daemon.js';

/** What the runner and the daemon's disk look like before the stack starts. */
export interface HostFacts {
  /** This machine's memory; only the daemon's when the daemon is local. */
  memory?: HostMemory;
  load: { load1: number; cpus: number };
  daemonLocal: boolean;
  dataRoot: string;
  /** Free bytes on Docker's data root; undefined when it cannot be measured from here. */
  freeDiskBytes?: number;
  /** What the daemon says the machine it runs on has, for when it is remote. */
  daemonMemTotalBytes: number;
}

export interface HostNeeds {
  /** The stack's reservation: each memory limit (covering tmpfs and shm), or what an unlimited service declares (compose/resources.ts stackReservation). */
  reservationBytes: number;
  /** Some services have no memory limit: the reservation is a floor. */
  reservationIsFloor: boolean;
  minFreeDiskBytes: number;
}

/** A unix socket (or Windows pipe) means the daemon runs on this machine. */
export function daemonIsLocal(endpoint: string): boolean {
  return endpoint.startsWith('unix://') || endpoint.startsWith('npipe://');
}

export async function gatherHostFacts(host: HostProbe, daemon: Pick<EngineFacts, 'endpoint' | 'info'>): Promise<HostFacts> {
  const daemonLocal = daemonIsLocal(daemon.endpoint);
  return {
    memory: daemonLocal ? host.memory() : undefined,
    load: host.load(),
    daemonLocal,
    dataRoot: daemon.info.dockerRootDir,
    // The data root path means something here only when the daemon is local; in a job
    // container that mounts the socket, the path is not ours and statfs fails (undefined).
    freeDiskBytes: daemonLocal && daemon.info.dockerRootDir ? await host.freeDiskBytes(daemon.info.dockerRootDir) : undefined,
    daemonMemTotalBytes: daemon.info.memTotalBytes,
  };
}

/** Room kept free besides the stack: the runner, the test process and the daemon itself. */
export function memoryMargin(totalBytes: number): number {
  return Math.max(512 * 1024 ** 2, Math.round(totalBytes * 0.1));
}

export function checkHost(facts: HostFacts, needs: HostNeeds): CheckResult[] {
  return [checkMemory(facts, needs), checkDisk(facts, needs), checkLoad(facts)];
}

function checkMemory(facts: HostFacts, needs: HostNeeds): CheckResult {
  const base = { id: 'host-memory', title: 'Free memory for the stack' };
  const floor = needs.reservationIsFloor ? ' (a floor: some services have no memory limit, so only what they declare is counted)' : '';
  if (!facts.memory) {
    return {
      ...base,
      status: 'warn',
      detail: `could not be measured: the daemon is not on this machine (it reports ${formatBytes(facts.daemonMemTotalBytes)} in all); the stack reserves ${formatBytes(needs.reservationBytes)}${floor}`,
    };
  }
  const { availableBytes: available, totalBytes: total } = facts.memory;
  const margin = memoryMargin(total);
  const numbers = `${formatBytes(available)} available of ${formatBytes(total)}; the stack reserves ${formatBytes(needs.reservationBytes)}${floor}, plus a margin of ${formatBytes(margin)}`;
  if (available < needs.reservationBytes) {
    return { ...base, status: 'fail', detail: `${numbers}. The stack could exhaust the host's memory: lower its memory limits (each covers its tmpfs and /dev/shm), or use a larger runner` };
  }
  if (available < needs.reservationBytes + margin) {
    return { ...base, status: 'warn', detail: `${numbers}. Little room is left for anything else on the runner` };
  }
  return { ...base, status: 'pass', detail: numbers };
}

function checkDisk(facts: HostFacts, needs: HostNeeds): CheckResult {
  const base = { id: 'data-root-disk', title: "Free disk on Docker's data root" };
  if (facts.freeDiskBytes === undefined) {
    const why = facts.daemonLocal ? `${facts.dataRoot || 'the data root'} is not readable from here` : 'the daemon is not on this machine';
    return { ...base, status: 'warn', detail: `could not be measured: ${why} (minimum ${formatBytes(needs.minFreeDiskBytes)})` };
  }
  const numbers = `${formatBytes(facts.freeDiskBytes)} free on ${facts.dataRoot}; minimum ${formatBytes(needs.minFreeDiskBytes)} (min-free-disk)`;
  return facts.freeDiskBytes < needs.minFreeDiskBytes
    ? { ...base, status: 'fail', detail: `${numbers}. Images, containers and volumes may fill it mid-job: free space (remove unused images and volumes) or lower min-free-disk` }
    : { ...base, status: 'pass', detail: numbers };
}

function checkLoad(facts: HostFacts): CheckResult {
  const { load1, cpus } = facts.load;
  const perCore = cpus > 0 ? load1 / cpus : load1;
  const numbers = `load ${load1.toFixed(2)} over ${cpus} cores (${perCore.toFixed(2)} per core)`;
  return perCore > 1
    ? { id: 'host-load', title: 'Runner load', status: 'warn', detail: `${numbers}. More runnable tasks than cores: health checks and start-up may be slow` }
    : { id: 'host-load', title: 'Runner load', status: 'pass', detail: numbers };
}
