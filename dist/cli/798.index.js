export const id = 798;
export const ids = [798];
export const modules = {

/***/ 85798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   statusAction: () => (/* binding */ statusAction)
/* harmony export */ });
/* harmony import */ var _lease_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38590);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99436);
/* harmony import */ var _lease_cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38375);



// `docker-stability status`: the leases held in the daemon (owner, groups, ports, reservation,
// age), the memory budget in use, and who waits for what — as text, or JSON for scripts.
const FORMATS = ['text', 'json'];
async function runStatus(flags, deps, stdout) {
    if (!FORMATS.includes(flags.format)) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
    }
    const options = (0,_lease_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLeaseFlags */ .jj)(flags);
    const status = await (0,_lease_status_js__WEBPACK_IMPORTED_MODULE_0__/* .leaseStatus */ .pt)(deps, { namespace: options.namespace, budget: options.budget, leaseTtlMs: options.ttlMs });
    stdout(flags.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : `${(0,_lease_status_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStatusText */ .rG)(status)}\n`);
    return _exit_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
}
/** `docker-stability status` as the registry calls it. */
function statusAction(flags, context) {
    return runStatus(flags, (0,_lease_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .leaseCliDeps */ .Hg)(context.self), context.self.stdout);
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
