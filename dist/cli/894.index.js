export const id = 894;
export const ids = [894];
export const modules = {

/***/ 56043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ linuxHostProbe)
/* harmony export */ });
/* unused harmony exports startTicksFromStat, endedFromStat, parseMeminfo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



function read(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
function startTicksFromStat(stat) {
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(afterName[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
}
/**
 * Whether /proc/<pid>/stat describes a process that has ended but was not reaped yet: a zombie
 * (Z) or dead (X). A SIGKILLed orphan stays a zombie until PID 1 reaps it — never, under a PID 1
 * that does not reap — and must not count as a living lease owner or monitor.
 */
function endedFromStat(stat) {
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '';
    return state === 'Z' || state === 'X' || state === 'x';
}
/** MemTotal and MemAvailable of /proc/meminfo, in bytes. */
function parseMeminfo(text) {
    const field = (name) => {
        const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
        return match ? Number(match[1]) * 1024 : undefined;
    };
    const total = field('MemTotal');
    const available = field('MemAvailable');
    return total !== undefined && available !== undefined ? { totalBytes: total, availableBytes: available } : undefined;
}
const linuxHostProbe = {
    pid: process.pid,
    memory: () => {
        const text = read('/proc/meminfo');
        return text ? parseMeminfo(text) : { totalBytes: node_os__WEBPACK_IMPORTED_MODULE_2___default().totalmem(), availableBytes: node_os__WEBPACK_IMPORTED_MODULE_2___default().freemem() };
    },
    load: () => ({ load1: node_os__WEBPACK_IMPORTED_MODULE_2___default().loadavg()[0] ?? 0, cpus: node_os__WEBPACK_IMPORTED_MODULE_2___default().availableParallelism() }),
    freeDiskBytes: async (path) => {
        try {
            const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.statfs)(path);
            return Number(stats.bavail) * Number(stats.bsize);
        }
        catch {
            return undefined;
        }
    },
    processIdentity: (pid = process.pid) => {
        const stat = read(`/proc/${pid}/stat`);
        const startTicks = stat && !endedFromStat(stat) ? startTicksFromStat(stat) : undefined;
        if (startTicks === undefined)
            return undefined;
        let pidNamespace = '';
        try {
            pidNamespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/${pid}/ns/pid`);
        }
        catch {
            // Another user's process: its namespace link is not readable; leave it unknown.
        }
        return {
            pid,
            startTicks,
            pidNamespace,
            bootId: (read('/proc/sys/kernel/random/boot_id') ?? '').trim(),
            hostname: node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname(),
        };
    },
};


/***/ }),

/***/ 99180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    }),
};


/***/ }),

/***/ 11079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ planAdmission),
/* harmony export */   s: () => (/* binding */ reservedBytes)
/* harmony export */ });
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47923);

/** One verdict per ticket id. Tickets must be in queue order; leases and tickets must be live. */
function planAdmission(leases, tickets) {
    const verdicts = new Map();
    const holding = leases.map((record) => ({ record, as: 'holder' }));
    const waiting = [];
    for (const ticket of tickets) {
        const wantsMemory = ticket.request.memoryBytes > 0;
        const usedBytes = holding.reduce((sum, held) => sum + held.record.request.memoryBytes, 0);
        const fits = !wantsMemory || usedBytes + ticket.request.memoryBytes <= ticket.budgetBytes;
        const blockers = [];
        for (const held of holding) {
            const shared = (0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .overlap */ .EF)(held.record.request, ticket.request);
            const memory = !fits && held.record.request.memoryBytes > 0;
            if ((0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .overlaps */ .$f)(shared) || memory)
                blockers.push({ record: held.record, as: held.as, ...shared, memory, counted: true });
        }
        for (const earlier of waiting) {
            const shared = (0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .overlap */ .EF)(earlier.record.request, ticket.request);
            const memory = wantsMemory && earlier.record.request.memoryBytes > 0 && !earlier.fits;
            if ((0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .overlaps */ .$f)(shared) || memory)
                blockers.push({ record: earlier.record, as: 'earlier', ...shared, memory, counted: false });
        }
        const admissible = blockers.length === 0;
        verdicts.set(ticket.id, { admissible, blockers, usedBytes, fits });
        if (admissible)
            holding.push({ record: ticket, as: 'earlier' });
        else
            waiting.push({ record: ticket, fits });
    }
    return verdicts;
}
/** Bytes the live leases reserve. */
function reservedBytes(leases) {
    return leases.reduce((sum, lease) => sum + lease.request.memoryBytes, 0);
}


/***/ }),

/***/ 11155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kz: () => (/* binding */ leaseContext),
  FB: () => (/* binding */ partitionLive),
  R4: () => (/* binding */ selfIdentity)
});

// UNUSED EXPORTS: DEFAULT_LEASE_TTL_MS, DEFAULT_TIMINGS

// EXTERNAL MODULE: ./src/lease/liveness.ts
var liveness = __webpack_require__(53705);
// EXTERNAL MODULE: ./src/lease/records.ts
var records = __webpack_require__(96188);
;// CONCATENATED MODULE: ./src/lease/mutex.ts


class AdmissionMutex {
    store;
    clock;
    liveness;
    staleMs;
    observed;
    constructor(store, clock, liveness, staleMs) {
        this.store = store;
        this.clock = clock;
        this.liveness = liveness;
        this.staleMs = staleMs;
    }
    /** Renames our ticket to the mutex name; 'busy' when a live holder has it. */
    async tryAcquire(ticketContainerId) {
        for (let attempt = 0; attempt < 2; attempt += 1) {
            const outcome = await this.store.rename(ticketContainerId, (0,records/* mutexName */.HQ)(this.store.namespace));
            if (outcome === 'renamed') {
                this.observed = undefined;
                return { containerId: ticketContainerId, acquiredAtMs: this.clock.now() };
            }
            if (outcome === 'missing')
                return 'ticket-gone';
            const holder = await this.store.mutex();
            if (holder && !this.isStale(holder))
                return 'busy';
            if (holder)
                await this.break(holder);
        }
        return 'busy';
    }
    /** Gives the mutex back by renaming our ticket to `name` (its wait name). */
    async release(held, name) {
        await this.store.rename(held.containerId, name);
    }
    async break(holder) {
        if ((0,liveness/* ownerLiveness */.Pr)(holder.owner, this.liveness()) === 'dead') {
            await this.store.remove(holder.containerId);
        }
        else {
            await this.store.rename(holder.containerId, (0,records/* recordName */.xD)('ticket', this.store.namespace, holder.id, holder.generation));
        }
    }
    isStale(holder) {
        if ((0,liveness/* ownerLiveness */.Pr)(holder.owner, this.liveness()) === 'dead')
            return true;
        const now = this.clock.now();
        if (this.observed?.containerId !== holder.containerId) {
            this.observed = { containerId: holder.containerId, sinceMs: now };
            return false;
        }
        return now - this.observed.sinceMs > this.staleMs;
    }
}

// EXTERNAL MODULE: ./src/lease/store.ts + 1 modules
var lease_store = __webpack_require__(64314);
;// CONCATENATED MODULE: ./src/lease/context.ts




/** The lease-ttl input's default (6 h, the longest a GitHub-hosted job runs). */
const DEFAULT_LEASE_TTL_MS = 6 * 3_600_000;
const DEFAULT_TIMINGS = {
    pollIntervalMs: 1000,
    progressIntervalMs: 30_000,
    mutexStaleMs: 10_000,
    mutexRetryMs: 250,
    ticketTtlMs: 60_000,
    leaseTtlCapMs: DEFAULT_LEASE_TTL_MS,
    useEvents: true,
};
/** This process; without /proc (macOS), an identity nobody can check, so TTLs decide. */
function selfIdentity(host) {
    return host.processIdentity() ?? { pid: host.pid, startTicks: 0, pidNamespace: '', bootId: '', hostname: '' };
}
function leaseContext(deps, namespace = records/* DEFAULT_NAMESPACE */.oQ, timings = {}) {
    if (!records/* NAMESPACE_PATTERN */.PV.test(namespace)) {
        throw new Error(`'${namespace}' is not a lease namespace; use lowercase letters, digits, '-' and '_' (up to 40)`);
    }
    const resolved = { ...DEFAULT_TIMINGS, ...timings };
    const store = new lease_store/* LeaseStore */._(deps.docker, namespace);
    const me = selfIdentity(deps.host);
    const liveness = () => ({
        me,
        lookup: (pid) => deps.host.processIdentity(pid),
        nowMs: deps.clock.now(),
        maxTtlMs: { lease: resolved.leaseTtlCapMs, ticket: resolved.ticketTtlMs },
    });
    const mutex = new AdmissionMutex(store, deps.clock, liveness, resolved.mutexStaleMs);
    return { deps, store, mutex, me, timings: resolved, liveness };
}
/** A snapshot split into what is alive and what may be swept. */
function partitionLive(snapshot, context) {
    const stale = [];
    const keep = (record) => {
        if (!(0,liveness/* isStale */.QO)(record, context))
            return true;
        stale.push(record);
        return false;
    };
    return { leases: snapshot.leases.filter(keep), tickets: snapshot.tickets.filter(keep), stale };
}


/***/ }),

/***/ 4081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ describeBlocker),
/* harmony export */   M6: () => (/* binding */ whoFromEnv),
/* harmony export */   Zs: () => (/* binding */ describeClaims),
/* harmony export */   fs: () => (/* binding */ describeHolding),
/* harmony export */   qo: () => (/* binding */ clockTime),
/* harmony export */   yP: () => (/* binding */ holderView)
/* harmony export */ });
/* unused harmony export describeWho */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);

/** Who asked, from the runner's environment; user@host outside a runner. */
function whoFromEnv(env, userAtHost) {
    return {
        repository: env.GITHUB_REPOSITORY || undefined,
        runId: env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `.${env.GITHUB_RUN_ATTEMPT}` : ''}` : undefined,
        job: env.GITHUB_JOB || undefined,
        runner: env.RUNNER_NAME || userAtHost,
    };
}
function describeWho(who, owner) {
    const run = [who.repository, who.runId && `run ${who.runId}`, who.job && `job ${who.job}`].filter(Boolean).join(' ');
    const where = who.runner || owner.hostname || 'an unknown host';
    return `${run ? `${run} on ` : ''}${where} (pid ${owner.pid})`;
}
function holderView(record, blocker) {
    return {
        id: record.id,
        kind: record.kind,
        who: describeWho(record.who, record.owner),
        project: record.request.project,
        groups: record.request.groups,
        ports: record.request.ports,
        memoryBytes: record.request.memoryBytes,
        sinceMs: believable(record.admittedAtMs ?? record.requestedAtMs, record.stampedAtMs),
        blocking: blocker ? { as: blocker.as, ports: blocker.ports, groups: blocker.groups, memory: blocker.memory } : undefined,
    };
}
/** A claimed time well after the daemon's stamp is not believed (a forged record or a far-off clock). */
function believable(claimedMs, stampedAtMs) {
    return claimedMs > stampedAtMs + 60_000 ? stampedAtMs : claimedMs;
}
/** "group test-stack, port tcp/5432, 1 GiB of memory"; 'nothing' for an empty claim. */
function describeClaims(claims) {
    const parts = [
        claims.groups.length ? `${claims.groups.length > 1 ? 'groups' : 'group'} ${claims.groups.join(', ')}` : '',
        claims.ports.length ? `${claims.ports.length > 1 ? 'ports' : 'port'} ${claims.ports.join(', ')}` : '',
        claims.memoryBytes ? `${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(claims.memoryBytes)} of memory` : '',
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'nothing';
}
function clockTime(ms) {
    return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/** "<who> for project p: group test-stack, port tcp/5432" — what of ours a blocker holds, no times. */
function describeHolding(view) {
    const blocking = view.blocking;
    const what = blocking
        ? describeClaims({ groups: blocking.groups, ports: blocking.ports, memoryBytes: blocking.memory ? view.memoryBytes : 0 })
        : describeClaims(view);
    return `${view.who}${view.project ? ` for project ${view.project}` : ''}: ${what}${blocking?.as === 'earlier' ? ' (ahead of us in the queue)' : ''}`;
}
/** One line about a blocker: what it holds that we need, whose it is and since when. */
function describeBlocker(view, nowMs) {
    const blocking = view.blocking;
    const what = blocking
        ? describeClaims({ groups: blocking.groups, ports: blocking.ports, memoryBytes: blocking.memory ? view.memoryBytes : 0 })
        : describeClaims(view);
    const project = view.project ? ` for project ${view.project}` : '';
    const since = `since ${clockTime(view.sinceMs)} (${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, nowMs - view.sinceMs))})`;
    return blocking?.as === 'earlier'
        ? `${view.who}${project} waits ahead of us for ${what}, ${since}`
        : `${view.who}${project} holds ${what} ${since}`;
}


/***/ }),

/***/ 53705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ expiresAtMs),
/* harmony export */   ID: () => (/* binding */ sameProcess),
/* harmony export */   Pr: () => (/* binding */ ownerLiveness),
/* harmony export */   QO: () => (/* binding */ isStale),
/* harmony export */   Wf: () => (/* binding */ staleReason),
/* harmony export */   aw: () => (/* binding */ claimsUnseenRenewal)
/* harmony export */ });
/* unused harmony export effectiveTtlMs */
function ownerLiveness(owner, context) {
    const me = context.me;
    if (!me || !owner.bootId || owner.bootId !== me.bootId)
        return 'unknown';
    if (!owner.pidNamespace || owner.pidNamespace !== me.pidNamespace)
        return 'unknown';
    const seen = context.lookup(owner.pid);
    // Same pid, other start time: the owner died and the pid was reused.
    return seen && seen.startTicks === owner.startTicks ? 'alive' : 'dead';
}
/** The TTL that applies: what the record asks for, at most what this reader allows. */
function effectiveTtlMs(record, context) {
    return Math.min(record.ttlMs, context.maxTtlMs[record.kind]);
}
/** When the record expires without renewal, by the daemon's stamp. */
function expiresAtMs(record, context) {
    return record.stampedAtMs + effectiveTtlMs(record, context);
}
/** A record is stale when its owner is dead, or its TTL ran out since the daemon stamped it. */
function isStale(record, context) {
    return staleReason(record, context) !== undefined;
}
/** Why a record is stale, in words ("owner pid 4242 on runner-2 is gone"); undefined when it is not. */
function staleReason(record, context) {
    const liveness = ownerLiveness(record.owner, context);
    const owner = `owner pid ${record.owner.pid}${record.owner.hostname ? ` on ${record.owner.hostname}` : ''}`;
    if (liveness === 'dead')
        return `${owner} is gone`;
    if (expiresAtMs(record, context) < context.nowMs) {
        const minutes = Math.round(effectiveTtlMs(record, context) / 60_000);
        const ttl = minutes >= 1 ? `${minutes} min` : `${Math.round(effectiveTtlMs(record, context) / 1000)} s`;
        const who = liveness === 'unknown' ? `${owner} cannot be checked from here and` : owner;
        return `${who} did not renew it within its TTL of ${ttl} since the daemon stamped it`;
    }
    return undefined;
}
/** A claimed renewal the daemon never saw (more than a minute after its own stamp): a forged or skewed record. */
function claimsUnseenRenewal(record) {
    return record.renewedAtMs > record.stampedAtMs + 60_000;
}
function sameProcess(a, b) {
    return a.pid === b.pid && a.startTicks === b.startTicks && a.bootId === b.bootId && a.pidNamespace === b.pidNamespace;
}


/***/ }),

/***/ 64314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ LeaseStore),
  r: () => (/* binding */ eventSubject)
});

;// CONCATENATED MODULE: ./src/lease/order.ts
// Queue order comes from the daemon's own clock: the creation time of a ticket's first
// generation, which `docker inspect` gives with nanoseconds ("2026-11-27T10:00:00.12345Z").
// One clock for every client of the daemon, so hosts with skewed clocks still queue fairly.
// Go trims trailing zeros from the fraction, so the strings do not sort as text; the key does.
/** A fixed-width decimal key (nanoseconds since the epoch) that sorts as the times do. */
function orderKey(created) {
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(created);
    if (!match)
        return undefined;
    const seconds = Date.parse(`${match[1]}${match[3]}`);
    if (!Number.isFinite(seconds))
        return undefined;
    const nanos = BigInt(seconds) * 1000000n + BigInt((match[2] ?? '').padEnd(9, '0'));
    return nanos.toString().padStart(22, '0');
}
/** Tickets by place in the queue; equal times (never seen in practice) fall back to the id. */
function byQueueOrder(a, b) {
    const left = a.order ?? '~';
    const right = b.order ?? '~';
    if (left !== right)
        return left < right ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// EXTERNAL MODULE: ./src/lease/records.ts
var lease_records = __webpack_require__(96188);
;// CONCATENATED MODULE: ./src/lease/store.ts


/**
 * Marks the image, for finding untagged copies. Image labels are copied into every container
 * made from it, so record containers carry it too; nothing selects on it but ensureImage.
 */
const LEASE_IMAGE_LABEL = 'docker-stability.lease.image';
/** A tar archive with no entries: two zero blocks. Importing it makes an image with no layers. */
const EMPTY_TAR = Buffer.alloc(1024);
/**
 * Queue keys of tickets by container id, for the whole process: a creation time never changes,
 * and each acquire would otherwise inspect every ticket again. Bounded by dropping it all.
 */
const creationOrders = new Map();
const MAX_CACHED_ORDERS = 10_000;
/** Daemon connections known to have the lease image, for the whole process. */
const imageReadyOn = new WeakSet();
class LeaseStore {
    docker;
    namespace;
    constructor(docker, namespace) {
        this.docker = docker;
        this.namespace = namespace;
    }
    /**
     * Imports the zero-layer image once per daemon (offline, a few milliseconds). Processes that
     * import at the same instant leave all but one image untagged; the first use in each process
     * removes those that no container uses (containers are created by tag, so normally none).
     */
    async ensureImage() {
        if (imageReadyOn.has(this.docker))
            return;
        const images = await this.docker.listImages({ labels: [LEASE_IMAGE_LABEL] });
        if (!images.some((image) => image.repoTags.includes(lease_records/* LEASE_IMAGE */.h9))) {
            await this.docker.importImage(EMPTY_TAR, lease_records/* LEASE_IMAGE */.h9, [`LABEL ${LEASE_IMAGE_LABEL}=1`]);
        }
        const untagged = images.filter((image) => image.repoTags.every((tag) => tag === '<none>:<none>'));
        // 'in-use' (a container was created from it before the tag moved) is fine: a later run sweeps it.
        await Promise.all(untagged.map((image) => this.docker.removeImage(image.id).catch(() => 'in-use')));
        imageReadyOn.add(this.docker);
    }
    async snapshot() {
        const containers = await this.docker.listContainers({ all: true, labels: [(0,lease_records/* namespaceFilter */.kA)(this.namespace)] });
        const newest = new Map();
        const containersById = new Map();
        let mutex;
        for (const container of containers) {
            const record = (0,lease_records/* decodeRecord */.eT)(container);
            if (!record)
                continue;
            if (record.holdsMutex)
                mutex = record;
            containersById.set(record.id, [...(containersById.get(record.id) ?? []), container.id]);
            const key = `${record.kind}/${record.id}`;
            const seen = newest.get(key);
            if (!seen || seen.generation < record.generation)
                newest.set(key, record);
        }
        const records = [...newest.values()];
        const leases = records.filter((record) => record.kind === 'lease');
        const held = new Set(leases.map((lease) => lease.id));
        const tickets = [];
        for (const ticket of records.filter((record) => record.kind === 'ticket' && !held.has(record.id))) {
            const order = ticket.order ?? (await this.creationOrder(ticket.containerId));
            // A ticket removed between the list and the inspect has left the queue.
            if (order)
                tickets.push({ ...ticket, order });
        }
        tickets.sort(byQueueOrder);
        return { leases, tickets, containersById, mutex };
    }
    /** The ticket holding the mutex, if any (one cheap list, by name). */
    async mutex() {
        const name = (0,lease_records/* mutexName */.HQ)(this.namespace);
        const found = await this.docker.listContainers({ all: true, labels: [(0,lease_records/* namespaceFilter */.kA)(this.namespace)], name });
        return found.filter((container) => container.name === name).map(lease_records/* decodeRecord */.eT)[0];
    }
    /** Queue key of a ticket's first generation: its creation time on the daemon's clock. */
    async creationOrder(containerId) {
        if (!creationOrders.has(containerId)) {
            const details = await this.docker.inspectContainer(containerId);
            if (!details)
                return undefined;
            if (creationOrders.size >= MAX_CACHED_ORDERS)
                creationOrders.clear();
            creationOrders.set(containerId, details.created ? orderKey(details.created) : undefined);
        }
        return creationOrders.get(containerId);
    }
    /** Creates a record container; 'name-taken' when another holds the name. */
    async create(name, labels) {
        await this.ensureImage();
        const spec = { name, image: lease_records/* LEASE_IMAGE */.h9, cmd: ['docker-stability-lease'], labels };
        try {
            return await this.docker.createContainer(spec);
        }
        catch (error) {
            // Someone removed the image (an image prune between two leases): import it again, once.
            if (!/no such image/i.test(error instanceof Error ? error.message : String(error)))
                throw error;
            imageReadyOn.delete(this.docker);
            await this.ensureImage();
            return this.docker.createContainer(spec);
        }
    }
    /** Renames by ID; a container that already has the name (a breaker renamed it back) counts as renamed. */
    async rename(containerId, name) {
        try {
            return await this.docker.renameContainer(containerId, name);
        }
        catch (error) {
            if (/same name as its current name/i.test(error instanceof Error ? error.message : String(error)))
                return 'renamed';
            throw error;
        }
    }
    remove(containerId) {
        creationOrders.delete(containerId);
        return this.docker.removeContainer(containerId, { force: true, volumes: false });
    }
    /**
     * Streams the namespace's create, rename and destroy events until the signal aborts, reopening the
     * stream when it drops (a daemon restart); callers poll as well, so a gap costs latency only.
     */
    async watch(onEvent, signal, sleep) {
        const query = {
            filters: { type: ['container'], event: ['create', 'destroy', 'rename'], label: [(0,lease_records/* namespaceFilter */.kA)(this.namespace)] },
        };
        while (!signal.aborted) {
            try {
                await this.docker.streamEvents(query, onEvent, signal);
            }
            catch {
                // Could not open the stream; polling covers the gap until it reopens.
            }
            if (!signal.aborted)
                await sleep(1000, signal);
        }
    }
}
/** What an event did to the records of a namespace (the daemon copies labels into events). */
function eventSubject(event, namespace) {
    const mutex = (0,lease_records/* mutexName */.HQ)(namespace);
    const renamed = event.action === 'rename';
    const oldName = renamed ? (event.attributes.oldName ?? '').replace(/^\//, '') : '';
    return {
        containerId: event.id,
        leftMutex: renamed ? oldName === mutex : event.action === 'destroy' && event.attributes.name === mutex,
        admitted: renamed && (event.attributes.name ?? '').startsWith(`dsa-lease.${namespace}.held.`),
        memoryBytes: Number(event.attributes[lease_records/* LEASE_LABELS */.Tb.memory] ?? 0) || 0,
    };
}


/***/ })

};
