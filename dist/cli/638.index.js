export const id = 638;
export const ids = [638];
export const modules = {

/***/ 42638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   asInputError: () => (/* binding */ asInputError),
/* harmony export */   budgetFor: () => (/* binding */ budgetFor),
/* harmony export */   checkAction: () => (/* binding */ checkAction),
/* harmony export */   policyIoOf: () => (/* binding */ policyIoOf),
/* harmony export */   runCheck: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_command_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13532);
/* harmony import */ var _adapters_docker_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43108);
/* harmony import */ var _compose_compose_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76407);
/* harmony import */ var _cleanup_pre_existing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83171);
/* harmony import */ var _compose_override_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35318);
/* harmony import */ var _lease_budget_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98209);
/* harmony import */ var _settings_keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38445);
/* harmony import */ var _core_lists_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(10402);
/* harmony import */ var _policy_catalog_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96333);
/* harmony import */ var _policy_host_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55874);
/* harmony import */ var _preflight_host_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3557);
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(76515);
/* harmony import */ var _compose_healthcheck_defaults_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(36101);
/* harmony import */ var _policy_apply_config_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(71785);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(82714);
/* harmony import */ var _policy_finding_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(20891);
/* harmony import */ var _settings_stack_target_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(72355);
/* harmony import */ var _workflows_scan_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(26915);
/* harmony import */ var _policy_format_report_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(40567);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(74296);
/* harmony import */ var _check_output_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(9982);
/* harmony import */ var _policy_inputs_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(15725);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(99436);
/* harmony import */ var _stack_options_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(23609);
/* harmony import */ var _pipeline_bad_input_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(27344);


























// `docker-stability check`: the compose policy from a terminal or a required status check.
// Exit 0 without error findings, 1 with, 2 for bad usage or input. Needs `docker compose` but
// no daemon; when one answers, its memory sets the default budget (75 %).
const FORMATS = _policy_format_report_js__WEBPACK_IMPORTED_MODULE_18__/* .REPORT_FORMATS */ .EL;
/** File access for the policy check: a missing file is an ENOENT error, as the policy expects. */
function policyIoOf(files) {
    return {
        readText: (file) => files.readText(file) ?? missing(file),
        writeText: (file, text) => files.writeText(file, text),
    };
}
function missing(file) {
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
}
/** What a daemon that answers says, for the rules that use it; undefined without one (`check` works offline). */
async function askDaemon(docker) {
    if (!docker)
        return undefined;
    try {
        const info = await docker.info();
        return { info, resources: await (0,_cleanup_pre_existing_js__WEBPACK_IMPORTED_MODULE_4__/* .listDaemonResources */ .Ay)(docker).catch(() => undefined) };
    }
    catch {
        return undefined;
    }
}
/** The budget as the action's `memory-budget` default (or the flag) says, when it can be resolved here. */
function budgetFor(text, daemonMemoryBytes) {
    const budget = (0,_lease_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMemoryBudget */ .Yw)(text);
    if ('error' in budget)
        return budget;
    if (budget.kind === 'share' && !(daemonMemoryBytes && daemonMemoryBytes > 0))
        return undefined;
    const resolved = (0,_lease_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveMemoryBudget */ .nl)(budget, daemonMemoryBytes ?? 0);
    return { bytes: resolved.bytes, label: (0,_lease_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .describeBudget */ .No)(resolved) };
}
/** Turns the errors that mean "bad input" into exit code 2, with their own words. */
function asInputError(error) {
    return (0,_pipeline_bad_input_js__WEBPACK_IMPORTED_MODULE_23__/* .isInputError */ .B)(error) ? new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, error.message) : error;
}
async function runCheck(flags, deps) {
    const format = flags.format;
    if (!FORMATS.includes(format))
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
    try {
        return await checkAndReport(flags, deps, format);
    }
    catch (error) {
        const failure = asInputError(error);
        (0,_check_output_js__WEBPACK_IMPORTED_MODULE_19__/* .emitFailureDocument */ .rJ)(flags, deps, format, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_24__/* .errorMessage */ .g)(failure), failure instanceof _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R ? failure.exitCode : _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.failed);
        throw failure;
    }
}
async function checkAndReport(flags, deps, format) {
    if (flags.baseline && flags.writeBaseline) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, '--baseline and --write-baseline: give one (--write-baseline FILE also reports against the file it writes)');
    }
    const accepted = flags.baseline ? (0,_check_output_js__WEBPACK_IMPORTED_MODULE_19__/* .readAcceptedFindings */ .yr)(flags.baseline, deps) : undefined;
    const memoryBytes = (0,_policy_inputs_js__WEBPACK_IMPORTED_MODULE_20__/* .parseDefaultMemoryLimit */ .tS)(flags.defaultMemoryLimit ?? '');
    if (typeof memoryBytes === 'object')
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, `--default-memory-limit: ${memoryBytes.error}`);
    const cpus = (0,_policy_inputs_js__WEBPACK_IMPORTED_MODULE_20__/* .parseDefaultCpuLimit */ .I3)(flags.defaultCpuLimit ?? '');
    if (typeof cpus === 'object')
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, `--default-cpu-limit: ${cpus.error}`);
    const healthcheckDefaults = (0,_compose_healthcheck_defaults_js__WEBPACK_IMPORTED_MODULE_12__/* .parseHealthcheckDefaults */ .ui)(flags.healthcheckDefaults ?? '');
    if (healthcheckDefaults && 'problems' in healthcheckDefaults) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, healthcheckDefaults.problems.map((problem) => `--healthcheck-defaults: ${problem}`).join('\n'));
    }
    const allow = (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_25__/* .splitList */ .r)((flags.policyAllow ?? []).join(','));
    const unknown = allow.filter((rule) => !(0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_8__/* .isRuleId */ .KX)(rule));
    if (unknown.length > 0)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, `--policy-allow: ${unknown.map((rule) => `'${rule.slice(0, 40)}'`).join(', ')} ${unknown.length === 1 ? 'is not a rule id' : 'are not rule ids'} (known: ${_policy_catalog_js__WEBPACK_IMPORTED_MODULE_8__/* .RULE_IDS */ .Iu.join(', ')})`);
    const workflowDir = flags.workflows === undefined || flags.workflows === false ? undefined : flags.workflows === true ? '.github/workflows' : flags.workflows;
    // With --workflows and no compose file (a repository root), only the workflows are checked.
    const composeToo = !workflowDir || flags.file.length > 0 || _settings_stack_target_js__WEBPACK_IMPORTED_MODULE_16__/* .DEFAULT_COMPOSE_FILES */ .zB.some((name) => deps.files.isFile(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(deps.cwd, flags.projectDirectory ?? '.', name)));
    if (!composeToo) {
        const { config } = (0,_policy_config_js__WEBPACK_IMPORTED_MODULE_14__/* .loadPolicyConfig */ .v1)(deps.io.readText, { explicit: flags.config, base: deps.cwd, workingDirectory: deps.cwd, within: { root: deps.cwd, realPath: deps.files.realPath } });
        return (0,_check_output_js__WEBPACK_IMPORTED_MODULE_19__/* .reportFindings */ .LH)(flags, deps, format, workflowFindings(deps, workflowDir, config), accepted, []);
    }
    const target = (0,_stack_options_js__WEBPACK_IMPORTED_MODULE_22__/* .stackFromFlags */ .Q)(flags, deps.cwd, deps.env);
    const remediate = memoryBytes !== undefined || cpus !== undefined;
    const needsOverride = remediate || healthcheckDefaults !== undefined;
    const scratch = needsOverride && !flags.writeOverride ? deps.files.temporaryDirectory('dsa-policy-') : undefined;
    try {
        const { config } = (0,_policy_config_js__WEBPACK_IMPORTED_MODULE_14__/* .loadPolicyConfig */ .v1)(deps.io.readText, { explicit: flags.config, base: deps.cwd, workingDirectory: target.workingDirectory, within: { root: deps.cwd, realPath: deps.files.realPath } });
        const daemon = await askDaemon(deps.docker);
        const budget = budgetFor(flags.memoryBudget ?? _settings_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .INPUTS */ .mc.memoryBudget.default, daemon?.info.memTotalBytes);
        if (budget && 'error' in budget)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, `--memory-budget: ${budget.error}`);
        const result = await (0,_policy_check_js__WEBPACK_IMPORTED_MODULE_11__/* .runPolicyCheck */ .ov)(deps.compose, target, deps.io, {
            config,
            memoryBudget: config.rules['memory-budget'].severity === 'off' ? undefined : budget,
            defaults: remediate ? { memoryBytes, cpus, ...(daemon ? { hostCpus: daemon.info.cpus } : {}) } : undefined,
            ...(daemon?.resources ? { daemonResources: daemon.resources } : {}),
            ...(deps.docker && daemon ? { images: deps.docker } : {}),
            healthcheckDefaults,
            overridePath: flags.writeOverride ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd, flags.writeOverride) : scratch && node_path__WEBPACK_IMPORTED_MODULE_0___default().join(scratch, 'docker-stability.override.yaml'),
            displayBase: deps.cwd,
            env: deps.env,
            host: (0,_policy_host_js__WEBPACK_IMPORTED_MODULE_9__/* .hostFacts */ .sm)({ workspace: deps.cwd, confined: flags.confine === true, env: deps.env, realPath: !deps.env.DOCKER_HOST || (0,_preflight_host_js__WEBPACK_IMPORTED_MODULE_10__/* .daemonIsLocal */ .G8)(deps.env.DOCKER_HOST) ? deps.files.realPath : undefined }),
            allow: allow,
        });
        const findings = [...result.findings, ...(workflowDir ? workflowFindings(deps, workflowDir, config) : [])].sort(_policy_finding_js__WEBPACK_IMPORTED_MODULE_15__/* .compareFindings */ .Eg);
        const exitCode = (0,_check_output_js__WEBPACK_IMPORTED_MODULE_19__/* .reportFindings */ .LH)(flags, deps, format, findings, accepted, result.suppressed);
        for (const entry of result.injected)
            deps.stderr(`injected into ${(0,_compose_override_js__WEBPACK_IMPORTED_MODULE_5__/* .describeInjection */ .hQ)(entry)}\n`);
        for (const change of result.standardised)
            deps.stderr(`health check of ${change.service}: ${change.field} ${change.before} → ${change.after}\n`);
        return exitCode;
    }
    finally {
        if (scratch)
            deps.files.remove(scratch);
    }
}
/** The workflow lint over every workflow file of a directory, judged by the policy configuration. */
function workflowFindings(deps, dir, config) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd, dir);
    const listed = deps.files.list(absolute);
    if (!listed)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, `--workflows: '${dir}' is not a directory of workflow files`);
    const names = listed.filter((name) => /\.ya?ml$/.test(name)).sort();
    const findings = names.flatMap((name) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(absolute, name);
        try {
            return (0,_workflows_scan_js__WEBPACK_IMPORTED_MODULE_17__/* .scanWorkflow */ .H1)({ path: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(deps.cwd, file).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'), text: deps.io.readText(file) });
        }
        catch (error) {
            if (error instanceof _workflows_scan_js__WEBPACK_IMPORTED_MODULE_17__/* .WorkflowParseError */ .xv)
                throw new _exit_js__WEBPACK_IMPORTED_MODULE_21__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_21__/* .EXIT */ .d.usage, error.message);
            throw error;
        }
    });
    return (0,_policy_apply_config_js__WEBPACK_IMPORTED_MODULE_13__/* .applyPolicyConfig */ .h)(findings, config);
}
/** `docker-stability check` as the registry calls it. */
async function checkAction(flags, context) {
    const { self, files } = context;
    const commands = new _adapters_command_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .ProcessCommandRunner */ .r();
    return runCheck(flags, {
        compose: new _compose_compose_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerComposeCli */ .D(commands),
        docker: (0,_adapters_docker_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerApiFromEnvironment */ .uy)(self.env, { callTimeoutMs: 3000, pingTimeoutMs: 2000 }),
        io: policyIoOf(files),
        files,
        cwd: self.cwd(),
        env: self.env,
        stdout: self.stdout,
        stderr: self.stderr,
        columns: self.stdoutColumns,
    });
}


/***/ })

};
