/** A fixed-width decimal key (nanoseconds since the epoch) that sorts as the times do. */
export declare function orderKey(created: string): string | undefined;
/** Tickets by place in the queue; equal times (never seen in practice) fall back to the id. */
export declare function byQueueOrder<T extends {
    order?: string;
    id: string;
}>(a: T, b: T): number;
