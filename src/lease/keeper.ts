import type { LeaseHandle } from './acquire.js';
import { selfIdentity, type LeaseDeps } from './context.js';
import { findLease, renewIntervalMs, renewLease, type RenewOutcome } from './lifecycle.js';
import { sameProcess } from './liveness.js';
import { LEASE_LABELS, namespaceFilter } from './records.js';

// The body of the CLI's keeper: a small detached process that owns a stack's lease after
// `docker-stability up` returns, so the lease outlives the command and dies with the keeper.
// It waits to be handed the lease, renews it, and ends as soon as the lease is released or
// taken over (`down` takes it over first) — or when told to stop.

/** How long the keeper waits to be handed the lease before it gives up. */
const HANDOVER_TIMEOUT_MS = 30_000;

export async function holdLease(deps: LeaseDeps, handle: LeaseHandle, options: { ttlMs: number; signal: AbortSignal }): Promise<RenewOutcome | 'stopped' | 'not-handed-over'> {
  const me = selfIdentity(deps.host);
  const isMine = async (): Promise<boolean | undefined> => {
    const found = await findLease(deps, handle);
    return found ? sameProcess(found.newest.owner, me) : undefined;
  };

  const deadline = deps.clock.now() + HANDOVER_TIMEOUT_MS;
  for (;;) {
    const mine = await isMine();
    if (mine) break;
    if (mine === undefined) return 'lost';
    if (options.signal.aborted) return 'stopped';
    if (deps.clock.now() > deadline) return 'not-handed-over';
    await deps.clock.sleep(100, options.signal);
  }

  // Woken by the lease's own events: a removal means released, swept or taken over.
  const local = new AbortController();
  const stop = AbortSignal.any([options.signal, local.signal]);
  let ended: RenewOutcome | undefined;
  const check = async (): Promise<void> => {
    const mine = await isMine().catch(() => true);
    if (mine === true) return;
    ended = mine === undefined ? 'lost' : 'transferred';
    local.abort();
  };
  const watching = deps.docker
    .streamEvents(
      { filters: { type: ['container'], event: ['destroy'], label: [namespaceFilter(handle.namespace), `${LEASE_LABELS.id}=${handle.id}`] } },
      () => void check(),
      stop,
    )
    .catch(() => undefined);

  while (!stop.aborted) {
    await deps.clock.sleep(renewIntervalMs(options.ttlMs), stop);
    if (stop.aborted) break;
    const outcome = await renewLease(deps, handle, me).catch(() => 'renewed' as const);
    if (outcome !== 'renewed') {
      ended = outcome;
      local.abort();
    }
  }
  local.abort();
  await watching;
  return ended ?? 'stopped';
}
