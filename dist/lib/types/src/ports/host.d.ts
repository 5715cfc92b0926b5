export interface HostMemory {
    totalBytes: number;
    /** MemAvailable: what can be allocated without swapping. */
    availableBytes: number;
}
export interface ProcessIdentity {
    pid: number;
    /** Start time in clock ticks since boot (/proc/<pid>/stat field 22): tells a reused pid apart. */
    startTicks: number;
    /** Inode of /proc/<pid>/ns/pid: processes in other PID namespaces are invisible, not dead. */
    pidNamespace: string;
    /** /proc/sys/kernel/random/boot_id: a process of another boot (or host) cannot be checked. */
    bootId: string;
    hostname: string;
}
export interface HostProbe {
    /** This process's pid (its identity may still be unknown: no /proc). */
    readonly pid: number;
    memory(): HostMemory | undefined;
    /** 1-minute load average and the number of CPUs. */
    load(): {
        load1: number;
        cpus: number;
    };
    /** Free bytes on the file system holding path, or undefined when it cannot be read here. */
    freeDiskBytes(path: string): Promise<number | undefined>;
    /** This process (or another, by pid): undefined when it does not exist or cannot be read. */
    processIdentity(pid?: number): ProcessIdentity | undefined;
}
