export const id = 643;
export const ids = [643];
export const modules = {

/***/ 55643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lockAction: () => (/* binding */ lockAction),
/* harmony export */   lockRequest: () => (/* binding */ lockRequest),
/* harmony export */   runLock: () => (/* binding */ runLock)
/* harmony export */ });
/* harmony import */ var _lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75854);
/* harmony import */ var _lease_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47923);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52184);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99436);
/* harmony import */ var _lease_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38375);






function lockRequest(flags) {
    const problems = (0,_lease_request_js__WEBPACK_IMPORTED_MODULE_1__/* .groupProblems */ .Uh)(flags.group, '--group');
    const ports = [];
    for (const port of flags.port) {
        const key = (0,_lease_request_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePortFlag */ .HF)(port);
        if (typeof key === 'string')
            ports.push(key);
        else
            problems.push(`--port: ${key.error}`);
    }
    const memory = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(flags.memory);
    if (typeof memory !== 'number')
        problems.push(`--memory: ${memory.error}`);
    if (flags.group.length === 0 && ports.length === 0 && memory === 0) {
        problems.push('nothing to lock: give at least one --group, --port or --memory');
    }
    if (problems.length || typeof memory !== 'number')
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage, problems.join('\n'));
    return { project: '', groups: [...new Set(flags.group)].sort(), ports: [...new Set(ports)].sort(), memoryBytes: memory };
}
async function runLock(command, flags, deps) {
    const request = lockRequest(flags);
    const options = (0,_lease_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLeaseFlags */ .jj)(flags);
    const lease = await (0,_lease_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .acquireInTerminal */ .cj)(deps, request, options);
    const renewing = new AbortController();
    const renewal = (0,_lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .keepLeaseRenewed */ .uV)(deps, lease.handle, {
        intervalMs: (0,_lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .renewIntervalMs */ .pV)(options.ttlMs),
        signal: renewing.signal,
        onError: (error) => deps.self.stderr(`docker-stability: could not renew the lease: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)}\n`),
    });
    try {
        const result = await deps.self.runForeground(command, deps.self.env);
        if (result.error)
            deps.self.stderr(`docker-stability: ${result.error}\n`);
        return result.exitCode;
    }
    finally {
        renewing.abort();
        await renewal;
        await (0,_lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseLease */ .wL)(deps, lease.handle).catch((error) => {
            deps.self.stderr(`docker-stability: could not release the lease (it ends with this process anyway): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)}\n`);
        });
    }
}
/** `docker-stability lock -- CMD` as the registry calls it. */
function lockAction(command, flags, context) {
    return runLock(command, flags, (0,_lease_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .leaseCliDeps */ .Hg)(context.self));
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
