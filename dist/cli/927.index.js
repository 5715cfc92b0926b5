export const id = 927;
export const ids = [927];
export const modules = {

/***/ 94927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ sweepDeadOwners),
/* harmony export */   MZ: () => (/* binding */ sweptProjects),
/* harmony export */   WP: () => (/* binding */ deadOwnerCheck),
/* harmony export */   tk: () => (/* binding */ sweepCheck)
/* harmony export */ });
/* harmony import */ var _cleanup_execute_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32075);
/* harmony import */ var _cleanup_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12696);
/* harmony import */ var _cleanup_ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60193);
/* harmony import */ var _cleanup_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88345);
/* harmony import */ var _lease_hooks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2026);
/* harmony import */ var _lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75854);
/* harmony import */ var _lease_status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38590);







/** Resources whose owner label names a lease of this namespace. */
function inNamespace(inventory, namespace) {
    return inventory.filter((resource) => (0,_cleanup_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOwner */ .pZ)(resource.owner)?.namespace === namespace);
}
async function sweepDeadOwners(deps, options) {
    const inventory = inNamespace(await (0,_cleanup_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .takeInventory */ .O)(deps.docker, { owned: true }), options.namespace);
    const ownerState = await (0,_lease_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseOwnerStates */ .yn)(deps, { namespace: options.namespace, leaseTtlMs: options.leaseTtlMs });
    const plan = (0,_cleanup_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planDeadOwnerSweep */ .h_)(inventory, (owner) => ownerState((0,_cleanup_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOwner */ .pZ)(owner).id));
    const staleRecords = await (0,_lease_status_js__WEBPACK_IMPORTED_MODULE_5__/* .findStaleLeases */ .o$)(deps, { namespace: options.namespace, leaseTtlMs: options.leaseTtlMs });
    const staleLeases = staleRecords.map((record) => {
        const state = ownerState(record.id);
        return { id: record.id, project: record.request.project, reason: state.state === 'stale' ? state.why : 'stale' };
    });
    if (options.dryRun)
        return { namespace: options.namespace, plan, staleLeases, released: [] };
    const result = await (0,_cleanup_execute_js__WEBPACK_IMPORTED_MODULE_6__/* .executeRemovals */ .V)(deps.docker, plan);
    // A lease goes last, and only once nothing it owned is left: until then its claims stand.
    const stillOwned = new Set(result.failed.map((failure) => (0,_cleanup_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOwner */ .pZ)(failure.resource.owner)?.id));
    const released = [];
    for (const lease of staleLeases) {
        if (stillOwned.has(lease.id))
            continue;
        if (await (0,_lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseLease */ .wL)(deps, { namespace: options.namespace, id: lease.id }))
            released.push(lease.id);
    }
    return { namespace: options.namespace, plan, staleLeases, result, released };
}
/**
 * Why an owner label names a dead owner of this namespace (its lease stale or gone), or undefined
 * while it lives or is another namespace's: what `down` may remove of an earlier `up` whose
 * keeper died, exactly as the sweep of dead owners would.
 */
async function deadOwnerCheck(deps, options) {
    const ownerState = await (0,_lease_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseOwnerStates */ .yn)(deps, { namespace: options.namespace, leaseTtlMs: options.leaseTtlMs });
    return (owner) => {
        const parsed = (0,_cleanup_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOwner */ .pZ)(owner);
        if (parsed?.namespace !== options.namespace)
            return undefined;
        const state = ownerState(parsed.id);
        return state.state === 'live' ? undefined : state.state === 'stale' ? `its lease is stale (${state.why})` : 'its lease was released or never taken';
    };
}
/** The preflight check that reports what dead jobs left here and what the sweep did about it. */
function sweepCheck(sweep) {
    const base = { id: 'stale-projects', title: 'Leftovers of dead jobs on this daemon' };
    const projects = [...new Set(sweep.plan.map((removal) => removal.resource.project ?? removal.resource.owner ?? '?'))];
    if (sweep.plan.length === 0 && sweep.staleLeases.length === 0)
        return { ...base, status: 'pass', detail: 'none found' };
    const failed = sweep.result?.failed ?? [];
    const removed = sweep.result?.removed.length ?? 0;
    const why = [...new Set(sweep.plan.map((removal) => removal.reason))].slice(0, 3).join('; ');
    const detail = [
        projects.length ? `${projects.length} dead jobs left ${sweep.plan.length} resources (${why}); removed ${removed}` : '',
        sweep.released.length ? `released ${sweep.released.length} stale leases` : '',
        failed.length ? `could not remove ${failed.map((failure) => `${failure.resource.kind} ${failure.resource.name}: ${failure.error}`).join('; ')}` : '',
    ].filter(Boolean);
    return { ...base, status: 'warn', detail: detail.join('; ') };
}
/** Per dead project, how many of its resources the sweep removed (the summary's cleanup section). */
function sweptProjects(sweep) {
    const counts = new Map();
    for (const removal of sweep.result?.removed ?? []) {
        const project = removal.resource.project ?? removal.resource.owner ?? '?';
        counts.set(project, (counts.get(project) ?? 0) + 1);
    }
    return [...counts].map(([project, removed]) => ({ project, removed }));
}


/***/ }),

/***/ 32075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ executeRemovals)
/* harmony export */ });
/**
 * Removes planned resources kind by kind in plan order (containers with their anonymous volumes
 * first: they hold the networks and volumes), the resources of one kind at once, as Compose's own
 * down does. Never throws: what could not be removed is returned with the reason, for a warning
 * naming it.
 */
async function executeRemovals(docker, plan) {
    const result = { removed: [], missing: [], failed: [] };
    const kinds = [...new Set(plan.map((removal) => removal.resource.kind))];
    for (const kind of kinds) {
        const batch = plan.filter((removal) => removal.resource.kind === kind);
        const outcomes = await Promise.all(batch.map((removal) => removeOne(docker, removal)));
        batch.forEach((removal, index) => {
            const outcome = outcomes[index];
            if (outcome === 'removed')
                result.removed.push(removal);
            else if (outcome === 'missing')
                result.missing.push(removal);
            else
                result.failed.push({ ...removal, error: outcome.error });
        });
    }
    return result;
}
async function removeOne(docker, removal) {
    const { resource } = removal;
    try {
        const outcome = resource.kind === 'container'
            ? // The engine removes only anonymous volumes with the container; named ones are never touched.
                await docker.removeContainer(resource.id, { force: true, volumes: true })
            : resource.kind === 'network'
                ? await docker.removeNetwork(resource.id)
                : resource.kind === 'volume'
                    ? await docker.removeVolume(resource.id)
                    : await docker.removeImage(resource.id);
        return outcome === 'in-use' ? { error: inUseReason(resource.kind) } : outcome;
    }
    catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}
function inUseReason(kind) {
    return kind === 'network'
        ? 'still in use: a container outside the project is attached to it (disconnect or stop it)'
        : kind === 'volume'
            ? 'still in use by a container outside the project'
            : kind === 'image'
                ? 'still used by a container'
                : 'removal already in progress';
}


/***/ }),

/***/ 12696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ takeInventory)
/* harmony export */ });
/* harmony import */ var _compose_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7853);

/**
 * Everything on the daemon that carries our owner label (any, or the given values) or the given
 * projects' Compose label, and the images one run built (`builtBy`: that run's owner value).
 * Labels are the only evidence cleanup accepts: unlabelled resources are never listed.
 */
async function takeInventory(docker, scope) {
    const selectors = [];
    if (scope.owned)
        selectors.push(_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.owner);
    for (const owner of scope.owners ?? [])
        selectors.push(`${_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.owner}=${owner}`);
    for (const project of scope.projects ?? [])
        selectors.push(`${_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSE_LABELS */ .NZ.project}=${project}`);
    const found = new Map();
    // One query per selector: Docker ANDs label filters, and we want the union.
    for (const label of selectors) {
        const labels = [label];
        const [containers, networks, volumes] = await Promise.all([
            docker.listContainers({ all: true, labels }),
            docker.listNetworks({ labels }),
            docker.listVolumes({ labels }),
        ]);
        for (const c of containers) {
            found.set(`container:${c.id}`, { kind: 'container', id: c.id, name: c.name, ...origin(c.labels), running: c.state === 'running' || c.state === 'restarting' });
        }
        for (const n of networks)
            found.set(`network:${n.id}`, { kind: 'network', id: n.id, name: n.name, ...origin(n.labels) });
        for (const v of volumes)
            found.set(`volume:${v.name}`, { kind: 'volume', id: v.name, name: v.name, ...origin(v.labels) });
    }
    if (scope.builtBy) {
        for (const i of await docker.listImages({ labels: [`${_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.builtBy}=${scope.builtBy}`] })) {
            found.set(`image:${i.id}`, { kind: 'image', id: i.id, name: i.repoTags[0] ?? i.id.slice(0, 19), ...origin(i.labels), builtBy: i.labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.builtBy] });
        }
    }
    return [...found.values()];
}
function origin(labels) {
    return { project: labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSE_LABELS */ .NZ.project], owner: labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.owner] };
}


/***/ }),

/***/ 88345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ planTeardown),
/* harmony export */   h_: () => (/* binding */ planDeadOwnerSweep)
/* harmony export */ });
/* unused harmony export inRemovalOrder */
/* harmony import */ var _pre_existing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83171);

/** Removal order: containers first (they hold networks and volumes), images last. */
const KIND_ORDER = { container: 0, network: 1, volume: 2, image: 3 };
function inRemovalOrder(removals) {
    return [...removals].sort((a, b) => KIND_ORDER[a.resource.kind] - KIND_ORDER[b.resource.kind] || a.resource.name.localeCompare(b.resource.name));
}
/**
 * What the teardown removes, from an inventory of the project's label and this run's owner label:
 * - containers of the project (Compose's one-offs included), with their anonymous volumes;
 * - volumes and networks that carry this run's owner label (the generated override puts it on
 *   everything the stack creates), or the project's label when the record of what existed before
 *   `up` shows they are new;
 * - the images this run built (its built-by label), when asked.
 * Everything else stays, with the reason: what existed before `up` and is not ours (another
 * stack's data under a fixed `name:`, an external network), or a project-labelled volume or
 * network that nobody recorded as new. Pre-existing resources outside the inventory (other
 * projects', unlabelled) are listed as kept too, so the report says what was spared.
 */
function planTeardown(inventory, scope) {
    const removals = [];
    const kept = [];
    const { project, owners, preExisting } = scope;
    const ours = (resource) => resource.owner !== undefined && owners.includes(resource.owner);
    for (const resource of inventory) {
        if (resource.kind === 'container') {
            if (resource.project === project || ours(resource))
                removals.push({ resource, reason: ours(resource) ? 'created by this run' : `a container of project ${project}` });
            continue;
        }
        if (resource.kind === 'image') {
            // Only what this run built (its built-by label): never an image of the same name that an
            // earlier run built, or that was pulled.
            if (scope.removeBuiltBy !== undefined && resource.builtBy === scope.removeBuiltBy)
                removals.push({ resource, reason: 'built by this run (remove-built-images)' });
            continue;
        }
        const before = (0,_pre_existing_js__WEBPACK_IMPORTED_MODULE_0__/* .existedBefore */ .yh)(preExisting, resource);
        const dead = resource.owner !== undefined && resource.project === project ? scope.deadOwner?.(resource.owner) : undefined;
        if (ours(resource)) {
            removals.push({ resource, reason: `created by this run (owner label ${resource.owner})` });
        }
        else if (dead) {
            removals.push({ resource, reason: `left by an earlier run of project ${project}: ${dead}` });
        }
        else if (before) {
            kept.push({ kind: resource.kind, name: resource.name, why: `it existed before this run and is not ours (${(0,_pre_existing_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOwner */ .$S)(before)})` });
        }
        else if (resource.project === project && preExisting) {
            removals.push({ resource, reason: `created during this run (project ${project}; not there before up)` });
        }
        else if (resource.project === project) {
            kept.push({ kind: resource.kind, name: resource.name, why: `it carries project ${project}'s label but not this run's owner label, and no record says this run created it` });
        }
    }
    const listed = new Set(inventory.map((resource) => `${resource.kind}:${resource.id}`));
    for (const existing of preExisting?.resources ?? []) {
        if (listed.has(`${existing.kind}:${existing.id}`) || (existing.owner !== undefined && owners.includes(existing.owner)))
            continue;
        kept.push({ kind: existing.kind, name: existing.name, why: `it existed before this run and is not ours (${(0,_pre_existing_js__WEBPACK_IMPORTED_MODULE_0__/* .describeOwner */ .$S)(existing)})` });
    }
    return { removals: inRemovalOrder(removals), kept: kept.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)) };
}
/**
 * Resources this product created (our owner label) whose owner is no longer alive: the owning
 * lease is stale (owner process dead, or its TTL over) or gone (released, but cleanup did not
 * finish). Anything with a live owner, and anything without our label, is left alone.
 */
function planDeadOwnerSweep(inventory, ownerState) {
    const states = new Map();
    const removals = [];
    for (const resource of inventory) {
        if (!resource.owner)
            continue;
        if (!states.has(resource.owner))
            states.set(resource.owner, ownerState(resource.owner));
        const state = states.get(resource.owner);
        if (state.state === 'live')
            continue;
        const whose = resource.project ? `project ${resource.project}` : `owner ${resource.owner}`;
        removals.push({
            resource,
            reason: state.state === 'stale' ? `${whose}: its lease is stale (${state.why})` : `${whose}: its lease was released or never taken`,
        });
    }
    return inRemovalOrder(removals);
}


/***/ }),

/***/ 2026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fl: () => (/* binding */ admittedReport),
/* harmony export */   mH: () => (/* binding */ timedOutReport),
/* harmony export */   yn: () => (/* binding */ leaseOwnerStates)
/* harmony export */ });
/* unused harmony exports leaseRenewalDuty, waitedForLines */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4081);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75854);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11155);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53705);





// Where leases meet the rest of the product, shaped for its hooks: the monitor's periodic
// duties (renewal), the cleanup sweep's owner states, and the job summary's lease section.
// The shapes are theirs (types only): the summary's LeaseSection, the sweep's OwnerState.
/** A periodic duty for the monitor (src/monitor/sampler.ts MonitorDuty): renews our lease. */
function leaseRenewalDuty(deps, handle, ttlMs) {
    return {
        name: 'lease renewal',
        everyMs: renewIntervalMs(ttlMs),
        run: async () => {
            const outcome = await renewLease(deps, handle);
            // Transferred is normal at the end of a job (post took it over); lost is worth a note.
            if (outcome === 'lost')
                throw new Error(`lease ${handle.id} is gone: released, or swept as stale`);
        },
    };
}
/**
 * One read of a namespace, answering for each lease id (the owner label on a stack's resources)
 * whether its lease is live, stale (with why) or absent — for cleanup's dead-owner sweep.
 */
async function leaseOwnerStates(deps, options = {}) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseContext */ .kz)(deps, options.namespace, options.leaseTtlMs === undefined ? {} : { leaseTtlCapMs: options.leaseTtlMs });
    const snapshot = await ctx.store.snapshot();
    const liveness = ctx.liveness();
    const records = new Map([...snapshot.tickets, ...snapshot.leases].map((record) => [record.id, record]));
    return (owner) => {
        const record = records.get(owner);
        if (!record)
            return { state: 'absent' };
        const why = (0,_liveness_js__WEBPACK_IMPORTED_MODULE_4__/* .staleReason */ .Wf)(record, liveness);
        return why ? { state: 'stale', why } : { state: 'live' };
    };
}
/** One line per holder we waited for, without times (the summary states the wait once). */
function waitedForLines(views) {
    return views.map(_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeHolding */ .fs);
}
function admittedReport(lease) {
    return {
        outcome: 'admitted',
        waitedMs: lease.waitedMs,
        waitedFor: waitedForLines(lease.waitedFor),
        budgetBytes: lease.budgetBytes,
        usedBytes: lease.usedBytes,
        ownBytes: lease.record.request.memoryBytes,
        detail: lease.waitedMs >= 1000 ? `waited ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(lease.waitedMs)}` : undefined,
    };
}
function timedOutReport(error, budgetBytes) {
    return {
        outcome: 'timed-out',
        waitedMs: error.waitedMs,
        waitedFor: waitedForLines(error.blockers),
        budgetBytes,
        detail: `gave up after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(error.waitedMs)} (lock-timeout)`,
    };
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


/***/ }),

/***/ 38590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iA: () => (/* binding */ leasesOfProject),
/* harmony export */   o$: () => (/* binding */ findStaleLeases),
/* harmony export */   pt: () => (/* binding */ leaseStatus),
/* harmony export */   rG: () => (/* binding */ formatStatusText)
/* harmony export */ });
/* unused harmony exports recordVerdict, cap */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _admission_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11079);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98209);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11155);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4081);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53705);






/** The reader's verdict on one record (pure). */
function recordVerdict(record, liveness) {
    const owner = (0,_liveness_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerLiveness */ .Pr)(record.owner, liveness);
    return {
        stale: (0,_liveness_js__WEBPACK_IMPORTED_MODULE_5__/* .isStale */ .QO)(record, liveness),
        owner: owner === 'unknown' ? 'unverified' : owner,
        stampedAtMs: record.stampedAtMs,
        expiresAtMs: (0,_liveness_js__WEBPACK_IMPORTED_MODULE_5__/* .expiresAtMs */ .Cr)(record, liveness),
        ...((0,_liveness_js__WEBPACK_IMPORTED_MODULE_5__/* .claimsUnseenRenewal */ .aw)(record) ? { claimedRenewalAtMs: record.renewedAtMs } : {}),
    };
}
async function leaseStatus(deps, options) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseContext */ .kz)(deps, options.namespace, cap(options.leaseTtlMs));
    const [snapshot, info] = await Promise.all([ctx.store.snapshot(), deps.docker.info()]);
    const liveness = ctx.liveness();
    const live = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .partitionLive */ .FB)(snapshot, liveness);
    const verdicts = (0,_admission_js__WEBPACK_IMPORTED_MODULE_1__/* .planAdmission */ .X)(live.leases, live.tickets);
    return {
        namespace: ctx.store.namespace,
        nowMs: liveness.nowMs,
        leases: snapshot.leases.map((lease) => ({ ...(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .holderView */ .yP)(lease), ...recordVerdict(lease, liveness) })),
        waiting: snapshot.tickets.map((ticket, index) => ({
            ...(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .holderView */ .yP)(ticket),
            ...recordVerdict(ticket, liveness),
            position: index + 1,
            blockers: (verdicts.get(ticket.id)?.blockers ?? []).map((blocker) => (0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .holderView */ .yP)(blocker.record, blocker)),
        })),
        budget: (() => {
            const resolved = (0,_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveMemoryBudget */ .nl)(options.budget, info.memTotalBytes);
            return { usedBytes: (0,_admission_js__WEBPACK_IMPORTED_MODULE_1__/* .reservedBytes */ .s)(live.leases), totalBytes: resolved.bytes, description: (0,_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .describeBudget */ .No)(resolved) };
        })(),
    };
}
/**
 * Leases whose owner is dead or whose TTL ran out. The cleanup sweep removes the resources of
 * their projects (unless a live lease has the same project), then the records (releaseLease).
 */
async function findStaleLeases(deps, options = {}) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseContext */ .kz)(deps, options.namespace, cap(options.leaseTtlMs));
    const snapshot = await ctx.store.snapshot();
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .partitionLive */ .FB)(snapshot, ctx.liveness()).stale.filter((record) => record.kind === 'lease');
}
/** The leases (newest generations) held for a Compose project, each saying whether it is stale. */
async function leasesOfProject(deps, options) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .leaseContext */ .kz)(deps, options.namespace, cap(options.leaseTtlMs));
    const snapshot = await ctx.store.snapshot();
    const liveness = ctx.liveness();
    return snapshot.leases.filter((lease) => lease.request.project === options.project).map((lease) => ({ ...lease, stale: (0,_liveness_js__WEBPACK_IMPORTED_MODULE_5__/* .isStale */ .QO)(lease, liveness) }));
}
/** A reader's lease-ttl as the cap on others' TTLs; undefined keeps the default (6 h). */
function cap(leaseTtlMs) {
    return leaseTtlMs === undefined ? {} : { leaseTtlCapMs: leaseTtlMs };
}
/** "[stale]", or for an owner nobody here can check: "[unverified owner; expires … by the daemon's stamp]". */
function verdictTag(verdict, nowMs) {
    if (verdict.stale)
        return '  [stale]';
    const tags = [];
    if (verdict.owner === 'unverified') {
        tags.push(`unverified owner; expires ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .clockTime */ .qo)(verdict.expiresAtMs)} (in ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, verdict.expiresAtMs - nowMs))}) unless renewed`);
    }
    if (verdict.claimedRenewalAtMs !== undefined)
        tags.push(`claims a renewal at ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .clockTime */ .qo)(verdict.claimedRenewalAtMs)} the daemon never stamped`);
    return tags.length ? `  [${tags.join('; ')}]` : '';
}
function formatStatusText(status) {
    const lines = [];
    const { usedBytes, totalBytes, description } = status.budget;
    lines.push(`Namespace ${status.namespace}: ${status.leases.length} held, ${status.waiting.length} waiting.`);
    lines.push(`Memory budget: ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(usedBytes)} reserved of ${description} (${totalBytes > 0 ? Math.round((usedBytes / totalBytes) * 100) : 0}%).`);
    if (status.leases.length)
        lines.push('', 'Held:');
    for (const lease of status.leases) {
        lines.push(`  ${lease.who}${lease.project ? `, project ${lease.project}` : ''}${verdictTag(lease, status.nowMs)}`);
        lines.push(`    holds ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeClaims */ .Zs)(lease)} since ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .clockTime */ .qo)(lease.sinceMs)} (${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(status.nowMs - lease.sinceMs)})`);
    }
    if (status.waiting.length)
        lines.push('', 'Waiting, in order:');
    for (const ticket of status.waiting) {
        lines.push(`  ${ticket.position}. ${ticket.who}${ticket.project ? `, project ${ticket.project}` : ''}${verdictTag(ticket, status.nowMs)}`);
        lines.push(`    wants ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeClaims */ .Zs)(ticket)}, waiting ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(status.nowMs - ticket.sinceMs)}`);
        for (const blocker of ticket.blockers)
            lines.push(`    blocked: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeBlocker */ .Gj)(blocker, status.nowMs)}`);
    }
    return lines.join('\n');
}


/***/ })

};
