import type { HostMemory, HostProbe } from '../ports/host.js';
import type { CheckResult } from './checks.js';
import type { EngineFacts } from './daemon.js';
/** What the runner and the daemon's disk look like before the stack starts. */
export interface HostFacts {
    /** This machine's memory; only the daemon's when the daemon is local. */
    memory?: HostMemory;
    load: {
        load1: number;
        cpus: number;
    };
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
export declare function daemonIsLocal(endpoint: string): boolean;
export declare function gatherHostFacts(host: HostProbe, daemon: Pick<EngineFacts, 'endpoint' | 'info'>): Promise<HostFacts>;
/** Room kept free besides the stack: the runner, the test process and the daemon itself. */
export declare function memoryMargin(totalBytes: number): number;
export declare function checkHost(facts: HostFacts, needs: HostNeeds): CheckResult[];
