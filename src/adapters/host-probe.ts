import { readFileSync, readlinkSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import os from 'node:os';
import type { HostMemory, HostProbe, ProcessIdentity } from '../ports/host.js';

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
export function startTicksFromStat(stat: string): number | undefined {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(afterName[19]);
  return Number.isFinite(ticks) ? ticks : undefined;
}

/**
 * Whether /proc/<pid>/stat describes a process that has ended but was not reaped yet: a zombie
 * (Z) or dead (X). A SIGKILLed orphan stays a zombie until PID 1 reaps it — never, under a PID 1
 * that does not reap — and must not count as a living lease owner or monitor.
 */
export function endedFromStat(stat: string): boolean {
  const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '';
  return state === 'Z' || state === 'X' || state === 'x';
}

/** MemTotal and MemAvailable of /proc/meminfo, in bytes. */
export function parseMeminfo(text: string): HostMemory | undefined {
  const field = (name: string): number | undefined => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) * 1024 : undefined;
  };
  const total = field('MemTotal');
  const available = field('MemAvailable');
  return total !== undefined && available !== undefined ? { totalBytes: total, availableBytes: available } : undefined;
}

export const linuxHostProbe: HostProbe = {
  pid: process.pid,
  memory: () => {
    const text = read('/proc/meminfo');
    return text ? parseMeminfo(text) : { totalBytes: os.totalmem(), availableBytes: os.freemem() };
  },
  load: () => ({ load1: os.loadavg()[0] ?? 0, cpus: os.availableParallelism() }),
  freeDiskBytes: async (path) => {
    try {
      const stats = await statfs(path);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      return undefined;
    }
  },
  processIdentity: (pid = process.pid): ProcessIdentity | undefined => {
    const stat = read(`/proc/${pid}/stat`);
    const startTicks = stat && !endedFromStat(stat) ? startTicksFromStat(stat) : undefined;
    if (startTicks === undefined) return undefined;
    let pidNamespace = '';
    try {
      pidNamespace = readlinkSync(`/proc/${pid}/ns/pid`);
    } catch {
      // Another user's process: its namespace link is not readable; leave it unknown.
    }
    return {
      pid,
      startTicks,
      pidNamespace,
      bootId: (read('/proc/sys/kernel/random/boot_id') ?? '').trim(),
      hostname: os.hostname(),
    };
  },
};
