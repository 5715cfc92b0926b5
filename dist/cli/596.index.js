export const id = 596;
export const ids = [596];
export const modules = {

/***/ 97596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downAction: () => (/* binding */ downAction),
/* harmony export */   runDown: () => (/* binding */ runDown)
/* harmony export */ });
/* harmony import */ var _adapters_terminal_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36143);
/* harmony import */ var _cleanup_leftovers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7460);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74296);
/* harmony import */ var _lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75854);
/* harmony import */ var _lease_liveness_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(53705);
/* harmony import */ var _lease_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11155);
/* harmony import */ var _lease_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38590);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39517);
/* harmony import */ var _pipeline_finish_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23113);
/* harmony import */ var _sweep_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94927);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43215);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(99436);
/* harmony import */ var _settings_flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(54431);













// `docker-stability down`: the pipeline's finish for a stack `up` started — its lease taken over
// from the keeper first (so there is never a moment the stack runs without a lease), the stack
// torn down (no grace period: it is disposable; only what carries its lease's owner label, or an
// earlier `up`'s whose lease has ended), what is left counted, the lease released last.
async function runDown(deps, cwd, flags) {
    const { runtime } = deps;
    const settings = (0,_settings_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .settingsOfRuntime */ .bQ)(deps, cwd, { confine: flags?.confine === true });
    const project = settings.stack.projectName;
    const namespace = settings.lease.namespace;
    const leases = await (0,_lease_status_js__WEBPACK_IMPORTED_MODULE_4__/* .leasesOfProject */ .iA)(deps, { namespace, project, leaseTtlMs: settings.lease.leaseTtlMs });
    const [first, ...others] = leases;
    const run = {
        version: 3,
        settings,
        runDir: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_8__/* .runDirectory */ .xw)(deps.files, runtime.env, deps.self.temporaryDirectory(), project),
        namespace,
        phase: 'started',
        startedAtMs: deps.clock.now(),
        keeper: 'keeper',
        ...(first ? { lease: { namespace, id: first.id } } : {}),
    };
    // Ours first, so stopping the keeper never leaves a moment where the stack runs without a
    // lease; the keeper learns of the takeover from the daemon too, the signal only makes it quick.
    const me = (0,_lease_context_js__WEBPACK_IMPORTED_MODULE_3__/* .selfIdentity */ .R4)(deps.host);
    for (const lease of leases) {
        await (0,_lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__/* .transferLease */ .gH)(deps, { namespace, id: lease.id }, me).catch((error) => runtime.warning(`Could not take lease ${lease.id} over: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .g)(error)}`));
        if (lease.owner.pid !== me.pid && (0,_lease_liveness_js__WEBPACK_IMPORTED_MODULE_12__/* .ownerLiveness */ .Pr)(lease.owner, { me, lookup: (pid) => deps.host.processIdentity(pid) }) === 'alive')
            deps.processes.signal(lease.owner.pid, 'SIGTERM');
    }
    const finished = await (0,_pipeline_finish_js__WEBPACK_IMPORTED_MODULE_6__/* .finishRun */ .J)(deps, run, { projectName: project, startedAtMs: run.startedAtMs, preflight: [], timings: [] }, { takeBackLease: false, deadOwner: await (0,_sweep_js__WEBPACK_IMPORTED_MODULE_7__/* .deadOwnerCheck */ .WP)(deps, { namespace, leaseTtlMs: settings.lease.leaseTtlMs }) });
    for (const lease of others) {
        await (0,_lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLease */ .wL)(deps, { namespace, id: lease.id }).catch((error) => runtime.warning(`Could not release lease ${lease.id}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .g)(error)}`));
    }
    const leftovers = finished.report.teardown?.leftovers;
    const left = leftovers ? (0,_cleanup_leftovers_js__WEBPACK_IMPORTED_MODULE_1__/* .leftoverCount */ .P$)(leftovers) : undefined;
    runtime.info(`Stack ${project} is down${leases.length ? ' and its lease released' : ' (it held no lease)'}${left ? `; ${left} resources are left` : ''}.`);
    return left || left === undefined ? _exit_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.failed : _exit_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .d.ok;
}
/** `docker-stability down` as the registry calls it. */
async function downAction(flags, context) {
    const { self } = context;
    const deps = (0,_deps_js__WEBPACK_IMPORTED_MODULE_5__/* .realDeps */ .b)(self.env, (0,_adapters_terminal_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalRuntime */ .j)({ inputs: (0,_settings_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .inputsFromFlags */ .h$)(flags, self.env), env: self.env }));
    return runDown(deps, self.cwd(), flags);
}


/***/ }),

/***/ 23113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ finishRun)
});

// UNUSED EXPORTS: keepReason

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/lease/lifecycle.ts
var lifecycle = __webpack_require__(75854);
// EXTERNAL MODULE: ./src/report/fail-on.ts
var fail_on = __webpack_require__(97616);
;// CONCATENATED MODULE: ./src/report/outputs.ts

function runOutputs(report, startupMs) {
    const services = report.monitor?.services;
    return {
        startupSeconds: startupMs !== undefined ? (startupMs / 1000).toFixed(1) : undefined,
        peakMemoryBytes: report.monitor ? String(report.monitor.stackPeakMemoryBytes) : undefined,
        oomKills: services ? String(services.reduce((sum, s) => sum + s.oomKills, 0)) : undefined,
        restarts: services ? String(services.reduce((sum, s) => sum + s.restarts, 0)) : undefined,
        ...phaseSeconds(report),
    };
}
/** pull-seconds and build-seconds: each phase's wall time, when it ran (main sets them too). */
function phaseSeconds(report) {
    return {
        ...(report.pull ? { pullSeconds: (report.pull.durationMs / 1000).toFixed(1) } : {}),
        ...(report.build ? { buildSeconds: (report.build.durationMs / 1000).toFixed(1) } : {}),
    };
}
/**
 * What fail-on sees: the monitor's services, plus OOM kills that main's diagnosis of a failed
 * start found (a service killed during `up` may have died before the monitor sampled it).
 */
function failOnOutcomes(report) {
    const outcomes = new Map();
    for (const service of report.monitor?.services ?? []) {
        outcomes.set(service.service, {
            service: service.service,
            oomKills: service.oomKills,
            restarts: service.restarts,
            unhealthy: service.unhealthy,
            peakMemoryBytes: service.peakMemoryBytes,
            memoryLimitBytes: service.memoryLimitBytes,
        });
    }
    for (const diagnosis of report.start?.failing ?? []) {
        const outcome = outcomes.get(diagnosis.service) ?? { service: diagnosis.service, oomKills: 0, restarts: 0, unhealthy: 0 };
        outcome.oomKills = Math.max(outcome.oomKills, diagnosis.oomKilled ? 1 : 0);
        outcome.restarts = Math.max(outcome.restarts, diagnosis.restartCount);
        outcome.unhealthy = Math.max(outcome.unhealthy, diagnosis.health === 'unhealthy' ? 1 : 0);
        outcomes.set(diagnosis.service, outcome);
    }
    return [...outcomes.values()];
}
/** Evaluates fail-on, records the result in the report, returns the conditions met. */
function applyFailOn(report, conditions) {
    const met = evaluateFailOn(conditions, failOnOutcomes(report));
    report.failOn = { conditions: conditions.map(describeCondition), met };
    return met;
}

// EXTERNAL MODULE: ./src/settings/keys.ts
var keys = __webpack_require__(38445);
// EXTERNAL MODULE: ./src/app/monitoring.ts + 6 modules
var monitoring = __webpack_require__(38087);
// EXTERNAL MODULE: ./src/app/phases/history.ts + 5 modules
var phases_history = __webpack_require__(28681);
// EXTERNAL MODULE: ./src/app/phases/logs.ts + 2 modules
var phases_logs = __webpack_require__(18884);
// EXTERNAL MODULE: ./src/app/phases/launch.ts + 1 modules
var launch = __webpack_require__(11438);
// EXTERNAL MODULE: ./src/app/phases/teardown.ts + 1 modules
var phases_teardown = __webpack_require__(63281);
// EXTERNAL MODULE: ./src/app/pipeline/phase-clock.ts
var phase_clock = __webpack_require__(40614);
;// CONCATENATED MODULE: ./src/app/pipeline/report.ts
function assembleReport(start, finish) {
    const monitorProblems = [...(start.monitorProblems ?? []), ...(finish?.monitorProblems ?? [])];
    const cleanup = finish?.cleanup || start.swept?.length
        ? {
            removed: finish?.cleanup?.removed ?? [],
            left: finish?.cleanup?.left ?? [],
            ...(finish?.cleanup?.kept?.length ? { kept: finish.cleanup.kept } : {}),
            ...(start.swept?.length ? { staleProjects: start.swept } : {}),
        }
        : undefined;
    return {
        projectName: start.projectName,
        startedAtMs: start.startedAtMs,
        ...(start.engine ? { engine: start.engine } : {}),
        preflight: start.preflight,
        ...(start.stack ? { stack: start.stack } : {}),
        ...(start.policy ? { policy: start.policy } : {}),
        ...(start.lease ? { lease: start.lease } : {}),
        ...(start.pull ? { pull: start.pull } : {}),
        ...(start.build ? { build: start.build } : {}),
        ...(start.start ? { start: start.start } : {}),
        ...(start.readiness ? { readiness: start.readiness } : {}),
        ...((finish?.logs ?? start.logs) ? { logs: finish?.logs ?? start.logs } : {}),
        ...(start.failure ? { mainError: start.failure } : {}),
        ...(finish?.monitor ? { monitor: finish.monitor } : {}),
        ...(monitorProblems.length ? { monitorProblems } : {}),
        ...(cleanup ? { cleanup } : {}),
        ...(finish ? { teardown: finish.teardown } : {}),
        ...(finish?.failOn ? { failOn: finish.failOn } : {}),
        ...((finish?.history ?? start.history) ? { history: finish?.history ?? start.history } : {}),
        timings: { start: start.timings, ...(finish ? { finish: finish.timings } : {}) },
    };
}

;// CONCATENATED MODULE: ./src/app/pipeline/finish.ts













async function finishRun(deps, run, start, options) {
    const log = deps.runtime;
    const { settings } = run;
    const clock = new phase_clock/* PhaseClock */.w(deps.clock);
    if (options.bootMs !== undefined)
        clock.record('node start', options.bootMs);
    // Ours again before the monitor stops, so no sweep takes the stack while we tear it down.
    if (run.lease && options.takeBackLease) {
        const lease = run.lease;
        await clock.time('lease back', () => (0,lifecycle/* transferLease */.gH)(deps, lease).catch((error) => log.warning(`The stack's lease could not be taken back: ${(0,errors/* errorMessage */.g)(error)}`)));
    }
    let monitored = { problems: [] };
    if (run.monitor) {
        const handle = run.monitor;
        // Before the teardown, so its kills are not recorded as crashes.
        monitored = await clock.time('monitor', () => log.group('Monitor', async () => {
            const outcome = await (0,monitoring/* finishMonitoring */._S)(deps, handle);
            for (const problem of outcome.problems)
                log.warning(`Monitor: ${problem}`);
            if (outcome.monitor)
                log.info(monitorLine(outcome.monitor));
            return outcome;
        }));
    }
    // Every service's log, before the teardown removes the containers (main kept a failed start's).
    const startedStack = run.phase === 'starting' || run.phase === 'started';
    const keptLogs = start.logs ?? (startedStack ? await clock.time('logs', () => log.group('Service logs', () => (0,phases_logs/* keepServiceLogs */.Uh)(deps, log, settings, run.runDir, 'finish'))) : undefined);
    const failOnMet = (0,fail_on/* evaluateFailOn */.fg)(settings.failOn, failOnOutcomes({ ...assembleReport(start), ...(monitored.monitor ? { monitor: monitored.monitor } : {}) }));
    const keep = keepReason(settings, run.phase, start.failure, failOnMet, deps.runtime.env);
    let teardown;
    let cleanup;
    if (run.phase === 'validated' || run.phase === 'admitted') {
        teardown = { durationMs: 0, problems: [], skipped: 'the stack was never started' };
    }
    else if (keep) {
        teardown = { durationMs: 0, problems: [], skipped: `kept: ${keep}` };
    }
    else {
        const result = await clock.time('teardown', () => log.group(`Clean up ${settings.stack.projectName}`, () => (0,phases_teardown/* tearDownStack */.Rb)(deps, log, settings, { ...run, ...(options.deadOwner ? { deadOwner: options.deadOwner } : {}) })));
        teardown = { durationMs: result.durationMs, problems: result.problems, ...(result.leftovers ? { leftovers: result.leftovers } : {}) };
        cleanup = {
            removed: (result.swept?.removed ?? []).map((removal) => ({ kind: removal.resource.kind, name: removal.resource.name, why: removal.reason })),
            left: (result.swept?.failed ?? []).map((failure) => ({ kind: failure.resource.kind, name: failure.resource.name, why: failure.error })),
            kept: result.kept,
        };
    }
    const leaseProblem = await clock.time('lease', () => settleLease(deps, run, keep));
    if (leaseProblem)
        teardown.problems.push(leaseProblem);
    // After the lease is released: other stacks need not wait for the upload.
    const logs = keptLogs && {
        ...keptLogs,
        upload: await clock.time('upload', () => (0,phases_logs/* uploadServiceLogs */.GA)(deps, log, settings, keptLogs, (0,phases_logs/* runFailure */.A9)(start.failure, failOnMet, deps.runtime.env))),
    };
    const recorded = await clock.time('history', () => (0,phases_history/* recordHistory */.c)(deps, log, start.history, { start: start.start, ...(monitored.monitor ? { monitor: monitored.monitor } : {}) }, run));
    const finish = {
        ...(monitored.monitor ? { monitor: monitored.monitor } : {}),
        monitorProblems: monitored.problems,
        teardown,
        ...(cleanup ? { cleanup } : {}),
        failOn: { conditions: settings.failOn.map(fail_on/* describeCondition */.pu), met: failOnMet },
        ...(recorded.history ? { history: recorded.history } : {}),
        ...(logs ? { logs } : {}),
        timings: clock.timings,
    };
    return { report: assembleReport(start, finish), keep, failOnMet, verdict: recorded.verdict };
}
/** Why the stack stays up (cleanup: never, or on-success after a failure), or undefined. */
function keepReason(settings, phase, startFailure, failOnMet, env) {
    // The start tears a failed start down whatever `cleanup` says: nothing is left to keep.
    if (phase === 'start-failed')
        return undefined;
    if (settings.cleanup.mode === 'never')
        return 'cleanup: never';
    if (settings.cleanup.mode !== 'on-success')
        return undefined;
    // A start that failed on its way up (an exception: the daemon lost, the CLI gone) abandoned
    // its stack too, or tried to: what a lost daemon kept is torn down now, not kept.
    if (startFailure && phase !== 'started')
        return undefined;
    if (startFailure)
        return 'cleanup: on-success, and main failed';
    if (failOnMet.length > 0)
        return `cleanup: on-success, and fail-on was met (${failOnMet.join('; ')})`;
    if (env[keys/* JOB_STATUS_ENV */.tf] === 'failure')
        return `cleanup: on-success, and a step reported the job failed (${keys/* JOB_STATUS_ENV */.tf}=failure)`;
    return undefined;
}
/**
 * The lease goes last: released once the stack is gone, or — when the stack is kept — handed to
 * an owner nobody can check, so it lasts until lease-ttl (no sweep takes a kept stack earlier).
 * Returns a problem to report, or undefined.
 */
async function settleLease(deps, run, keep) {
    const log = deps.runtime;
    if (!run.lease)
        return undefined;
    if (!keep)
        return (await (0,phases_teardown/* releaseOrKeep */.YM)(deps, log, run.lease)) ? `lease ${run.lease.id} could not be released` : undefined;
    try {
        await (0,lifecycle/* transferLease */.gH)(deps, run.lease, (0,launch/* ttlOnlyOwner */.O_)(deps.host.processIdentity()?.hostname ?? ''), { ttlMs: run.settings.lease.leaseTtlMs });
        log.info(`The lease stays with the kept stack until lease-ttl (${run.settings.lease.leaseTtlMs / 3_600_000} h) runs out.`);
        return undefined;
    }
    catch (error) {
        log.warning(`Could not hand lease ${run.lease.id} to the kept stack: ${(0,errors/* errorMessage */.g)(error)}; it ends with its TTL or its owner.`);
        return `lease ${run.lease.id}: ${(0,errors/* errorMessage */.g)(error)}`;
    }
}
function monitorLine(monitor) {
    const total = (key) => monitor.services.reduce((sum, service) => sum + service[key], 0);
    const samples = monitor.services.reduce((sum, service) => sum + service.samples, 0);
    return `Monitor: ${samples} samples of ${monitor.services.length} services; peak memory of the stack ${(0,units/* formatBytes */.z3)(monitor.stackPeakMemoryBytes)}; ${total('oomKills')} OOM kills; ${total('restarts')} restarts; ${monitor.gaps.length} gaps.`;
}


/***/ })

};
