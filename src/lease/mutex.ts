import type { Clock } from '../ports/clock.js';
import { ownerLiveness, type LivenessContext } from './liveness.js';
import { mutexName, recordName, type LeaseRecord } from './records.js';
import type { LeaseStore } from './store.js';

// The admission critical section. A waiter acquires it by renaming its own ticket container to
// the namespace's fixed mutex name: the daemon reserves the target name atomically (409 when
// taken), a rename costs a few milliseconds (a create costs 15–25), and whoever holds the mutex
// is known from the ticket's labels. Releasing is renaming back — or renaming to the lease name,
// which admits and releases in one step.
//
// A mutex whose holder is dead is broken at once by removing that ticket BY ID; one that stays
// with the same container for staleMs by our own clock (other hosts' clocks are never compared)
// is broken by renaming it back to its ticket name, also by ID, so a newer holder is never hit.
// A holder gives up before writing once half of staleMs has passed (see pass.ts).

export interface HeldMutex {
  containerId: string;
  acquiredAtMs: number;
}

export class AdmissionMutex {
  private observed?: { containerId: string; sinceMs: number };

  constructor(
    private readonly store: LeaseStore,
    private readonly clock: Clock,
    private readonly liveness: () => Pick<LivenessContext, 'me' | 'lookup'>,
    readonly staleMs: number,
  ) {}

  /** Renames our ticket to the mutex name; 'busy' when a live holder has it. */
  async tryAcquire(ticketContainerId: string): Promise<HeldMutex | 'busy' | 'ticket-gone'> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const outcome = await this.store.rename(ticketContainerId, mutexName(this.store.namespace));
      if (outcome === 'renamed') {
        this.observed = undefined;
        return { containerId: ticketContainerId, acquiredAtMs: this.clock.now() };
      }
      if (outcome === 'missing') return 'ticket-gone';
      const holder = await this.store.mutex();
      if (holder && !this.isStale(holder)) return 'busy';
      if (holder) await this.break(holder);
    }
    return 'busy';
  }

  /** Gives the mutex back by renaming our ticket to `name` (its wait name). */
  async release(held: HeldMutex, name: string): Promise<void> {
    await this.store.rename(held.containerId, name);
  }

  private async break(holder: LeaseRecord): Promise<void> {
    if (ownerLiveness(holder.owner, this.liveness()) === 'dead') {
      await this.store.remove(holder.containerId);
    } else {
      await this.store.rename(holder.containerId, recordName('ticket', this.store.namespace, holder.id, holder.generation));
    }
  }

  private isStale(holder: LeaseRecord): boolean {
    if (ownerLiveness(holder.owner, this.liveness()) === 'dead') return true;
    const now = this.clock.now();
    if (this.observed?.containerId !== holder.containerId) {
      this.observed = { containerId: holder.containerId, sinceMs: now };
      return false;
    }
    return now - this.observed.sinceMs > this.staleMs;
  }
}
