import type { ProcessIdentity } from '../ports/host.js';

// Whether the process that owns a record still lives. Only a process of this boot and this PID
// namespace can be checked: a pid from another namespace (a container) or another machine (a
// remote daemon) means nothing here, so such owners are judged by their record's TTL instead.

export type Liveness = 'alive' | 'dead' | 'unknown';

export interface LivenessContext {
  /** This process; undefined where /proc cannot be read (then nothing can be checked). */
  me: ProcessIdentity | undefined;
  /** /proc lookup of a pid in this namespace. */
  lookup: (pid: number) => ProcessIdentity | undefined;
  nowMs: number;
}

export function ownerLiveness(owner: ProcessIdentity, context: Pick<LivenessContext, 'me' | 'lookup'>): Liveness {
  const me = context.me;
  if (!me || !owner.bootId || owner.bootId !== me.bootId) return 'unknown';
  if (!owner.pidNamespace || owner.pidNamespace !== me.pidNamespace) return 'unknown';
  const seen = context.lookup(owner.pid);
  // Same pid, other start time: the owner died and the pid was reused.
  return seen && seen.startTicks === owner.startTicks ? 'alive' : 'dead';
}

/** A record is stale when its owner is dead, or cannot be checked and its TTL ran out. */
export function isStale(
  record: { owner: ProcessIdentity; renewedAtMs: number; ttlMs: number },
  context: LivenessContext,
): boolean {
  const liveness = ownerLiveness(record.owner, context);
  if (liveness === 'dead') return true;
  return liveness === 'unknown' && record.renewedAtMs + record.ttlMs < context.nowMs;
}

/** Why a record is stale, in words ("owner pid 4242 on runner-2 is gone"); undefined when it is not. */
export function staleReason(
  record: { owner: ProcessIdentity; renewedAtMs: number; ttlMs: number },
  context: LivenessContext,
): string | undefined {
  const liveness = ownerLiveness(record.owner, context);
  const owner = `owner pid ${record.owner.pid}${record.owner.hostname ? ` on ${record.owner.hostname}` : ''}`;
  if (liveness === 'dead') return `${owner} is gone`;
  if (liveness === 'unknown' && record.renewedAtMs + record.ttlMs < context.nowMs) {
    return `${owner} cannot be checked from here and did not renew it within its TTL of ${Math.round(record.ttlMs / 60_000)} min`;
  }
  return undefined;
}

export function sameProcess(a: ProcessIdentity, b: ProcessIdentity): boolean {
  return a.pid === b.pid && a.startTicks === b.startTicks && a.bootId === b.bootId && a.pidNamespace === b.pidNamespace;
}
