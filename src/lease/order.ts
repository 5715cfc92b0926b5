// Queue order comes from the daemon's own clock: the creation time of a ticket's first
// generation, which `docker inspect` gives with nanoseconds ("2026-11-27T10:00:00.12345Z").
// One clock for every client of the daemon, so hosts with skewed clocks still queue fairly.
// Go trims trailing zeros from the fraction, so the strings do not sort as text; the key does.

/** A fixed-width decimal key (nanoseconds since the epoch) that sorts as the times do. */
export function orderKey(created: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(created);
  if (!match) return undefined;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (!Number.isFinite(seconds)) return undefined;
  const nanos = BigInt(seconds) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0'));
  return nanos.toString().padStart(22, '0');
}

/** Tickets by place in the queue; equal times (never seen in practice) fall back to the id. */
export function byQueueOrder<T extends { order?: string; id: string }>(a: T, b: T): number {
  const left = a.order ?? '~';
  const right = b.order ?? '~';
  if (left !== right) return left < right ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
