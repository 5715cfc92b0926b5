import { randomBytes } from 'node:crypto';
import { formatBytes } from '../core/units.js';
import { planAdmission, type Verdict } from './admission.js';
import { leaseContext, partitionLive, type LeaseContext, type LeaseDeps, type LeaseTimings } from './context.js';
import { holderView, type HolderView } from './describe.js';
import { LeaseAbortedError, LeaseTimeoutError, LeaseTooLargeError } from './errors.js';
import { admissionPass } from './pass.js';
import type { LeaseRecord, Who } from './records.js';
import type { LeaseRequest } from './request.js';
import { TicketKeeper } from './ticket.js';
import { eventSubject, type EventSubject } from './store.js';
import { Waker } from './wake.js';

/** Enough to find a lease again, from another process too (post finds main's lease by it). */
export interface LeaseHandle {
  namespace: string;
  id: string;
  /** The container of the generation this process last knew, removed first on release. */
  containerId?: string;
}

export interface AcquireOptions {
  namespace?: string;
  /** Resolved budget in bytes (resolveMemoryBudget) and how to name it in messages. */
  budgetBytes: number;
  budgetDescription?: string;
  /** How long to wait; 0 fails at once when the lease is not free. */
  timeoutMs: number;
  /** TTL of the lease for owners that cannot be checked (lease-ttl). */
  ttlMs: number;
  who: Who;
  /** Aborting leaves the queue cleanly and rejects with LeaseAbortedError. */
  signal?: AbortSignal;
  /** Called when we start to wait, then every progressIntervalMs, naming who is in the way. */
  onProgress?: (progress: WaitProgress) => void;
  timings?: Partial<LeaseTimings>;
}

export interface WaitProgress {
  waitedMs: number;
  /** 1-based place among the live tickets. */
  position: number;
  blockers: HolderView[];
}

export interface AcquiredLease {
  handle: LeaseHandle;
  record: LeaseRecord;
  waitedMs: number;
  /** Everyone who stood in our way at some point, for the summary ("waited 2m for …"). */
  waitedFor: HolderView[];
  /** Memory the leases on the daemon reserved once we were admitted, ours included. */
  usedBytes: number;
  budgetBytes: number;
}

/**
 * Takes a lease owned by this process: queues a ticket, waits (woken by Docker events, polling
 * as a fallback) until the ticket is admissible, then admits itself under the mutex. Leaves the
 * queue cleanly on timeout, abort or error. To hand the lease to another process (the action's
 * monitor, the CLI's keeper), call transferLease afterwards.
 */
export async function acquireLease(deps: LeaseDeps, request: LeaseRequest, options: AcquireOptions): Promise<AcquiredLease> {
  if (request.memoryBytes > options.budgetBytes) {
    throw new LeaseTooLargeError(request.memoryBytes, options.budgetBytes, options.budgetDescription ?? formatBytes(options.budgetBytes), request.project);
  }
  // A reader judges others' leases by its own lease-ttl at most (liveness.ts).
  const ctx = leaseContext(deps, options.namespace, { leaseTtlCapMs: options.ttlMs, ...options.timings });
  return new Waiter(ctx, request, options).run();
}

class Waiter {
  private readonly id = randomBytes(6).toString('hex');
  private readonly waker: Waker;
  private readonly tickets: TicketKeeper;
  private readonly seen = new Map<string, HolderView>();
  private waitingForMutex = false;
  /** Containers in our way by ports or groups: all must go before we can be admitted. */
  private readonly overlapping = new Set<string>();
  /** Earlier tickets that need memory and do not fit: each must be admitted or leave first. */
  private readonly unfitAhead = new Map<string, number>();
  /** Holders (and admissible earlier tickets) whose memory keeps us out of the budget. */
  private readonly counted = new Map<string, number>();
  /** Bytes we are short of the budget; we cannot fit before it drops to 0. */
  private deficit = 0;
  /** Events since the current read began: replayed once the read has named our blockers. */
  private sinceRead: Array<{ action: string; subject: EventSubject }> = [];
  private readonly startedMs: number;

  constructor(
    private readonly ctx: LeaseContext,
    private readonly request: LeaseRequest,
    private readonly options: AcquireOptions,
  ) {
    this.waker = new Waker(ctx.deps.clock);
    this.startedMs = ctx.deps.clock.now();
    this.tickets = new TicketKeeper(ctx, this.id, request, options.budgetBytes, options.who, options.ttlMs);
  }

  async run(): Promise<AcquiredLease> {
    const { clock } = this.ctx.deps;
    const { signal } = this.options;
    const watching = new AbortController();
    if (this.ctx.timings.useEvents) {
      void this.ctx.store.watch((event) => this.onEvent(event.action, eventSubject(event, this.ctx.store.namespace)), watching.signal, clock.sleep);
    }
    let admitted: LeaseRecord | undefined;
    try {
      await this.tickets.create();
      // The first report comes as soon as we know we wait, then every progressIntervalMs.
      let nextProgress = this.startedMs;
      for (;;) {
        if (signal?.aborted) throw new LeaseAbortedError(clock.now() - this.startedMs);
        await this.tickets.renewIfDue();
        this.sinceRead = [];
        const snapshot = await this.ctx.store.snapshot();
        const existing = snapshot.leases.find((lease) => lease.id === this.id);
        if (existing) return this.finish((admitted = existing), undefined);
        if (!snapshot.tickets.some((ticket) => ticket.id === this.id)) {
          // Someone judged our ticket stale (clocks far apart?): queue again rather than fail.
          await this.tickets.create();
          continue;
        }
        const live = partitionLive(snapshot, this.ctx.liveness());
        let verdict = planAdmission(live.leases, live.tickets).get(this.id)!;
        if (verdict.admissible) {
          const pass = await admissionPass(this.ctx, this.tickets.current());
          if (pass.outcome === 'admitted') return this.finish((admitted = pass.lease), pass.usedBytes);
          if (pass.outcome === 'ticket-gone') continue;
          if (pass.outcome === 'busy') {
            this.waitingForMutex = true;
            await this.waker.wait(this.ctx.timings.mutexRetryMs, signal);
            this.waitingForMutex = false;
            continue;
          }
          if (!pass.verdict) continue;
          verdict = pass.verdict;
        }
        this.note(verdict);
        const now = clock.now();
        if (now - this.startedMs >= this.options.timeoutMs) {
          throw new LeaseTimeoutError(now - this.startedMs, this.blockers(verdict), now);
        }
        if (now >= nextProgress) {
          const position = live.tickets.findIndex((ticket) => ticket.id === this.id) + 1;
          this.options.onProgress?.({ waitedMs: now - this.startedMs, position, blockers: this.blockers(verdict) });
          nextProgress = now + this.ctx.timings.progressIntervalMs;
        }
        const until = Math.min(this.startedMs + this.options.timeoutMs, nextProgress, this.tickets.renewDueMs());
        await this.waker.wait(Math.min(this.ctx.timings.pollIntervalMs, until - now), signal);
      }
    } catch (error) {
      await this.leave(admitted);
      throw error;
    } finally {
      watching.abort();
    }
  }

  private finish(lease: LeaseRecord, usedBytes: number | undefined): AcquiredLease {
    const now = this.ctx.deps.clock.now();
    if (this.options.signal?.aborted) throw new LeaseAbortedError(now - this.startedMs);
    return {
      handle: { namespace: this.ctx.store.namespace, id: this.id, containerId: lease.containerId },
      record: lease,
      waitedMs: now - this.startedMs,
      waitedFor: [...this.seen.values()],
      usedBytes: usedBytes ?? lease.request.memoryBytes,
      budgetBytes: this.options.budgetBytes,
    };
  }

  /** Removes our ticket (every generation) and, when the abort raced an admission, the lease. */
  private async leave(admitted: LeaseRecord | undefined): Promise<void> {
    const removals = this.tickets.containerIds().map((id) => this.ctx.store.remove(id));
    if (admitted) removals.push(this.ctx.store.remove(admitted.containerId));
    await Promise.allSettled(removals);
  }

  /**
   * What wakes us for a fresh read: the event may have made us admissible — nothing overlaps us
   * any more, no earlier ticket that does not fit is ahead, and enough memory was freed (events
   * carry the record's labels, so we know how much) — or the mutex was given back while we wait
   * for it. In a busy queue the other waiters sleep through a release instead of all reading the
   * daemon at once; the polling interval covers the rare indirect case.
   */
  private onEvent(action: string, subject: EventSubject): void {
    this.sinceRead.push({ action, subject });
    this.react(action, subject);
  }

  private react(action: string, subject: EventSubject): void {
    if (subject.leftMutex && this.waitingForMutex) this.waker.notify();
    const id = subject.containerId;
    let changed = false;
    if (action === 'destroy') {
      changed = this.overlapping.delete(id) || changed;
      changed = this.unfitAhead.delete(id) || changed;
      if (this.counted.has(id)) {
        this.deficit -= this.counted.get(id)!;
        this.counted.delete(id);
        changed = true;
      }
    } else if (action === 'rename' && subject.admitted && this.unfitAhead.has(id)) {
      // It holds its memory now.
      this.unfitAhead.delete(id);
      this.counted.set(id, subject.memoryBytes);
      this.deficit += subject.memoryBytes;
      changed = true;
    }
    if (changed && this.overlapping.size === 0 && this.unfitAhead.size === 0 && this.deficit <= 0) this.waker.notify();
  }

  private blockers(verdict: Verdict): HolderView[] {
    return verdict.blockers.map((blocker) => holderView(blocker.record, blocker));
  }

  private note(verdict: Verdict): void {
    this.overlapping.clear();
    this.unfitAhead.clear();
    this.counted.clear();
    this.deficit = verdict.fits ? 0 : verdict.usedBytes + this.request.memoryBytes - this.options.budgetBytes;
    for (const blocker of verdict.blockers) {
      const id = blocker.record.containerId;
      if (blocker.ports.length > 0 || blocker.groups.length > 0) this.overlapping.add(id);
      if (blocker.memory && blocker.counted) this.counted.set(id, blocker.record.request.memoryBytes);
      else if (blocker.memory) this.unfitAhead.set(id, blocker.record.request.memoryBytes);
      this.seen.set(blocker.record.id, holderView(blocker.record, blocker));
    }
    // A blocker that left while we were reading must not be waited for until the next poll.
    for (const { action, subject } of this.sinceRead) this.react(action, subject);
  }
}
