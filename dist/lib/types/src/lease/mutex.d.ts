import type { Clock } from '../ports/clock.js';
import { type LivenessContext } from './liveness.js';
import type { LeaseStore } from './store.js';
export interface HeldMutex {
    containerId: string;
    acquiredAtMs: number;
}
export declare class AdmissionMutex {
    private readonly store;
    private readonly clock;
    private readonly liveness;
    readonly staleMs: number;
    private observed?;
    constructor(store: LeaseStore, clock: Clock, liveness: () => Pick<LivenessContext, 'me' | 'lookup'>, staleMs: number);
    /** Renames our ticket to the mutex name; 'busy' when a live holder has it. */
    tryAcquire(ticketContainerId: string): Promise<HeldMutex | 'busy' | 'ticket-gone'>;
    /** Gives the mutex back by renaming our ticket to `name` (its wait name). */
    release(held: HeldMutex, name: string): Promise<void>;
    private break;
    private isStale;
}
