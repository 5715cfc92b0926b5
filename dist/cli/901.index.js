export const id = 901;
export const ids = [901];
export const modules = {

/***/ 93901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  holdLeaseAction: () => (/* binding */ holdLeaseAction)
});

// EXTERNAL MODULE: ./src/lease/context.ts + 1 modules
var context = __webpack_require__(11155);
// EXTERNAL MODULE: ./src/lease/lifecycle.ts
var lifecycle = __webpack_require__(75854);
// EXTERNAL MODULE: ./src/lease/liveness.ts
var liveness = __webpack_require__(53705);
// EXTERNAL MODULE: ./src/lease/records.ts
var records = __webpack_require__(96188);
;// CONCATENATED MODULE: ./src/lease/keeper.ts




// The body of the CLI's keeper: a small detached process that owns a stack's lease after
// `docker-stability up` returns, so the lease outlives the command and dies with the keeper.
// It waits to be handed the lease, renews it, and ends as soon as the lease is released or
// taken over (`down` takes it over first) — or when told to stop.
/** How long the keeper waits to be handed the lease before it gives up. */
const HANDOVER_TIMEOUT_MS = 30_000;
async function holdLease(deps, handle, options) {
    const me = (0,context/* selfIdentity */.R4)(deps.host);
    const isMine = async () => {
        const found = await (0,lifecycle/* findLease */.G0)(deps, handle);
        return found ? (0,liveness/* sameProcess */.ID)(found.newest.owner, me) : undefined;
    };
    const deadline = deps.clock.now() + HANDOVER_TIMEOUT_MS;
    for (;;) {
        const mine = await isMine();
        if (mine)
            break;
        if (mine === undefined)
            return 'lost';
        if (options.signal.aborted)
            return 'stopped';
        if (deps.clock.now() > deadline)
            return 'not-handed-over';
        await deps.clock.sleep(100, options.signal);
    }
    // Woken by the lease's own events: a removal means released, swept or taken over.
    const local = new AbortController();
    const stop = AbortSignal.any([options.signal, local.signal]);
    let ended;
    const check = async () => {
        const mine = await isMine().catch(() => true);
        if (mine === true)
            return;
        ended = mine === undefined ? 'lost' : 'transferred';
        local.abort();
    };
    const watching = deps.docker
        .streamEvents({ filters: { type: ['container'], event: ['destroy'], label: [(0,records/* namespaceFilter */.kA)(handle.namespace), `${records/* LEASE_LABELS */.Tb.id}=${handle.id}`] } }, () => void check(), stop)
        .catch(() => undefined);
    while (!stop.aborted) {
        await deps.clock.sleep((0,lifecycle/* renewIntervalMs */.pV)(options.ttlMs), stop);
        if (stop.aborted)
            break;
        const outcome = await (0,lifecycle/* renewLease */.EH)(deps, handle, me).catch(() => 'renewed');
        if (outcome !== 'renewed') {
            ended = outcome;
            local.abort();
        }
    }
    local.abort();
    await watching;
    return ended ?? 'stopped';
}

// EXTERNAL MODULE: ./src/app/commands/exit.ts
var exit = __webpack_require__(99436);
// EXTERNAL MODULE: ./src/app/commands/lease-cli.ts
var lease_cli = __webpack_require__(38375);
;// CONCATENATED MODULE: ./src/app/commands/hold-lease.ts



// `docker-stability hold-lease --namespace NS --id ID` (hidden): the keeper `up` starts,
// detached, to own the stack's lease after `up` returns. It renews the lease and ends when the
// lease is released or taken over (`down` takes it over, then stops it) or on SIGTERM.
/** `docker-stability hold-lease --id ID` (hidden), as `up` starts it. */
async function holdLeaseAction(flags, context) {
    const options = (0,lease_cli/* parseLeaseFlags */.jj)({ namespace: flags.namespace, leaseTtl: flags.leaseTtl });
    // SIGTERM from `down` (or the host), SIGINT: the keeper ends, the lease goes with its owner.
    const interrupt = context.self.interruptSignal();
    try {
        await holdLease((0,lease_cli/* leaseCliDeps */.Hg)(context.self), { namespace: options.namespace, id: flags.id }, { ttlMs: options.ttlMs, signal: interrupt.signal });
    }
    finally {
        interrupt.dispose();
    }
    return exit/* EXIT */.d.ok;
}


/***/ }),

/***/ 75854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ renewLease),
/* harmony export */   G0: () => (/* binding */ findLease),
/* harmony export */   gH: () => (/* binding */ transferLease),
/* harmony export */   pV: () => (/* binding */ renewIntervalMs),
/* harmony export */   uV: () => (/* binding */ keepLeaseRenewed),
/* harmony export */   wL: () => (/* binding */ releaseLease)
/* harmony export */ });
/* unused harmony export MAX_RENEW_INTERVAL_MS */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11155);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53705);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96188);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64314);




async function findLease(deps, handle) {
    const containers = await deps.docker.listContainers({
        all: true,
        labels: [(0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .namespaceFilter */ .kA)(handle.namespace), `${_records_js__WEBPACK_IMPORTED_MODULE_1__/* .LEASE_LABELS */ .Tb.id}=${handle.id}`],
    });
    const records = containers.map(_records_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeRecord */ .eT).filter((record) => record?.kind === 'lease');
    const newest = records.reduce((best, record) => (!best || record.generation > best.generation ? record : best), undefined);
    return newest ? { newest, containerIds: containers.map((container) => container.id) } : undefined;
}
/**
 * Removes the lease: the generation we know first (its destroy event wakes the next waiter at
 * once), then any other generation. False when nothing was left (already released or swept).
 */
async function releaseLease(deps, handle) {
    const store = new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .LeaseStore */ ._(deps.docker, handle.namespace);
    const first = handle.containerId ? await store.remove(handle.containerId) : 'missing';
    const containers = await deps.docker.listContainers({
        all: true,
        labels: [(0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .namespaceFilter */ .kA)(handle.namespace), `${_records_js__WEBPACK_IMPORTED_MODULE_1__/* .LEASE_LABELS */ .Tb.id}=${handle.id}`],
    });
    const outcomes = await Promise.all(containers.map((container) => store.remove(container.id)));
    return first === 'removed' || outcomes.includes('removed');
}
/**
 * Hands the lease to another owner (post takes it over from the monitor before stopping it;
 * `up` hands it to its keeper). Unconditional: the newest generation wins whoever wrote it.
 */
async function transferLease(deps, handle, newOwner = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .selfIdentity */ .R4)(deps.host), options = {}) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
        const outcome = await writeNextGeneration(deps, handle, newOwner, options.ttlMs);
        if (outcome === 'lost')
            throw new Error(`Lease ${handle.id} (namespace ${handle.namespace}) no longer exists; it was released or swept as stale.`);
        if (outcome !== 'name-taken')
            return outcome.record;
    }
    throw new Error(`Could not transfer lease ${handle.id}: other processes kept writing new generations of it.`);
}
/**
 * Renews our lease: 'transferred' when another process took it over (stop renewing), 'lost'
 * when it was released or swept (our owner looked dead, or its TTL ran out).
 */
async function renewLease(deps, handle, me = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .selfIdentity */ .R4)(deps.host)) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
        const found = await findLease(deps, handle);
        if (!found)
            return 'lost';
        if (!(0,_liveness_js__WEBPACK_IMPORTED_MODULE_3__/* .sameProcess */ .ID)(found.newest.owner, me))
            return 'transferred';
        const outcome = await writeNextGeneration(deps, handle, me, undefined, found);
        if (outcome === 'lost')
            return 'lost';
        if (outcome === 'name-taken')
            continue;
        // Our previous generation was already gone: someone swept the lease, so the one we just
        // wrote must not resurrect it behind the back of whoever was admitted since.
        if (outcome.previousMissing) {
            const after = await findLease(deps, handle);
            if (after && after.newest.generation > outcome.record.generation)
                return 'transferred';
            await new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .LeaseStore */ ._(deps.docker, handle.namespace).remove(outcome.record.containerId);
            return 'lost';
        }
        return 'renewed';
    }
    return 'transferred';
}
async function writeNextGeneration(deps, handle, owner, ttlMs, known) {
    const found = known ?? (await findLease(deps, handle));
    if (!found)
        return 'lost';
    const store = new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .LeaseStore */ ._(deps.docker, handle.namespace);
    const generation = found.newest.generation + 1;
    const { stampedAtMs: _previousStamp, ...newest } = found.newest;
    const next = {
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
    const name = (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordName */ .xD)('lease', handle.namespace, handle.id, generation);
    const created = await store.create(name, (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordLabels */ .FZ)(next));
    if (created === 'name-taken')
        return 'name-taken';
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
const MAX_RENEW_INTERVAL_MS = 20_000;
function renewIntervalMs(ttlMs) {
    return Math.max(1_000, Math.min(MAX_RENEW_INTERVAL_MS, Math.floor(ttlMs / 3)));
}
/**
 * Renews until the signal aborts (→ 'stopped') or the lease is transferred or lost. For the
 * action's monitor and the CLI's keeper. Failed renewals (a busy daemon) are retried next time.
 */
async function keepLeaseRenewed(deps, handle, options) {
    while (!options.signal.aborted) {
        await deps.clock.sleep(options.intervalMs, options.signal);
        if (options.signal.aborted)
            break;
        try {
            const outcome = await renewLease(deps, handle, options.me);
            if (outcome !== 'renewed')
                return outcome;
        }
        catch (error) {
            options.onError?.(error);
        }
    }
    return 'stopped';
}


/***/ })

};
