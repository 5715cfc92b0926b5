import type { ProcessIdentity } from '../ports/host.js';
import type { LeaseHandle } from './acquire.js';
import type { LeaseDeps } from './context.js';
import { selfIdentity } from './context.js';
import { sameProcess } from './liveness.js';
import { decodeRecord, LEASE_LABELS, namespaceFilter, recordLabels, recordName, type LeaseRecord } from './records.js';
import { LeaseStore } from './store.js';

// A held lease after admission. Labels cannot change, so renewal and transfer create the next
// generation (same id, new renewed-at or owner) and then remove the older ones by ID; readers
// take the newest generation. Release removes every container of the lease.

export interface FoundLease {
  newest: LeaseRecord;
  /** Every container of the lease id: all generations, and a ticket that was not removed yet. */
  containerIds: string[];
}

export async function findLease(deps: Pick<LeaseDeps, 'docker'>, handle: LeaseHandle): Promise<FoundLease | undefined> {
  const containers = await deps.docker.listContainers({
    all: true,
    labels: [namespaceFilter(handle.namespace), `${LEASE_LABELS.id}=${handle.id}`],
  });
  const records = containers.map(decodeRecord).filter((record): record is LeaseRecord => record?.kind === 'lease');
  const newest = records.reduce<LeaseRecord | undefined>((best, record) => (!best || record.generation > best.generation ? record : best), undefined);
  return newest ? { newest, containerIds: containers.map((container) => container.id) } : undefined;
}

/**
 * Removes the lease: the generation we know first (its destroy event wakes the next waiter at
 * once), then any other generation. False when nothing was left (already released or swept).
 */
export async function releaseLease(deps: Pick<LeaseDeps, 'docker'>, handle: LeaseHandle): Promise<boolean> {
  const store = new LeaseStore(deps.docker, handle.namespace);
  const first = handle.containerId ? await store.remove(handle.containerId) : 'missing';
  const containers = await deps.docker.listContainers({
    all: true,
    labels: [namespaceFilter(handle.namespace), `${LEASE_LABELS.id}=${handle.id}`],
  });
  const outcomes = await Promise.all(containers.map((container) => store.remove(container.id)));
  return first === 'removed' || outcomes.includes('removed');
}

/**
 * Hands the lease to another owner (post takes it over from the monitor before stopping it;
 * `up` hands it to its keeper). Unconditional: the newest generation wins whoever wrote it.
 */
export async function transferLease(
  deps: LeaseDeps,
  handle: LeaseHandle,
  newOwner: ProcessIdentity = selfIdentity(deps.host),
  options: { ttlMs?: number } = {},
): Promise<LeaseRecord> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const outcome = await writeNextGeneration(deps, handle, newOwner, options.ttlMs);
    if (outcome === 'lost') throw new Error(`Lease ${handle.id} (namespace ${handle.namespace}) no longer exists; it was released or swept as stale.`);
    if (outcome !== 'name-taken') return outcome.record;
  }
  throw new Error(`Could not transfer lease ${handle.id}: other processes kept writing new generations of it.`);
}

export type RenewOutcome = 'renewed' | 'transferred' | 'lost';

/**
 * Renews our lease: 'transferred' when another process took it over (stop renewing), 'lost'
 * when it was released or swept (our owner looked dead, or its TTL ran out).
 */
export async function renewLease(deps: LeaseDeps, handle: LeaseHandle, me: ProcessIdentity = selfIdentity(deps.host)): Promise<RenewOutcome> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const found = await findLease(deps, handle);
    if (!found) return 'lost';
    if (!sameProcess(found.newest.owner, me)) return 'transferred';
    const outcome = await writeNextGeneration(deps, handle, me, undefined, found);
    if (outcome === 'lost') return 'lost';
    if (outcome === 'name-taken') continue;
    // Our previous generation was already gone: someone swept the lease, so the one we just
    // wrote must not resurrect it behind the back of whoever was admitted since.
    if (outcome.previousMissing) {
      const after = await findLease(deps, handle);
      if (after && after.newest.generation > outcome.record.generation) return 'transferred';
      await new LeaseStore(deps.docker, handle.namespace).remove(outcome.record.containerId);
      return 'lost';
    }
    return 'renewed';
  }
  return 'transferred';
}

async function writeNextGeneration(
  deps: LeaseDeps,
  handle: LeaseHandle,
  owner: ProcessIdentity,
  ttlMs: number | undefined,
  known?: FoundLease,
): Promise<{ record: LeaseRecord; previousMissing: boolean } | 'name-taken' | 'lost'> {
  const found = known ?? (await findLease(deps, handle));
  if (!found) return 'lost';
  const store = new LeaseStore(deps.docker, handle.namespace);
  const generation = found.newest.generation + 1;
  const { stampedAtMs: _previousStamp, ...newest } = found.newest;
  const next: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'> = {
    ...newest,
    kind: 'lease',
    generation,
    owner,
    renewedAtMs: deps.clock.now(),
    ttlMs: ttlMs ?? found.newest.ttlMs,
    order: undefined,
    leaseTtlMs: undefined,
    holdsMutex: undefined,
  };
  const name = recordName('lease', handle.namespace, handle.id, generation);
  const created = await store.create(name, recordLabels(next));
  if (created === 'name-taken') return 'name-taken';
  const outcomes = await Promise.all(found.containerIds.map((id) => store.remove(id)));
  const previousIndex = found.containerIds.indexOf(found.newest.containerId);
  // Our clock's estimate of the daemon's stamp; readers take the daemon's own from the next list.
  return { record: { ...next, stampedAtMs: deps.clock.now(), containerId: created.id, name }, previousMissing: outcomes[previousIndex] === 'missing' };
}

/**
 * How often an owner renews: a third of the TTL, so two renewals may fail before it expires —
 * and at least every 20 s, a third of the shortest lease-ttl anyone may set (1m): readers cap a
 * record's TTL at their own lease-ttl (liveness.ts), so a live owner must look fresh to a reader
 * with the shortest one too. A renewal is one create and one remove of a zero-layer container.
 */
export const MAX_RENEW_INTERVAL_MS = 20_000;

export function renewIntervalMs(ttlMs: number): number {
  return Math.max(1_000, Math.min(MAX_RENEW_INTERVAL_MS, Math.floor(ttlMs / 3)));
}

/**
 * Renews until the signal aborts (→ 'stopped') or the lease is transferred or lost. For the
 * action's monitor and the CLI's keeper. Failed renewals (a busy daemon) are retried next time.
 */
export async function keepLeaseRenewed(
  deps: LeaseDeps,
  handle: LeaseHandle,
  options: { intervalMs: number; signal: AbortSignal; me?: ProcessIdentity; onError?: (error: unknown) => void },
): Promise<RenewOutcome | 'stopped'> {
  while (!options.signal.aborted) {
    await deps.clock.sleep(options.intervalMs, options.signal);
    if (options.signal.aborted) break;
    try {
      const outcome = await renewLease(deps, handle, options.me);
      if (outcome !== 'renewed') return outcome;
    } catch (error) {
      options.onError?.(error);
    }
  }
  return 'stopped';
}
