export const id = 375;
export const ids = [375];
export const modules = {

/***/ 99594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ nodeBackgroundProcesses)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** Detached, stdio ignored and unref'd: the step exits while the worker goes on (STYLE.md). */
const nodeBackgroundProcesses = {
    spawnDetached: (command, args, env) => {
        try {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { detached: true, stdio: 'ignore', env });
            // A failed spawn reports through 'error' after this returns; without a listener it throws.
            child.on('error', () => undefined);
            child.unref();
            return child.pid;
        }
        catch {
            return undefined;
        }
    },
    signal: (pid, signal) => {
        try {
            process.kill(pid, signal);
            return true;
        }
        catch {
            return false;
        }
    },
};


/***/ }),

/***/ 38375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ leaseCliDeps),
/* harmony export */   cj: () => (/* binding */ acquireInTerminal),
/* harmony export */   jj: () => (/* binding */ parseLeaseFlags)
/* harmony export */ });
/* harmony import */ var _adapters_docker_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43108);
/* harmony import */ var _adapters_background_processes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99594);
/* harmony import */ var _adapters_host_probe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56043);
/* harmony import */ var _adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99180);
/* harmony import */ var _lease_acquire_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56644);
/* harmony import */ var _lease_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98209);
/* harmony import */ var _lease_describe_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4081);
/* harmony import */ var _lease_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2679);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52184);
/* harmony import */ var _settings_lease_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3391);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(99436);











/** The lease flags through the action's own lease parser; every problem at once, each naming its flag. */
function parseLeaseFlags(flags) {
    const parsed = (0,_settings_lease_js__WEBPACK_IMPORTED_MODULE_9__/* .parseLeaseSettings */ .v)({
        lockGroup: '',
        memoryBudget: flags.memoryBudget ?? '',
        lockTimeout: flags.timeout ?? '',
        leaseTtl: flags.leaseTtl ?? '',
        leaseNamespace: flags.namespace ?? '',
    });
    if ('problems' in parsed) {
        const flagOf = { 'lock-timeout': '--timeout', 'lease-namespace': '--namespace' };
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.usage, parsed.problems.map((problem) => problem.replace(/^([a-z-]+):/, (_, name) => `${flagOf[name] ?? `--${name}`}:`)).join('\n'));
    }
    const { lockTimeoutMs, memoryBudget, leaseTtlMs, namespace } = parsed.settings;
    return { timeoutMs: lockTimeoutMs, budget: memoryBudget, ttlMs: leaseTtlMs, namespace };
}
function leaseCliDeps(self) {
    return { docker: (0,_adapters_docker_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerApiFromEnvironment */ .uy)(self.env), host: _adapters_host_probe_js__WEBPACK_IMPORTED_MODULE_2__/* .linuxHostProbe */ .HS, clock: _adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m, processes: _adapters_background_processes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeBackgroundProcesses */ .w, self };
}
/**
 * Waits for the lease in a terminal: one line saying who is in the way (rewritten in place on a
 * TTY), Ctrl-C leaves the queue. Failures become ExitErrors with their own words.
 */
async function acquireInTerminal(deps, request, options) {
    const { self } = deps;
    const info = await deps.docker.info();
    const resolved = (0,_lease_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveMemoryBudget */ .nl)(options.budget, info.memTotalBytes);
    const interrupt = self.interruptSignal();
    let shown = false;
    const show = (progress) => {
        const line = progressLine(progress, deps.clock.now());
        self.stderr(self.stderrIsTty ? `\r\x1b[2K${line}` : `${line}\n`);
        shown = true;
    };
    try {
        const lease = await (0,_lease_acquire_js__WEBPACK_IMPORTED_MODULE_4__/* .acquireLease */ .Z)(deps, request, {
            namespace: options.namespace,
            budgetBytes: resolved.bytes,
            budgetDescription: (0,_lease_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .describeBudget */ .No)(resolved),
            timeoutMs: options.timeoutMs,
            ttlMs: options.ttlMs,
            who: (0,_lease_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .whoFromEnv */ .M6)(self.env, self.userAtHost()),
            signal: interrupt.signal,
            onProgress: show,
        });
        if (shown)
            self.stderr(`${self.stderrIsTty ? '\r\x1b[2K' : ''}docker-stability: lease granted after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_8__/* .formatDuration */ .a3)(lease.waitedMs)}\n`);
        return lease;
    }
    catch (error) {
        if (shown && self.stderrIsTty)
            self.stderr('\n');
        if (error instanceof _lease_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .LeaseAbortedError */ .KF)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .ExitError */ .R(130, error.message);
        if (error instanceof _lease_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .LeaseTimeoutError */ .q5 || error instanceof _lease_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .LeaseTooLargeError */ .My)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.failed, error.message);
        throw error;
    }
    finally {
        interrupt.dispose();
    }
}
function progressLine(progress, nowMs) {
    const first = progress.blockers[0];
    const more = progress.blockers.length > 1 ? ` (and ${progress.blockers.length - 1} more)` : '';
    const why = first ? `${(0,_lease_describe_js__WEBPACK_IMPORTED_MODULE_6__/* .describeBlocker */ .Gj)(first, nowMs)}${more}` : 'checking the queue';
    return `docker-stability: waiting ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_8__/* .formatDuration */ .a3)(progress.waitedMs)} for a lease, #${progress.position} in line: ${why}`;
}


/***/ }),

/***/ 56644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ acquireLease)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/lease/admission.ts
var admission = __webpack_require__(11079);
// EXTERNAL MODULE: ./src/lease/context.ts + 1 modules
var context = __webpack_require__(11155);
// EXTERNAL MODULE: ./src/lease/describe.ts
var describe = __webpack_require__(4081);
// EXTERNAL MODULE: ./src/lease/errors.ts
var errors = __webpack_require__(2679);
// EXTERNAL MODULE: ./src/lease/records.ts
var records = __webpack_require__(96188);
;// CONCATENATED MODULE: ./src/lease/pass.ts



async function admissionPass(ctx, ticket) {
    const held = await ctx.mutex.tryAcquire(ticket.containerId);
    if (held === 'busy' || held === 'ticket-gone')
        return { outcome: held };
    let releaseTo = (0,records/* recordName */.xD)('ticket', ctx.store.namespace, ticket.id, ticket.generation);
    try {
        const snapshot = await ctx.store.snapshot();
        const mine = snapshot.tickets.find((record) => record.id === ticket.id);
        if (!mine)
            return { outcome: 'ticket-gone' };
        const live = (0,context/* partitionLive */.FB)(snapshot, ctx.liveness());
        for (const stale of live.stale) {
            if (overdue(ctx, held.acquiredAtMs))
                return { outcome: 'blocked' };
            for (const containerId of snapshot.containersById.get(stale.id) ?? [])
                await ctx.store.remove(containerId);
        }
        const verdict = (0,admission/* planAdmission */.X)(live.leases, live.tickets).get(ticket.id);
        if (!verdict?.admissible || overdue(ctx, held.acquiredAtMs))
            return { outcome: 'blocked', verdict };
        const now = ctx.deps.clock.now();
        const name = (0,records/* admittedName */.w7)(ctx.store.namespace, ticket.id, now);
        const renamed = await ctx.store.rename(ticket.containerId, name);
        releaseTo = undefined;
        if (renamed !== 'renamed')
            return { outcome: 'ticket-gone' };
        const lease = {
            ...mine,
            kind: 'lease',
            name,
            generation: 0,
            admittedAtMs: now,
            renewedAtMs: now,
            ttlMs: mine.leaseTtlMs ?? mine.ttlMs,
            leaseTtlMs: undefined,
            order: undefined,
            holdsMutex: undefined,
        };
        // What leases reserve now that we hold ours (earlier admissible tickets count as holding).
        return { outcome: 'admitted', lease, usedBytes: verdict.usedBytes + mine.request.memoryBytes };
    }
    finally {
        if (releaseTo)
            await ctx.mutex.release(held, releaseTo);
    }
}
/** A holder that took too long stops before writing, so a breaker never overlaps its writes. */
function overdue(ctx, acquiredAtMs) {
    return ctx.deps.clock.now() - acquiredAtMs > ctx.mutex.staleMs / 2;
}

;// CONCATENATED MODULE: ./src/lease/ticket.ts

// Our place in the queue. Its first generation's creation time on the daemon is the place; it
// is renewed (a new generation carrying that place in a label, then the old one removed) so
// that a waiter nobody can check — another host, another PID namespace — holds its place only
// while it lives: ticketTtlMs after its last renewal, it is stale.
class TicketKeeper {
    ctx;
    id;
    request;
    budgetBytes;
    who;
    leaseTtlMs;
    generation = 0;
    order;
    renewedAtMs = 0;
    requestedAtMs = 0;
    containers = [];
    constructor(ctx, id, request, budgetBytes, who, leaseTtlMs) {
        this.ctx = ctx;
        this.id = id;
        this.request = request;
        this.budgetBytes = budgetBytes;
        this.who = who;
        this.leaseTtlMs = leaseTtlMs;
    }
    /** Queues a first generation (again, when ours was swept): a new place at the end. */
    async create() {
        this.requestedAtMs = this.ctx.deps.clock.now();
        this.generation = 0;
        this.order = undefined;
        const created = await this.write();
        this.order = await this.ctx.store.creationOrder(created);
    }
    renewDueMs() {
        return this.renewedAtMs + Math.floor(this.ctx.timings.ticketTtlMs / 3);
    }
    async renewIfDue() {
        if (this.ctx.deps.clock.now() < this.renewDueMs() || this.order === undefined)
            return;
        const previous = this.containers;
        this.generation += 1;
        const next = await this.write();
        await Promise.all(previous.map((containerId) => this.ctx.store.remove(containerId)));
        this.containers = [next];
    }
    /** The newest generation: the container that competes for the mutex. */
    current() {
        return { id: this.id, containerId: this.containers[this.containers.length - 1] ?? '', generation: this.generation };
    }
    /** Every container of our ticket we know of (normally one). */
    containerIds() {
        return [...this.containers];
    }
    async write() {
        const now = this.ctx.deps.clock.now();
        const record = {
            kind: 'ticket',
            namespace: this.ctx.store.namespace,
            id: this.id,
            generation: this.generation,
            request: this.request,
            budgetBytes: this.budgetBytes,
            owner: this.ctx.me,
            who: this.who,
            requestedAtMs: this.requestedAtMs,
            renewedAtMs: now,
            ttlMs: this.ctx.timings.ticketTtlMs,
            leaseTtlMs: this.leaseTtlMs,
            order: this.generation > 0 ? this.order : undefined,
        };
        const created = await this.ctx.store.create((0,records/* recordName */.xD)('ticket', this.ctx.store.namespace, this.id, this.generation), (0,records/* recordLabels */.FZ)(record));
        if (created === 'name-taken') {
            throw new Error(`Lease ticket ${this.id} generation ${this.generation} exists already; two waiters drew the same id`);
        }
        this.containers = this.generation > 0 ? [...this.containers, created.id] : [created.id];
        this.renewedAtMs = now;
        return created.id;
    }
}

// EXTERNAL MODULE: ./src/lease/store.ts + 1 modules
var store = __webpack_require__(64314);
;// CONCATENATED MODULE: ./src/lease/wake.ts
/**
 * Sleeps until notified (a Docker event), a timeout (the polling fallback) or an abort. A
 * notification that arrives while the waiter is busy is kept, so an event that lands between
 * two reads is never lost.
 */
class Waker {
    clock;
    pending = false;
    current;
    constructor(clock) {
        this.clock = clock;
    }
    notify() {
        this.pending = true;
        this.current?.abort();
    }
    async wait(ms, signal) {
        if (this.pending || signal?.aborted) {
            this.pending = false;
            return;
        }
        const controller = new AbortController();
        this.current = controller;
        try {
            await this.clock.sleep(Math.max(0, ms), signal ? AbortSignal.any([controller.signal, signal]) : controller.signal);
        }
        finally {
            this.current = undefined;
            this.pending = false;
        }
    }
}

;// CONCATENATED MODULE: ./src/lease/acquire.ts










/**
 * Takes a lease owned by this process: queues a ticket, waits (woken by Docker events, polling
 * as a fallback) until the ticket is admissible, then admits itself under the mutex. Leaves the
 * queue cleanly on timeout, abort or error. To hand the lease to another process (the action's
 * monitor, the CLI's keeper), call transferLease afterwards.
 */
async function acquireLease(deps, request, options) {
    if (request.memoryBytes > options.budgetBytes) {
        throw new errors/* LeaseTooLargeError */.My(request.memoryBytes, options.budgetBytes, options.budgetDescription ?? (0,units/* formatBytes */.z3)(options.budgetBytes), request.project);
    }
    // A reader judges others' leases by its own lease-ttl at most (liveness.ts).
    const ctx = (0,context/* leaseContext */.kz)(deps, options.namespace, { leaseTtlCapMs: options.ttlMs, ...options.timings });
    return new Waiter(ctx, request, options).run();
}
class Waiter {
    ctx;
    request;
    options;
    id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    waker;
    tickets;
    seen = new Map();
    waitingForMutex = false;
    /** Containers in our way by ports or groups: all must go before we can be admitted. */
    overlapping = new Set();
    /** Earlier tickets that need memory and do not fit: each must be admitted or leave first. */
    unfitAhead = new Map();
    /** Holders (and admissible earlier tickets) whose memory keeps us out of the budget. */
    counted = new Map();
    /** Bytes we are short of the budget; we cannot fit before it drops to 0. */
    deficit = 0;
    /** Events since the current read began: replayed once the read has named our blockers. */
    sinceRead = [];
    startedMs;
    constructor(ctx, request, options) {
        this.ctx = ctx;
        this.request = request;
        this.options = options;
        this.waker = new Waker(ctx.deps.clock);
        this.startedMs = ctx.deps.clock.now();
        this.tickets = new TicketKeeper(ctx, this.id, request, options.budgetBytes, options.who, options.ttlMs);
    }
    async run() {
        const { clock } = this.ctx.deps;
        const { signal } = this.options;
        const watching = new AbortController();
        if (this.ctx.timings.useEvents) {
            void this.ctx.store.watch((event) => this.onEvent(event.action, (0,store/* eventSubject */.r)(event, this.ctx.store.namespace)), watching.signal, clock.sleep);
        }
        let admitted;
        try {
            await this.tickets.create();
            // The first report comes as soon as we know we wait, then every progressIntervalMs.
            let nextProgress = this.startedMs;
            for (;;) {
                if (signal?.aborted)
                    throw new errors/* LeaseAbortedError */.KF(clock.now() - this.startedMs);
                await this.tickets.renewIfDue();
                this.sinceRead = [];
                const snapshot = await this.ctx.store.snapshot();
                const existing = snapshot.leases.find((lease) => lease.id === this.id);
                if (existing)
                    return this.finish((admitted = existing), undefined);
                if (!snapshot.tickets.some((ticket) => ticket.id === this.id)) {
                    // Someone judged our ticket stale (clocks far apart?): queue again rather than fail.
                    await this.tickets.create();
                    continue;
                }
                const live = (0,context/* partitionLive */.FB)(snapshot, this.ctx.liveness());
                let verdict = (0,admission/* planAdmission */.X)(live.leases, live.tickets).get(this.id);
                if (verdict.admissible) {
                    const pass = await admissionPass(this.ctx, this.tickets.current());
                    if (pass.outcome === 'admitted')
                        return this.finish((admitted = pass.lease), pass.usedBytes);
                    if (pass.outcome === 'ticket-gone')
                        continue;
                    if (pass.outcome === 'busy') {
                        this.waitingForMutex = true;
                        await this.waker.wait(this.ctx.timings.mutexRetryMs, signal);
                        this.waitingForMutex = false;
                        continue;
                    }
                    if (!pass.verdict)
                        continue;
                    verdict = pass.verdict;
                }
                this.note(verdict);
                const now = clock.now();
                if (now - this.startedMs >= this.options.timeoutMs) {
                    throw new errors/* LeaseTimeoutError */.q5(now - this.startedMs, this.blockers(verdict), now);
                }
                if (now >= nextProgress) {
                    const position = live.tickets.findIndex((ticket) => ticket.id === this.id) + 1;
                    this.options.onProgress?.({ waitedMs: now - this.startedMs, position, blockers: this.blockers(verdict) });
                    nextProgress = now + this.ctx.timings.progressIntervalMs;
                }
                const until = Math.min(this.startedMs + this.options.timeoutMs, nextProgress, this.tickets.renewDueMs());
                await this.waker.wait(Math.min(this.ctx.timings.pollIntervalMs, until - now), signal);
            }
        }
        catch (error) {
            await this.leave(admitted);
            throw error;
        }
        finally {
            watching.abort();
        }
    }
    finish(lease, usedBytes) {
        const now = this.ctx.deps.clock.now();
        if (this.options.signal?.aborted)
            throw new errors/* LeaseAbortedError */.KF(now - this.startedMs);
        return {
            handle: { namespace: this.ctx.store.namespace, id: this.id, containerId: lease.containerId },
            record: lease,
            waitedMs: now - this.startedMs,
            waitedFor: [...this.seen.values()],
            usedBytes: usedBytes ?? lease.request.memoryBytes,
            budgetBytes: this.options.budgetBytes,
        };
    }
    /** Removes our ticket (every generation) and, when the abort raced an admission, the lease. */
    async leave(admitted) {
        const removals = this.tickets.containerIds().map((id) => this.ctx.store.remove(id));
        if (admitted)
            removals.push(this.ctx.store.remove(admitted.containerId));
        await Promise.allSettled(removals);
    }
    /**
     * What wakes us for a fresh read: the event may have made us admissible — nothing overlaps us
     * any more, no earlier ticket that does not fit is ahead, and enough memory was freed (events
     * carry the record's labels, so we know how much) — or the mutex was given back while we wait
     * for it. In a busy queue the other waiters sleep through a release instead of all reading the
     * daemon at once; the polling interval covers the rare indirect case.
     */
    onEvent(action, subject) {
        this.sinceRead.push({ action, subject });
        this.react(action, subject);
    }
    react(action, subject) {
        if (subject.leftMutex && this.waitingForMutex)
            this.waker.notify();
        const id = subject.containerId;
        let changed = false;
        if (action === 'destroy') {
            changed = this.overlapping.delete(id) || changed;
            changed = this.unfitAhead.delete(id) || changed;
            if (this.counted.has(id)) {
                this.deficit -= this.counted.get(id);
                this.counted.delete(id);
                changed = true;
            }
        }
        else if (action === 'rename' && subject.admitted && this.unfitAhead.has(id)) {
            // It holds its memory now.
            this.unfitAhead.delete(id);
            this.counted.set(id, subject.memoryBytes);
            this.deficit += subject.memoryBytes;
            changed = true;
        }
        if (changed && this.overlapping.size === 0 && this.unfitAhead.size === 0 && this.deficit <= 0)
            this.waker.notify();
    }
    blockers(verdict) {
        return verdict.blockers.map((blocker) => (0,describe/* holderView */.yP)(blocker.record, blocker));
    }
    note(verdict) {
        this.overlapping.clear();
        this.unfitAhead.clear();
        this.counted.clear();
        this.deficit = verdict.fits ? 0 : verdict.usedBytes + this.request.memoryBytes - this.options.budgetBytes;
        for (const blocker of verdict.blockers) {
            const id = blocker.record.containerId;
            if (blocker.ports.length > 0 || blocker.groups.length > 0)
                this.overlapping.add(id);
            if (blocker.memory && blocker.counted)
                this.counted.set(id, blocker.record.request.memoryBytes);
            else if (blocker.memory)
                this.unfitAhead.set(id, blocker.record.request.memoryBytes);
            this.seen.set(blocker.record.id, (0,describe/* holderView */.yP)(blocker.record, blocker));
        }
        // A blocker that left while we were reading must not be waited for until the next poll.
        for (const { action, subject } of this.sinceRead)
            this.react(action, subject);
    }
}


/***/ }),

/***/ 2679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ LeaseAbortedError),
/* harmony export */   My: () => (/* binding */ LeaseTooLargeError),
/* harmony export */   q5: () => (/* binding */ LeaseTimeoutError)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4081);


/** The request alone is larger than the whole budget: it could never be admitted. */
class LeaseTooLargeError extends Error {
    requestedBytes;
    budgetBytes;
    constructor(requestedBytes, budgetBytes, budgetDescription, 
    /** The Compose project, when the lease is for a stack. */
    project = '') {
        const asks = project
            ? `Stack ${project} reserves ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(requestedBytes)} of memory (memory limits plus tmpfs sizes)`
            : `The lock asks for ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(requestedBytes)} of memory`;
        const advice = project ? "Lower the services' memory limits or tmpfs sizes, or raise memory-budget." : 'Ask for less, or raise the memory budget.';
        super(`${asks}, more than the whole memory budget of ${budgetDescription}: it could never be admitted. ${advice}`);
        this.requestedBytes = requestedBytes;
        this.budgetBytes = budgetBytes;
        this.name = 'LeaseTooLargeError';
    }
}
/** Waited lock-timeout and gave up; names who held what we needed. */
class LeaseTimeoutError extends Error {
    waitedMs;
    blockers;
    constructor(waitedMs, blockers, nowMs) {
        const lines = blockers.map((blocker) => `  - ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBlocker */ .Gj)(blocker, nowMs)}`);
        super(`Gave up waiting for a lease after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(waitedMs)} (lock-timeout).${lines.length ? `\nIn the way:\n${lines.join('\n')}` : ''}\nRaise lock-timeout, or find out why these hold on so long (docker-stability status).`);
        this.waitedMs = waitedMs;
        this.blockers = blockers;
        this.name = 'LeaseTimeoutError';
    }
}
/** Waiting was cancelled (SIGINT/SIGTERM, or the caller's signal); we left the queue. */
class LeaseAbortedError extends Error {
    waitedMs;
    constructor(waitedMs) {
        super(`Stopped waiting for a lease after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(waitedMs)}: cancelled. Left the queue.`);
        this.waitedMs = waitedMs;
        this.name = 'LeaseAbortedError';
    }
}


/***/ })

};
