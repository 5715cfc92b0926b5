export const id = 146;
export const ids = [146,509];
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

/***/ 36143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ terminalRuntime)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72613);


function terminalRuntime(options) {
    const write = options.write ?? ((text) => process.stderr.write(text));
    const redactor = new _core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Redactor */ .pO();
    const text = (message) => (0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertText */ .UJ)(redactor.redact(message));
    const outputs = {};
    const state = {};
    const exported = {};
    const where = (annotation) => annotation?.file
        ? ` (${(0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(redactor.redact(annotation.file)))}${annotation.startLine ? `:${annotation.startLine}` : ''}${annotation.startColumn ? `:${annotation.startColumn}` : ''})`
        : '';
    return {
        env: options.env ?? process.env,
        outputs,
        exported,
        redactor,
        input: (name) => options.inputs[name] ?? '',
        setOutput: (name, value) => void (outputs[name] = String(value)),
        exportVariable: (name, value) => void (exported[name] = value),
        saveState: (name, value) => void (state[name] = value),
        state: (name) => state[name] ?? '',
        setFailed: (message) => {
            write(`docker-stability: error: ${text(message)}\n`);
            process.exitCode = 1;
        },
        debug: () => undefined,
        info: (message) => write(`${text(message)}\n`),
        notice: (message, annotation) => write(`note${where(annotation)}: ${text(message)}\n`),
        warning: (message, annotation) => write(`warning${where(annotation)}: ${text(message)}\n`),
        error: (message, annotation) => write(`error${where(annotation)}: ${text(message)}\n`),
        group: async (name, fn) => {
            write(`── ${(0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(redactor.redact(name)))}\n`);
            return fn();
        },
        // No stop-commands block on a terminal: the lines are made inert one by one instead.
        output: (output) => {
            const lines = (typeof output === 'string' ? [output] : [...output]).flatMap((line) => (0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .splitLines */ .uz)(redactor.redact(line)));
            write(lines.map((line) => `  │ ${(0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)(line)}\n`).join(''));
        },
        appendSummary: async (markdown) => {
            if (options.summaryFile)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(options.summaryFile, redactor.redact(markdown));
        },
    };
}


/***/ }),

/***/ 58509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  thisProcess: () => (/* binding */ thisProcess)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/adapters/foreground-process.ts


// Runs the user's command in the foreground for `docker-stability lock -- CMD`: the terminal is
// the command's (stdio inherited), and SIGINT, SIGTERM and SIGHUP sent to us are passed on, so
// a runner's cancellation reaches the command and we release the lease only after it is gone.
// Not the CommandRunner: that one captures output, bounds time and fails on non-zero exits,
// while here the command's exit code is the result.
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function runForeground(argv, env = process.env) {
    const [file, ...args] = argv;
    if (!file)
        return Promise.resolve({ exitCode: 127, error: 'no command given' });
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(file, args, { stdio: 'inherit', env });
        const forward = (signal) => {
            // A terminal's Ctrl-C reaches the command directly as well; a second SIGINT is harmless
            // to nearly every program, and without forwarding a runner's signal would not reach it.
            child.kill(signal);
        };
        for (const signal of FORWARDED)
            process.on(signal, forward);
        const done = (result) => {
            for (const signal of FORWARDED)
                process.off(signal, forward);
            resolve(result);
        };
        child.on('error', (error) => {
            done({ exitCode: error.code === 'EACCES' ? 126 : 127, error: `${file}: ${error.message}` });
        });
        child.on('exit', (code, signal) => {
            if (code !== null)
                done({ exitCode: code });
            else
                done({ exitCode: 128 + (signal ? ((external_node_os_default()).constants.signals[signal] ?? 0) : 0), signal: signal ?? undefined });
        });
    });
}

;// CONCATENATED MODULE: ./src/adapters/process-signals.ts
/**
 * An AbortSignal that fires when the runner cancels the job (SIGINT, then SIGTERM 7.5 s later)
 * or a user presses Ctrl-C (or the terminal hangs up), so long waits stop cleanly instead of
 * leaving half-started stacks.
 */
function interruptSignal() {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (!controller.signal.aborted)
            controller.abort(new Error(`interrupted by ${name}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            process.off('SIGHUP', onSignal);
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/this-process.ts



/** The ThisProcess port over node's `process` and `os`. */
function thisProcess(env = process.env) {
    return {
        env,
        cwd: () => process.cwd(),
        pid: process.pid,
        nodePath: process.execPath,
        self: { command: process.execPath, args: [...process.execArgv, process.argv[1] ?? ''] },
        temporaryDirectory: () => external_node_os_default().tmpdir(),
        userAtHost: () => {
            let user = env.USER ?? 'someone';
            try {
                user = external_node_os_default().userInfo().username;
            }
            catch {
                // No passwd entry (a container with an arbitrary uid): keep $USER.
            }
            return `${user}@${external_node_os_default().hostname()}`;
        },
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        stderrIsTty: Boolean(process.stderr.isTTY),
        stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
        interruptSignal: interruptSignal,
        runForeground: runForeground,
    };
}


/***/ }),

/***/ 54431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ settingsOfRuntime),
/* harmony export */   h$: () => (/* binding */ inputsFromFlags)
/* harmony export */ });
/* unused harmony export settingsFromFlags */
/* harmony import */ var _settings_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38445);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45452);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65649);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99436);
/* harmony import */ var _stack_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23609);





const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
/** The action's inputs as the flags give them; unset flags keep the command's defaults. */
function inputsFromFlags(flags, env, defaults = {}) {
    const inputs = {
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.composeFiles.name]: flags.file.join('\n'),
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.workingDirectory.name]: flags.projectDirectory ?? '.',
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.projectName.name]: flags.projectName ?? env.COMPOSE_PROJECT_NAME ?? '',
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.profiles.name]: flags.profile.join('\n'),
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.envFiles.name]: flags.envFile.join('\n'),
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.services.name]: (flags.service ?? []).join('\n'),
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.lockGroup.name]: (flags.lockGroup ?? []).join('\n'),
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.policyConfig.name]: typeof flags.config === 'string' ? flags.config : '',
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.leaseNamespace.name]: flags.namespace ?? '',
        // No Actions cache outside GitHub: nothing to compare with or cache images in.
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.baseline.name]: 'false',
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.imageCache.name]: 'false',
        // Nor an artifact service: the logs stay in the run directory (printed at the end).
        [_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.uploadLogs.name]: 'never',
    };
    for (const [key, value] of Object.entries(defaults))
        inputs[_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[key].name] = value;
    for (const key of _options_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_FLAGS */ .$S) {
        const value = flags[camel(_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[key].name)];
        if (Array.isArray(value)) {
            if (value.length > 0)
                inputs[_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[key].name] = value.join('\n');
        }
        else if (value !== undefined)
            inputs[_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc[key].name] = value === true ? 'true' : String(value);
    }
    return inputs;
}
/**
 * Settings for a CLI command. Paths may be anywhere the user can read (the action's workspace
 * confinement guards a runner against a pull request, not a developer against their own files;
 * `--confine` restores it); relative paths resolve against `cwd`. Bad values exit 2, each problem
 * naming its flag.
 */
function settingsFromFlags(deps, inputs, env, cwd, options = {}) {
    const relative = inputs[_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.workingDirectory.name] || '.';
    try {
        return (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSettings */ .P)({
            input: (name) => inputs[name] ?? '',
            env,
            files: deps.files,
            randomHex: deps.randomHex,
            workspace: cwd,
            confine: options.confine === true,
            defaultProjectName: () => (0,_stack_options_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCliProjectName */ .I)(cwd, relative),
        });
    }
    catch (error) {
        if (error instanceof _settings_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage, error.problems.map((problem) => problem.replace(/^([a-z][a-z-]*):/, '--$1:')).join('\n'));
        throw error;
    }
}
/** The settings of the inputs the command's runtime carries (from its flags, or the library's options). */
function settingsOfRuntime(deps, cwd, options = {}) {
    const inputs = Object.fromEntries(Object.values(_settings_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc).map(({ name }) => [name, deps.runtime.input(name)]));
    return settingsFromFlags(deps, inputs, deps.runtime.env, cwd, options);
}


/***/ }),

/***/ 39517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ realDeps)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/adapters/actions-artifact.ts
let library;
function loadArtifact() {
    library ??= Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(148)]).then(__webpack_require__.bind(__webpack_require__, 94148));
    return library;
}
class ActionsArtifactStore {
    env;
    constructor(env = process.env) {
        this.env = env;
    }
    availability() {
        return artifactAvailability(this.env);
    }
    async upload(request) {
        const availability = this.availability();
        if (!availability.available)
            return { kind: 'unavailable', reason: availability.reason };
        // A stalled blob upload is given up after this long (the library's own default is 5 minutes).
        this.env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS ??= String(request.timeoutMs);
        const started = Date.now();
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => resolve({ error: `no answer within ${Math.round(request.timeoutMs / 1000)} s` }), request.timeoutMs);
        });
        try {
            const outcome = await Promise.race([
                loadArtifact()
                    .then(({ DefaultArtifactClient }) => new DefaultArtifactClient().uploadArtifact(request.name, request.files, request.rootDirectory))
                    .then((response) => ({ response }), (error) => ({ error: error instanceof Error ? error.message : String(error) })),
                timeout,
            ]);
            const durationMs = Date.now() - started;
            if ('error' in outcome)
                return { kind: 'failed', reason: outcome.error, durationMs };
            const id = outcome.response.id;
            if (id === undefined)
                return { kind: 'failed', reason: 'the artifact service answered no artifact id', durationMs };
            const url = artifactUrl(this.env, id);
            return { kind: 'uploaded', id, sizeBytes: outcome.response.size ?? 0, durationMs, ...(url ? { url } : {}) };
        }
        finally {
            clearTimeout(timer);
        }
    }
}
/** Whether @actions/artifact can upload here, and why not: from the variables the runner sets. */
function artifactAvailability(env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
    if (missing.length)
        return { available: false, reason: `no artifact service here (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: a run outside GitHub Actions)` };
    // As the library decides (internal/shared/config.ts isGhes): it refuses GitHub Enterprise Server.
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
    if (host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')) {
        return { available: false, reason: 'GitHub Enterprise Server: @actions/artifact does not upload there (upload logs-dir with the upload-artifact version your server supports)' };
    }
    return { available: true };
}
/** The artifact's page, as actions/upload-artifact links it. */
function artifactUrl(env, id) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
    return server && repository && run ? `${server}/${repository}/actions/runs/${run}/artifacts/${id}` : undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/actions-cache.ts


let actions_cache_library;
/**
 * @actions/cache (with the Azure SDK) is most of a bundle's weight and start-up time; it is loaded
 * only when a cache service is there to talk to, so runs without one start as fast as without it.
 */
function loadCache() {
    actions_cache_library ??= Promise.all(/* import() */[__webpack_require__.e(732), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
    return actions_cache_library;
}
class ActionsCacheStore {
    root;
    env;
    constructor(
    /** Where entry directories live: `<workspace>/.docker-stability-cache` in the action. */
    root, env = process.env) {
        this.root = root;
        this.env = env;
    }
    availability() {
        return cacheAvailability(this.env, featureAvailable(this.env));
    }
    freshDirectory(name) {
        const directory = external_node_path_default().join(this.root, name);
        (0,external_node_fs_.rmSync)(directory, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(this.root, '.gitignore'), '*\n');
        return directory;
    }
    discard(directory) {
        (0,external_node_fs_.rmSync)(directory, { recursive: true, force: true });
        // The root goes too once nothing else is in it (the workspace is the user's).
        try {
            if ((0,external_node_fs_.readdirSync)(this.root).every((name) => name === '.gitignore'))
                (0,external_node_fs_.rmSync)(this.root, { recursive: true, force: true });
        }
        catch {
            // Already gone.
        }
    }
    async restore(request) {
        const availability = this.availability();
        if (!availability.available)
            return { kind: 'unavailable', reason: availability.reason };
        if (!availability.canRestore)
            return { kind: 'unavailable', reason: `the runner's cache mode (${this.env.ACTIONS_CACHE_MODE}) does not allow restoring` };
        const started = Date.now();
        const outcome = await bounded(request.timeoutMs, () => loadCache().then((cache) => cache.restoreCache([versionPath(request.directory)], request.primaryKey, request.restoreKeys, { lookupOnly: request.lookupOnly })));
        const durationMs = Date.now() - started;
        if ('error' in outcome)
            return { kind: 'failed', reason: outcome.error, durationMs };
        return outcome.value ? { kind: 'hit', key: outcome.value, durationMs } : { kind: 'miss', durationMs };
    }
    async save(request) {
        const availability = this.availability();
        if (!availability.available)
            return { kind: 'unavailable', reason: availability.reason };
        if (!availability.canSave)
            return { kind: 'unavailable', reason: `the runner's cache mode (${this.env.ACTIONS_CACHE_MODE}) does not allow saving` };
        const started = Date.now();
        const paths = [versionPath(request.directory)];
        const outcome = await bounded(request.timeoutMs, async () => {
            const cache = await loadCache();
            const id = await cache.saveCache(paths, request.key);
            // v1 answers the reserved id even when the upload or commit then failed (it logs a warning
            // and goes on), so a v1 save is confirmed by looking the key up; v2 answers an id only
            // once the entry is finalized.
            if (id > 0 && availability.protocol === 'v1') {
                const found = await cache.restoreCache(paths, request.key, [], { lookupOnly: true });
                return found === request.key ? id : -1;
            }
            return id;
        });
        const durationMs = Date.now() - started;
        if ('error' in outcome)
            return { kind: 'failed', reason: outcome.error, durationMs };
        // saveCache answers -1 when the service refused (the key exists, a quota) and logs why.
        return outcome.value > 0
            ? { kind: 'saved', key: request.key, durationMs }
            : { kind: 'not-saved', reason: 'the cache service did not take the entry (the log above says why)', durationMs };
    }
}
/** Whether @actions/cache can work here, and why not: pure, from the variables the runner sets. */
function cacheAvailability(env, serviceAvailable) {
    const protocol = cacheProtocol(env);
    if (!serviceAvailable) {
        const variable = protocol === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL';
        return {
            available: false,
            reason: `no Actions cache service here (${variable} is not set: a local run, or GitHub Enterprise Server without the Actions cache)`,
        };
    }
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return { available: false, reason: 'no Actions cache service here (ACTIONS_RUNTIME_TOKEN is not set)' };
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const known = ['none', 'read', 'write', 'write-only'].includes(mode);
    return {
        available: true,
        protocol,
        canRestore: !known || mode === 'read' || mode === 'write',
        canSave: !known || mode === 'write' || mode === 'write-only',
    };
}
/**
 * What @actions/cache's isFeatureAvailable() answers (lib/cache.js): the service URL of the
 * protocol it will speak is set. Read here from the environment so the library need not load.
 */
function featureAvailable(env) {
    return Boolean(cacheProtocol(env) === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL);
}
/** As @actions/cache decides (internal/config.ts): GHES always speaks v1. */
function cacheProtocol(env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    return !ghes && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}
/** The path string the library hashes into the version: relative under the working directory. */
function versionPath(directory, cwd = process.cwd()) {
    const relative = external_node_path_default().relative(cwd, directory);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : directory;
}
async function bounded(timeoutMs, operation) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ error: `no answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
    });
    try {
        return await Promise.race([
            operation().then((value) => ({ value }), (error) => ({ error: error instanceof Error ? error.message : String(error) })),
            timeout,
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./src/adapters/background-processes.ts
var background_processes = __webpack_require__(99594);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/adapters/bundles.ts



/**
 * The monitor bundle beside the running code: dist/monitor/index.js next to dist/main (or
 * dist/post, dist/cli) — found from this module's own location, not from how node was started
 * (GitHub's local-action runner starts our code through its own script). Undefined when absent.
 */
function monitorScript() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [external_node_path_default().join(here, '..', 'monitor', 'index.js'), external_node_path_default().join(here, '..', '..', 'dist', 'monitor', 'index.js')];
    return candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
}
/** The CLI bundle beside the running code, for the kept-stack note of the summary. */
function cliScript() {
    return external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', 'cli', 'index.js');
}

// EXTERNAL MODULE: ./src/adapters/command-runner.ts
var command_runner = __webpack_require__(13532);
// EXTERNAL MODULE: ./src/adapters/docker-endpoint.ts + 6 modules
var docker_endpoint = __webpack_require__(43108);
// EXTERNAL MODULE: ./src/adapters/host-probe.ts
var host_probe = __webpack_require__(56043);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/adapters/network-probe.ts


/**
 * The runner's view of a stack's published ports, through node:net and node:http. Each attempt
 * settles once, within its timeout, and leaves no socket open. Nothing the other side says is
 * kept beyond an HTTP status code.
 */
const nodeNetworkProbe = {
    tcp: (host, port, { timeoutMs, holdMs }) => new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host, port });
        let settled = false;
        let hold;
        const settle = (answer) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(hold);
            socket.destroy();
            resolve(answer);
        };
        const timer = setTimeout(() => settle({ ok: false, reason: `no connection within ${timeoutMs} ms` }), timeoutMs);
        socket.once('connect', () => {
            // Docker's userland proxy accepts first and closes at once when nothing listens behind it.
            hold = setTimeout(() => settle({ ok: true, detail: 'accepted and held open' }), holdMs);
        });
        socket.once('data', () => settle({ ok: true, detail: 'accepted; the service spoke first' }));
        socket.once('end', () => settle({ ok: false, reason: 'accepted, then closed at once (nothing listens behind the published port yet)' }));
        socket.once('close', () => settle({ ok: false, reason: 'the connection closed' }));
        socket.once('error', (error) => settle({ ok: false, reason: error.code === 'ECONNREFUSED' ? 'connection refused' : (error.code ?? error.message) }));
    }),
    http: (url, { timeoutMs }) => new Promise((resolve) => {
        let settled = false;
        const settle = (answer) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.destroy();
            resolve(answer);
        };
        // No keep-alive: the probe must not hold a connection the service counts.
        const request = external_node_http_default().get(url, { agent: false, headers: { 'user-agent': 'docker-stability-readiness', connection: 'close' } }, (response) => {
            const status = response.statusCode ?? 0;
            response.resume();
            settle(status >= 200 && status < 300 ? { ok: true, detail: `HTTP ${status}` } : { ok: false, reason: `HTTP ${status}` });
        });
        const timer = setTimeout(() => settle({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
        request.once('error', (error) => settle({ ok: false, reason: error.code === 'ECONNREFUSED' ? 'connection refused' : error.code === 'ECONNRESET' ? 'connection reset (nothing listens behind the published port yet?)' : (error.code ?? error.message) }));
    }),
};

// EXTERNAL MODULE: ./src/adapters/node-files.ts
var node_files = __webpack_require__(16828);
// EXTERNAL MODULE: ./src/adapters/system-clock.ts
var system_clock = __webpack_require__(99180);
// EXTERNAL MODULE: ./src/adapters/this-process.ts + 2 modules
var this_process = __webpack_require__(58509);
// EXTERNAL MODULE: ./src/compose/compose-cli.ts + 1 modules
var compose_cli = __webpack_require__(76407);
// EXTERNAL MODULE: ./src/ports/command.ts
var command = __webpack_require__(30205);
;// CONCATENATED MODULE: ./src/adapters/docker-cli-images.ts


// Saving, loading and identifying images with the docker CLI, through the CommandRunner port
// rather than the DockerApi port: `docker image inspect` resolves a reference exactly as the
// daemon does, and `docker save -o` / `docker load -i` stream between the daemon and a file
// without passing gigabytes through this process. Every call has a timeout. (Pulling is the
// pull phase's: src/stack/pull.ts, through `docker compose pull`.)
const INSPECT_TIMEOUT_MS = 30_000;
const SAVE_LOAD_TIMEOUT_MS = 15 * 60_000;
class DockerCliImages {
    commands;
    constructor(commands) {
        this.commands = commands;
    }
    async imageId(reference) {
        try {
            const result = await this.commands.run(['docker', 'image', 'inspect', '--format', '{{.Id}}', reference], { timeoutMs: INSPECT_TIMEOUT_MS });
            return result.stdout.trim() || undefined;
        }
        catch (error) {
            // "No such image" is an answer; a daemon that does not answer is not.
            if (error instanceof command/* CommandError */.Q && error.reason === 'exit' && /no such (image|object)/i.test(error.stderrTail))
                return undefined;
            throw error;
        }
    }
    async save(references, file) {
        const result = await this.commands.run(['docker', 'save', '--output', file, ...references], { timeoutMs: SAVE_LOAD_TIMEOUT_MS });
        return { durationMs: result.durationMs, sizeBytes: (0,external_node_fs_.statSync)(file).size };
    }
    async load(file) {
        const result = await this.commands.run(['docker', 'load', '--quiet', '--input', file], { timeoutMs: SAVE_LOAD_TIMEOUT_MS });
        return { durationMs: result.durationMs };
    }
}

;// CONCATENATED MODULE: ./src/app/deps.ts
















/** The real adapters around the runtime the entry point chose (the runner's, or the CLI's terminal). */
function realDeps(env, runtime) {
    const commands = new command_runner/* ProcessCommandRunner */.r();
    const self = (0,this_process.thisProcess)(env);
    return {
        runtime,
        // DOCKER_HOST, DOCKER_CONTEXT or the CLI's current context, as `docker compose` decides.
        docker: (0,docker_endpoint/* dockerApiFromEnvironment */.uy)(env),
        compose: new compose_cli/* DockerComposeCli */.D(commands),
        commands,
        files: node_files.nodeFiles,
        clock: system_clock/* systemClock */.m,
        host: host_probe/* linuxHostProbe */.HS,
        processes: background_processes/* nodeBackgroundProcesses */.w,
        self,
        randomHex: () => (0,external_node_crypto_.randomBytes)(3).toString('hex'),
        monitorScript: monitorScript,
        cliScript: cliScript,
        // Entries live under the workspace: @actions/cache versions entries by the path it is given.
        cache: new ActionsCacheStore(external_node_path_default().join(env.GITHUB_WORKSPACE || self.cwd(), '.docker-stability-cache'), env),
        images: new DockerCliImages(commands),
        network: nodeNetworkProbe,
        artifacts: new ActionsArtifactStore(env),
    };
}


/***/ }),

/***/ 38087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _S: () => (/* binding */ finishMonitoring),
  R4: () => (/* binding */ startMonitoring),
  hL: () => (/* binding */ stopMonitoring),
  gl: () => (/* binding */ timeToHealthyLine)
});

// UNUSED EXPORTS: MONITOR_NODE_OPTIONS, MONITOR_STOP_TIMEOUT_MS

// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/monitor/config.ts
// How main tells the detached monitor what to watch: a JSON file in the run directory whose
// path is in an environment variable (no arguments to quote, nothing secret on a command line).
const MONITOR_CONFIG_ENV = 'DOCKER_STABILITY_MONITOR_CONFIG';
/**
 * The secret values main knows, as a JSON array, for the monitor to blank from what it writes.
 * An environment variable of the detached process, not a file: nothing secret on disk.
 */
const MONITOR_SECRETS_ENV = 'DOCKER_STABILITY_MONITOR_SECRETS';
/** The secret values handed over in the environment (none when absent or malformed). */
function monitorSecrets(env) {
    try {
        const values = JSON.parse(env[MONITOR_SECRETS_ENV] ?? '[]');
        return Array.isArray(values) ? values.filter((value) => typeof value === 'string') : [];
    }
    catch {
        return [];
    }
}
/** A GitHub-hosted job lasts at most 6 hours; a little margin for post's own work. */
const DEFAULT_MAX_LIFETIME_MS = 6 * 3_600_000 + 15 * 60_000;
const DEFAULT_IDLE_EXIT_MS = 15 * 60_000;
const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
function monitorConfig(fields) {
    return {
        version: 1,
        maxLifetimeMs: DEFAULT_MAX_LIFETIME_MS,
        idleExitMs: DEFAULT_IDLE_EXIT_MS,
        maxFileBytes: DEFAULT_MAX_FILE_BYTES,
        ...fields,
    };
}
/** Parses and checks the file main wrote; throws naming the first thing wrong. */
function parseMonitorConfig(text) {
    const raw = JSON.parse(text);
    if (raw.version !== 1)
        throw new Error(`monitor config: version ${String(raw.version)} is not 1`);
    for (const key of ['projectName', 'samplesFile', 'runDir']) {
        if (typeof raw[key] !== 'string' || raw[key] === '')
            throw new Error(`monitor config: ${key} is missing`);
    }
    for (const key of ['sampleIntervalMs', 'startedAtMs', 'maxLifetimeMs', 'idleExitMs', 'maxFileBytes']) {
        const value = raw[key];
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
            throw new Error(`monitor config: ${key} must be a positive number`);
    }
    if (raw.lease !== undefined) {
        const lease = raw.lease;
        if (typeof lease.namespace !== 'string' || typeof lease.id !== 'string' || typeof lease.ttlMs !== 'number' || !(lease.ttlMs > 0)) {
            throw new Error('monitor config: lease needs namespace, id and a positive ttlMs');
        }
    }
    return raw;
}

;// CONCATENATED MODULE: ./src/monitor/series.ts
// A time series that never holds more than `capacity` points, however long the job runs: when
// it overflows, adjacent points are merged pairwise (peaks kept, CPU averaged) and the width of
// a point doubles, so resolution stays even across the whole run. A 6-hour job at 2 s (10,800
// samples) ends with 200–400 points per container with capacity 400.
function mergePoints(a, b) {
    const n = a.n + b.n;
    return {
        t: a.t,
        d: Math.max(a.d, b.t + b.d - a.t),
        n,
        cpu: (a.cpu * a.n + b.cpu * b.n) / n,
        cpuMax: Math.max(a.cpuMax, b.cpuMax),
        mem: Math.max(a.mem, b.mem),
        pids: Math.max(a.pids, b.pids),
        // Counters are cumulative: the later reading covers both.
        rx: b.rx,
        tx: b.tx,
        rd: b.rd,
        wr: b.wr,
    };
}
class BoundedSeries {
    capacity;
    points = [];
    /** A new sample joins the last point when it starts less than this after it. */
    widthMs = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (capacity < 4)
            throw new Error(`A series needs room for at least 4 points, not ${capacity}`);
    }
    add(point) {
        const last = this.points.at(-1);
        if (last && this.widthMs > 0 && point.t - last.t < this.widthMs) {
            this.points[this.points.length - 1] = mergePoints(last, point);
            return;
        }
        this.points.push(point);
        if (this.points.length > this.capacity)
            this.halve();
    }
    /** Replaces the content with points read back from a compacted file. */
    restore(points, widthMs) {
        this.points = points.slice(-this.capacity);
        this.widthMs = widthMs;
    }
    get width() {
        return this.widthMs;
    }
    all() {
        return this.points;
    }
    halve() {
        const first = this.points[0];
        const last = this.points.at(-1);
        const typicalGap = (last.t - first.t) / Math.max(1, this.points.length - 1);
        const merged = [];
        for (let index = 0; index < this.points.length; index += 2) {
            const next = this.points[index + 1];
            merged.push(next ? mergePoints(this.points[index], next) : this.points[index]);
        }
        this.points = merged;
        this.widthMs = this.widthMs > 0 ? this.widthMs * 2 : Math.max(1, Math.round(typicalGap * 2));
    }
}
/** Peak and mean over a whole series. */
function seriesTotals(points) {
    let peakMem = 0;
    let peakCpu = 0;
    let weighted = 0;
    let samples = 0;
    for (const point of points) {
        peakMem = Math.max(peakMem, point.mem);
        peakCpu = Math.max(peakCpu, point.cpuMax);
        weighted += point.cpu * point.n;
        samples += point.n;
    }
    return { peakMem, peakCpu, meanCpu: samples ? weighted / samples : 0, samples };
}

;// CONCATENATED MODULE: ./src/monitor/analysis.ts

/** Points kept per series in the report (report.json and the charts' raw material). */
const REPORT_POINTS = 200;
function analyseMonitor(state) {
    const startedAtMs = state.meta?.startedAtMs ?? 0;
    const byService = new Map();
    const series = [];
    for (const container of [...state.containers.values()].sort((a, b) => a.i - b.i)) {
        const points = state.series.get(container.i)?.all() ?? [];
        const totals = seriesTotals(points);
        const counters = state.counters.get(container.id);
        const final = state.finals.get(container.id);
        const run = byService.get(container.service) ?? emptyRun(container.service, container.image);
        byService.set(container.service, run);
        run.containers.push(container.name);
        if (container.limit > 0)
            run.memoryLimitBytes = Math.max(run.memoryLimitBytes ?? 0, container.limit);
        run.hasHealthcheck ||= container.health;
        run.peakMemoryBytes = Math.max(run.peakMemoryBytes, totals.peakMem);
        run.peakCpuPercent = Math.max(run.peakCpuPercent, totals.peakCpu);
        run.meanCpuPercent = (run.meanCpuPercent * run.samples + totals.meanCpu * totals.samples) / Math.max(1, run.samples + totals.samples);
        run.samples += totals.samples;
        run.peakPids = Math.max(run.peakPids, ...points.map((p) => p.pids), 0);
        const last = points.at(-1);
        if (last) {
            run.rxBytes += last.rx;
            run.txBytes += last.tx;
            run.readBytes += last.rd;
            run.writeBytes += last.wr;
        }
        // Starts after the first are restarts; the restart count inspect reports covers restarts
        // during a gap in the event stream (policy restarts only, so the larger of the two).
        run.restarts += Math.max(Math.max(0, (counters?.starts ?? 0) - 1), final?.restartCount ?? 0);
        run.oomKills += Math.max(counters?.ooms ?? 0, final?.oomKilled ? 1 : 0);
        run.unhealthy += counters?.unhealthy ?? 0;
        if (counters?.firstStartMs !== undefined && counters.firstHealthyMs !== undefined) {
            run.timeToHealthyMs = Math.max(run.timeToHealthyMs ?? 0, counters.firstHealthyMs - counters.firstStartMs);
        }
        if (points.length > 0)
            series.push(chartSeries(shortName(container.name, state.meta?.project), points, startedAtMs));
    }
    const stackPoints = state.series.get('stack')?.all() ?? [];
    const hostPoints = state.series.get('host')?.all() ?? [];
    const lastTick = Math.max(state.lastTickMs ?? 0, ...stackPoints.map((p) => p.t + p.d));
    return {
        intervalMs: state.meta?.intervalMs ?? 0,
        startedAtMs,
        endedAtMs: Math.max(lastTick, state.end?.t ?? 0, startedAtMs),
        endReason: state.end ? `${state.end.reason}${state.end.detail ? `: ${state.end.detail}` : ''}` : undefined,
        services: [...byService.values()].sort((a, b) => a.service.localeCompare(b.service)),
        stackPeakMemoryBytes: seriesTotals(stackPoints).peakMem,
        host: hostPoints.length > 0 && state.hostTotalBytes
            ? { totalBytes: state.hostTotalBytes, peakUsedBytes: seriesTotals(hostPoints).peakMem }
            : undefined,
        events: state.events(),
        droppedEvents: state.dropped,
        gaps: state.gaps.map((gap) => ({ fromMs: gap.from, toMs: gap.to, reason: gap.reason })),
        notes: state.notes,
        series,
        stackSeries: downsample(stackPoints, REPORT_POINTS).map((p) => [p.t - startedAtMs, p.mem]),
    };
}
/** "db-1" for "dsa-812-1-api-db-1": the project prefix says nothing inside its own summary. */
function shortName(name, project) {
    return project && name.startsWith(`${project}-`) ? name.slice(project.length + 1) : name;
}
function emptyRun(service, image) {
    return {
        service,
        containers: [],
        image,
        peakMemoryBytes: 0,
        meanCpuPercent: 0,
        peakCpuPercent: 0,
        peakPids: 0,
        restarts: 0,
        oomKills: 0,
        unhealthy: 0,
        hasHealthcheck: false,
        rxBytes: 0,
        txBytes: 0,
        readBytes: 0,
        writeBytes: 0,
        samples: 0,
    };
}
function chartSeries(name, points, startedAtMs) {
    const reduced = downsample(points, REPORT_POINTS);
    return {
        name,
        memory: reduced.map((p) => [p.t - startedAtMs, p.mem]),
        cpu: reduced.map((p) => [p.t - startedAtMs, Math.round(p.cpu * 100) / 100]),
    };
}
/** At most `max` points: consecutive points merged in equal groups, peaks kept. */
function downsample(points, max) {
    if (points.length <= max)
        return [...points];
    const group = Math.ceil(points.length / max);
    const result = [];
    for (let index = 0; index < points.length; index += group) {
        const slice = points.slice(index, index + group);
        result.push({
            ...slice[0],
            mem: Math.max(...slice.map((p) => p.mem)),
            cpuMax: Math.max(...slice.map((p) => p.cpuMax)),
            cpu: slice.reduce((sum, p) => sum + p.cpu * p.n, 0) / Math.max(1, slice.reduce((sum, p) => sum + p.n, 0)),
            n: slice.reduce((sum, p) => sum + p.n, 0),
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/monitor/records.ts
function pointToTuple(p) {
    return [p.t, p.d, p.n, Math.round(p.cpu * 1000) / 1000, round2(p.cpuMax), p.mem, p.pids, p.rx, p.tx, p.rd, p.wr];
}
function tupleToPoint(t) {
    return { t: t[0], d: t[1], n: t[2], cpu: t[3], cpuMax: t[4], mem: t[5], pids: t[6], rx: t[7], tx: t[8], rd: t[9], wr: t[10] };
}
function round2(value) {
    return Math.round(value * 100) / 100;
}
/** Parses one line; undefined for a torn last line (the worker was killed mid-write) or junk. */
function parseRecord(line) {
    if (!line.startsWith('{'))
        return undefined;
    try {
        const record = JSON.parse(line);
        return typeof record.k === 'string' ? record : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/monitor/state.ts


const DEFAULT_LIMITS = { pointsPerSeries: 400, eventsHead: 500, eventsTail: 1500, gaps: 100, notes: 50 };
const emptyCounters = () => ({ starts: 0, ooms: 0, dies: 0, unhealthy: 0 });
/**
 * Everything the monitor knows, bounded. Built by applying records in order — live ones as the
 * worker makes them, or a file's lines when post reads it back — so both sides agree.
 */
class MonitorState {
    limits;
    meta;
    containers = new Map();
    byId = new Map();
    series = new Map();
    counters = new Map();
    finals = new Map();
    head = [];
    tail = [];
    dropped = {};
    gaps = [];
    notes = [];
    end;
    hostTotalBytes;
    lastTickMs;
    constructor(limits = DEFAULT_LIMITS) {
        this.limits = limits;
    }
    apply(record) {
        switch (record.k) {
            case 'meta':
                this.meta = record;
                this.hostTotalBytes = record.hostMemTotal;
                break;
            case 'ctr':
                this.containers.set(record.i, record);
                this.byId.set(record.id, record);
                break;
            case 'tick':
                this.applyTick(record.t, record.h, record.c);
                break;
            case 'ev':
                this.applyEvent(record);
                break;
            case 'gap':
                this.gaps.push(record);
                if (this.gaps.length > this.limits.gaps)
                    this.mergeOldestGaps();
                break;
            case 'note':
                if (this.notes.length < this.limits.notes)
                    this.notes.push(record.text);
                break;
            case 'final':
                this.finals.set(record.id, record);
                break;
            case 'end':
                this.end = record;
                break;
            case 'series':
                this.seriesOf(record.of).restore(record.p.map(tupleToPoint), record.w);
                break;
            case 'counters':
                for (const [id, counters] of Object.entries(record.c))
                    this.counters.set(id, { ...counters });
                break;
            case 'events':
                this.head = record.head;
                this.tail = record.tail;
                this.dropped = { ...record.dropped };
                break;
        }
    }
    /** The next free container index (the writer assigns them). */
    nextIndex() {
        return this.containers.size === 0 ? 0 : Math.max(...this.containers.keys()) + 1;
    }
    events() {
        return [...this.head, ...this.tail];
    }
    /** The same state as records: what compaction writes instead of the live lines. */
    snapshot() {
        const records = [];
        if (this.meta)
            records.push(this.meta);
        for (const container of this.containers.values())
            records.push(container);
        for (const [of, series] of this.series)
            records.push({ k: 'series', of, w: series.width, p: series.all().map(pointToTuple) });
        records.push({ k: 'counters', c: Object.fromEntries(this.counters) });
        records.push({ k: 'events', head: this.head, tail: this.tail, dropped: this.dropped });
        records.push(...this.gaps);
        for (const text of this.notes)
            records.push({ k: 'note', t: 0, text });
        records.push(...this.finals.values());
        if (this.end)
            records.push(this.end);
        return records;
    }
    seriesOf(key) {
        let series = this.series.get(key);
        if (!series) {
            series = new BoundedSeries(this.limits.pointsPerSeries);
            this.series.set(key, series);
        }
        return series;
    }
    applyTick(t, host, samples) {
        this.lastTickMs = t;
        let stackMemory = 0;
        let stackCpu = 0;
        for (const [index, cpu, mem, pids, rx, tx, rd, wr] of samples) {
            stackMemory += mem;
            stackCpu += cpu;
            this.seriesOf(index).add({ t, d: 0, n: 1, cpu, cpuMax: cpu, mem, pids, rx, tx, rd, wr });
        }
        this.seriesOf('stack').add({ t, d: 0, n: 1, cpu: stackCpu, cpuMax: stackCpu, mem: stackMemory, pids: samples.length, rx: 0, tx: 0, rd: 0, wr: 0 });
        if (host) {
            this.hostTotalBytes = host[1];
            this.seriesOf('host').add({ t, d: 0, n: 1, cpu: 0, cpuMax: 0, mem: host[0], pids: 0, rx: 0, tx: 0, rd: 0, wr: 0 });
        }
    }
    applyEvent(record) {
        const { k: _kind, ...event } = record;
        const counters = this.counters.get(event.id) ?? emptyCounters();
        this.counters.set(event.id, counters);
        if (event.action === 'start') {
            counters.starts += 1;
            counters.firstStartMs ??= event.t;
        }
        else if (event.action === 'oom')
            counters.ooms += 1;
        else if (event.action === 'die')
            counters.dies += 1;
        else if (event.action === 'health_status: unhealthy')
            counters.unhealthy += 1;
        else if (event.action === 'health_status: healthy' && counters.firstStartMs !== undefined)
            counters.firstHealthyMs ??= event.t;
        if (this.head.length < this.limits.eventsHead) {
            this.head.push(event);
            return;
        }
        this.tail.push(event);
        if (this.tail.length > this.limits.eventsTail) {
            const dropped = this.tail.shift();
            this.dropped[dropped.action] = (this.dropped[dropped.action] ?? 0) + 1;
        }
    }
    mergeOldestGaps() {
        const [first, second, ...rest] = this.gaps;
        if (!first || !second)
            return;
        this.gaps = [{ k: 'gap', from: first.from, to: second.to, reason: `${first.reason}; and later` }, ...rest];
    }
}

;// CONCATENATED MODULE: ./src/monitor/control.ts




/** Writes the config next to the samples and starts `node <script>` detached. */
function startMonitor(deps, options) {
    deps.writeFile(options.configFile, JSON.stringify(options.config, null, 2));
    const pid = deps.processes.spawnDetached(options.nodePath, [...(options.nodeOptions ?? []), options.script], {
        ...options.env,
        [MONITOR_CONFIG_ENV]: options.configFile,
        ...(options.secrets?.length ? { [MONITOR_SECRETS_ENV]: JSON.stringify(options.secrets) } : {}),
    });
    if (pid === undefined)
        return { error: `could not start ${options.nodePath} ${options.script}` };
    return { pid, startTicks: deps.host.processIdentity(pid)?.startTicks, samplesFile: options.config.samplesFile, configFile: options.configFile };
}
/** How long a monitor that wrote its end record may take to exit before it is killed. */
const EXIT_AFTER_END_MS = 2000;
/**
 * How often post looks for the end record and the exit. The monitor drops its tick on the signal
 * (sampler.ts), so it usually ends within tens of milliseconds; teardown waits on this.
 */
const POLL_MS = 20;
/**
 * SIGTERM, then wait (bounded) until the monitor wrote its end record or exited; SIGKILL when
 * it does not. Signals only the very process main started (pid and start time both match).
 */
async function stopMonitor(deps, handle, timeoutMs) {
    // Without /proc (macOS runners) the start time is unknown: the pid alone has to do.
    const alive = () => handle.startTicks === undefined || deps.host.processIdentity(handle.pid)?.startTicks === handle.startTicks;
    if (hasEnded(deps, handle))
        return 'not-running';
    if (!alive() || !deps.processes.signal(handle.pid, 'SIGTERM'))
        return 'not-running';
    const deadline = deps.clock.now() + timeoutMs;
    while (deps.clock.now() < deadline && !hasEnded(deps, handle))
        await deps.clock.sleep(POLL_MS);
    if (!hasEnded(deps, handle)) {
        if (alive())
            deps.processes.signal(handle.pid, 'SIGKILL');
        return 'killed';
    }
    // Flushed: it exits right after its end record. Whatever still runs then is stuck, not busy.
    if (handle.startTicks === undefined)
        return 'stopped';
    const exitDeadline = deps.clock.now() + EXIT_AFTER_END_MS;
    while (deps.clock.now() < exitDeadline && alive())
        await deps.clock.sleep(POLL_MS);
    if (alive())
        deps.processes.signal(handle.pid, 'SIGKILL');
    return 'stopped';
}
function hasEnded(deps, handle) {
    return /"k":"end"/.test(deps.readTail(handle.samplesFile, 4096));
}
/** Folds the monitor's file (live lines, a compacted snapshot, or both) into its report. */
function readMonitorFile(text) {
    const state = new MonitorState();
    let records = 0;
    for (const line of text.split('\n')) {
        const record = parseRecord(line);
        if (!record)
            continue;
        state.apply(record);
        records += 1;
    }
    return records > 0 && state.meta ? analyseMonitor(state) : undefined;
}

// EXTERNAL MODULE: ./src/app/run-files.ts + 1 modules
var run_files = __webpack_require__(43215);
;// CONCATENATED MODULE: ./src/app/monitoring.ts




/** How long the finish waits for the monitor's final flush before it kills it. */
const MONITOR_STOP_TIMEOUT_MS = 8000;
/**
 * V8 flags for the worker. Its state is bounded to a few MB and it runs at ~65–70 MB resident
 * with or without smaller heap flags (bench/monitor.ts); the cap is a guard: should it ever
 * grow, the monitor dies, not the runner.
 */
const MONITOR_NODE_OPTIONS = ['--max-old-space-size=128'];
function controlDeps(deps) {
    return {
        processes: deps.processes,
        host: deps.host,
        clock: deps.clock,
        writeFile: (file, text) => deps.files.writeText(file, text),
        readTail: (file, bytes) => deps.files.readTail(file, bytes),
    };
}
/** Starts the detached monitor for the project; a problem (never thrown) when it cannot. */
function startMonitoring(deps, options) {
    const script = deps.monitorScript();
    if (!script)
        return { problem: 'the monitor bundle (dist/monitor/index.js) is missing, so nothing was sampled' };
    const { configFile, samplesFile } = (0,run_files/* monitorFiles */.Sy)(options.runDir);
    const started = startMonitor(controlDeps(deps), {
        nodePath: deps.self.nodePath,
        script,
        configFile,
        nodeOptions: MONITOR_NODE_OPTIONS,
        env: deps.runtime.env,
        secrets: deps.runtime.redactor.values(),
        config: monitorConfig({
            projectName: options.projectName,
            sampleIntervalMs: options.sampleIntervalMs,
            samplesFile,
            runDir: options.runDir,
            // Events since the run began (the monitor asks the daemon from then on), so start and
            // health events that come before the worker has booted are still in its stream.
            startedAtMs: options.startedAtMs,
            ...(options.lease ? { lease: options.lease } : {}),
        }),
    });
    return 'error' in started ? { problem: `the monitor could not start: ${started.error}` } : started;
}
/** Stops the monitor (bounded) and reads what it saw. */
async function finishMonitoring(deps, handle) {
    const outcome = await stopMonitor(controlDeps(deps), handle, MONITOR_STOP_TIMEOUT_MS);
    const problems = [];
    if (outcome === 'killed')
        problems.push(`the monitor did not finish within ${(0,units/* formatDuration */.a3)(MONITOR_STOP_TIMEOUT_MS)} and was killed; its last samples may be missing`);
    const text = deps.files.readText(handle.samplesFile);
    const monitor = text ? readMonitorFile(text) : undefined;
    if (!monitor) {
        problems.push(`the monitor left no samples (${handle.samplesFile}); it may have failed to start`);
        return { problems };
    }
    if (monitor.endReason && !monitor.endReason.startsWith('stopped'))
        problems.push(`the monitor ended before the end of the run: ${monitor.endReason}`);
    if (!monitor.endReason && outcome !== 'killed')
        problems.push('the monitor ended without its final record (killed?); results run up to its last sample');
    return { monitor, problems };
}
/** Stops the monitor without reading it (a start that failed). */
async function stopMonitoring(deps, handle) {
    return stopMonitor(controlDeps(deps), handle, MONITOR_STOP_TIMEOUT_MS);
}
/** "web 2.1 s, db 4.8 s": per-service time to healthy as far as the monitor has seen it. */
function timeToHealthyLine(deps, handle) {
    const text = deps.files.readText(handle.samplesFile);
    const services = text ? readMonitorFile(text)?.services : undefined;
    const parts = (services ?? []).map((service) => service.timeToHealthyMs !== undefined ? `${service.service} ${(0,units/* formatDuration */.a3)(service.timeToHealthyMs)}` : `${service.service} ${service.hasHealthcheck ? 'not seen' : 'no health check'}`);
    return parts.length ? parts.join(', ') : undefined;
}


/***/ }),

/***/ 28681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ recallHistory),
  c: () => (/* binding */ recordHistory)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/baseline/document.ts
var baseline_document = __webpack_require__(84066);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/ports/cache.ts
// The Actions cache as this product uses it: a store of immutable entries, each the files of one
// directory under a key, found again by exact key or by key prefix (newest first). One real
// adapter (@actions/cache, src/adapters/actions-cache.ts); unit tests hand in fakes. Nothing here
// throws: a cache is an optimisation, so every answer says what happened and the job goes on.
/** Keys may hold any character but a comma, and at most 512 of them (@actions/cache checkKey). */
const MAX_CACHE_KEY_LENGTH = 512;

;// CONCATENATED MODULE: ./src/baseline/keys.ts


const BASELINE_KEY_PREFIX = 'docker-stability-baseline:v1:';
/** Who and where this run is, from the runner's variables and the event payload. */
function runIdentity(env, readText) {
    const refName = env.GITHUB_REF_NAME || (env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, '');
    return {
        repository: env.GITHUB_REPOSITORY || 'local',
        workflow: env.GITHUB_WORKFLOW || 'local',
        job: env.GITHUB_JOB || 'local',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        branch: env.GITHUB_HEAD_REF || refName || 'local',
        baseBranch: env.GITHUB_BASE_REF || undefined,
        defaultBranch: defaultBranch(env.GITHUB_EVENT_PATH ? readText(env.GITHUB_EVENT_PATH) : undefined),
    };
}
function defaultBranch(payload) {
    if (!payload)
        return undefined;
    try {
        const event = JSON.parse(payload);
        const branch = event.repository?.default_branch;
        return typeof branch === 'string' && branch ? branch : undefined;
    }
    catch {
        return undefined;
    }
}
function baselineKeys(identity, stackHash) {
    const stackPrefix = [identity.repository, identity.workflow, identity.job, stackHash].map(keyPart).join(':');
    const prefix = (branch) => `${BASELINE_KEY_PREFIX}${stackPrefix}:${keyPart(branch)}:`;
    const branches = [...new Set([identity.baseBranch, identity.defaultBranch, identity.branch].filter((b) => !!b))];
    const saveKey = `${prefix(identity.branch)}${keyPart(identity.runId)}-${keyPart(identity.runAttempt)}`;
    if (saveKey.length > MAX_CACHE_KEY_LENGTH)
        throw new Error(`baseline cache key longer than ${MAX_CACHE_KEY_LENGTH}: ${saveKey}`);
    return { saveKey, restoreKeys: branches.map(prefix), branches };
}
/**
 * One field of a key: kept as written when it is short and plain; otherwise the plain part,
 * shortened, and a hash of the whole (so `a,b` and `a_b` stay apart). Never ':' nor ','.
 */
function keyPart(text) {
    const plain = text.replace(/[^A-Za-z0-9._/@+-]/g, '_');
    if (plain === text && text.length <= 64)
        return text;
    return `${plain.slice(0, 48)}~${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8)}`;
}

;// CONCATENATED MODULE: ./src/baseline/stack-hash.ts

// "The same stack" across runs: a hash of the canonical model (`docker compose config`), so two
// runs of one stack meet under one cache key even with unique project names, and a changed
// image, limit or command is another stack. Pure.
//
// What is taken out, and why:
// - values of environment variables, build args, secrets' and configs' inline content: they may
//   be secrets, and cache keys and files are readable by every workflow of the repository;
//   the names stay (a new variable is a changed stack, a new value is not);
// - the project name and the project directory wherever they occur (the top-level `name`,
//   `<project>_default` networks, `<project>_data` volumes, absolute build contexts and bind
//   sources), which differ per run or per runner installation and say nothing about the stack.
const SECRET_CONTENT_KEYS = new Set(['content', 'environment']);
/** services.<name>.environment and services.<name>.build.args: maps whose values may be secrets. */
function holdsSecretValues(trail) {
    return (trail[0] === 'services' &&
        ((trail.length === 3 && trail[2] === 'environment') || (trail.length === 4 && trail[2] === 'build' && trail[3] === 'args')));
}
/** 16 hex digits of SHA-256 over the canonical, secret-free, run-independent model. */
function stackHash(model, identity) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalStack(model, identity)).digest('hex').slice(0, 16);
}
/** The text that is hashed (for tests and for explaining a changed hash): sorted-key JSON. */
function canonicalStack(model, identity) {
    const { name: _name, ...rest } = model;
    return JSON.stringify(normalise(rest, identity, []));
}
function normalise(value, identity, trail) {
    if (typeof value === 'string')
        return normaliseText(value, identity);
    if (Array.isArray(value)) {
        // `environment` in list form ("KEY=value") only appears before Compose canonicalises it;
        // handled anyway: keep the name.
        if (holdsSecretValues(trail))
            return value.map((item) => String(item).split('=')[0]).sort();
        return value.map((item) => normalise(item, identity, trail));
    }
    if (value === null || typeof value !== 'object')
        return value;
    const secretValues = holdsSecretValues(trail);
    const topLevelDefinition = trail.length === 2 && (trail[0] === 'secrets' || trail[0] === 'configs');
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const result = {};
    for (const [key, child] of entries) {
        const normalKey = normaliseText(key, identity);
        if (secretValues) {
            result[normalKey] = child === null ? null : '<value>';
        }
        else if (topLevelDefinition && SECRET_CONTENT_KEYS.has(key)) {
            result[normalKey] = '<value>';
        }
        else {
            result[normalKey] = normalise(child, identity, [...trail, key]);
        }
    }
    return result;
}
function normaliseText(text, identity) {
    let result = text;
    if (identity.projectDirectory && identity.projectDirectory.length > 1)
        result = result.split(identity.projectDirectory).join('<project-dir>');
    if (identity.projectName)
        result = result.split(identity.projectName).join('<project>');
    return result;
}

;// CONCATENATED MODULE: ./src/baseline/cache-io.ts




// Restoring the baseline in main and saving this run's in post, through the cache port. Never
// throws: without a cache service it says so once (in main) and the job goes on.
/** A small entry: a slow answer means a sick service, not a big download. */
const BASELINE_TIMEOUT_MS = 30_000;
const DIRECTORY = 'baseline';
function planBaseline(model, stack, env, readText) {
    const identity = runIdentity(env, readText);
    const hash = stackHash(model, { projectName: stack.projectName, projectDirectory: stack.workingDirectory });
    return { identity, stackHash: hash, keys: baselineKeys(identity, hash) };
}
/** Main, before `up`: the newest baseline of this stack for the base, default or current branch. */
async function recallBaseline(deps, plan) {
    const availability = deps.cache.availability();
    if (!availability.available) {
        deps.log.info(`Baseline: not compared with earlier runs — ${availability.reason}.`);
        return { status: 'unavailable', reason: availability.reason };
    }
    return guarded(deps, 'restoring the baseline', async () => recallFrom(deps, plan, deps.cache.freshDirectory(DIRECTORY)));
}
async function recallFrom(deps, plan, directory) {
    try {
        const result = await deps.cache.restore({
            directory,
            primaryKey: plan.keys.saveKey,
            restoreKeys: plan.keys.restoreKeys,
            timeoutMs: BASELINE_TIMEOUT_MS,
        });
        if (result.kind === 'unavailable' || result.kind === 'failed') {
            deps.log.info(`Baseline: not compared with earlier runs — ${result.reason}.`);
            return { status: result.kind, reason: result.reason };
        }
        if (result.kind === 'miss') {
            deps.log.info(`Baseline: none yet for this stack (${plan.stackHash}) on ${plan.keys.branches.join(', ')}; this run's figures become the first.`);
            return { status: 'none', branches: plan.keys.branches, durationMs: result.durationMs };
        }
        const parsed = (0,baseline_document/* parseBaseline */.nk)(deps.readText(external_node_path_default().join(directory, baseline_document/* BASELINE_FILE */.tu)) ?? '');
        if ('error' in parsed) {
            const reason = `the cached baseline ${result.key} is unreadable: ${parsed.error}`;
            deps.log.warning(`Baseline: ${reason}.`);
            return { status: 'failed', reason };
        }
        deps.log.info(`Baseline: run ${parsed.runId} on ${parsed.branch} (${result.key}), restored in ${result.durationMs} ms.`);
        return { status: 'found', baseline: parsed, key: result.key, durationMs: result.durationMs };
    }
    finally {
        deps.cache.discard(directory);
    }
}
/** Post, once the report is built: this run's figures become a baseline for later runs. */
async function recordBaseline(deps, plan, report) {
    const figures = (0,baseline_document/* figuresFromReport */.I9)(report);
    if ('skip' in figures)
        return { status: 'skipped', reason: figures.skip };
    const availability = deps.cache.availability();
    if (!availability.available)
        return { status: 'unavailable', reason: availability.reason };
    const document = (0,baseline_document/* baselineDocument */.BJ)(figures, {
        stackHash: plan.stackHash,
        branch: plan.identity.branch,
        runId: plan.identity.runId,
        runAttempt: plan.identity.runAttempt,
        savedAtMs: deps.now(),
    });
    return guarded(deps, "saving this run's figures", async () => {
        const directory = deps.cache.freshDirectory(DIRECTORY);
        try {
            deps.writeFile(external_node_path_default().join(directory, baseline_document/* BASELINE_FILE */.tu), JSON.stringify(document));
            const result = await deps.cache.save({ directory, key: plan.keys.saveKey, timeoutMs: BASELINE_TIMEOUT_MS });
            if (result.kind === 'saved')
                return { status: 'saved', key: result.key, durationMs: result.durationMs };
            if (result.kind !== 'unavailable')
                deps.log.warning(`Baseline: this run's figures were not saved — ${result.reason}.`);
            return { status: result.kind, reason: result.reason };
        }
        finally {
            deps.cache.discard(directory);
        }
    });
}
/** The file system under the entry directory can fail too (a full disk): an answer, not a throw. */
async function guarded(deps, what, body) {
    try {
        return await body();
    }
    catch (error) {
        const reason = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
        deps.log.warning(`Baseline: ${reason}.`);
        return { status: 'failed', reason };
    }
}

// EXTERNAL MODULE: ./src/baseline/section.ts + 1 modules
var section = __webpack_require__(11071);
// EXTERNAL MODULE: ./src/image-cache/prepare.ts + 1 modules
var prepare = __webpack_require__(67276);
// EXTERNAL MODULE: ./src/image-cache/ledger.ts
var image_cache_ledger = __webpack_require__(42089);
;// CONCATENATED MODULE: ./src/image-cache/record.ts



async function recordImageCache(deps, prep, run) {
    if (prep.status !== 'pulled' && prep.status !== 'loaded') {
        const reason = {
            'no-images': 'the stack has no images to pull',
            unavailable: 'no cache service',
            present: 'the images were already on this runner',
            'to-pull': 'the pull phase did not run',
            failed: 'preparing the images failed',
        }[prep.status];
        return { archive: { status: 'skipped', reason }, ledger: { status: 'skipped', reason } };
    }
    const archive = await saveArchive(deps, prep, run.runId);
    const next = nextLedger(prep, archive, run.runId, deps.now());
    try {
        const directory = deps.cache.freshDirectory('image-ledger');
        try {
            deps.writeFile(external_node_path_default().join(directory, image_cache_ledger/* LEDGER_FILE */.th), JSON.stringify(next));
            const saved = await deps.cache.save({ directory, key: (0,image_cache_ledger/* ledgerKey */.lj)(prep.references, run.runId, run.runAttempt), timeoutMs: prepare/* LEDGER_TIMEOUT_MS */.hK });
            if (saved.kind !== 'saved')
                deps.log.warning(`Image cache: this run's timings were not saved — ${saved.reason}.`);
            return { archive, ledger: saved.kind === 'saved' ? { status: 'saved' } : { status: 'failed', reason: saved.reason }, next };
        }
        finally {
            deps.cache.discard(directory);
        }
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        deps.log.warning(`Image cache: this run's timings were not saved — ${reason}.`);
        return { archive, ledger: { status: 'failed', reason }, next };
    }
}
async function saveArchive(deps, prep, runId) {
    if (prep.status === 'loaded')
        return { status: 'skipped', reason: 'the images came from the cache' };
    if (prep.choice?.basis === 'slower')
        return { status: 'skipped', reason: 'pulling was faster than loading' };
    if (prep.pull?.failed.length)
        return { status: 'skipped', reason: `${prep.pull.failed.length} images could not be pulled` };
    const ids = prep.references.map((reference) => prep.imageIds[reference]);
    if (ids.some((id) => id === undefined))
        return { status: 'skipped', reason: 'not every image is on this runner' };
    const key = (0,image_cache_ledger/* archiveKey */.q2)(prep.references, ids);
    // Saved by an earlier run (and not found gone this run): nothing to upload.
    if (prep.ledger?.archive?.key === key && !prep.fallback)
        return { status: 'exists', key };
    const directory = deps.cache.freshDirectory('images');
    try {
        const exists = await deps.cache.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: prepare/* LEDGER_TIMEOUT_MS */.hK, lookupOnly: true });
        if (exists.kind === 'hit')
            return { status: 'exists', key };
        const started = deps.now();
        const saved = await deps.images.save(prep.references, external_node_path_default().join(directory, image_cache_ledger/* ARCHIVE_FILE */.sX));
        const result = await deps.cache.save({ directory, key, timeoutMs: prepare/* ARCHIVE_TIMEOUT_MS */.Kh });
        const saveMs = deps.now() - started;
        if (result.kind !== 'saved') {
            deps.log.warning(`Image cache: the images were not saved — ${result.reason}.`);
            return { status: 'failed', key, reason: result.reason };
        }
        deps.log.info(`Image cache: saved ${prep.references.length} images (${saved.sizeBytes} bytes before compression) in ${saveMs} ms for the next run (run ${runId}).`);
        return { status: 'saved', key, saveMs, sizeBytes: saved.sizeBytes };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        deps.log.warning(`Image cache: the images were not saved — ${reason}.`);
        return { status: 'failed', key, reason };
    }
    finally {
        deps.cache.discard(directory);
    }
}
/** The previous ledger with this run's measurements (pure). */
function nextLedger(prep, archive, runId, atMs) {
    const previous = prep.ledger;
    const ledger = { schema: image_cache_ledger/* LEDGER_SCHEMA */.sk, references: prep.references, archive: previous?.archive, pull: previous?.pull, load: previous?.load };
    if (prep.pull && prep.pull.failed.length === 0)
        ledger.pull = { durationMs: prep.pull.durationMs, images: prep.pull.images, runId, atMs };
    if (prep.load)
        ledger.load = { durationMs: prep.load.durationMs, restoreMs: prep.load.restoreMs, loadMs: prep.load.loadMs, images: prep.load.images, runId, atMs };
    if ((archive.status === 'saved' || archive.status === 'exists') && archive.key && archive.key !== previous?.archive?.key) {
        const imageIds = prep.references.map((reference) => prep.imageIds[reference]);
        ledger.archive = { key: archive.key, imageIds, sizeBytes: archive.sizeBytes ?? 0, saveMs: archive.saveMs ?? 0, runId };
        // Another archive: the last load measured a different one, so the next run measures again.
        delete ledger.load;
    }
    return ledger;
}

;// CONCATENATED MODULE: ./src/app/phases/history.ts




// History across runs through the Actions cache: the start recalls the baseline and gets the
// images (from the cache only while that was measured faster); the finish records both. Nothing
// here fails the job: without a cache service each says so once and the run goes on.
function cacheDeps(deps, log) {
    return {
        cache: deps.cache,
        log,
        readText: (file) => deps.files.readText(file),
        writeFile: (file, text) => deps.files.writeText(file, text),
        now: () => deps.clock.now(),
        images: deps.images,
    };
}
/** Before `up`: the baseline to compare with, and the images fetched the faster way. */
async function recallHistory(deps, log, settings, model) {
    const history = {};
    if (settings.history.baseline) {
        const plan = planBaseline(model, settings.stack, deps.runtime.env, (file) => deps.files.readText(file));
        const recall = await recallBaseline(cacheDeps(deps, log), plan);
        if (recall.status === 'found')
            log.info(`Baseline: run ${recall.baseline.runId} on ${recall.baseline.branch} (${recall.key}).`);
        history.baseline = { plan, recall, thresholds: settings.history.thresholds };
    }
    if (settings.history.imageCache) {
        // The cache stands in for pulls of missing images; `pull: always` pulls anyway, `never` not at all.
        const pull = settings.compose.pull;
        history.imageCache = {
            prep: pull === 'missing'
                ? await (0,prepare/* prepareImages */.UQ)(cacheDeps(deps, log), model)
                : { status: 'unavailable', references: [], missing: [], imageIds: {}, reason: `pull: ${pull} — the image cache serves pull: missing` },
        };
    }
    return history.baseline || history.imageCache ? history : undefined;
}
/** Once the run's figures are known: save them, compare, warn on regressions. */
async function recordHistory(deps, log, history, figures, run) {
    if (!history)
        return {};
    const recorded = { ...history };
    let verdict;
    if (history.baseline) {
        recorded.baseline = { ...history.baseline, save: await recordBaseline(cacheDeps(deps, log), history.baseline.plan, figures) };
        verdict = (0,section/* baselineVerdict */.NV)(history.baseline.recall, figures, history.baseline.thresholds);
        for (const warning of verdict.warnings)
            log.warning(warning);
    }
    if (history.imageCache) {
        const env = deps.runtime.env;
        recorded.imageCache = {
            ...history.imageCache,
            record: await recordImageCache(cacheDeps(deps, log), history.imageCache.prep, {
                runId: env.GITHUB_RUN_ID ?? String(run.startedAtMs),
                runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
            }),
        };
    }
    return { history: recorded, verdict };
}


/***/ }),

/***/ 11438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yx: () => (/* binding */ keepLease),
  Io: () => (/* binding */ recordBeforeUp),
  O_: () => (/* binding */ ttlOnlyOwner),
  CP: () => (/* binding */ upUnderOverride),
  I7: () => (/* binding */ writeStackOverride)
});

// EXTERNAL MODULE: ./src/cleanup/ownership.ts
var ownership = __webpack_require__(60193);
// EXTERNAL MODULE: ./src/cleanup/pre-existing.ts
var pre_existing = __webpack_require__(83171);
// EXTERNAL MODULE: ./src/compose/override.ts
var compose_override = __webpack_require__(35318);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/lease/lifecycle.ts
var lifecycle = __webpack_require__(75854);
// EXTERNAL MODULE: ./src/ports/command.ts
var command = __webpack_require__(30205);
// EXTERNAL MODULE: ./src/ports/docker.ts
var docker = __webpack_require__(22846);
// EXTERNAL MODULE: ./src/stack/diagnose.ts
var diagnose = __webpack_require__(33198);
;// CONCATENATED MODULE: ./src/stack/start.ts



const COMPOSE_TAIL_LINES = 20;
/**
 * `docker compose up --detach --wait`. On failure, inspects the project to say which services
 * failed and why. Does not tear down: the caller's cleanup does, on every path.
 */
async function startStack(deps, target, options) {
    const started = deps.now();
    try {
        await deps.compose.up(target, {
            waitTimeoutMs: options.waitTimeoutMs,
            overrideFiles: options.overrideFiles,
            upFlags: options.upFlags,
            signal: options.signal,
            onLine: (line) => deps.log.info(line),
        });
        return { ok: true, durationMs: deps.now() - started };
    }
    catch (error) {
        if (!(error instanceof command/* CommandError */.Q))
            throw error;
        const durationMs = deps.now() - started;
        const reason = error.reason === 'aborted' ? 'interrupted' : error.reason === 'timeout' ? 'timeout' : 'failed';
        const composeTail = error.stderrTail.split('\n').filter((line) => line.trim() !== '').slice(-COMPOSE_TAIL_LINES);
        let failing = [];
        try {
            failing = (await (0,diagnose/* diagnoseProject */.yp)(deps.docker, target.projectName)).filter(diagnose/* isFailing */.DI).sort(diagnose/* byFailureWeight */.wI);
        }
        catch (diagnoseError) {
            // The daemon itself stopped answering (frozen, overloaded, gone): that is why the start
            // failed, not the services, so say so rather than "did not become healthy".
            if (diagnoseError instanceof docker/* DockerUnavailableError */.p && !options.signal?.aborted) {
                throw new DaemonLostError(composeTail.at(-1) ?? `exit code ${error.exitCode}`, diagnoseError);
            }
            deps.log.warning(`Could not inspect the failed stack: ${diagnoseError instanceof Error ? diagnoseError.message : String(diagnoseError)}`);
        }
        return { ok: false, durationMs, reason, composeTail, failing };
    }
}
/** `docker compose up` failed and the daemon did not answer afterwards. */
class DaemonLostError extends Error {
    composeLastLine;
    cause;
    constructor(composeLastLine, cause) {
        super(`docker compose up failed (${composeLastLine}), and then ${cause.message.replace(/^The /, 'the ')}`);
        this.composeLastLine = composeLastLine;
        this.cause = cause;
        this.name = 'DaemonLostError';
    }
}

// EXTERNAL MODULE: ./src/app/monitoring.ts + 6 modules
var monitoring = __webpack_require__(38087);
// EXTERNAL MODULE: ./src/app/run-files.ts + 1 modules
var run_files = __webpack_require__(43215);
;// CONCATENATED MODULE: ./src/app/phases/launch.ts








// Starting the admitted stack: the one generated override file (limits, health-check timing,
// and our owner label on everything the stack creates), whoever keeps the lease alive from now
// on (the monitor in the action, this process in `run`, a keeper process for `up`), then
// `docker compose up --wait`.
/** Writes the final override file into the run directory; its path is passed to every compose call. */
function writeStackOverride(deps, runDir, base, model, lease) {
    const file = (0,run_files/* overrideFilePath */.sZ)(runDir);
    const override = (0,ownership/* withOwnership */.Yc)(base, model, { namespace: lease.namespace, id: lease.id });
    deps.files.writeText(file, (0,compose_override/* renderOverride */.Z6)(override, [`Owner labels: lease ${lease.namespace}/${lease.id}.`]));
    return file;
}
/**
 * An owner nobody can check: the lease is then judged by its TTL alone. Used when the lease must
 * outlive every process of this run (cleanup: never), or when its keeper could not start.
 */
function ttlOnlyOwner(hostname) {
    return { pid: 0, startTicks: 0, pidNamespace: '', bootId: '', hostname };
}
/**
 * Hands the lease to whoever keeps it alive while the stack runs, starting the monitor (when
 * asked) on the way. A keeper that cannot start leaves the lease to its TTL, so no sweep takes
 * a running stack; that is said, never thrown.
 */
async function keepLease(deps, options) {
    const { lease, settings } = options;
    const ttlMs = settings.lease.leaseTtlMs;
    const ttlOnly = () => ttlOnlyOwner(deps.host.processIdentity()?.hostname ?? '');
    let monitor;
    let monitorProblem;
    if (options.monitor) {
        const started = (0,monitoring/* startMonitoring */.R4)(deps, {
            projectName: settings.stack.projectName,
            runDir: options.runDir,
            sampleIntervalMs: settings.sampleIntervalMs,
            startedAtMs: deps.clock.now(),
            ...(options.keeper === 'monitor' ? { lease: { namespace: lease.namespace, id: lease.id, ttlMs } } : {}),
        });
        if ('problem' in started)
            monitorProblem = started.problem;
        else
            monitor = started;
    }
    if (options.keeper === 'monitor') {
        const identity = monitor ? deps.host.processIdentity(monitor.pid) : undefined;
        try {
            await (0,lifecycle/* transferLease */.gH)(deps, lease, identity ?? ttlOnly(), { ttlMs });
        }
        catch (error) {
            // The caller abandons the start; a monitor it never heard of must not run on.
            if (monitor)
                await (0,monitoring/* stopMonitoring */.hL)(deps, monitor);
            throw error;
        }
        return { monitor, monitorProblem, note: identity ? `the monitor (pid ${monitor.pid}) renews the lease` : 'the lease lasts until lease-ttl (no monitor to renew it)' };
    }
    if (options.keeper === 'keeper') {
        const pid = options.startKeeper?.(lease);
        const identity = pid === undefined ? undefined : (deps.host.processIdentity(pid) ?? { ...ttlOnly(), pid });
        await (0,lifecycle/* transferLease */.gH)(deps, lease, identity ?? ttlOnly(), { ttlMs });
        return { monitor, monitorProblem, note: pid === undefined ? 'the keeper could not start: the lease lasts until lease-ttl' : `a keeper (pid ${pid}) holds the lease until 'docker-stability down'` };
    }
    const renewing = new AbortController();
    const renewal = (0,lifecycle/* keepLeaseRenewed */.uV)(deps, lease, {
        intervalMs: (0,lifecycle/* renewIntervalMs */.pV)(ttlMs),
        signal: renewing.signal,
        onError: (error) => deps.runtime.warning(`Could not renew the lease: ${(0,errors/* errorMessage */.g)(error)}`),
    });
    return {
        monitor,
        monitorProblem,
        stopRenewal: async () => {
            renewing.abort();
            await renewal;
        },
        note: 'this process renews the lease',
    };
}
/**
 * What of the model's volumes and networks already exists, just before `up` (carried to the
 * finish: the teardown keeps what was there). Undefined when the daemon could not say; the
 * teardown then removes only what carries this run's owner label.
 */
async function recordBeforeUp(deps, log, model, projectName) {
    try {
        const record = await (0,pre_existing/* recordPreExisting */.Eb)(deps.docker, model, projectName, deps.clock.now());
        for (const line of (0,pre_existing/* describePreExisting */.sP)(record))
            log.info(line);
        return record;
    }
    catch (error) {
        log.warning(`Could not record which volumes and networks existed before up (${(0,errors/* errorMessage */.g)(error)}); the teardown removes only what carries this run's owner label.`);
        return undefined;
    }
}
/** `docker compose up --detach --wait` (with `up-flags`) under the override; on failure, which services and why. */
async function upUnderOverride(deps, log, settings, overrideFile, signal) {
    return startStack({ compose: deps.compose, docker: deps.docker, log, now: () => deps.clock.now() }, settings.stack, {
        waitTimeoutMs: settings.waitTimeoutMs,
        overrideFiles: [overrideFile],
        upFlags: settings.compose.upFlags,
        signal,
    });
}


/***/ }),

/***/ 18884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uh: () => (/* binding */ keepServiceLogs),
  A9: () => (/* binding */ runFailure),
  GA: () => (/* binding */ uploadServiceLogs)
});

// UNUSED EXPORTS: LOGS_UPLOAD_TIMEOUT_MS, logsDirectory

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/settings/keys.ts
var keys = __webpack_require__(38445);
// EXTERNAL MODULE: ./src/compose/labels.ts
var labels = __webpack_require__(7853);
;// CONCATENATED MODULE: ./src/stack/log-tail.ts
// The last N bytes of a log, kept line by line while the rest streams past: memory stays at the
// bound however large the log is (a service that printed gigabytes is the case this is for).
/** A line longer than this is cut (a TTY's raw output may have no line breaks at all). */
const MAX_LINE_CHARS = 64 * 1024;
/** Whole lines, newest last, at most `maxBytes` of them (UTF-8, newlines included). */
class LogTail {
    maxBytes;
    lines = [];
    head = 0;
    bytes = 0;
    /** Lines (and their bytes) that were dropped to stay within the bound. */
    droppedLines = 0;
    droppedBytes = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    add(line) {
        const size = Buffer.byteLength(line) + 1;
        this.lines.push(line);
        this.bytes += size;
        while (this.bytes > this.maxBytes && this.head < this.lines.length) {
            const dropped = this.lines[this.head];
            this.head += 1;
            const droppedSize = Buffer.byteLength(dropped) + 1;
            this.bytes -= droppedSize;
            this.droppedLines += 1;
            this.droppedBytes += droppedSize;
        }
        // Compact now and then, so the array does not grow with what was dropped.
        if (this.head > 1024 && this.head * 2 > this.lines.length) {
            this.lines = this.lines.slice(this.head);
            this.head = 0;
        }
    }
    kept() {
        return this.lines.slice(this.head);
    }
    get keptBytes() {
        return this.bytes;
    }
}
/**
 * Cuts a stream's chunks into lines; a line longer than MAX_LINE_CHARS is cut there, with how
 * much was left out, and the rest of it skipped without being kept.
 */
class LineSplitter {
    onLine;
    pending = '';
    skipped = 0;
    constructor(onLine) {
        this.onLine = onLine;
    }
    push(text) {
        let rest = text;
        while (rest !== '') {
            const newline = rest.indexOf('\n');
            const piece = newline < 0 ? rest : rest.slice(0, newline);
            rest = newline < 0 ? '' : rest.slice(newline + 1);
            if (this.skipped > 0 || this.pending.length + piece.length > MAX_LINE_CHARS) {
                const room = Math.max(0, MAX_LINE_CHARS - this.pending.length);
                this.pending += piece.slice(0, room);
                this.skipped += piece.length - Math.min(room, piece.length);
            }
            else {
                this.pending += piece;
            }
            if (newline >= 0)
                this.flush();
        }
    }
    end() {
        if (this.pending !== '' || this.skipped > 0)
            this.flush();
    }
    flush() {
        const line = this.pending.replace(/\r$/, '');
        this.onLine(this.skipped > 0 ? `${line}… [${this.skipped} more characters cut]` : line);
        this.pending = '';
        this.skipped = 0;
    }
}

;// CONCATENATED MODULE: ./src/stack/service-logs.ts




/** Bound for reading one container's log; what arrived by then is kept. */
const LOG_READ_TIMEOUT_MS = 60_000;
/** Every line the daemon timestamps is at least this long ("2026-01-01T00:00:00.000000000Z "). */
const TIMESTAMP_CHARS = 31;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /;
/** The project's services (one-off `run` containers aside), each container's log read in turn. */
async function collectServiceLogs(docker, projectName, options) {
    const containers = (await docker.listContainers({ all: true, labels: [(0,labels/* projectFilter */.Eh)(projectName)] })).filter((container) => container.labels[labels/* COMPOSE_LABELS */.NZ.oneoff] !== 'True');
    const byService = new Map();
    for (const container of containers) {
        const service = container.labels[labels/* COMPOSE_LABELS */.NZ.service] ?? container.name;
        byService.set(service, [...(byService.get(service) ?? []), container]);
    }
    const logs = [];
    // One service at a time: memory holds one service's bound, not every service's.
    for (const [service, replicas] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
        replicas.sort((a, b) => replicaNumber(a) - replicaNumber(b));
        const budget = Math.floor(options.maxBytesPerService / replicas.length);
        const read = [];
        for (const container of replicas)
            read.push(await readContainerLog(docker, container, replicas.length > 1 ? `${service}-${replicaNumber(container)}` : undefined, budget, options.timeoutMs ?? LOG_READ_TIMEOUT_MS));
        const lines = read.length > 1 ? mergeByTime(read.map((one) => one.lines)) : (read[0]?.lines ?? []);
        const truncated = read.some((one) => one.truncated);
        const problems = read.flatMap((one) => one.problems);
        const head = truncated ? [`[docker-stability] Earlier lines were left out: only the last ${(0,units/* formatBytes */.z3)(options.maxBytesPerService)} of this service's log are kept (logs-max-size).`] : [];
        const tail = problems.map((problem) => `[docker-stability] ${problem}`);
        logs.push({ service, containers: replicas.map((container) => container.name), text: [...head, ...lines, ...tail].join('\n') + '\n', truncated, problems });
    }
    return logs;
}
function replicaNumber(container) {
    return Number(container.labels[labels/* COMPOSE_LABELS */.NZ.containerNumber] ?? 1) || 1;
}
/** A first guess of a formatted line's size: most logs' lines are longer, so one read usually does. */
const FIRST_GUESS_LINE_BYTES = 128;
/**
 * One container's last `budget` bytes of formatted lines: "<timestamp> [<replica>] <stream> <text>".
 * The daemon reads its file backwards for the last N lines, and its cost grows with what it
 * sends: a first read asks for as many lines as the budget holds at a usual line size; when those
 * were fewer bytes than the budget and the log has more, a second read asks for as many as it
 * holds at their measured size, and so on up to the count that always covers the budget (every
 * timestamped line has at least 31 bytes). A log of gigabytes is never sent whole.
 */
async function readContainerLog(docker, container, replica, budget, timeoutMs) {
    const covering = Math.max(1, Math.ceil(budget / TIMESTAMP_CHARS));
    let wanted = Math.min(covering, Math.max(1, Math.ceil(budget / FIRST_GUESS_LINE_BYTES)));
    for (;;) {
        const read = await readLastLines(docker, container, replica, budget, wanted, timeoutMs);
        const whole = read.received < wanted;
        if (whole || read.tail.droppedLines > 0 || wanted >= covering || read.problems.length) {
            return { lines: read.tail.kept(), truncated: read.tail.droppedLines > 0 || (!whole && !read.problems.length), problems: read.problems };
        }
        const average = read.tail.keptBytes / Math.max(1, read.tail.kept().length);
        wanted = Math.min(covering, Math.max(wanted * 2, Math.ceil((budget / average) * 1.25)));
    }
}
async function readLastLines(docker, container, replica, budget, wanted, timeoutMs) {
    const tail = new LogTail(budget);
    const format = (stream) => (line) => {
        const stamp = TIMESTAMP.exec(line)?.[0] ?? '';
        tail.add(`${stamp}${replica ? `${replica} ` : ''}${stream} ${line.slice(stamp.length)}`);
    };
    const splitters = { stdout: new LineSplitter(format('stdout')), stderr: new LineSplitter(format('stderr')) };
    let received = 0;
    const problems = [];
    try {
        await docker.streamContainerLogs(container.id, { follow: false, timestamps: true, tail: wanted, timeoutMs }, (chunk) => {
            received += chunk.text.split('\n').length - 1;
            splitters[chunk.stream].push(chunk.text);
        });
    }
    catch (error) {
        problems.push(`The log of ${container.name} could not be read to its end (${(0,errors/* errorMessage */.g)(error)}); what arrived is kept.`);
    }
    splitters.stdout.end();
    splitters.stderr.end();
    return { tail, received, problems };
}
/** Lines of several replicas in the order of their timestamps (each replica's own order kept). */
function mergeByTime(replicas) {
    const keyed = [];
    let order = 0;
    for (const lines of replicas) {
        let last = '';
        for (const line of lines) {
            // A line without a timestamp goes with the line before it.
            last = TIMESTAMP.exec(line)?.[0] ?? last;
            keyed.push({ key: last, line, order: (order += 1) });
        }
    }
    return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order)).map((entry) => entry.line);
}

;// CONCATENATED MODULE: ./src/app/phases/logs.ts





// Every service's log survives the job: written before the teardown removes the containers
// (post's finish, or main before it tears down a start that failed), redacted like everything
// else the run writes, and uploaded as a workflow artifact when `upload-logs` says so. Nothing
// here fails the run: a log that cannot be kept or uploaded is a warning.
/** Bound for the artifact upload, the library's own retries included. */
const LOGS_UPLOAD_TIMEOUT_MS = 120_000;
function logsDirectory(runDir) {
    return external_node_path_default().join(runDir, 'logs');
}
/** Never throws: what could not be kept is a problem in the section. */
async function keepServiceLogs(deps, log, settings, runDir, keptBy) {
    const started = deps.clock.now();
    const dir = logsDirectory(runDir);
    const files = [];
    const problems = [];
    try {
        deps.files.makeDirectory(dir);
        const logs = await collectServiceLogs(deps.docker, settings.stack.projectName, { maxBytesPerService: settings.logs.maxBytesPerService });
        for (const service of logs) {
            // Service names are [a-zA-Z0-9][a-zA-Z0-9_.-]* in Compose; anything else is not a file name of ours.
            const file = external_node_path_default().join(dir, `${service.service.replace(/[^a-zA-Z0-9_.-]/g, '_').replace(/^\.+/, '_')}.log`);
            const text = deps.runtime.redactor.redact(service.text);
            deps.files.writeText(file, text);
            files.push({ service: service.service, file, bytes: Buffer.byteLength(text), containers: service.containers, truncated: service.truncated });
            problems.push(...service.problems);
        }
    }
    catch (error) {
        problems.push(`the logs could not be kept: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    const durationMs = deps.clock.now() - started;
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    log.info(`Kept the logs of ${files.length} ${files.length === 1 ? 'service' : 'services'} in ${dir} (${(0,units/* formatBytes */.z3)(total)} in ${(0,units/* formatDuration */.a3)(durationMs)}${files.some((file) => file.truncated) ? `; cut to the last ${(0,units/* formatBytes */.z3)(settings.logs.maxBytesPerService)} each where longer` : ''}).`);
    for (const problem of problems)
        log.warning(`Logs: ${problem}`);
    return { dir, keptBy, durationMs, files, problems };
}
/**
 * Why the run counts as failed for `upload-logs: on-failure`, or undefined: main failed, a
 * fail-on condition was met, or a step exported DOCKER_STABILITY_JOB_STATUS=failure (a post step
 * cannot see whether the job's other steps failed, but it sees the environment they exported).
 */
function runFailure(startFailure, failOnMet, env) {
    if (startFailure)
        return 'main failed';
    if (failOnMet.length > 0)
        return `fail-on was met (${failOnMet.join('; ')})`;
    if (env[keys/* JOB_STATUS_ENV */.tf] === 'failure')
        return `a step reported the job failed (${keys/* JOB_STATUS_ENV */.tf}=failure)`;
    return undefined;
}
/** Uploads the kept logs as one artifact when `upload-logs` asks for it; says once why not otherwise. */
async function uploadServiceLogs(deps, log, settings, logs, failure) {
    const mode = settings.logs.upload;
    if (mode === 'never')
        return { outcome: 'skipped', reason: 'upload-logs: never' };
    if (mode === 'on-failure' && !failure)
        return { outcome: 'skipped', reason: 'upload-logs: on-failure, and the run did not fail' };
    if (logs.files.length === 0)
        return { outcome: 'skipped', reason: 'no log was kept' };
    const availability = deps.artifacts.availability();
    if (!availability.available) {
        log.info(`The logs are not uploaded as an artifact: ${availability.reason}. They stay in ${logs.dir} until the job ends.`);
        return { outcome: 'unavailable', reason: availability.reason };
    }
    const why = mode === 'always' ? 'upload-logs: always' : `upload-logs: on-failure, and ${failure}`;
    const files = logs.files.map((file) => file.file);
    const request = { files, rootDirectory: logs.dir, timeoutMs: LOGS_UPLOAD_TIMEOUT_MS };
    let name = `${settings.stack.projectName}-logs`;
    let result = await deps.artifacts.upload({ ...request, name });
    // Names are unique per workflow run: a project name the workflow chose may be used by another
    // job (a matrix) or an earlier attempt.
    if (result.kind === 'failed' && /\(409\)|already exists/i.test(result.reason)) {
        name = `${name}-${deps.randomHex()}`;
        result = await deps.artifacts.upload({ ...request, name });
    }
    if (result.kind === 'uploaded') {
        log.info(`Uploaded the logs as the artifact ${name} (${(0,units/* formatBytes */.z3)(result.sizeBytes)} in ${(0,units/* formatDuration */.a3)(result.durationMs)}${result.url ? `: ${result.url}` : ''}).`);
        return { outcome: 'uploaded', reason: why, name, id: result.id, sizeBytes: result.sizeBytes, durationMs: result.durationMs, ...(result.url ? { url: result.url } : {}) };
    }
    if (result.kind === 'unavailable') {
        log.info(`The logs are not uploaded as an artifact: ${result.reason}. They stay in ${logs.dir} until the job ends.`);
        return { outcome: 'unavailable', reason: result.reason };
    }
    log.warning(`The logs could not be uploaded as an artifact (${result.reason}); they stay in ${logs.dir} until the job ends.`);
    return { outcome: 'failed', reason: result.reason, name, durationMs: result.durationMs };
}


/***/ }),

/***/ 63281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YM: () => (/* binding */ releaseOrKeep),
  Rb: () => (/* binding */ tearDownStack)
});

// UNUSED EXPORTS: TEARDOWN_TIMEOUT_MS

// EXTERNAL MODULE: ./src/cleanup/leftovers.ts
var cleanup_leftovers = __webpack_require__(7460);
// EXTERNAL MODULE: ./src/cleanup/ownership.ts
var ownership = __webpack_require__(60193);
// EXTERNAL MODULE: ./src/ports/docker.ts
var docker = __webpack_require__(22846);
// EXTERNAL MODULE: ./src/cleanup/execute.ts
var execute = __webpack_require__(32075);
// EXTERNAL MODULE: ./src/cleanup/inventory.ts
var cleanup_inventory = __webpack_require__(12696);
// EXTERNAL MODULE: ./src/cleanup/plan.ts
var cleanup_plan = __webpack_require__(88345);
;// CONCATENATED MODULE: ./src/cleanup/teardown.ts





/**
 * Tears a stack down by its labels, never by the names in its files: a graceful `docker compose
 * stop` when `stop-timeout` asks for one, then the removal of what `planTeardown` decides —
 * the project's containers with their anonymous volumes, and the volumes and networks this run
 * created — then a count of what is left. Never `docker compose down --volumes`: Compose removes
 * every non-external volume the file names, including another stack's volume used under a fixed
 * `name:` ("already exists but was not created by Docker Compose"). Never throws.
 *
 * A daemon that does not answer first is not handed to Compose: the stop would wait out its whole
 * timeout and each removal its own — minutes on a frozen dockerd for nothing. The teardown then
 * says so at once; what stays is the stack of an owner that is gone, which the next job's
 * preflight sweep (or `docker-stability clean`) removes.
 */
async function tearDown(deps, target, options) {
    const started = deps.now();
    const problems = [];
    const project = target.projectName;
    try {
        await deps.docker.version();
    }
    catch (error) {
        if (error instanceof docker/* DockerUnavailableError */.p) {
            problems.push(`Nothing of project ${project} was torn down: ${error.message}`);
            return { problems, kept: [], durationMs: deps.now() - started };
        }
    }
    if (options.stopTimeoutSeconds > 0) {
        try {
            await deps.compose.stop(project, { stopTimeoutSeconds: options.stopTimeoutSeconds, timeoutMs: options.timeoutMs });
        }
        catch (error) {
            problems.push(`docker compose stop failed (the containers are killed instead): ${message(error)}`);
        }
    }
    let swept;
    let kept = [];
    try {
        const owners = options.owners ?? [];
        const inventory = await (0,cleanup_inventory/* takeInventory */.O)(deps.docker, { projects: [project], owners, builtBy: options.removeBuiltBy });
        const plan = (0,cleanup_plan/* planTeardown */.UC)(inventory, { project, owners, preExisting: options.preExisting, deadOwner: options.deadOwner, removeBuiltBy: options.removeBuiltBy });
        kept = plan.kept;
        swept = await (0,execute/* executeRemovals */.V)(deps.docker, plan.removals);
        for (const failure of swept.failed)
            problems.push(`Could not remove ${failure.resource.kind} ${failure.resource.name}: ${failure.error}`);
    }
    catch (error) {
        problems.push(`Could not tear down project ${project}: ${message(error)}`);
    }
    let leftovers;
    try {
        leftovers = await (0,cleanup_leftovers/* findLeftovers */.Q_)(deps.docker, project, { owners: options.owners, kept });
    }
    catch (error) {
        problems.push(`Could not count what is left of project ${project}: ${message(error)}`);
    }
    return { problems, swept, kept, leftovers, durationMs: deps.now() - started };
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/lease/lifecycle.ts
var lifecycle = __webpack_require__(75854);
;// CONCATENATED MODULE: ./src/app/phases/teardown.ts





/**
 * One bound for every teardown (post, a failed start, `run`, `down`): the runner gives a
 * cancelled job's post steps little time, and a frozen daemon must not hold the step for ever.
 */
const TEARDOWN_TIMEOUT_MS = 120_000;
/**
 * Tears the stack down as `cleanup` configures it — only what this run created: what carries
 * its lease's owner label, and what the record made before `up` shows is new — says what it
 * kept and why, and what is left. Never throws. With remove-built-images, the images the run
 * built go too (they carry its owner as their built-by label).
 */
async function tearDownStack(deps, log, settings, run) {
    const result = await tearDown({ compose: deps.compose, docker: deps.docker, now: () => deps.clock.now() }, settings.stack, {
        stopTimeoutSeconds: settings.cleanup.stopTimeoutSeconds,
        timeoutMs: TEARDOWN_TIMEOUT_MS,
        ...(settings.cleanup.removeBuiltImages && run.lease ? { removeBuiltBy: (0,ownership/* ownerLabelValue */.b4)(run.lease) } : {}),
        owners: run.lease ? [(0,ownership/* ownerLabelValue */.b4)(run.lease)] : [],
        ...(run.preExisting ? { preExisting: run.preExisting } : {}),
        ...(run.deadOwner ? { deadOwner: run.deadOwner } : {}),
    });
    for (const problem of result.problems)
        log.warning(problem);
    for (const kept of result.kept)
        log.info(`Kept ${kept.kind} ${kept.name}: ${kept.why}.`);
    log.info(result.leftovers
        ? `Left after cleanup: ${(0,cleanup_leftovers/* leftoverCount */.P$)(result.leftovers)} (containers ${result.leftovers.containers.length}, networks ${result.leftovers.networks.length}, volumes ${result.leftovers.volumes.length}).`
        : 'Could not count what is left after cleanup.');
    return result;
}
/** Releases the lease; on failure says so and returns it, so a later step tries again. */
async function releaseOrKeep(deps, log, lease) {
    if (!lease)
        return undefined;
    try {
        if (await (0,lifecycle/* releaseLease */.wL)(deps, lease))
            log.info(`Lease ${lease.id} released.`);
        return undefined;
    }
    catch (error) {
        log.warning(`Could not release lease ${lease.id}: ${(0,errors/* errorMessage */.g)(error)}; the cleanup at the end tries again (else it ends with its owner).`);
        return lease;
    }
}


/***/ }),

/***/ 40614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ PhaseClock)
/* harmony export */ });
/* unused harmony export describeTimings */
/** Times the segments of one step, in order. */
class PhaseClock {
    clock;
    timings = [];
    constructor(clock) {
        this.clock = clock;
    }
    /** Records a segment that already happened (node's start-up before our first line). */
    record(phase, ms) {
        this.timings.push({ phase, ms: Math.max(0, Math.round(ms)) });
    }
    async time(phase, fn) {
        const started = this.clock.now();
        const parts = {};
        const timer = async (name, promise) => {
            const partStarted = this.clock.now();
            try {
                return await promise;
            }
            finally {
                parts[name] = this.clock.now() - partStarted;
            }
        };
        try {
            return await fn(timer);
        }
        finally {
            this.timings.push({ phase, ms: this.clock.now() - started, ...(Object.keys(parts).length ? { parts } : {}) });
        }
    }
}
/** "policy 240 ms · admission 40 ms · up 3.1 s": where the step's time went, for the log. */
function describeTimings(timings) {
    return timings.map((timing) => `${timing.phase} ${timing.ms < 1000 ? `${timing.ms} ms` : `${(timing.ms / 1000).toFixed(1)} s`}`).join(' · ');
}


/***/ }),

/***/ 43215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sy: () => (/* binding */ monitorFiles),
  sZ: () => (/* binding */ overrideFilePath),
  xw: () => (/* binding */ runDirectory),
  eU: () => (/* binding */ writeReportJson)
});

// UNUSED EXPORTS: readStartSections, writeStartSections

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/report/run-report.ts
function emptyReport(projectName, startedAtMs) {
    return { projectName, startedAtMs, preflight: [] };
}
/** report.json: the report with a schema tag, so consumers can tell versions apart. */
const REPORT_SCHEMA = 'docker-stability/report@1';
/** report.json's content; with a redactor, without the run's secret values. */
function reportDocument(report, redactor) {
    return { schema: REPORT_SCHEMA, ...(redactor ? redactor.redactJson(report) : report) };
}

;// CONCATENATED MODULE: ./src/app/run-files.ts


// Files a run keeps in its run directory under RUNNER_TEMP (the runner empties it after every
// job): the start's report sections, the monitor's config and samples, the override file and
// the report.json the finish leaves behind. Passing them as files keeps the state small (each
// STATE_ value becomes an environment variable of post).
function runDirectory(files, env, temporaryDirectory, projectName) {
    return files.makeDirectory(external_node_path_default().join(env.RUNNER_TEMP || temporaryDirectory, 'docker-stability', projectName));
}
const START_SECTIONS = 'main-report.json';
/**
 * Written atomically (temp file, then rename) so a killed main never leaves half a file; without
 * the secret values main knows (post, which reads it, does not know them).
 */
function writeStartSections(files, runDir, sections, redactor) {
    files.writeAtomic(path.join(runDir, START_SECTIONS), JSON.stringify(redactor.redactJson(sections), null, 2));
}
function readStartSections(files, runDir) {
    const text = files.readText(path.join(runDir, START_SECTIONS));
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Where the monitor's config and samples live in the run directory. */
function monitorFiles(runDir) {
    return { configFile: external_node_path_default().join(runDir, 'monitor-config.json'), samplesFile: external_node_path_default().join(runDir, 'monitor.ndjson') };
}
/** The generated override file every compose call of the stack uses. */
function overrideFilePath(runDir) {
    return external_node_path_default().join(runDir, 'docker-stability.override.yaml');
}
/** report.json, next to the summary's other material; returns its path (the `report-file` output). */
function writeReportJson(files, file, report, redactor) {
    files.writeAtomic(file, `${JSON.stringify(reportDocument(report, redactor), null, 2)}\n`);
    return file;
}


/***/ }),

/***/ 84066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ baselineDocument),
/* harmony export */   I9: () => (/* binding */ figuresFromReport),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   tu: () => (/* binding */ BASELINE_FILE)
/* harmony export */ });
/* unused harmony export BASELINE_SCHEMA */
// The baseline: a compact projection of one run's report (a few KB for dozens of services),
// saved as versioned JSON in the cache and read back by later runs. Pure.
const BASELINE_SCHEMA = 'docker-stability/baseline@1';
const BASELINE_FILE = 'baseline.json';
/** The figures of a run, or why it has none worth remembering. */
function figuresFromReport(report) {
    if (!report.start?.ok)
        return { skip: report.start ? 'the stack did not start' : 'the stack was not started' };
    const monitor = report.monitor;
    const sampled = monitor?.services.filter((service) => service.samples > 0) ?? [];
    if (!monitor || sampled.length === 0)
        return { skip: 'the monitor has no samples of this run' };
    return {
        startupMs: report.start.durationMs,
        stackPeakMemoryBytes: monitor.stackPeakMemoryBytes,
        services: sampled.map((service) => ({
            service: service.service,
            peakMemoryBytes: service.peakMemoryBytes,
            meanCpuPercent: Math.round(service.meanCpuPercent * 100) / 100,
            ...(service.hasHealthcheck && service.timeToHealthyMs !== undefined ? { timeToHealthyMs: service.timeToHealthyMs } : {}),
        })),
    };
}
function baselineDocument(figures, meta) {
    return { schema: BASELINE_SCHEMA, ...meta, ...figures };
}
/** A baseline read back from the cache, checked field by field: another version is not guessed at. */
function parseBaseline(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const doc = value;
    if (!doc || typeof doc !== 'object')
        return { error: 'not an object' };
    if (doc.schema !== BASELINE_SCHEMA)
        return { error: `schema '${String(doc.schema)}' is not ${BASELINE_SCHEMA}` };
    const strings = ['stackHash', 'branch', 'runId', 'runAttempt'];
    for (const field of strings)
        if (typeof doc[field] !== 'string')
            return { error: `${field} is missing` };
    if (typeof doc.savedAtMs !== 'number')
        return { error: 'savedAtMs is missing' };
    if (!Array.isArray(doc.services))
        return { error: 'services is missing' };
    for (const service of doc.services) {
        const s = service;
        if (!s || typeof s.service !== 'string' || !isNumber(s.peakMemoryBytes) || !isNumber(s.meanCpuPercent)) {
            return { error: `a service entry is malformed: ${JSON.stringify(service).slice(0, 120)}` };
        }
        if (s.timeToHealthyMs !== undefined && !isNumber(s.timeToHealthyMs))
            return { error: `timeToHealthyMs of ${s.service} is not a number` };
    }
    for (const field of ['startupMs', 'stackPeakMemoryBytes']) {
        if (doc[field] !== undefined && !isNumber(doc[field]))
            return { error: `${field} is not a number` };
    }
    return doc;
}
function isNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}


/***/ }),

/***/ 11071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NV: () => (/* binding */ baselineVerdict),
  tc: () => (/* binding */ renderBaselineSection)
});

// UNUSED EXPORTS: describeRegression

// EXTERNAL MODULE: ./src/core/untrusted.ts
var untrusted = __webpack_require__(72613);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/baseline/compare.ts
// This run against the baseline, per service and for the stack (pure). A figure regresses when
// it grew by more than its threshold AND by more than a small absolute floor: on a shared runner
// 6 MiB becoming 9 MiB (+50 %) or a health check landing one 1 s interval later is noise, not a
// regression worth a warning. The floors are part of the contract (docs/cache.md).
const FLOORS = {
    memoryBytes: 8 * 1024 * 1024,
    timeMs: 1000,
    cpuPercent: 5,
};
function compareToBaseline(current, baseline, thresholds) {
    const regressions = [];
    const measure = (metric, service, now, before, threshold, floor) => {
        const change = now !== undefined && before !== undefined && before > 0 ? (now - before) / before : undefined;
        const regression = change !== undefined && threshold !== undefined && change > threshold && now - before >= floor;
        if (regression)
            regressions.push({ metric, service, current: now, baseline: before, change: change, threshold: threshold });
        return { current: now, baseline: before, change, regression };
    };
    const before = new Map(baseline.services.map((service) => [service.service, service]));
    const now = new Map(current.services.map((service) => [service.service, service]));
    const names = [...new Set([...now.keys(), ...before.keys()])].sort((a, b) => a.localeCompare(b));
    const services = names.map((name) => {
        const a = now.get(name);
        const b = before.get(name);
        return {
            service: name,
            presence: a && b ? 'both' : a ? 'new' : 'gone',
            peakMemory: measure('peak-memory', name, a?.peakMemoryBytes, b?.peakMemoryBytes, thresholds.memory, FLOORS.memoryBytes),
            meanCpu: measure('mean-cpu', name, a?.meanCpuPercent, b?.meanCpuPercent, thresholds.cpu, FLOORS.cpuPercent),
            timeToHealthy: measure('time-to-healthy', name, a?.timeToHealthyMs, b?.timeToHealthyMs, thresholds.startup, FLOORS.timeMs),
        };
    });
    const startup = measure('startup', undefined, current.startupMs, baseline.startupMs, thresholds.startup, FLOORS.timeMs);
    // Shown, never flagged: a service's growth is already flagged on its own row.
    const stackPeakMemory = measure('peak-memory', undefined, current.stackPeakMemoryBytes, baseline.stackPeakMemoryBytes, undefined, 0);
    return { services, startup, stackPeakMemory, regressions };
}

// EXTERNAL MODULE: ./src/baseline/document.ts
var baseline_document = __webpack_require__(84066);
;// CONCATENATED MODULE: ./src/baseline/section.ts




function baselineVerdict(recall, report, thresholds) {
    const found = recall.status === 'found';
    const figures = (0,baseline_document/* figuresFromReport */.I9)(report);
    if (!found || 'skip' in figures) {
        return { noFigures: 'skip' in figures ? figures.skip : undefined, outputs: { baselineFound: found, regressions: 0 }, warnings: [] };
    }
    const comparison = compareToBaseline(figures, recall.baseline, thresholds);
    return {
        comparison,
        outputs: { baselineFound: true, regressions: comparison.regressions.length },
        warnings: comparison.regressions.map((regression) => `Regression against the baseline (run ${recall.baseline.runId} on ${recall.baseline.branch}): ${describeRegression(regression)}`),
    };
}
function describeRegression(regression) {
    const what = regression.metric === 'startup'
        ? 'stack start-up'
        : `${regression.service}: ${regression.metric === 'peak-memory' ? 'peak memory' : regression.metric === 'mean-cpu' ? 'average CPU' : 'time to healthy'}`;
    return `${what} ${formatMetric(regression.metric, regression.current)}, ${percent(regression.change)} over the baseline's ${formatMetric(regression.metric, regression.baseline)} (threshold ${Math.round(regression.threshold * 100)}%)`;
}
function renderBaselineSection(recall, verdict, save, thresholds) {
    const lines = ['### Compared with earlier runs', ''];
    const saved = save ? saveLine(save) : '';
    if (recall.status === 'unavailable' || recall.status === 'failed') {
        lines.push(`No comparison: ${(0,untrusted/* escapeMarkdown */.FV)(recall.reason)}.`);
        return lines.join('\n');
    }
    if (recall.status === 'none') {
        lines.push(`No baseline yet for this stack on ${recall.branches.map(untrusted/* inlineCode */.ti).join(', ')}. ${saved}`.trim());
        return lines.join('\n');
    }
    const baseline = recall.baseline;
    lines.push(`Baseline: run ${baseline.runId} (attempt ${baseline.runAttempt}) on ${(0,untrusted/* inlineCode */.ti)(baseline.branch)}, ${new Date(baseline.savedAtMs).toISOString().slice(0, 16).replace('T', ' ')} UTC. ` +
        `Thresholds: ${thresholdText(thresholds)}.`);
    if (!verdict.comparison) {
        lines.push('', `This run has no figures to compare: ${verdict.noFigures ?? 'none were measured'}.`);
        return lines.join('\n');
    }
    const comparison = verdict.comparison;
    const count = comparison.regressions.length;
    lines.push('', count === 0 ? '**No regressions.**' : `**⚠️ ${count} regression${count === 1 ? '' : 's'}:**`);
    for (const regression of comparison.regressions)
        lines.push(`- ${(0,untrusted/* escapeMarkdown */.FV)(describeRegression(regression))}`);
    lines.push('', (0,markdown/* table */.tp)(['Service', 'Peak memory', 'Average CPU', 'Time to healthy'], comparison.services.map((service) => [
        service.presence === 'both' ? service.service : `${service.service} (${service.presence})`,
        cell('peak-memory', service.peakMemory),
        cell('mean-cpu', service.meanCpu),
        cell('time-to-healthy', service.timeToHealthy),
    ])), '', `Stack start-up: ${cell('startup', comparison.startup)}; stack peak memory: ${cell('peak-memory', comparison.stackPeakMemory)}.`);
    if (saved)
        lines.push('', saved);
    return lines.join('\n');
}
function saveLine(save) {
    if (save.status === 'saved')
        return `This run's figures were saved as a baseline (${save.durationMs} ms).`;
    if (save.status === 'unavailable')
        return '';
    return `This run's figures were not saved: ${(0,untrusted/* escapeMarkdown */.FV)(save.reason)}.`;
}
/** "120 MiB (was 60 MiB, +100% ⚠️)", "—" when this run has no figure. */
function cell(metric, delta) {
    if (delta.current === undefined)
        return delta.baseline === undefined ? '—' : `— (was ${formatMetric(metric, delta.baseline)})`;
    if (delta.baseline === undefined)
        return `${formatMetric(metric, delta.current)} (new)`;
    const change = delta.change === undefined ? '' : `, ${percent(delta.change)}`;
    return `${formatMetric(metric, delta.current)} (was ${formatMetric(metric, delta.baseline)}${change}${delta.regression ? ' ⚠️' : ''})`;
}
function formatMetric(metric, value) {
    if (metric === 'peak-memory')
        return (0,units/* formatBytes */.z3)(value);
    if (metric === 'mean-cpu')
        return `${value.toFixed(1)}%`;
    return (0,units/* formatDuration */.a3)(value);
}
function percent(change) {
    const rounded = Math.round(change * 100);
    return `${rounded >= 0 ? '+' : '−'}${Math.abs(rounded)}%`;
}
function thresholdText(thresholds) {
    const parts = [
        `peak memory ${thresholds.memory === undefined ? 'off' : `+${Math.round(thresholds.memory * 100)}%`}`,
        `start-up and time to healthy ${thresholds.startup === undefined ? 'off' : `+${Math.round(thresholds.startup * 100)}%`}`,
    ];
    if (thresholds.cpu !== undefined)
        parts.push(`average CPU +${Math.round(thresholds.cpu * 100)}%`);
    return parts.join(', ');
}


/***/ }),

/***/ 7460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ leftoverCount),
/* harmony export */   Q_: () => (/* binding */ findLeftovers),
/* harmony export */   bC: () => (/* binding */ cleanupFailure)
/* harmony export */ });
/* harmony import */ var _compose_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7853);

/**
 * What of the run is still there: everything carrying the project's label or this run's owner
 * label, less what the teardown kept on purpose (a volume that existed before this run and is
 * not ours is not a leftover — and one that was removed though not ours would not show as one
 * either, which is why the teardown decides from labels and the record, never from names).
 */
async function findLeftovers(docker, projectName, scope = {}) {
    const selectors = [[(0,_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .projectFilter */ .Eh)(projectName)], ...(scope.owners ?? []).map((owner) => [`${_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.owner}=${owner}`])];
    const kept = new Set((scope.kept ?? []).map((resource) => `${resource.kind}:${resource.name}`));
    const names = async (kind, list) => {
        const found = await Promise.all(selectors.map((labels) => list(labels)));
        return [...new Set(found.flat().map((resource) => resource.name))].filter((name) => !kept.has(`${kind}:${name}`)).sort();
    };
    const [containers, networks, volumes] = await Promise.all([
        names('container', (labels) => docker.listContainers({ all: true, labels })),
        names('network', (labels) => docker.listNetworks({ labels })),
        names('volume', (labels) => docker.listVolumes({ labels })),
    ]);
    return { containers, networks, volumes };
}
function leftoverCount(leftovers) {
    return leftovers.containers.length + leftovers.networks.length + leftovers.volumes.length;
}
/**
 * Why the step must fail after its teardown, or undefined: something was left behind, or the
 * teardown could neither be done nor checked (a daemon that stopped answering) — "nothing left"
 * is a promise kept only when it was counted.
 */
function cleanupFailure(teardown, project) {
    if (!teardown || teardown.skipped)
        return undefined;
    const { leftovers } = teardown;
    if (!leftovers)
        return `Cleanup of project ${project} could not be done or checked: ${teardown.problems.join('; ') || 'no count of what is left'}`;
    if (leftoverCount(leftovers) === 0)
        return undefined;
    return `Cleanup left ${leftoverCount(leftovers)} resources of project ${project} behind: ${[...leftovers.containers, ...leftovers.networks, ...leftovers.volumes].join(', ')}`;
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


/***/ }),

/***/ 42089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gd: () => (/* binding */ ledgerPrefix),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   lj: () => (/* binding */ ledgerKey),
/* harmony export */   q2: () => (/* binding */ archiveKey),
/* harmony export */   sX: () => (/* binding */ ARCHIVE_FILE),
/* harmony export */   sk: () => (/* binding */ LEDGER_SCHEMA),
/* harmony export */   th: () => (/* binding */ LEDGER_FILE)
/* harmony export */ });
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36918);

// What the image cache remembers between runs (pure): which archive holds the stack's images
// and the last measured time to get them each way. The archive is an immutable cache entry keyed
// by the image IDs it holds; the ledger is a small entry saved by each run that measured
// something, found again by prefix (the newest wins):
//   docker-stability-images:v1:<references hash>:<image IDs hash>        the `docker save` archive
//   docker-stability-image-ledger:v1:<references hash>:<run>-<attempt>   this document
const LEDGER_SCHEMA = 'docker-stability/image-cache@1';
const LEDGER_FILE = 'image-cache.json';
const ARCHIVE_FILE = 'images.tar';
function ledgerPrefix(references) {
    return `docker-stability-image-ledger:v1:${(0,_references_js__WEBPACK_IMPORTED_MODULE_0__/* .setHash */ .hd)(references)}:`;
}
function ledgerKey(references, runId, runAttempt) {
    return `${ledgerPrefix(references)}${runId}-${runAttempt}`;
}
function archiveKey(references, imageIds) {
    return `docker-stability-images:v1:${(0,_references_js__WEBPACK_IMPORTED_MODULE_0__/* .setHash */ .hd)(references)}:${(0,_references_js__WEBPACK_IMPORTED_MODULE_0__/* .setHash */ .hd)(imageIds)}`;
}
function parseLedger(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { error: 'not JSON' };
    }
    const ledger = value;
    if (!ledger || ledger.schema !== LEDGER_SCHEMA)
        return { error: `not a ${LEDGER_SCHEMA} document` };
    if (!Array.isArray(ledger.references))
        return { error: 'references are missing' };
    const numbers = (record, fields) => record === undefined || fields.every((field) => typeof record[field] === 'number');
    if (!numbers(ledger.pull, ['durationMs', 'images']) || !numbers(ledger.load, ['durationMs', 'restoreMs', 'loadMs'])) {
        return { error: 'a timing is malformed' };
    }
    if (ledger.archive && (typeof ledger.archive.key !== 'string' || !Array.isArray(ledger.archive.imageIds)))
        return { error: 'the archive is malformed' };
    return ledger;
}


/***/ }),

/***/ 67276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kh: () => (/* binding */ ARCHIVE_TIMEOUT_MS),
  hK: () => (/* binding */ LEDGER_TIMEOUT_MS),
  Or: () => (/* binding */ afterPull),
  UQ: () => (/* binding */ prepareImages)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/image-cache/decide.ts

function decideImageSource(ledger) {
    if (!ledger?.archive) {
        return { use: 'pull', basis: 'no-archive', reason: 'no cached archive of these images yet: pulling, and saving them for the next run' };
    }
    const pull = ledger.pull;
    const load = ledger.load;
    if (!load || !pull) {
        return {
            use: 'cache',
            basis: 'unmeasured',
            reason: `loading from the cache has not been measured yet${pull ? ` (pulling took ${(0,units/* formatDuration */.a3)(pull.durationMs)})` : ''}: restoring once to compare`,
        };
    }
    const figures = `loading from the cache took ${(0,units/* formatDuration */.a3)(load.durationMs)} (run ${load.runId}), pulling took ${(0,units/* formatDuration */.a3)(pull.durationMs)} (run ${pull.runId})`;
    return load.durationMs < pull.durationMs
        ? { use: 'cache', basis: 'faster', reason: `${figures}: the cache is faster` }
        : { use: 'pull', basis: 'slower', reason: `${figures}: pulling is faster, so the cache is not restored` };
}

// EXTERNAL MODULE: ./src/image-cache/ledger.ts
var image_cache_ledger = __webpack_require__(42089);
// EXTERNAL MODULE: ./src/image-cache/references.ts
var image_cache_references = __webpack_require__(36918);
;// CONCATENATED MODULE: ./src/image-cache/prepare.ts




// Main, before the pull phase: get the stack's missing images from the cache when that was
// faster than pulling when last measured, and time it. When pulling is the way, this leaves the
// pulling to the pull phase (the one place that pulls, with its retries) and `afterPull` takes
// its time for the ledger.
const LEDGER_TIMEOUT_MS = 30_000;
/** An archive of a few GB at a slow 20 MB/s still fits. */
const ARCHIVE_TIMEOUT_MS = 10 * 60_000;
async function prepareImages(deps, model) {
    const references = (0,image_cache_references/* cacheableImages */.pJ)(model);
    const prep = { status: 'no-images', references, missing: [], imageIds: {} };
    if (references.length === 0)
        return prep;
    const availability = deps.cache.availability();
    if (!availability.available) {
        deps.log.info(`Image cache: off for this run — ${availability.reason}.`);
        return { ...prep, status: 'unavailable', reason: availability.reason };
    }
    try {
        prep.missing = await missingImages(deps.images, references);
        if (prep.missing.length === 0) {
            deps.log.info(`Image cache: all ${references.length} images are already on this runner; nothing to pull or load.`);
            return { ...prep, status: 'present', imageIds: await imageIds(deps.images, references) };
        }
        prep.ledger = await restoreLedger(deps, references);
        prep.choice = decideImageSource(prep.ledger);
        deps.log.info(`Image cache: ${prep.missing.length} of ${references.length} images missing; ${prep.choice.use === 'cache' ? 'restoring from the cache' : 'pulling'} — ${prep.choice.reason}.`);
        if (prep.choice.use === 'cache') {
            const loaded = await loadFromCache(deps, prep.ledger.archive.key, prep.missing);
            if ('fallback' in loaded) {
                prep.fallback = loaded.fallback;
                deps.log.warning(`Image cache: ${loaded.fallback}; pulling instead.`);
            }
            else {
                prep.load = loaded;
                prep.status = 'loaded';
                deps.log.info(`Image cache: restored in ${loaded.restoreMs} ms and loaded in ${loaded.loadMs} ms.`);
            }
        }
        if (prep.status !== 'loaded') {
            deps.log.info(`Image cache: the pull phase fetches the ${prep.missing.length} missing images; their time goes into the cache's record.`);
            return { ...prep, status: 'to-pull' };
        }
        prep.imageIds = await imageIds(deps.images, references);
        return prep;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        deps.log.warning(`Image cache: ${reason}; Compose pulls what is missing.`);
        return { ...prep, status: 'failed', reason };
    }
}
/** What the pull phase did for the images the cache left to it: their time, for the ledger. */
async function afterPull(deps, prep, pulled) {
    if (prep.status !== 'to-pull')
        return prep;
    const failed = pulled.failed.map(image_cache_references/* withTag */.Rd).filter((reference) => prep.missing.includes(reference));
    try {
        return { ...prep, status: 'pulled', pull: { durationMs: pulled.durationMs, images: prep.missing.length, failed }, imageIds: await imageIds(deps.images, prep.references) };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        deps.log.warning(`Image cache: ${reason}; this run's images are not recorded.`);
        return { ...prep, status: 'failed', reason };
    }
}
async function missingImages(images, references) {
    const ids = await Promise.all(references.map((reference) => images.imageId(reference)));
    return references.filter((_, index) => ids[index] === undefined);
}
async function imageIds(images, references) {
    const ids = {};
    for (const reference of references) {
        const id = await images.imageId(reference);
        if (id)
            ids[reference] = id;
    }
    return ids;
}
async function restoreLedger(deps, references) {
    const directory = deps.cache.freshDirectory('image-ledger');
    try {
        const prefix = (0,image_cache_ledger/* ledgerPrefix */.gd)(references);
        const result = await deps.cache.restore({ directory, primaryKey: prefix, restoreKeys: [prefix], timeoutMs: LEDGER_TIMEOUT_MS });
        if (result.kind !== 'hit')
            return undefined;
        const ledger = (0,image_cache_ledger/* parseLedger */.h8)(deps.readText(external_node_path_default().join(directory, image_cache_ledger/* LEDGER_FILE */.th)) ?? '');
        if ('error' in ledger) {
            deps.log.warning(`Image cache: the cached timings (${result.key}) are unreadable: ${ledger.error}; starting over.`);
            return undefined;
        }
        return ledger;
    }
    finally {
        deps.cache.discard(directory);
    }
}
async function loadFromCache(deps, key, missing) {
    const directory = deps.cache.freshDirectory('images');
    try {
        const restored = await deps.cache.restore({ directory, primaryKey: key, restoreKeys: [], timeoutMs: ARCHIVE_TIMEOUT_MS });
        if (restored.kind === 'miss')
            return { fallback: `the cached archive ${key} is gone (evicted, or saved in a branch this run cannot read)` };
        if (restored.kind !== 'hit')
            return { fallback: `the cached archive could not be restored: ${restored.reason}` };
        let loadMs;
        try {
            loadMs = (await deps.images.load(external_node_path_default().join(directory, image_cache_ledger/* ARCHIVE_FILE */.sX))).durationMs;
        }
        catch (error) {
            return { fallback: `docker load failed: ${error instanceof Error ? error.message : String(error)}` };
        }
        const stillMissing = await missingImages(deps.images, missing);
        if (stillMissing.length > 0)
            return { fallback: `the cached archive lacks ${stillMissing.join(', ')}` };
        return { durationMs: restored.durationMs + loadMs, restoreMs: restored.durationMs, loadMs, images: missing.length, archiveKey: key };
    }
    finally {
        deps.cache.discard(directory);
    }
}


/***/ }),

/***/ 36918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   hd: () => (/* binding */ setHash),
/* harmony export */   pJ: () => (/* binding */ cacheableImages)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// Which images of a stack the image cache is about (pure): those Compose would pull — services
// with an `image` and no `build` (built images are the build cache's business, not a registry's).
/** Sorted, unique references, with the implicit `:latest` written out as the daemon stores them. */
function cacheableImages(model) {
    const references = Object.values(model.services)
        .filter((service) => typeof service.image === 'string' && service.image !== '' && service.build === undefined)
        .map((service) => withTag(service.image));
    return [...new Set(references)].sort();
}
/** `redis` → `redis:latest`; a tag or digest is kept (a registry's `host:port/` is not a tag). */
function withTag(reference) {
    if (reference.includes('@'))
        return reference;
    const lastPart = reference.slice(reference.lastIndexOf('/') + 1);
    return lastPart.includes(':') ? reference : `${reference}:latest`;
}
/** 16 hex digits naming a set of strings regardless of order. */
function setHash(items) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update([...items].sort().join('\n')).digest('hex').slice(0, 16);
}


/***/ }),

/***/ 33198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ isFailing),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   X8: () => (/* binding */ isBystander),
/* harmony export */   hm: () => (/* binding */ printDiagnosis),
/* harmony export */   wI: () => (/* binding */ byFailureWeight),
/* harmony export */   yp: () => (/* binding */ diagnoseProject)
/* harmony export */ });
/* unused harmony export LOG_TAIL_LINES */
/* harmony import */ var _compose_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7853);

const LOG_TAIL_LINES = 50;
const HEALTH_LOG_ENTRIES = 5;
/** Inspects every container of the project (one-off `run` containers aside). */
async function diagnoseProject(docker, projectName) {
    const containers = await docker.listContainers({ all: true, labels: [(0,_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .projectFilter */ .Eh)(projectName)] });
    const results = await Promise.all(containers
        .filter((container) => container.labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSE_LABELS */ .NZ.oneoff] !== 'True')
        .map(async (container) => {
        const details = await docker.inspectContainer(container.id);
        if (!details)
            return undefined;
        const logs = await docker.containerLogs(container.id, LOG_TAIL_LINES);
        return {
            service: container.labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSE_LABELS */ .NZ.service] ?? container.name,
            container: details.name,
            state: details.state.status,
            exitCode: details.state.exitCode,
            oomKilled: details.state.oomKilled,
            restartCount: details.restartCount,
            health: details.state.health?.status,
            healthLog: (details.state.health?.log ?? [])
                .slice(-HEALTH_LOG_ENTRIES)
                .map((entry) => ({ exitCode: entry.exitCode, output: entry.output.trim() })),
            logTail: logs.split('\n').filter((line) => line !== '').slice(-LOG_TAIL_LINES),
        };
    }));
    return results.filter((result) => result !== undefined).sort((a, b) => a.service.localeCompare(b.service));
}
/** A service that keeps `up --wait` from succeeding: not running, unhealthy, or still starting. */
function isFailing(diagnosis) {
    if (diagnosis.health === 'unhealthy' || diagnosis.health === 'starting')
        return true;
    if (diagnosis.state === 'running')
        return false;
    return !(diagnosis.state === 'exited' && diagnosis.exitCode === 0 && !diagnosis.oomKilled);
}
/**
 * A service still starting when Compose gave up: usually a bystander of another service's
 * failure (Compose stops waiting at the first one), so it is named after the real failures.
 */
function isBystander(diagnosis) {
    return diagnosis.health === 'starting' && diagnosis.state === 'running' && !diagnosis.oomKilled;
}
/** Real failures first, bystanders last, by service name within each. */
function byFailureWeight(a, b) {
    return Number(isBystander(a)) - Number(isBystander(b)) || a.service.localeCompare(b.service);
}
const STATE_WORDS = {
    created: 'created but never started',
    restarting: 'restarting (crash loop)',
};
/** One line per failing service: "db: unhealthy, last health check: exit 1 'connection refused'". */
function describeFailure(diagnosis) {
    const parts = [];
    if (diagnosis.health === 'unhealthy')
        parts.push('unhealthy');
    else if (diagnosis.health === 'starting' && diagnosis.state === 'running')
        parts.push('still starting when the wait ended');
    else
        parts.push(STATE_WORDS[diagnosis.state] ?? diagnosis.state);
    if (diagnosis.state === 'exited' || diagnosis.state === 'dead')
        parts.push(`exit code ${diagnosis.exitCode}`);
    if (diagnosis.oomKilled)
        parts.push('killed by the kernel for exceeding its memory limit (OOM)');
    if (diagnosis.restartCount > 0)
        parts.push(`${diagnosis.restartCount} restarts`);
    const lastCheck = diagnosis.healthLog.at(-1);
    if (lastCheck)
        parts.push(`last health check: exit ${lastCheck.exitCode}${lastCheck.output ? ` '${truncate(lastCheck.output, 160)}'` : ''}`);
    return `${diagnosis.service}: ${parts.join(', ')}`;
}
/**
 * A failing service in the log: its one-line diagnosis as the group's title, then what its health
 * checks and its log said, verbatim through log.output (the container's words, never commands).
 */
async function printDiagnosis(log, diagnosis) {
    await log.group(`${describeFailure(diagnosis)} — health checks and last ${diagnosis.logTail.length} log lines`, async () => {
        for (const entry of diagnosis.healthLog) {
            log.info(`health check (exit ${entry.exitCode}):`);
            log.output(entry.output);
        }
        log.info(`log (last ${diagnosis.logTail.length} lines):`);
        log.output(diagnosis.logTail);
    });
}
function truncate(text, max) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}


/***/ })

};
