import type { LeaseContext } from './context.js';
import { type Who } from './records.js';
import type { LeaseRequest } from './request.js';
export declare class TicketKeeper {
    private readonly ctx;
    private readonly id;
    private readonly request;
    private readonly budgetBytes;
    private readonly who;
    private readonly leaseTtlMs;
    private generation;
    private order;
    private renewedAtMs;
    private requestedAtMs;
    private containers;
    constructor(ctx: LeaseContext, id: string, request: LeaseRequest, budgetBytes: number, who: Who, leaseTtlMs: number);
    /** Queues a first generation (again, when ours was swept): a new place at the end. */
    create(): Promise<void>;
    renewDueMs(): number;
    renewIfDue(): Promise<void>;
    /** The newest generation: the container that competes for the mutex. */
    current(): {
        id: string;
        containerId: string;
        generation: number;
    };
    /** Every container of our ticket we know of (normally one). */
    containerIds(): string[];
    private write;
}
