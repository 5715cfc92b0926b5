export const id = 865;
export const ids = [865,638];
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


/***/ }),

/***/ 4865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareAction: () => (/* binding */ compareAction),
  runCompare: () => (/* binding */ runCompare),
  sidesFromFlags: () => (/* binding */ sidesFromFlags)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/command-runner.ts
var command_runner = __webpack_require__(13532);
// EXTERNAL MODULE: ./src/compose/compose-cli.ts + 1 modules
var compose_cli = __webpack_require__(76407);
// EXTERNAL MODULE: ./src/compose/positions.ts + 2 modules
var positions = __webpack_require__(24041);
// EXTERNAL MODULE: ./src/compose/resources.ts
var resources = __webpack_require__(37993);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/compose/declared-memory.ts + 1 modules
var declared_memory = __webpack_require__(77471);
;// CONCATENATED MODULE: ./src/policy/declared-sizes.ts

const LABELS = {
    jvm: 'JVM heap',
    redis: 'Redis maxmemory',
    postgres: 'PostgreSQL shared_buffers',
    mysql: 'InnoDB buffer pool',
    node: 'Node old space',
};
/** Every size the service declares, one per program (PostgreSQL's without its connections). */
function declaredSizes(service) {
    return (0,declared_memory/* declaredMemory */.Eb)(service).map((declaration) => declaration.bytes !== undefined
        ? { what: LABELS[declaration.program], bytes: declaration.bytes - (declaration.extra?.bytes ?? 0) }
        : { what: LABELS[declaration.program], percentOfLimit: Math.round((declaration.shareOfLimit ?? 0) * 10000) / 100 });
}
/** Words of a command or variable; an `sh -c` script's words too. An empty argument (`--save ""`) stays. */
function tokensOf(value) {
    if (value === null || value === undefined)
        return [];
    return (Array.isArray(value) ? value : [value]).flatMap((item) => (item === '' ? [''] : item.split(/\s+/).filter(Boolean)));
}
/** Tokens of the command and entrypoint, then of the named variables, in that order. */
function texts(service, variables) {
    const environment = service.environment ?? {};
    const fromEnv = variables.map((name) => environment[name]).filter((value) => typeof value === 'string');
    return [tokensOf(service.entrypoint), tokensOf(service.command), ...fromEnv.map((value) => tokensOf(value))];
}
/** The value of `--name value`, `--name=value` or `-c name=value` (also `-cname=value`); the last one wins. */
function setting(tokens, names) {
    let found;
    tokens.forEach((token, index) => {
        const bare = token.replace(/^-{1,2}/, '').replace(/^c(?=[a-z_-]+=)/, '');
        for (const name of names) {
            if (bare.startsWith(`${name}=`))
                found = bare.slice(name.length + 1);
            else if (token.startsWith('-') && bare === name && index + 1 < tokens.length)
                found = tokens[index + 1];
        }
    });
    return found?.replace(/^(['"])(.*)\1$/, '$2');
}
/** Persistence switches written for the service: "Redis appendonly no", "PostgreSQL fsync off". */
function persistenceSwitches(service) {
    const switches = [];
    const redis = texts(service, ['REDIS_ARGS']).flat();
    const appendonly = setting(redis, ['appendonly']);
    if (appendonly !== undefined && /^(yes|no)$/i.test(appendonly))
        switches.push(`Redis appendonly ${appendonly.toLowerCase()}`);
    const save = setting(redis, ['save']);
    if (save !== undefined)
        switches.push(save === '' || save === '""' || save === "''" ? 'Redis save off' : /^\d+$/.test(save) ? 'Redis save on' : 'Redis save set');
    const fsync = setting(texts(service, []).flat(), ['fsync']);
    if (fsync !== undefined && /^(on|off|true|false|yes|no|1|0)$/i.test(fsync)) {
        switches.push(`PostgreSQL fsync ${/^(on|true|yes|1)$/i.test(fsync) ? 'on' : 'off'}`);
    }
    return switches;
}

// EXTERNAL MODULE: ./src/policy/rules/durability.ts
var durability = __webpack_require__(71011);
// EXTERNAL MODULE: ./src/policy/service-facts.ts
var service_facts = __webpack_require__(76543);
;// CONCATENATED MODULE: ./src/policy/compare.ts






const SETTINGS = [
    'Image',
    'Storage',
    'Memory limit',
    'Declared memory',
    'CPU limit',
    'Health check',
    'Restart policy',
    'Durability switches',
    'Persistence',
    'Published ports',
];
function describeService(service) {
    const storage = [
        ...(service.volumes ?? [])
            .filter((volume) => volume.type !== 'tmpfs')
            .map((volume) => `${volume.type === 'volume' ? (volume.source ? 'named volume' : 'anonymous volume') : volume.type} → ${volume.target}`),
        ...(0,resources/* tmpfsMounts */.bY)(service).map((mount) => `tmpfs ${mount.sizeBytes !== undefined ? (0,units/* formatBytes */.z3)(mount.sizeBytes) : '(no size)'} → ${mount.target}`),
    ];
    const memory = (0,resources/* memoryLimitBytes */.IJ)(service);
    const cpus = (0,resources/* cpuLimit */.O4)(service);
    const timing = (0,service_facts/* healthTiming */.$P)(service);
    const duration = (ms) => (ms === undefined ? 'default' : (0,units/* formatDuration */.a3)(ms));
    const health = (0,service_facts/* hasHealthcheck */.zY)(service)
        ? `interval ${duration(timing.intervalMs)}, timeout ${duration(timing.timeoutMs)}, start period ${duration(timing.startPeriodMs)}, retries ${timing.retries ?? 'default'}`
        : 'none';
    const switches = [...new Set((0,durability/* durabilitySwitches */.GZ)(service).map((found) => found.name))];
    const ports = (service.ports ?? []).map((port) => `${port.host_ip ? `${port.host_ip}:` : ''}${port.published ?? 'any'}→${port.target}/${port.protocol ?? 'tcp'}`);
    const declared = declaredSizes(service).map((size) => `${size.what} ${size.bytes !== undefined ? (0,units/* formatBytes */.z3)(size.bytes) : `${size.percentOfLimit}% of the limit`}`);
    const persistence = persistenceSwitches(service);
    return {
        Image: service.image ?? (service.build ? 'built here' : 'none'),
        Storage: storage.length > 0 ? storage.join('; ') : 'none',
        'Memory limit': memory !== undefined ? (0,units/* formatBytes */.z3)(memory) : 'none',
        'Declared memory': declared.length > 0 ? declared.join('; ') : 'none',
        'CPU limit': cpus !== undefined ? String(cpus) : 'none',
        'Health check': health,
        'Restart policy': service.restart ?? 'no',
        'Durability switches': switches.length > 0 ? switches.join(', ') : 'none',
        Persistence: persistence.length > 0 ? persistence.join(', ') : 'defaults',
        'Published ports': ports.length > 0 ? ports.join(', ') : 'none',
    };
}
/** Pairs services by name, then the rest by image repository, each at most once. */
function pairServices(dev, test) {
    const devNames = Object.keys(dev.services ?? {}).sort();
    const testLeft = new Set(Object.keys(test.services ?? {}).sort());
    const pairs = [];
    const devLeft = [];
    for (const name of devNames) {
        if (testLeft.delete(name))
            pairs.push({ dev: name, test: name, matchedBy: 'name' });
        else
            devLeft.push(name);
    }
    const repository = (model, name) => {
        const image = model.services[name]?.image;
        return image ? (0,service_facts/* parseImage */.zZ)(image).repository : undefined;
    };
    const onlyInDev = [];
    for (const name of devLeft) {
        const wanted = repository(dev, name);
        const match = wanted ? [...testLeft].find((candidate) => repository(test, candidate) === wanted) : undefined;
        if (match) {
            testLeft.delete(match);
            pairs.push({ dev: name, test: match, matchedBy: 'image' });
        }
        else {
            onlyInDev.push(name);
        }
    }
    return { pairs, onlyInDev, onlyInTest: [...testLeft] };
}
function compareModels(dev, test, files) {
    const { pairs, onlyInDev, onlyInTest } = pairServices(dev, test);
    const services = pairs.map((pair) => {
        const left = describeService(dev.services[pair.dev]);
        const right = describeService(test.services[pair.test]);
        return { ...pair, rows: SETTINGS.map((setting) => ({ setting, dev: left[setting], test: right[setting], same: left[setting] === right[setting] })) };
    });
    return { devFile: files.dev, testFile: files.test, services, onlyInDev, onlyInTest };
}
function differing(divergence) {
    return divergence.services.reduce((sum, service) => sum + service.rows.filter((row) => !row.same).length, 0);
}
/** The divergence with only what the view shows: identical rows (and fully identical pairs) dropped unless `all`. */
function viewOf(divergence, view = {}) {
    if (view.all)
        return divergence;
    const services = divergence.services.map((service) => ({ ...service, rows: service.rows.filter((row) => !row.same) })).filter((service) => service.rows.length > 0);
    return { ...divergence, services };
}
function formatDivergenceMarkdown(divergence, view = {}) {
    const shown = viewOf(divergence, view);
    const rows = [];
    for (const service of shown.services) {
        const label = service.dev === service.test ? service.dev : `${service.dev} ↔ ${service.test}`;
        for (const row of service.rows)
            rows.push([label, row.setting, row.dev, row.test, row.same ? '' : '≠']);
    }
    const list = (names) => (names.length > 0 ? names.join(', ') : 'none');
    const oneSided = divergence.onlyInDev.length + divergence.onlyInTest.length > 0;
    if (oneSided || view.all)
        rows.push(['(one side only)', 'Services', list(divergence.onlyInDev), list(divergence.onlyInTest), oneSided ? '≠' : '']);
    const count = differing(divergence);
    const hidden = divergence.services.reduce((sum, service) => sum + service.rows.length, 0) - count;
    const heading = `### Configuration divergence: ${divergence.devFile} ↔ ${divergence.testFile}`;
    const summary = `${divergence.services.length} paired services, ${count} differing settings${!view.all && hidden > 0 ? ` (${hidden} identical rows not shown; --all shows them)` : ''}.`;
    if (rows.length === 0)
        return `${heading}\n\n${summary}\n`;
    return `${heading}\n\n${summary}\n\n${(0,markdown/* table */.tp)(['Service', 'Setting', divergence.devFile, divergence.testFile, 'Differs'], rows)}\n`;
}
function formatDivergenceJson(divergence, view = {}) {
    return `${JSON.stringify({ ...viewOf(divergence, view), differing: differing(divergence) }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/compose/secrets.ts
var secrets = __webpack_require__(6429);
// EXTERNAL MODULE: ./src/app/commands/check.ts
var check = __webpack_require__(42638);
// EXTERNAL MODULE: ./src/app/commands/exit.ts
var exit = __webpack_require__(99436);
// EXTERNAL MODULE: ./src/app/commands/stack-options.ts
var stack_options = __webpack_require__(23609);
;// CONCATENATED MODULE: ./src/app/commands/compare.ts









// `docker-stability compare DEV_FILE TEST_FILE`, or `compare --dev FILE… --test FILE…` with
// profiles and env files per side: the configuration-divergence table between a development and
// a test stack, generated from what Compose makes of each side. Only differing rows unless --all.
const FORMATS = ['markdown', 'json'];
async function loadSide(side, deps) {
    const target = (0,stack_options/* stackFromFlags */.Q)({ file: side.files, profile: side.profiles, envFile: side.envFiles }, deps.cwd, deps.env);
    // Parsed first for the same reason as `check`: Compose spins on alias bombs.
    const sources = positions/* ComposeSources */.l.load(target.files.map((name) => external_node_path_default().resolve(target.workingDirectory, name)), deps.io.readText);
    const envValues = (0,secrets/* envFilePaths */._9)(target.workingDirectory, target.envFiles).flatMap((file) => {
        try {
            return [(0,secrets/* parseEnvFile */.FO)(deps.io.readText(file))];
        }
        catch {
            return [];
        }
    });
    return { model: await deps.compose.config(target), texts: sources.files.map((source) => source.text), envValues };
}
/** The two sides the flags describe: two positional files, or --dev/--test lists (not both). */
function sidesFromFlags(positional, flags) {
    if (positional.length > 0 && flags.dev.length + flags.test.length > 0) {
        throw new exit/* ExitError */.R(exit/* EXIT */.d.usage, 'compare: give DEV_FILE TEST_FILE, or --dev FILE… --test FILE…, not both');
    }
    const devFiles = positional.length > 0 ? positional.slice(0, 1) : flags.dev;
    const testFiles = positional.length > 0 ? positional.slice(1, 2) : flags.test;
    if (positional.length > 2 || devFiles.length === 0 || testFiles.length === 0) {
        throw new exit/* ExitError */.R(exit/* EXIT */.d.usage, 'compare: give DEV_FILE TEST_FILE, or --dev FILE [--dev FILE]… --test FILE [--test FILE]…');
    }
    return {
        dev: { files: devFiles, profiles: [...flags.profile, ...flags.devProfile], envFiles: [...flags.envFile, ...flags.devEnvFile] },
        test: { files: testFiles, profiles: [...flags.profile, ...flags.testProfile], envFiles: [...flags.envFile, ...flags.testEnvFile] },
    };
}
function label(side) {
    return `${side.files.join(' + ')}${side.profiles.length > 0 ? ` (profile ${side.profiles.join(', ')})` : ''}`;
}
async function runCompare(positional, flags, deps) {
    if (!FORMATS.includes(flags.format)) {
        throw new exit/* ExitError */.R(exit/* EXIT */.d.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
    }
    const sides = sidesFromFlags(positional, flags);
    try {
        const [dev, test] = await Promise.all([loadSide(sides.dev, deps), loadSide(sides.test, deps)]);
        const divergence = compareModels(dev.model, test.model, { dev: label(sides.dev), test: label(sides.test) });
        const view = { all: flags.all === true };
        const text = flags.format === 'json' ? formatDivergenceJson(divergence, view) : formatDivergenceMarkdown(divergence, view);
        // The rows hold facts, not values; still, no value of a variable the files interpolate leaves.
        const names = (0,secrets/* referencedVariables */.Xo)([...dev.texts, ...test.texts]);
        deps.stdout((0,secrets/* redactValues */.se)(text, names, [deps.env, ...dev.envValues, ...test.envValues]));
        return exit/* EXIT */.d.ok;
    }
    catch (error) {
        throw (0,check.asInputError)(error);
    }
}
/** `docker-stability compare` as the registry calls it. */
function compareAction(files, flags, context) {
    const { self } = context;
    return runCompare(files, flags, { compose: new compose_cli/* DockerComposeCli */.D(new command_runner/* ProcessCommandRunner */.r()), io: (0,check.policyIoOf)(context.files), cwd: self.cwd(), env: self.env, stdout: self.stdout });
}


/***/ }),

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export escapeCell */
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72613);

// Small markdown builders for job summaries. Everything given as a plain string is untrusted
// text and is escaped (src/core/untrusted.ts): a service name, an image, a message or a log line
// renders as itself — no HTML, no links, no broken table. Markdown we write ourselves (bold,
// code) is passed as md(...) and kept.

function md(markdown) {
    return { markdown };
}
/** A table cell: untrusted text escaped, lines joined with <br> (the only HTML we write). */
function escapeCell(text) {
    return (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(text).map(_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV).join('<br>');
}
function cellText(cell) {
    if (typeof cell === 'number')
        return String(cell);
    if (typeof cell === 'string')
        return escapeCell(cell);
    // Our own markdown still may not break the row.
    return (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(cell.markdown).join('<br>').replace(/(?<!\\)\|/g, '\\|');
}
function table(headers, rows, align) {
    const line = (cells) => `| ${cells.map(cellText).join(' | ')} |`;
    const rule = `| ${headers.map((_, index) => (align?.[index] === 'right' ? '---:' : '---')).join(' | ')} |`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}
/** A fenced code block whose fence is longer than any backtick run inside (log lines may hold ```). */
function codeBlock(text, language = '') {
    return (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)(text, language);
}
/** A collapsed section: the summary line is untrusted text (HTML-escaped, on one line). */
function details(summary, body) {
    return `<details><summary>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)((0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(summary))}</summary>\n\n${body}\n\n</details>`;
}


/***/ })

};
