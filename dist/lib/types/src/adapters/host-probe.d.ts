import type { HostMemory, HostProbe } from '../ports/host.js';
/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
export declare function startTicksFromStat(stat: string): number | undefined;
/**
 * Whether /proc/<pid>/stat describes a process that has ended but was not reaped yet: a zombie
 * (Z) or dead (X). A SIGKILLed orphan stays a zombie until PID 1 reaps it — never, under a PID 1
 * that does not reap — and must not count as a living lease owner or monitor.
 */
export declare function endedFromStat(stat: string): boolean;
/** MemTotal and MemAvailable of /proc/meminfo, in bytes. */
export declare function parseMeminfo(text: string): HostMemory | undefined;
export declare const linuxHostProbe: HostProbe;
