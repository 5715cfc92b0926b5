export const id = 473;
export const ids = [473];
export const modules = {

/***/ 19473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runUp: () => (/* binding */ runUp),
/* harmony export */   upAction: () => (/* binding */ upAction)
/* harmony export */ });
/* harmony import */ var _adapters_terminal_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36143);
/* harmony import */ var _lease_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4081);
/* harmony import */ var _lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75854);
/* harmony import */ var _lease_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38590);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52184);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39517);
/* harmony import */ var _pipeline_start_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33254);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43215);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99436);
/* harmony import */ var _up_defaults_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17264);
/* harmony import */ var _settings_flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(54431);











async function runUp(deps, cwd, flags) {
    const { runtime } = deps;
    const settings = (0,_settings_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .settingsOfRuntime */ .bQ)(deps, cwd, { confine: flags?.confine === true });
    const project = settings.stack.projectName;
    const namespace = settings.lease.namespace;
    const held = await (0,_lease_status_js__WEBPACK_IMPORTED_MODULE_3__/* .leasesOfProject */ .iA)(deps, { namespace, project, leaseTtlMs: settings.lease.leaseTtlMs });
    // A lease whose keeper died is not ours to start under: it goes, and we queue like anyone.
    for (const stale of held.filter((lease) => lease.stale))
        await (0,_lease_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLease */ .wL)(deps, { namespace, id: stale.id });
    const live = held.find((lease) => !lease.stale);
    if (live)
        runtime.info(`Project ${project} already holds a lease (${(0,_lease_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeClaims */ .Zs)(live.request)}); starting under it.`);
    const interrupt = deps.self.interruptSignal();
    try {
        const started = await (0,_pipeline_start_js__WEBPACK_IMPORTED_MODULE_6__/* .startRun */ .A)(deps, settings, {
            runDir: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_7__/* .runDirectory */ .xw)(deps.files, runtime.env, deps.self.temporaryDirectory(), project),
            workspace: cwd,
            namespace,
            signal: interrupt.signal,
            keeper: 'keeper',
            monitor: false,
            ...(live ? { reuseLease: { namespace, id: live.id } } : {}),
            startKeeper: (lease) => deps.processes.spawnDetached(deps.self.self.command, [...deps.self.self.args, 'hold-lease', '--namespace', namespace, '--id', lease.id, '--lease-ttl', `${settings.lease.leaseTtlMs}ms`], runtime.env),
        });
        if (!started.ok) {
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .ExitError */ .R(started.badInput ? _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage : _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.failed, `${started.failure ?? `Stack ${project} did not start.`}${started.run.phase === 'start-failed' ? '\nIt was torn down and its lease released.' : ''}`);
        }
        runtime.info(`Stack ${project} is up and healthy after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(started.run.startupMs ?? 0)}; it holds its lease (host ports, groups, memory) until 'docker-stability down -p ${project}'.`);
        return _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
    finally {
        interrupt.dispose();
    }
}
/** `docker-stability up [SERVICE...]` as the registry calls it. */
async function upAction(services, flags, context) {
    const { self } = context;
    const inputs = (0,_settings_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .inputsFromFlags */ .h$)({ ...flags, service: services, lockGroup: flags.group, ...(flags.timeout !== undefined ? { lockTimeout: flags.timeout } : {}) }, self.env, _up_defaults_js__WEBPACK_IMPORTED_MODULE_9__/* .UP_DEFAULTS */ .R);
    const deps = (0,_deps_js__WEBPACK_IMPORTED_MODULE_5__/* .realDeps */ .b)(self.env, (0,_adapters_terminal_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalRuntime */ .j)({ inputs, env: self.env }));
    return runUp(deps, self.cwd(), flags);
}


/***/ })

};
