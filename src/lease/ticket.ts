import type { LeaseContext } from './context.js';
import { recordLabels, recordName, type LeaseRecord, type Who } from './records.js';
import type { LeaseRequest } from './request.js';

// Our place in the queue. Its first generation's creation time on the daemon is the place; it
// is renewed (a new generation carrying that place in a label, then the old one removed) so
// that a waiter nobody can check — another host, another PID namespace — holds its place only
// while it lives: ticketTtlMs after its last renewal, it is stale.

export class TicketKeeper {
  private generation = 0;
  private order: string | undefined;
  private renewedAtMs = 0;
  private requestedAtMs = 0;
  private containers: string[] = [];

  constructor(
    private readonly ctx: LeaseContext,
    private readonly id: string,
    private readonly request: LeaseRequest,
    private readonly budgetBytes: number,
    private readonly who: Who,
    private readonly leaseTtlMs: number,
  ) {}

  /** Queues a first generation (again, when ours was swept): a new place at the end. */
  async create(): Promise<void> {
    this.requestedAtMs = this.ctx.deps.clock.now();
    this.generation = 0;
    this.order = undefined;
    const created = await this.write();
    this.order = await this.ctx.store.creationOrder(created);
  }

  renewDueMs(): number {
    return this.renewedAtMs + Math.floor(this.ctx.timings.ticketTtlMs / 3);
  }

  async renewIfDue(): Promise<void> {
    if (this.ctx.deps.clock.now() < this.renewDueMs() || this.order === undefined) return;
    const previous = this.containers;
    this.generation += 1;
    const next = await this.write();
    await Promise.all(previous.map((containerId) => this.ctx.store.remove(containerId)));
    this.containers = [next];
  }

  /** The newest generation: the container that competes for the mutex. */
  current(): { id: string; containerId: string; generation: number } {
    return { id: this.id, containerId: this.containers[this.containers.length - 1] ?? '', generation: this.generation };
  }

  /** Every container of our ticket we know of (normally one). */
  containerIds(): string[] {
    return [...this.containers];
  }

  private async write(): Promise<string> {
    const now = this.ctx.deps.clock.now();
    const record: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'> = {
      kind: 'ticket',
      namespace: this.ctx.store.namespace,
      id: this.id,
      generation: this.generation,
      request: this.request,
      budgetBytes: this.budgetBytes,
      owner: this.ctx.me,
      who: this.who,
      requestedAtMs: this.requestedAtMs,
      renewedAtMs: now,
      ttlMs: this.ctx.timings.ticketTtlMs,
      leaseTtlMs: this.leaseTtlMs,
      order: this.generation > 0 ? this.order : undefined,
    };
    const created = await this.ctx.store.create(recordName('ticket', this.ctx.store.namespace, this.id, this.generation), recordLabels(record));
    if (created === 'name-taken') {
      throw new Error(`Lease ticket ${this.id} generation ${this.generation} exists already; two waiters drew the same id`);
    }
    this.containers = this.generation > 0 ? [...this.containers, created.id] : [created.id];
    this.renewedAtMs = now;
    return created.id;
  }
}
