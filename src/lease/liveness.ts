import type { ProcessIdentity } from '../ports/host.js';

// Whether a record still holds. Two facts decide, neither of them a claim the record makes about
// itself:
// - its owner process, where it can be checked: only a process of this boot and this PID
//   namespace can (a pid from a container or another machine means nothing here) — a dead owner
//   frees the record at once;
// - the daemon's own timestamp of the record's newest generation (its container's creation time:
//   every renewal writes a new one). No record outlives that stamp by more than its TTL, and the
//   TTL it asks for is capped by the reader's own (lease-ttl for leases, the ticket TTL for
//   tickets). A record whose owner looks alive must be renewed like any other: an owner label can
//   name any living process (pid 1), and a renewed-at label can name any time (the year 2100).

export type Liveness = 'alive' | 'dead' | 'unknown';

export interface LivenessContext {
  /** This process; undefined where /proc cannot be read (then nothing can be checked). */
  me: ProcessIdentity | undefined;
  /** /proc lookup of a pid in this namespace. */
  lookup: (pid: number) => ProcessIdentity | undefined;
  nowMs: number;
  /** The longest a record may live past its daemon stamp, whatever TTL it claims. */
  maxTtlMs: { lease: number; ticket: number };
}

/** What staleness is judged from: the daemon's stamp, the claimed TTL, the owner. */
export interface JudgedRecord {
  kind: 'lease' | 'ticket';
  owner: ProcessIdentity;
  stampedAtMs: number;
  ttlMs: number;
  /** Claimed; only shown when it disagrees with the stamp. */
  renewedAtMs: number;
}

export function ownerLiveness(owner: ProcessIdentity, context: Pick<LivenessContext, 'me' | 'lookup'>): Liveness {
  const me = context.me;
  if (!me || !owner.bootId || owner.bootId !== me.bootId) return 'unknown';
  if (!owner.pidNamespace || owner.pidNamespace !== me.pidNamespace) return 'unknown';
  const seen = context.lookup(owner.pid);
  // Same pid, other start time: the owner died and the pid was reused.
  return seen && seen.startTicks === owner.startTicks ? 'alive' : 'dead';
}

/** The TTL that applies: what the record asks for, at most what this reader allows. */
export function effectiveTtlMs(record: Pick<JudgedRecord, 'kind' | 'ttlMs'>, context: Pick<LivenessContext, 'maxTtlMs'>): number {
  return Math.min(record.ttlMs, context.maxTtlMs[record.kind]);
}

/** When the record expires without renewal, by the daemon's stamp. */
export function expiresAtMs(record: Pick<JudgedRecord, 'kind' | 'ttlMs' | 'stampedAtMs'>, context: Pick<LivenessContext, 'maxTtlMs'>): number {
  return record.stampedAtMs + effectiveTtlMs(record, context);
}

/** A record is stale when its owner is dead, or its TTL ran out since the daemon stamped it. */
export function isStale(record: JudgedRecord, context: LivenessContext): boolean {
  return staleReason(record, context) !== undefined;
}

/** Why a record is stale, in words ("owner pid 4242 on runner-2 is gone"); undefined when it is not. */
export function staleReason(record: JudgedRecord, context: LivenessContext): string | undefined {
  const liveness = ownerLiveness(record.owner, context);
  const owner = `owner pid ${record.owner.pid}${record.owner.hostname ? ` on ${record.owner.hostname}` : ''}`;
  if (liveness === 'dead') return `${owner} is gone`;
  if (expiresAtMs(record, context) < context.nowMs) {
    const minutes = Math.round(effectiveTtlMs(record, context) / 60_000);
    const ttl = minutes >= 1 ? `${minutes} min` : `${Math.round(effectiveTtlMs(record, context) / 1000)} s`;
    const who = liveness === 'unknown' ? `${owner} cannot be checked from here and` : owner;
    return `${who} did not renew it within its TTL of ${ttl} since the daemon stamped it`;
  }
  return undefined;
}

/** A claimed renewal the daemon never saw (more than a minute after its own stamp): a forged or skewed record. */
export function claimsUnseenRenewal(record: Pick<JudgedRecord, 'renewedAtMs' | 'stampedAtMs'>): boolean {
  return record.renewedAtMs > record.stampedAtMs + 60_000;
}

export function sameProcess(a: ProcessIdentity, b: ProcessIdentity): boolean {
  return a.pid === b.pid && a.startTicks === b.startTicks && a.bootId === b.bootId && a.pidNamespace === b.pidNamespace;
}
