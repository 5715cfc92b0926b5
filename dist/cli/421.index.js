export const id = 421;
export const ids = [421];
export const modules = {

/***/ 16421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/app/commands/exit.ts
var exit = __webpack_require__(99436);
// EXTERNAL MODULE: ./src/lease/records.ts
var records = __webpack_require__(96188);
// EXTERNAL MODULE: ./src/settings/keys.ts
var keys = __webpack_require__(38445);
// EXTERNAL MODULE: ./src/app/commands/check-output.ts
var check_output = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/app/commands/options.ts
var options = __webpack_require__(45452);
// EXTERNAL MODULE: ./src/app/commands/up-defaults.ts
var up_defaults = __webpack_require__(17264);
;// CONCATENATED MODULE: ./src/app/commands/index.ts






/** Registers the commands; each action resolves to the command's exit code. */
function registerCommands(program, context, setExitCode) {
    const { self } = context;
    const run = (action) => action().then(setExitCode);
    const policyFormats = ['text', 'json', 'sarif', 'github'];
    const runCommand = (0,options/* addStackOptions */.iL)(program
        .command('run')
        .description("Run a command against a Compose stack with the action's whole lifecycle: policy, preflight, lease, up --wait, monitor, report, cleanup. Exits with the command's code (1 when the stack failed).")
        .argument('<command...>', 'the command to run against the stack, after --'))
        .option('-s, --service <name>', 'start only this service and what it depends on (repeatable; default: all)', options/* collect */.Fo, [])
        .option('-g, --lock-group <name>', 'a named lock group the stack belongs to (repeatable)', options/* collect */.Fo, [])
        .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
        .option('--summary <file>', 'write the markdown summary (tables and charts) to this file')
        .option('--report <file>', 'write the machine-readable report.json to this file')
        .option('--namespace <name>', 'lease namespace', records/* DEFAULT_NAMESPACE */.oQ);
    (0,options/* addInputFlags */.hN)(runCommand).action((argv, flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(984), __webpack_require__.e(894), __webpack_require__.e(422), __webpack_require__.e(664), __webpack_require__.e(927), __webpack_require__.e(146), __webpack_require__.e(873), __webpack_require__.e(756)]).then(__webpack_require__.bind(__webpack_require__, 83375))).runAction(argv, flags, context)));
    const checkCommand = (0,options/* addStackOptions */.iL)(program.command('check').description('Check compose files against the stability policy (exit 1 on error findings, 2 on bad input).'))
        .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
        .option('--format <format>', `output format: ${policyFormats.join(', ')}`, 'text')
        .option('--verbose', 'text: one line per finding instead of findings grouped by rule')
        .option('--output <file>', 'write the report to this file instead of standard output')
        .option('--baseline <file>', 'accepted findings (from --write-baseline): report them as notes, fail only on new ones; security findings are never silenced')
        .option('--write-baseline <file>', "record today's findings in this file as accepted, then report against it")
        .option('--memory-budget <size|percent>', `memory the stack may reserve: a share of the daemon's memory or a size (default: ${keys/* INPUTS */.mc.memoryBudget.default}; a share is judged only when a daemon answers)`)
        .option('--default-memory-limit <size>', 'inject this memory limit into services without one (e.g. 512m)')
        .option('--default-cpu-limit <cpus>', 'inject this CPU limit into services without one (e.g. 1)')
        .option('--write-override <file>', 'keep the generated override file (with --default-*-limit) at this path')
        .option('--healthcheck-defaults <timing>', 'standard health-check timing for aggressive checks, e.g. interval=10s,timeout=5s,retries=5,start-period=20s')
        .option('--workflows [dir]', 'also check the workflow files in this directory (default .github/workflows) for direct compose calls')
        .option('--policy-allow <rules>', "allow these rules (comma-separated, repeatable), as the action's policy-allow input: the only way to allow a security rule", options/* collect */.Fo, [])
        .action((flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(984), __webpack_require__.e(422), __webpack_require__.e(664), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 42638))).checkAction(flags, context)));
    // Usage errors (an unknown flag, a missing value) end in Commander before the check runs: json
    // and sarif still get their document. Commander stops reading options at the first one it does
    // not know and leaves the rest in `args`, so the format is looked for in both.
    checkCommand.exitOverride((error) => {
        if (error.exitCode !== 0) {
            const parsed = checkCommand.opts();
            const format = (0,check_output/* formatAmong */.O$)(checkCommand.args) ?? (0,check_output/* formatAmong */.O$)(['--format', parsed.format ?? '']);
            const output = (0,check_output/* valueOf */.RP)(checkCommand.args, '--output') ?? parsed.output;
            if (format)
                (0,check_output/* emitFailureDocument */.rJ)({ output }, { cwd: self.cwd(), io: { readText: () => '', writeText: (file, text) => context.files.writeText(file, text) }, stdout: self.stdout }, format, error.message, exit/* EXIT */.d.usage);
        }
        throw error;
    });
    program
        .command('compare')
        .description('Print where a dev and a test stack differ (image, storage, limits, declared memory, health checks, restart, durability and persistence switches, ports): only the differing rows unless --all.')
        .argument('[dev-file]', 'the development compose file (or use --dev, repeatable)')
        .argument('[test-file]', 'the test compose file (or use --test, repeatable)')
        .option('--dev <file>', 'a compose file of the dev side, in -f order (repeatable)', options/* collect */.Fo, [])
        .option('--test <file>', 'a compose file of the test side, in -f order (repeatable)', options/* collect */.Fo, [])
        .option('--profile <profile>', 'a Compose profile for both sides (repeatable)', options/* collect */.Fo, [])
        .option('--dev-profile <profile>', 'a Compose profile for the dev side (repeatable)', options/* collect */.Fo, [])
        .option('--test-profile <profile>', 'a Compose profile for the test side (repeatable)', options/* collect */.Fo, [])
        .option('--env-file <file>', 'env file for interpolation of both sides (repeatable)', options/* collect */.Fo, [])
        .option('--dev-env-file <file>', 'env file for the dev side (repeatable)', options/* collect */.Fo, [])
        .option('--test-env-file <file>', 'env file for the test side (repeatable)', options/* collect */.Fo, [])
        .option('--all', 'also print the settings that are the same on both sides')
        .option('--format <format>', 'output format: markdown, json', 'markdown')
        .action((devFile, testFile, flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(984), __webpack_require__.e(422), __webpack_require__.e(664), __webpack_require__.e(865)]).then(__webpack_require__.bind(__webpack_require__, 4865))).compareAction([devFile, testFile].filter((file) => file !== undefined), flags, context)));
    const upCommand = (0,options/* addStackOptions */.iL)(program
        .command('up')
        .description('Start a Compose stack (checks, lease, up --detach --wait) under a lease in the Docker daemon, so it takes turns with CI and other stacks; `down` ends it')
        .argument('[services...]', 'start only these services (and what they depend on), as `docker compose up SERVICE...`; the lease and the policy judge what starts'))
        .option('-g, --group <name>', 'a named group the stack belongs to: one holder at a time (repeatable)', options/* collect */.Fo, [])
        .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
        .option('--namespace <name>', 'lease namespace: separate fleets (and tests) never meet', records/* DEFAULT_NAMESPACE */.oQ)
        .option('--timeout <duration>', `how long to wait for the lease (as the action's ${keys/* INPUTS */.mc.lockTimeout.name}; 0 = do not wait)`);
    (0,options/* addInputFlags */.hN)(upCommand, up_defaults/* UP_DEFAULTS */.R).action((services, flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(984), __webpack_require__.e(894), __webpack_require__.e(422), __webpack_require__.e(664), __webpack_require__.e(927), __webpack_require__.e(146), __webpack_require__.e(873), __webpack_require__.e(473)]).then(__webpack_require__.bind(__webpack_require__, 19473))).upAction(services, flags, context)));
    (0,options/* addStackOptions */.iL)(program.command('down').description('Tear a stack down (volumes and orphans included, no grace period) and release its lease'))
        .option('--namespace <name>', 'lease namespace', records/* DEFAULT_NAMESPACE */.oQ)
        .option(`--${keys/* INPUTS */.mc.stopTimeout.name} <duration>`, `grace period before containers are killed (default: ${keys/* INPUTS */.mc.stopTimeout.default})`)
        .option(`--${keys/* INPUTS */.mc.removeBuiltImages.name}`, 'also remove the images the stack built')
        .action((flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(984), __webpack_require__.e(894), __webpack_require__.e(422), __webpack_require__.e(927), __webpack_require__.e(146), __webpack_require__.e(596)]).then(__webpack_require__.bind(__webpack_require__, 97596))).downAction(flags, context)));
    (0,options/* addLeaseOptions */.Y7)(program
        .command('lock')
        .description('Run a command while holding a lease in the Docker daemon: named groups, host ports, memory; waits its turn in a fair queue')
        .argument('<command...>', 'the command to run, after -- (exit code is its exit code)')
        .option('-g, --group <name>', 'a named group: one holder at a time (repeatable)', options/* collect */.Fo, [])
        .option('--port <port>', 'a host port the command needs: 5432, 5432/udp or 127.0.0.1:5432 (repeatable)', options/* collect */.Fo, [])
        .option('--memory <size>', 'memory to reserve against the budget, like 512m or 2g', '0')).action((command, flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(984), __webpack_require__.e(894), __webpack_require__.e(375), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 55643))).lockAction(command, flags, context)));
    (0,options/* addLeaseOptions */.Y7)(program
        .command('status')
        .description('List the leases in the Docker daemon: who holds what since when, the memory budget in use, and who waits.')
        .option('--format <format>', 'output format: text, json', 'text'), { timeout: false }).action((flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(984), __webpack_require__.e(894), __webpack_require__.e(375), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 85798))).statusAction(flags, context)));
    program
        .command('clean')
        .description("Remove what dead jobs left on this daemon (resources with this tool's owner label whose lease is stale or gone), then their leases. Safe under cron.")
        .option('--dry-run', 'list what would be removed, remove nothing')
        .option('--format <format>', 'output format: text, json', 'text')
        .option('--namespace <name>', 'lease namespace to clean', records/* DEFAULT_NAMESPACE */.oQ)
        .option('--lease-ttl <duration>', "the longest a lease lives past the daemon's timestamp of its last renewal, whatever it claims", keys/* INPUTS */.mc.leaseTtl.default)
        .action((flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(984), __webpack_require__.e(894), __webpack_require__.e(927), __webpack_require__.e(641)]).then(__webpack_require__.bind(__webpack_require__, 72023))).cleanAction(flags, context)));
    program
        .command('hold-lease', { hidden: true })
        .description('keep a lease alive (started by `up`; not for people)')
        .requiredOption('--id <id>', 'lease id')
        .option('--namespace <name>', 'lease namespace', records/* DEFAULT_NAMESPACE */.oQ)
        .option('--lease-ttl <duration>', 'lease TTL', keys/* INPUTS */.mc.leaseTtl.default)
        .action((flags) => run(async () => (await Promise.all(/* import() */[__webpack_require__.e(984), __webpack_require__.e(894), __webpack_require__.e(375), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 93901))).holdLeaseAction(flags, context)));
}

;// CONCATENATED MODULE: ./src/app/cli.ts





/** `docker-stability …`: runs one command and returns its exit code (never calls process.exit). */
async function cli(argv, context) {
    let exitCode = exit/* EXIT */.d.ok;
    const program = new esm/* Command */.uB('docker-stability')
        .description('Keep Docker Compose test stacks stable: policy checks, leases in the daemon, monitoring and cleanup.')
        .version(package_0/* version */.rE, '-V, --version')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    registerCommands(program, context, (code) => {
        exitCode = code;
    });
    try {
        await program.parseAsync(argv);
        return exitCode;
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            // --help and --version end here with exit code 0; usage errors with 1, which we make 2.
            return error.exitCode === 0 ? exit/* EXIT */.d.ok : exit/* EXIT */.d.usage;
        }
        if (error instanceof exit/* ExitError */.R) {
            context.self.stderr(`docker-stability: ${error.message}\n`);
            return error.exitCode;
        }
        context.self.stderr(`docker-stability: ${(0,errors/* errorMessage */.g)(error)}\n`);
        return exit/* EXIT */.d.failed;
    }
}


/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ reportFindings),
/* harmony export */   O$: () => (/* binding */ formatAmong),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   rJ: () => (/* binding */ emitFailureDocument),
/* harmony export */   yr: () => (/* binding */ readAcceptedFindings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8330);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _policy_accepted_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55912);
/* harmony import */ var _policy_format_grouped_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19250);
/* harmony import */ var _policy_format_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40567);
/* harmony import */ var _policy_format_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(405);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99436);








// What `check` prints or writes: the report in its format with the accepted-findings file
// applied (or first written), and a document even when the check could not run.
/**
 * json and sarif always leave a document where the report would have gone (stdout or
 * --output): a consumer that parses it learns the check failed instead of reading nothing.
 */
function emitFailureDocument(flags, deps, format, message, exitCode) {
    const document = (0,_policy_format_report_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPolicyFailure */ .Vf)(format, message, exitCode, _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE);
    if (document === undefined)
        return;
    if (!flags.output)
        return deps.stdout(document);
    try {
        deps.io.writeText(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd, flags.output), document);
    }
    catch {
        deps.stdout(document);
    }
}
/** The accepted-findings file named by --baseline, parsed; a missing or bad one is exit 2. */
function readAcceptedFindings(file, deps) {
    let text;
    try {
        text = deps.io.readText(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd, file));
    }
    catch (error) {
        const code = error.code;
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage, `--baseline: '${file}' ${code === 'ENOENT' ? `does not exist; write it with --write-baseline ${file}` : `cannot be read (${code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)})`}`);
    }
    return (0,_policy_accepted_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAcceptedFindings */ .z2)(text, file);
}
/**
 * Prints or writes the report in the chosen format, with the accepted-findings file applied (or
 * first written, with --write-baseline); the exit code says whether errors remain.
 */
function reportFindings(flags, deps, format, findings, accepted, suppressed = []) {
    let baseline = flags.baseline && accepted ? { file: flags.baseline, accepted } : undefined;
    if (flags.writeBaseline) {
        const text = (0,_policy_accepted_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedFindingsDocument */ .pr)(findings);
        try {
            deps.io.writeText(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd, flags.writeBaseline), text);
        }
        catch (error) {
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage, `--write-baseline: '${flags.writeBaseline}' cannot be written (${error.code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)})`);
        }
        baseline = { file: flags.writeBaseline, accepted: (0,_policy_accepted_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAcceptedFindings */ .z2)(text, flags.writeBaseline) };
        deps.stderr(`${findings.length} finding${findings.length === 1 ? '' : 's'} recorded in ${flags.writeBaseline}; commit it and check with --baseline ${flags.writeBaseline}.\n`);
    }
    const report = (0,_policy_format_report_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPolicyReport */ .$b)(findings, {
        format,
        verbose: flags.verbose,
        width: (0,_policy_format_grouped_js__WEBPACK_IMPORTED_MODULE_3__/* .textWidth */ .sc)(deps.columns),
        toolVersion: _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE,
        baseline,
        suppressed,
    });
    if (report.outcome && baseline && (format !== 'text' || flags.output))
        deps.stderr(`${(0,_policy_accepted_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .describeOutcome */ .SS)(report.outcome, baseline.file)}\n`);
    if (flags.output) {
        deps.io.writeText(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(deps.cwd, flags.output), report.text);
        deps.stderr(`${(0,_policy_format_text_js__WEBPACK_IMPORTED_MODULE_7__/* .formatCounts */ .gM)(report.counts)}; ${format} report written to ${flags.output}\n`);
    }
    else {
        deps.stdout(report.text);
    }
    return report.counts.error > 0 ? _exit_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.failed : _exit_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
}
/** `--format json` / `--format=sarif` among raw arguments, when it names a format. */
function formatAmong(args) {
    const value = valueOf(args, '--format');
    return _policy_format_report_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_FORMATS */ .EL.includes(value ?? '') ? value : undefined;
}
function valueOf(args, flag) {
    for (let index = args.length - 1; index >= 0; index -= 1) {
        const arg = args[index];
        if (arg.startsWith(`${flag}=`))
            return arg.slice(flag.length + 1);
        if (arg === flag && index + 1 < args.length)
            return args[index + 1];
    }
    return undefined;
}


/***/ }),

/***/ 99436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ExitError),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** Exit codes of every command: 0 ok, 1 a finding or failure, 2 bad usage or input. */
const EXIT = { ok: 0, failed: 1, usage: 2 };
/** A failure the command already explained; carries its exit code. */
class ExitError extends Error {
    exitCode;
    constructor(exitCode, message) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'ExitError';
    }
}


/***/ }),

/***/ 45452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ INPUT_FLAGS),
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   Y7: () => (/* binding */ addLeaseOptions),
/* harmony export */   hN: () => (/* binding */ addInputFlags),
/* harmony export */   iL: () => (/* binding */ addStackOptions)
/* harmony export */ });
/* unused harmony exports SWITCH_FLAGS, REPEATED_FLAGS, FLAG_HELP */
/* harmony import */ var _lease_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96188);
/* harmony import */ var _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38445);


// The options commands share, spelled as `docker compose` spells them (stack) or as the action
// names its inputs (everything else). Light on purpose: the command registry loads this for
// --help and --version, and every command's implementation only when it runs.
const collect = (value, previous) => [...previous, value];
/** -f, -p, --profile, --env-file, --project-directory, --confine. */
function addStackOptions(command) {
    return command
        .option('-f, --file <file>', 'compose file (repeatable; default: the one Compose would pick)', collect, [])
        .option('-p, --project-name <name>', 'Compose project name (default: COMPOSE_PROJECT_NAME, else the directory name)')
        .option('--profile <profile>', 'enable a Compose profile (repeatable)', collect, [])
        .option('--env-file <file>', 'env file for interpolation (repeatable)', collect, [])
        .option('--project-directory <dir>', 'directory Compose runs in (default: the current directory)')
        .option('--confine', 'refuse compose and env files outside the current directory, as the action does in its workspace');
}
/** --timeout, --memory-budget, --lease-ttl, --namespace: the lease commands' options. */
function addLeaseOptions(command, options = {}) {
    if (options.timeout !== false) {
        command.option('--timeout <duration>', `how long to wait for the lease (${_settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.lockTimeout.name}; 0 = do not wait)`, _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.lockTimeout.default);
    }
    return command
        .option('--memory-budget <size|percent>', 'memory all leases together may reserve: 75% of the daemon, or a size like 6g', _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.memoryBudget.default)
        .option('--lease-ttl <duration>', 'how long a lease lives without renewal where its owner cannot be checked', _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.leaseTtl.default)
        .option('--namespace <name>', 'lease namespace: separate fleets (and tests) never meet', _lease_records_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NAMESPACE */ .oQ);
}
/** Flags named after the action's inputs, with the same defaults. */
const INPUT_FLAGS = [
    'waitTimeout',
    'policy',
    'defaultMemoryLimit',
    'defaultCpuLimit',
    'healthcheckDefaults',
    'policyBaseline',
    'minFreeDisk',
    'sampleInterval',
    'failOn',
    'memoryBudget',
    'lockTimeout',
    'leaseTtl',
    'cleanup',
    'stopTimeout',
    'removeBuiltImages',
    'policyAllow',
    'upFlags',
    'composeFlags',
    'build',
    'pull',
    'waitFor',
    'exportEnv',
    'uploadLogs',
    'logsMaxSize',
];
/** Flags without a value (on when given). */
const SWITCH_FLAGS = new Set(['removeBuiltImages', 'exportEnv']);
/** Flags given once per value (`--wait-for db:5432 --wait-for api:http:/healthz`). */
const REPEATED_FLAGS = new Set(['waitFor', 'policyAllow']);
const FLAG_HELP = {
    removeBuiltImages: 'also remove the images the stack built',
    policyAllow: "allow these rules, as the action's policy-allow input: the only way to allow a security rule (repeatable)",
    exportEnv: "set the published ports as variables in the command's environment (DB_HOST, DB_PORT_5432)",
    waitFor: 'after up, wait until service:port accepts, service:[port:]http:/path answers 2xx or service:log:/pattern/ is logged (repeatable)',
    uploadLogs: 'upload every service log as a workflow artifact: on-failure, always or never (default: never; outside GitHub Actions there is no artifact service)',
};
/** Adds the input flags (`--wait-timeout` …) to a command, with the action's defaults in the help. */
function addInputFlags(command, defaults = {}) {
    for (const key of INPUT_FLAGS) {
        const input = _settings_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc[key];
        if (SWITCH_FLAGS.has(key))
            command.option(`--${input.name}`, FLAG_HELP[key]);
        else if (REPEATED_FLAGS.has(key))
            command.option(`--${input.name} <value>`, FLAG_HELP[key], (value, previous = []) => [...previous, value]);
        else
            command.option(`--${input.name} <value>`, FLAG_HELP[key] ?? `as the action's ${input.name} input (default: ${defaults[key] ?? input.default})`);
    }
    return command;
}


/***/ }),

/***/ 17264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ UP_DEFAULTS)
/* harmony export */ });
/**
 * What `up` does differently from the action: the policy is reported but does not block (`--policy
 * error` blocks), as `up` starts someone's own stack, not a pull request's; and there is no
 * monitor to read (no post step).
 */
const UP_DEFAULTS = { policy: 'warn' };


/***/ }),

/***/ 7853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ projectFilter),
/* harmony export */   N9: () => (/* binding */ OWN_LABELS),
/* harmony export */   NZ: () => (/* binding */ COMPOSE_LABELS),
/* harmony export */   jD: () => (/* binding */ isProjectName),
/* harmony export */   yc: () => (/* binding */ OWN_PREFIX)
/* harmony export */ });
// Labels: Compose's (what it puts on everything it creates) and ours (what proves that this
// product created or owns a resource). Cleanup only ever selects by these.
const COMPOSE_LABELS = {
    project: 'com.docker.compose.project',
    service: 'com.docker.compose.service',
    oneoff: 'com.docker.compose.oneoff',
    containerNumber: 'com.docker.compose.container-number',
    volume: 'com.docker.compose.volume',
    network: 'com.docker.compose.network',
};
/** Our label namespace; every key this product writes starts with it. */
const OWN_PREFIX = 'docker-stability.';
const OWN_LABELS = {
    /** On every resource of a stack this product started: the lease (or run) id that owns it. */
    owner: `${OWN_PREFIX}owner`,
    /** Kind of our own bookkeeping containers: lease, ticket, mutex. */
    kind: `${OWN_PREFIX}kind`,
    /**
     * On every image a run built (through the override's build.labels): the owner label's value of
     * that run. remove-built-images removes exactly the images carrying this run's value — not an
     * earlier run's image under the same name, not a pulled one. Its own key, so the sweep of dead
     * owners (which goes by `owner`) never takes images.
     */
    builtBy: `${OWN_PREFIX}built-by`,
};
/**
 * Whether a label value is a Compose project name (lowercase letters, digits, '-' and '_'): label
 * values are anyone's text, so only such a value is repeated in a message or a summary.
 */
function isProjectName(value) {
    return /^[a-z0-9][a-z0-9_-]{0,62}$/.test(value);
}
function projectFilter(projectName) {
    return `${COMPOSE_LABELS.project}=${projectName}`;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// What went wrong, as one line of text, whatever was thrown.
/** The message of anything thrown: an Error's message, a string, or its JSON. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return `Unexpected failure: ${JSON.stringify(error)}`;
    }
    catch {
        return `Unexpected failure: ${String(error)}`;
    }
}


/***/ }),

/***/ 96188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ recordLabels),
/* harmony export */   HQ: () => (/* binding */ mutexName),
/* harmony export */   PV: () => (/* binding */ NAMESPACE_PATTERN),
/* harmony export */   Tb: () => (/* binding */ LEASE_LABELS),
/* harmony export */   eT: () => (/* binding */ decodeRecord),
/* harmony export */   h9: () => (/* binding */ LEASE_IMAGE),
/* harmony export */   kA: () => (/* binding */ namespaceFilter),
/* harmony export */   oQ: () => (/* binding */ DEFAULT_NAMESPACE),
/* harmony export */   w7: () => (/* binding */ admittedName),
/* harmony export */   xD: () => (/* binding */ recordName)
/* harmony export */ });
/* unused harmony export parseRecordName */
/* harmony import */ var _compose_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7853);

const P = `${_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_PREFIX */ .yc}lease.`;
const LEASE_LABELS = {
    kind: _compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.kind,
    namespace: `${P}namespace`,
    id: `${P}id`,
    generation: `${P}generation`,
    project: `${P}project`,
    groups: `${P}groups`,
    ports: `${P}ports`,
    memory: `${P}memory-bytes`,
    budget: `${P}budget-bytes`,
    requestedAt: `${P}requested-at`,
    admittedAt: `${P}admitted-at`,
    renewedAt: `${P}renewed-at`,
    ttl: `${P}ttl-ms`,
    leaseTtl: `${P}lease-ttl-ms`,
    order: `${P}order`,
    ownerPid: `${P}owner.pid`,
    ownerStart: `${P}owner.start-ticks`,
    ownerPidNs: `${P}owner.pid-ns`,
    ownerBoot: `${P}owner.boot-id`,
    ownerHost: `${P}owner.host`,
    repository: `${P}who.repository`,
    runId: `${P}who.run-id`,
    job: `${P}who.job`,
    runner: `${P}who.runner`,
};
/** The zero-layer image every record container is created from (never run). */
const LEASE_IMAGE = 'docker-stability/lease:1';
/** Namespaces end up in container names, which allow [a-zA-Z0-9_.-]; '.' separates the parts. */
const NAMESPACE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const DEFAULT_NAMESPACE = 'default';
function recordName(kind, namespace, id, generation) {
    return `dsa-lease.${namespace}.${kind === 'lease' ? 'held' : 'wait'}.${id}.${generation}`;
}
/** The name that admits a ticket: generation 0 of its lease, carrying the admission time. */
function admittedName(namespace, id, admittedAtMs) {
    return `${recordName('lease', namespace, id, 0)}.${admittedAtMs}`;
}
function mutexName(namespace) {
    return `dsa-lease.${namespace}.mutex`;
}
function parseRecordName(name, namespace) {
    if (name === mutexName(namespace))
        return { state: 'mutex' };
    const prefix = `dsa-lease.${namespace}.`;
    if (!name.startsWith(prefix))
        return undefined;
    const match = /^(wait|held)\.([0-9a-z]+)\.(\d+)(?:\.(\d+))?$/.exec(name.slice(prefix.length));
    if (!match)
        return undefined;
    return {
        state: match[1],
        id: match[2],
        generation: Number(match[3]),
        admittedAtMs: match[4] !== undefined ? Number(match[4]) : undefined,
    };
}
function namespaceFilter(namespace) {
    return `${LEASE_LABELS.namespace}=${namespace}`;
}
function ownerLabels(owner) {
    return {
        [LEASE_LABELS.ownerPid]: String(owner.pid),
        [LEASE_LABELS.ownerStart]: String(owner.startTicks),
        [LEASE_LABELS.ownerPidNs]: owner.pidNamespace,
        [LEASE_LABELS.ownerBoot]: owner.bootId,
        [LEASE_LABELS.ownerHost]: owner.hostname,
    };
}
function decodeOwner(labels) {
    return {
        pid: Number(labels[LEASE_LABELS.ownerPid] ?? 0),
        startTicks: Number(labels[LEASE_LABELS.ownerStart] ?? 0),
        pidNamespace: labels[LEASE_LABELS.ownerPidNs] ?? '',
        bootId: labels[LEASE_LABELS.ownerBoot] ?? '',
        hostname: labels[LEASE_LABELS.ownerHost] ?? '',
    };
}
function recordLabels(record) {
    const labels = {
        [LEASE_LABELS.kind]: record.kind,
        [LEASE_LABELS.namespace]: record.namespace,
        [LEASE_LABELS.id]: record.id,
        [LEASE_LABELS.generation]: String(record.generation),
        [LEASE_LABELS.project]: record.request.project,
        [LEASE_LABELS.groups]: record.request.groups.join(','),
        [LEASE_LABELS.ports]: record.request.ports.join(','),
        [LEASE_LABELS.memory]: String(record.request.memoryBytes),
        [LEASE_LABELS.budget]: String(record.budgetBytes),
        [LEASE_LABELS.requestedAt]: String(record.requestedAtMs),
        [LEASE_LABELS.renewedAt]: String(record.renewedAtMs),
        [LEASE_LABELS.ttl]: String(record.ttlMs),
        ...ownerLabels(record.owner),
    };
    if (record.admittedAtMs !== undefined)
        labels[LEASE_LABELS.admittedAt] = String(record.admittedAtMs);
    if (record.order !== undefined)
        labels[LEASE_LABELS.order] = record.order;
    if (record.leaseTtlMs !== undefined)
        labels[LEASE_LABELS.leaseTtl] = String(record.leaseTtlMs);
    const who = [
        [LEASE_LABELS.repository, record.who.repository],
        [LEASE_LABELS.runId, record.who.runId],
        [LEASE_LABELS.job, record.who.job],
        [LEASE_LABELS.runner, record.who.runner],
    ];
    for (const [key, value] of who)
        if (value)
            labels[key] = value;
    return labels;
}
const list = (text) => (text ? text.split(',').filter(Boolean) : []);
const int = (text) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined);
/**
 * The record a container describes: claims from its labels, state from its name, and its stamp
 * from the daemon's creation time (`docker ps` gives it in seconds). Undefined when the labels
 * are incomplete or the name is not one of ours.
 */
function decodeRecord(container) {
    const labels = container.labels;
    const labelKind = labels[LEASE_LABELS.kind];
    const labelGeneration = int(labels[LEASE_LABELS.generation]);
    const memoryBytes = int(labels[LEASE_LABELS.memory]);
    const budgetBytes = int(labels[LEASE_LABELS.budget]);
    const requestedAtMs = int(labels[LEASE_LABELS.requestedAt]);
    const renewedAtMs = int(labels[LEASE_LABELS.renewedAt]);
    const ttlMs = int(labels[LEASE_LABELS.ttl]);
    const namespace = labels[LEASE_LABELS.namespace];
    const id = labels[LEASE_LABELS.id];
    if ((labelKind !== 'lease' && labelKind !== 'ticket') || !namespace || !id)
        return undefined;
    if (labelGeneration === undefined || memoryBytes === undefined || budgetBytes === undefined)
        return undefined;
    if (requestedAtMs === undefined || renewedAtMs === undefined || ttlMs === undefined)
        return undefined;
    const named = parseRecordName(container.name, namespace);
    if (!named || (named.id !== undefined && named.id !== id))
        return undefined;
    const kind = named.state === 'held' ? 'lease' : 'ticket';
    // A ticket admitted by renaming keeps its ticket labels; as a lease it was renewed when
    // admitted, and lives by the lease TTL it asked for.
    const renamedTicket = named.state === 'held' && labelKind === 'ticket';
    const leaseTtlMs = int(labels[LEASE_LABELS.leaseTtl]);
    const generation = named.state === 'held' ? named.generation : labelGeneration;
    return {
        kind,
        containerId: container.id,
        name: container.name,
        namespace,
        id,
        generation,
        request: {
            project: labels[LEASE_LABELS.project] ?? '',
            groups: list(labels[LEASE_LABELS.groups]),
            ports: list(labels[LEASE_LABELS.ports]),
            memoryBytes,
        },
        budgetBytes,
        owner: decodeOwner(labels),
        who: {
            repository: labels[LEASE_LABELS.repository],
            runId: labels[LEASE_LABELS.runId],
            job: labels[LEASE_LABELS.job],
            runner: labels[LEASE_LABELS.runner],
        },
        requestedAtMs,
        admittedAtMs: named.admittedAtMs ?? int(labels[LEASE_LABELS.admittedAt]),
        renewedAtMs: renamedTicket ? (named.admittedAtMs ?? renewedAtMs) : renewedAtMs,
        stampedAtMs: container.createdSeconds * 1000,
        ttlMs: renamedTicket ? (leaseTtlMs ?? ttlMs) : ttlMs,
        leaseTtlMs: kind === 'ticket' ? leaseTtlMs : undefined,
        order: labels[LEASE_LABELS.order],
        holdsMutex: named.state === 'mutex' || undefined,
    };
}


/***/ }),

/***/ 55912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ AcceptedFindingsError),
/* harmony export */   SS: () => (/* binding */ describeOutcome),
/* harmony export */   pr: () => (/* binding */ acceptedFindingsDocument),
/* harmony export */   sB: () => (/* binding */ applyAcceptedFindings),
/* harmony export */   z2: () => (/* binding */ parseAcceptedFindings)
/* harmony export */ });
/* unused harmony exports ACCEPTED_FORMAT, isSecurityRule */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96333);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20891);


// The accepted-findings file (`check --write-baseline FILE`, then `--baseline FILE` or the
// `policy-baseline` input): today's findings recorded by fingerprint, so a project can adopt the
// policy on an existing stack and fail only on what is new. Not to be confused with src/baseline/,
// the figures of earlier runs kept in the Actions cache.
//
// Security findings are recorded (so SARIF can say they are `unchanged`) but never turned into
// notes: the file comes from the repository, so a pull request that adds `privileged: true` could
// rewrite it in the same commit. Accepting one takes a reviewed, per-line decision — an inline
// `docker-stability-ignore` with a reason, or an exemption in the policy configuration.
const ACCEPTED_FORMAT = 'docker-stability accepted findings';
const DOCUMENT_VERSION = 1;
/** Far above any real stack's findings; refuses what would only cost memory. */
const MAX_TEXT_LENGTH = 16 * 1024 * 1024;
const MAX_COUNT = 1_000_000;
/** Bad accepted-findings file: exit 2 in the CLI, a failed step in the action. */
class AcceptedFindingsError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(`${file}: ${problems.length === 1 ? problems[0] : `\n${problems.map((problem) => `  ${problem}`).join('\n')}`}`);
        this.file = file;
        this.problems = problems;
        this.name = 'AcceptedFindingsError';
    }
}
/** Rules tagged `security` in the catalog (and any added later): never silenced by the file. */
function isSecurityRule(rule) {
    return (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .isRuleId */ .KX)(rule) && _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[rule].tags.includes('security');
}
/** The file's text for today's findings: one entry per fingerprint, sorted, stable across runs. */
function acceptedFindingsDocument(findings) {
    const byPrint = new Map();
    for (const finding of [...findings].sort(_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg)) {
        const print = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(finding);
        const known = byPrint.get(print);
        if (known) {
            known.count += 1;
            continue;
        }
        byPrint.set(print, {
            fingerprint: print,
            count: 1,
            rule: finding.rule,
            service: finding.service,
            keyPath: finding.keyPath ?? null,
            file: finding.file,
            message: finding.message,
            ...(isSecurityRule(finding.rule) ? { security: true } : {}),
        });
    }
    const entries = [...byPrint.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.service.localeCompare(b.service) || (a.keyPath ?? '').localeCompare(b.keyPath ?? '') || a.fingerprint.localeCompare(b.fingerprint));
    const document = {
        format: ACCEPTED_FORMAT,
        version: DOCUMENT_VERSION,
        fingerprints: _finding_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_VERSION */ .UZ,
        about: 'Findings accepted when the compose policy was adopted. `docker-stability check --baseline <this file>` (action input policy-baseline) reports them as notes and fails only on new findings. Security findings are listed but never silenced. Rewrite with `docker-stability check --write-baseline <this file>`.',
        findings: entries,
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** Reads the file's text; every problem at once, naming the entry. Matching uses fingerprints only. */
function parseAcceptedFindings(text, file) {
    if (text.length > MAX_TEXT_LENGTH)
        throw new AcceptedFindingsError(file, [`larger than ${MAX_TEXT_LENGTH / 1024 / 1024} MiB; not an accepted-findings file`]);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new AcceptedFindingsError(file, [`not JSON (${error.message}); write it with docker-stability check --write-baseline ${file}`]);
    }
    const document = parsed;
    if (typeof document !== 'object' || document === null || document.format !== ACCEPTED_FORMAT) {
        throw new AcceptedFindingsError(file, [`not an accepted-findings file (no "format": "${ACCEPTED_FORMAT}"); write it with docker-stability check --write-baseline ${file}`]);
    }
    if (document.version !== DOCUMENT_VERSION)
        throw new AcceptedFindingsError(file, [`version ${String(document.version)} is not one this tool reads (${DOCUMENT_VERSION})`]);
    if (document.fingerprints !== _finding_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_VERSION */ .UZ) {
        throw new AcceptedFindingsError(file, [`its fingerprints are version ${String(document.fingerprints)}, this tool's are ${_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_VERSION */ .UZ}: rewrite it with docker-stability check --write-baseline ${file}`]);
    }
    if (!Array.isArray(document.findings))
        throw new AcceptedFindingsError(file, ['"findings" is not a list']);
    const problems = [];
    const entries = [];
    document.findings.forEach((raw, index) => {
        const entry = raw;
        const at = `findings[${index}]`;
        if (typeof entry !== 'object' || entry === null)
            return void problems.push(`${at}: not an object`);
        if (typeof entry.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(entry.fingerprint))
            return void problems.push(`${at}: "fingerprint" is not 16 hex digits`);
        const count = entry.count ?? 1;
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT)
            return void problems.push(`${at}: "count" is not a whole number from 1 to ${MAX_COUNT}`);
        const text = (value) => (typeof value === 'string' ? value : '');
        entries.push({
            fingerprint: entry.fingerprint,
            count,
            rule: text(entry.rule),
            service: text(entry.service),
            keyPath: typeof entry.keyPath === 'string' ? entry.keyPath : null,
            file: text(entry.file),
            message: text(entry.message),
        });
    });
    if (problems.length > 0)
        throw new AcceptedFindingsError(file, problems.slice(0, 20));
    return { entries };
}
/**
 * Marks every finding new or unchanged. Unchanged ones become notes, unless their rule is a
 * security rule (judged by today's rule, never by what the file claims); entries left over are
 * absent. Several findings with one fingerprint are matched up to the entry's count, in order.
 */
function applyAcceptedFindings(findings, accepted) {
    const remaining = new Map();
    for (const entry of accepted.entries)
        remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + entry.count);
    let acceptedCount = 0;
    let kept = 0;
    let fresh = 0;
    const marked = [...findings].sort(_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg).map((finding) => {
        const print = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(finding);
        const left = remaining.get(print) ?? 0;
        if (left === 0) {
            fresh += 1;
            return { ...finding, baseline: { state: 'new', severity: finding.severity } };
        }
        remaining.set(print, left - 1);
        if (isSecurityRule(finding.rule)) {
            kept += 1;
            return { ...finding, baseline: { state: 'unchanged', severity: finding.severity, kept: true } };
        }
        acceptedCount += 1;
        return { ...finding, severity: 'note', baseline: { state: 'unchanged', severity: finding.severity } };
    });
    const absent = [];
    for (const entry of accepted.entries) {
        const left = remaining.get(entry.fingerprint) ?? 0;
        if (left === 0)
            continue;
        const count = Math.min(left, entry.count);
        remaining.set(entry.fingerprint, left - count);
        absent.push({ fingerprint: entry.fingerprint, count, rule: entry.rule, service: entry.service, keyPath: entry.keyPath, file: entry.file, message: entry.message });
    }
    const sorted = marked.sort(_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg);
    return { findings: sorted, counts: (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(sorted), accepted: acceptedCount, kept, fresh, absent };
}
/** One sentence for logs and summaries: what the file did. */
function describeOutcome(outcome, file) {
    const absent = outcome.absent.reduce((sum, entry) => sum + entry.count, 0);
    const parts = [
        `${outcome.accepted} accepted in ${file} (reported as notes)`,
        `${outcome.fresh} new`,
        ...(outcome.kept > 0 ? [`${outcome.kept} security finding${outcome.kept === 1 ? '' : 's'} listed there but not silenced`] : []),
        ...(absent > 0 ? [`${absent} listed there no longer found (rewrite it with --write-baseline to drop ${absent === 1 ? 'it' : 'them'})`] : []),
    ];
    return `Baseline: ${parts.join('; ')}.`;
}


/***/ }),

/***/ 96333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
// Every rule the policy knows: its id, default severity and the help text that SARIF viewers,
// the docs and `--help` show. The rules' logic lives in rules/; this table is the one list of ids
// (the config parser and inline suppressions reject anything not named here).
const RULE_IDS = [
    'memory-limit',
    'cpu-limit',
    'tmpfs-size',
    'memory-budget',
    'healthcheck',
    'healthcheck-timing',
    'depends-on-healthy',
    'restart-policy',
    'port-conflict',
    'port-bind-all',
    'container-name',
    'image-tag',
    'privileged',
    'docker-socket',
    'host-namespace',
    'capabilities',
    'unsafe-durability',
    'direct-compose',
    'unlocked-stack',
    'shared-resources',
    'memory-fit',
    'fixed-name',
    'host-path',
    'devices',
    'security-opt',
    'dangerous-capabilities',
    'cgroup-parent',
    'sysctls',
    'foreign-container',
    'outside-workspace',
    'suppression-reason',
];
const RULES = {
    'memory-limit': info('memory-limit', 'error', 'A service has no memory limit.', 'A container without a memory limit can take all of the runner\'s memory and bring the Docker daemon down with every other job on it. Set `mem_limit` (or `deploy.resources.limits.memory`), or let the action inject `default-memory-limit`.', ['resources']),
    'cpu-limit': info('cpu-limit', 'warning', 'A service has no CPU limit.', 'Without `cpus` (or `deploy.resources.limits.cpus`) one busy container starves the others and the runner itself, so health checks time out. Set a CPU limit, or let the action inject `default-cpu-limit`.', ['resources']),
    'tmpfs-size': info('tmpfs-size', 'error', 'A tmpfs mount has no size.', 'A tmpfs without `size` can grow until the host runs out of memory (tmpfs pages are RAM). Add `size=` to the `tmpfs:` entry, or `tmpfs: {size: …}` to the tmpfs volume.', ['resources']),
    'memory-budget': info('memory-budget', 'error', 'The stack reserves more memory than the budget.', 'The stack\'s reservation — each memory limit (which covers the service\'s tmpfs and /dev/shm, as the kernel charges their pages to it), or for a service without one at least its tmpfs, shm and declared sizes — exceeds the memory budget (by default 75 % of the daemon\'s memory), so it cannot run beside anything else and may not fit at all. Lower the limits, or raise the budget.', ['resources']),
    healthcheck: info('healthcheck', 'warning', 'A service others depend on, or that publishes ports, has no health check.', 'Without a health check "started" is all Compose knows, so tests race the service\'s start-up. Add a `healthcheck:` (or declare the image\'s own) and make dependants wait with `condition: service_healthy`.', ['reliability']),
    'healthcheck-timing': info('healthcheck-timing', 'warning', 'A health check runs too often, times out after its interval, or lacks a start period.', 'Checks every 1–2 s load a busy runner and fail under it; a timeout at or above the interval lets a hanging probe hold up the next; a slow starter without `start_period` is marked unhealthy while it initialises. Use an interval of at least the floor (5 s by default), a timeout below it, and a start period for databases and JVMs.', ['reliability']),
    'depends-on-healthy': info('depends-on-healthy', 'warning', 'A dependency with a health check is not waited for.', '`depends_on` without `condition: service_healthy` only waits until the container has started, not until the service answers: a start-up race. Use the long syntax with `condition: service_healthy`.', ['reliability']),
    'restart-policy': info('restart-policy', 'warning', 'A service restarts always or unless-stopped.', 'In a test stack `restart: always` hides crash loops behind "running" and brings containers back after cleanup. Use `no` (the default) or `on-failure` with a retry count.', ['reliability']),
    'port-conflict': info('port-conflict', 'error', 'A host port is published twice.', 'Two services (or two replicas) publishing the same host address and port cannot both start; the second fails with "port is already allocated". Publish a different port, or no fixed host port at all: `"5432"` publishes an ephemeral host port, which the action\'s `ports` output (and, with `export-env`, `DB_PORT_5432`) hands to later steps — the way parallel jobs share a daemon without waiting for each other\'s ports.', ['ports']),
    'port-bind-all': info('port-bind-all', 'note', 'A port is published on every interface.', 'Without a host address the port is bound on 0.0.0.0 and ::, reachable from outside the runner. Publish on 127.0.0.1 (`"127.0.0.1:5432:5432"`) unless other hosts must reach it.', ['ports', 'security']),
    'container-name': info('container-name', 'warning', 'A service has a fixed container_name.', 'A fixed `container_name` stops two copies of the stack (parallel jobs, matrix legs) from running on one daemon. Remove it; Compose names containers after the project.', ['isolation']),
    'image-tag': info('image-tag', 'warning', 'An image tag names no version.', 'An untagged image, `latest`, or any tag without a version (`stable`, `edge`, `nightly`, `main`, `alpine`…) changes under the tests without a commit. Pin a version tag (or a digest).', ['reproducibility']),
    privileged: info('privileged', 'error', 'A service runs privileged.', 'A privileged container has full access to the host: a pull request could take over a self-hosted runner through its compose file. Remove `privileged: true`; grant single capabilities if needed.', ['security']),
    'docker-socket': info('docker-socket', 'error', 'The Docker socket is mounted into a service.', 'Access to the Docker socket (or any container runtime\'s, or a directory holding one) is root on the host: a pull request could take over the runner. Bind sources are judged after symlinks, and named volumes whose driver options bind a host path count as binds. Remove the mount; if a test needs Docker, use a dedicated daemon.', ['security']),
    'host-namespace': info('host-namespace', 'error', 'A service shares a host namespace.', '`network_mode`, `pid`, `ipc`, `userns_mode`, `uts` or `cgroup` set to `host` lets the container see or reach the runner\'s processes, network, host name or cgroups directly, and breaks isolation between parallel stacks. Remove it.', ['security', 'isolation']),
    capabilities: info('capabilities', 'warning', 'A service adds Linux capabilities.', '`cap_add` widens what the container may do to the host (`ALL` is nearly privileged). Add only what is needed, or allow specific capabilities in the policy configuration.', ['security']),
    'unsafe-durability': info('unsafe-durability', 'note', 'Durability is switched off.', 'Settings like `fsync=off` or Redis `appendfsync no` are fine for throwaway test data, but written data then waits in the page cache, which is charged to the container\'s memory. Keep them for tests only, with a memory limit.', ['resources']),
    'direct-compose': info('direct-compose', 'warning', 'A workflow job starts or stops a Compose stack directly.', 'A `docker compose up|down|run` (or `docker-compose …`) in a job that does not use this action skips the preflight, policy, lease and cleanup: the stack may collide with another job\'s ports and nothing guarantees it is removed. Use the docker-stability action in the job, or `docker-stability up`/`down`/`run` in scripts. Checked by `docker-stability check --workflows` and the `check-workflows` input.', ['workflows', 'isolation']),
    'unlocked-stack': info('unlocked-stack', 'warning', 'Jobs start the same stack at once without a lock group.', 'Two jobs (or every leg of a matrix) start the same stack on a shared daemon at the same time. Ports and memory are leased automatically, but anything else the stacks share (external volumes, fixed names, test data) is not: set `lock-group` to queue them.', ['workflows', 'isolation']),
    'shared-resources': info('shared-resources', 'error', 'A service uses a volume or network that is not the stack\'s own.', 'A volume or network under a fixed `name:` that already exists on the daemon and belongs to another stack (or to nobody: made by hand) is mounted as it is: the tests read and write someone else\'s data, parallel copies of the stack share it, and `docker compose down --volumes` would delete it. Remove `name:` so Compose scopes it to the project, or declare `external: true` when sharing is intended (then a warning naming it). Judged against the daemon the action runs on; `check` without a daemon judges only `external`.', ['isolation', 'data']),
    'memory-fit': info('memory-fit', 'error', 'A service declares more memory than its limit holds.', 'A JVM heap (`-Xmx`, `-XX:MaxRAM*`), Redis `--maxmemory`, PostgreSQL `shared_buffers`, an InnoDB buffer pool, Node\'s `--max-old-space-size`, a tmpfs or `shm_size` is all charged to the container\'s memory cgroup: when it reaches the memory limit the kernel OOM-kills the container as soon as the size is used, and above 75 % of the limit there is no room for what the program uses beside it. Raise the limit to the size the message gives, or lower the declared size.', ['resources']),
    'fixed-name': info('fixed-name', 'warning', 'A network or volume has a fixed name.', 'A `name:` on a network or volume that does not contain the project name is the same for every copy of the stack: two parallel jobs (or matrix legs) on one daemon share it, so one removes what the other uses, or data leaks between them. Remove `name:` (Compose prefixes the project), or include `${COMPOSE_PROJECT_NAME}` in it.', ['isolation']),
    'host-path': info('host-path', 'error', 'A service mounts a protected host directory.', 'A bind (or a named volume whose driver options bind a host path) of `/`, a system directory (`/etc`, `/root`, `/proc`, `/sys`, `/dev`, `/boot`, `/run`, `/var/lib/docker`…; `/usr`, `/lib`, `/opt`, `/var/lib`… when writable), a home directory or the runner\'s directories (RUNNER_WORKSPACE, RUNNER_TEMP, RUNNER_TOOL_CACHE, the work folder) lets a pull request read the runner\'s secrets or change what runs next. Judged after symlinks. Mount a directory of the workspace instead.', ['security']),
    devices: info('devices', 'error', 'A service is given host devices.', '`devices:` (and `device_cgroup_rules`) hand the container the hardware behind a device node — a disk, `/dev/kvm`, a GPU — past every container boundary. Remove them.', ['security']),
    'security-opt': info('security-opt', 'error', 'A service turns confinement off.', '`security_opt` with `seccomp=unconfined` (or a seccomp profile from the checked-out tree), `apparmor=unconfined`, `label=disable` or `systempaths=unconfined` removes a wall between the container and the host kernel. Remove it.', ['security']),
    'dangerous-capabilities': info('dangerous-capabilities', 'error', 'A service adds a capability that reaches the host.', 'ALL, SYS_ADMIN, SYS_MODULE, SYS_RAWIO, SYS_PTRACE, SYS_BOOT, SYS_TIME, DAC_READ_SEARCH, NET_ADMIN, BPF, PERFMON, MAC_ADMIN, MAC_OVERRIDE and SYSLOG let a container escape or act on the host and the other jobs. Remove it; only the workflow\'s policy-allow input can allow it.', ['security']),
    'cgroup-parent': info('cgroup-parent', 'error', 'A service chooses its cgroup parent.', '`cgroup_parent` places the container anywhere in the host\'s cgroup tree: outside the limits the runner sets, or inside another tenant\'s, where its memory counts against them. Remove it.', ['security', 'isolation']),
    sysctls: info('sysctls', 'error', 'A service sets kernel parameters beyond its own.', 'Only sysctls that stay inside the container\'s namespaces and limits are safe (those Kubernetes calls safe, and net.core.somaxconn); others take memory outside the container\'s limit or change the host\'s behaviour. Remove them.', ['security', 'isolation']),
    'foreign-container': info('foreign-container', 'error', 'A service joins or mounts a container outside the project.', '`network_mode`, `pid` or `ipc` set to `container:<name>`, or `volumes_from: container:<name>`, of a container that is not this stack\'s reaches another tenant of the daemon: its traffic, processes, shared memory or data. Use `service:<name>` for a service of this stack.', ['security', 'isolation']),
    'outside-workspace': info('outside-workspace', 'error', 'A compose file reads files outside the workspace.', 'An `include`, `extends.file`, `env_file`, secret or config file, or build context outside the checked-out tree (judged after symlinks) makes Compose read or send on the runner\'s own files. Keep them inside the repository.', ['security']),
    'suppression-reason': info('suppression-reason', 'warning', 'A suppression gives no reason.', 'An inline `docker-stability-ignore` needs a reason after the rule (without one it does not apply); a rule turned off or a service exempted in the policy file needs `reason:`. The reason is what reviewers read in the summary and in code scanning.', ['policy']),
};
function info(id, defaultSeverity, title, help, tags) {
    return { id, defaultSeverity, title, help, tags };
}
function isRuleId(text) {
    return RULE_IDS.includes(text);
}


/***/ }),

/***/ 20891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   UZ: () => (/* binding */ FINGERPRINT_VERSION)
/* harmony export */ });
/* unused harmony export stableWording */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function countFindings(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/** Most severe first, then by file, line, column and rule: a stable order for every output. */
function compareFindings(a, b) {
    return (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule));
}
/** Bumped when what goes into a fingerprint changes: files written by another version stop matching, visibly. */
const FINGERPRINT_VERSION = 1;
/**
 * A finding's identity across edits: the rule, the service and the key path — not the line, the
 * column, the file or the wording, which move when someone adds a service above or the message
 * gains a number. Where no key path is known, the message stands in with its numbers and
 * `file:line` references taken out (and the file, for findings of no service: workflow files).
 * 16 hex digits of SHA-256: collisions among a stack's few hundred findings are not a concern.
 */
function fingerprint(finding) {
    const where = finding.keyPath ?? `~${stableWording(finding.message)}${finding.service ? '' : `@${finding.file}`}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update([`v${FINGERPRINT_VERSION}`, finding.rule, finding.service, where].join('\0')).digest('hex').slice(0, 16);
}
/** The message without what changes on unrelated edits: `file:line` references and numbers. */
function stableWording(message) {
    return message
        .replace(/[\w./-]+:\d+(?::\d+)?/g, '')
        .replace(/\d+(?:\.\d+)?/g, '#')
        .replace(/\s+/g, ' ')
        .trim();
}


/***/ }),

/***/ 38969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ annotationLevel),
/* harmony export */   qF: () => (/* binding */ annotationTitle),
/* harmony export */   vX: () => (/* binding */ formatGithub)
/* harmony export */ });
/* unused harmony export formatGithubCommand */
// `--format github`: workflow commands the runner turns into annotations
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). Escaped as
// the runner unescapes them; written here because only src/adapters may import @actions/core.
const LEVEL = { error: 'error', warning: 'warning', note: 'notice' };
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function annotationLevel(finding) {
    return LEVEL[finding.severity];
}
/** "docker-stability memory-limit (db)": the annotation's title. */
function annotationTitle(finding) {
    return `docker-stability ${finding.rule}${finding.service ? ` (${finding.service})` : ''}`;
}
function formatGithubCommand(finding) {
    const properties = [
        `file=${escapeProperty(finding.file)}`,
        ...(finding.line > 0 ? [`line=${finding.line}`] : []),
        ...(finding.column > 0 ? [`col=${finding.column}`] : []),
        `title=${escapeProperty(annotationTitle(finding))}`,
    ];
    return `::${annotationLevel(finding)} ${properties.join(',')}::${escapeData(finding.message)}`;
}
function formatGithub(findings) {
    return findings.map((finding) => `${formatGithubCommand(finding)}\n`).join('');
}


/***/ }),

/***/ 19250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ formatGrouped),
/* harmony export */   sc: () => (/* binding */ textWidth)
/* harmony export */ });
/* unused harmony exports DEFAULT_WIDTH, headline, whyAndFix */
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96333);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20891);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(405);




const DEFAULT_WIDTH = 100;
/** The terminal's width clamped to what stays readable; 100 when not a terminal. */
function textWidth(columns) {
    return columns && columns > 0 ? Math.min(120, Math.max(80, columns)) : DEFAULT_WIDTH;
}
// Commander (already the CLI's parser) wraps its help text at whitespace; the same wrapping
// serves here rather than a second text-wrapping dependency.
const help = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Help */ ._V();
function wrap(text, width, indent, firstIndent = indent) {
    const lines = help.boxWrap(text, Math.max(20, width - indent.length)).split('\n');
    return lines.map((line, index) => `${index === 0 ? firstIndent : indent}${line}`);
}
function truncate(text, width) {
    return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1)).trimEnd()}…`;
}
/**
 * What a message says before its why: "Service api has no memory limit" — up to the first
 * colon, dash, ", so" or full stop. A colon that only introduces a value ("network_mode: host,")
 * is not a cut.
 */
function headline(message) {
    const cut = /:\s(?!\S+[,.](?:\s|$))|,\sso\b|\s—\s|(?<!\b(?:e\.g|i\.e))\.(?:\s|$)/.exec(message);
    return (cut ? message.slice(0, cut.index) : message).trim();
}
/** The headline with the service's name (as a whole word) taken out, to tell alike findings. */
function template(finding) {
    const text = headline(finding.message);
    if (!finding.service)
        return text;
    const name = finding.service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.replace(new RegExp(`(?<![\\w.-])${name}(?![\\w.-])`, 'g'), '\0');
}
/** A rule's help split into why (its first sentence) and how to fix (the rest). */
function whyAndFix(rule) {
    if (!(0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .isRuleId */ .KX)(rule))
        return undefined;
    const text = _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0[rule].help;
    const split = /(?<!\b(?:e\.g|i\.e))\.\s+(?=[A-Z`])/.exec(text);
    return split ? { why: text.slice(0, split.index + 1), fix: text.slice(split.index + 1).trim() } : { fix: text };
}
function groupFindings(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const kept = finding.baseline?.kept === true;
        const key = `${finding.severity}\0${finding.rule}\0${kept}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { severity: finding.severity, rule: finding.rule, kept, findings: [] }));
        group.findings.push(finding);
    }
    return [...groups.values()].sort((a, b) => _finding_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_ORDER */ .B[a.severity] - _finding_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_ORDER */ .B[b.severity] || order(a.rule) - order(b.rule) || a.rule.localeCompare(b.rule) || Number(a.kept) - Number(b.kept));
}
/** The catalog's order (resources first); rules it does not know last. */
function order(rule) {
    const index = _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu.indexOf(rule);
    return index < 0 ? _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu.length : index;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function renderGroup(group, width) {
    const { findings } = group;
    const services = new Set(findings.map((finding) => finding.service).filter(Boolean));
    const title = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .isRuleId */ .KX)(group.rule) ? _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0[group.rule].title : '';
    const what = services.size === findings.length && services.size > 0 ? plural(services.size, 'service') : plural(findings.length, 'finding');
    const kept = group.kept ? ' [in the baseline, not silenced: security]' : findings.every((finding) => finding.baseline?.state === 'new') ? ' [new]' : '';
    const lines = wrap(`${group.severity} ${group.rule} · ${what}${kept}${title ? ` — ${title}` : ''}`, width, '    ', '');
    // One template for the whole group ("Service … has no memory limit"): the rule's title says
    // it, so the services are listed compactly, per file, with their lines.
    const templates = new Map(findings.map((finding) => [finding, template(finding)]));
    const first = templates.get(findings[0]);
    const compact = findings.length > 1 && findings.every((finding) => finding.service && templates.get(finding) === first);
    if (compact) {
        const byFile = new Map();
        for (const finding of findings) {
            byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding.line > 0 ? `${finding.service}:${finding.line}` : finding.service]);
        }
        for (const [file, entries] of byFile)
            lines.push(...wrap(`${file} (service:line): ${entries.join(', ')}`, width, '      ', '  '));
    }
    else {
        const location = (finding) => `${finding.file}${finding.line > 0 ? `:${finding.line}${finding.column > 0 ? `:${finding.column}` : ''}` : ''}`;
        const locationWidth = Math.min(32, Math.max(...findings.map((finding) => location(finding).length)));
        // The service gets a column of its own only where the headline does not name it.
        const named = findings.every((finding) => !finding.service || templates.get(finding) !== headline(finding.message));
        const serviceWidth = named ? 0 : Math.min(20, Math.max(0, ...findings.map((finding) => finding.service.length)));
        for (const finding of findings) {
            const head = `  ${location(finding).padEnd(locationWidth)}  ${serviceWidth > 0 ? `${finding.service.padEnd(serviceWidth)}  ` : ''}`;
            lines.push(`${head}${truncate(headline(finding.message), Math.max(20, width - head.length))}`);
        }
    }
    const advice = whyAndFix(group.rule);
    if (advice?.why)
        lines.push(...wrap(advice.why, width, '       ', '  why: '));
    if (advice)
        lines.push(...wrap(advice.fix, width, '       ', '  fix: '));
    return lines;
}
/** Accepted findings (turned into notes by the file) are counted per rule, not listed. */
function renderAccepted(accepted, file, width) {
    const perRule = new Map();
    for (const finding of accepted)
        perRule.set(finding.rule, (perRule.get(finding.rule) ?? 0) + 1);
    const list = [...perRule]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([rule, count]) => `${rule} ${count}`)
        .join(', ');
    return wrap(`accepted in ${file} (notes; --verbose lists them): ${list}`, width, '    ', '');
}
function renderAbsent(absent, file, width) {
    const total = absent.reduce((sum, entry) => sum + entry.count, 0);
    const list = absent.map((entry) => `${entry.rule}${entry.service ? ` (${entry.service})` : ''}`).join(', ');
    return wrap(`no longer found, though ${file} lists ${total === 1 ? 'it' : 'them'}: ${list}. Rewrite the file with --write-baseline ${file} to drop ${total === 1 ? 'it' : 'them'}.`, width, '    ', '');
}
function formatGrouped(findings, counts, options = {}) {
    const width = options.width ?? DEFAULT_WIDTH;
    const accepted = findings.filter((finding) => finding.baseline?.state === 'unchanged' && !finding.baseline.kept);
    const shown = findings.filter((finding) => !accepted.includes(finding));
    const blocks = groupFindings(shown).map((group) => renderGroup(group, width).join('\n'));
    if (accepted.length > 0)
        blocks.push(renderAccepted(accepted, options.baselineFile ?? 'the baseline', width).join('\n'));
    if (options.absent && options.absent.length > 0)
        blocks.push(renderAbsent(options.absent, options.baselineFile ?? 'the baseline', width).join('\n'));
    if (options.suppressed && options.suppressed.length > 0)
        blocks.push(options.suppressed.map(_text_js__WEBPACK_IMPORTED_MODULE_3__/* .suppressionLine */ .sg).join('\n'));
    if (findings.length === 0)
        blocks.push('No policy findings.');
    else
        blocks.push(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCounts */ .gM)(counts)} (one line per finding: --verbose)`);
    return `${blocks.join('\n\n')}\n`;
}


/***/ }),

/***/ 40567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EL: () => (/* binding */ REPORT_FORMATS),
  Vf: () => (/* binding */ renderPolicyFailure),
  $b: () => (/* binding */ renderPolicyReport)
});

// EXTERNAL MODULE: ./src/policy/accepted-findings.ts
var accepted_findings = __webpack_require__(55912);
// EXTERNAL MODULE: ./src/policy/finding.ts
var policy_finding = __webpack_require__(20891);
// EXTERNAL MODULE: ./src/policy/format/github.ts
var github = __webpack_require__(38969);
// EXTERNAL MODULE: ./src/policy/format/grouped.ts
var grouped = __webpack_require__(19250);
;// CONCATENATED MODULE: ./src/policy/format/json.ts

function formatJson(findings, counts, options = {}) {
    const { baseline, suppressed = [] } = options;
    const fields = ({ rule, severity, service, file, line, column, message }) => ({ rule, severity, service, file, line, column, message });
    const report = {
        findings: findings.map((finding) => ({
            rule: finding.rule,
            severity: finding.severity,
            service: finding.service,
            file: finding.file,
            line: finding.line,
            column: finding.column,
            message: finding.message,
            fingerprint: (0,policy_finding/* fingerprint */.Rj)(finding),
            keyPath: finding.keyPath ?? null,
            ...(finding.baseline
                ? { baselineState: finding.baseline.state, ...(finding.baseline.state === 'unchanged' ? { acceptedSeverity: finding.baseline.severity, silenced: !finding.baseline.kept } : {}) }
                : {}),
        })),
        counts: { error: counts.error, warning: counts.warning, note: counts.note },
        ...(baseline
            ? { baseline: { file: baseline.file, accepted: baseline.accepted, keptSecurity: baseline.kept, new: baseline.fresh, absent: baseline.absent } }
            : {}),
        suppressed: suppressed.map((entry) => ({
            finding: fields(entry.finding),
            source: entry.source,
            ...(entry.file ? { file: entry.file } : {}),
            ...(entry.line ? { line: entry.line } : {}),
            reason: entry.reason,
            ...(entry.refused ? { refused: entry.refused } : {}),
        })),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** The document printed when the check could not run: the reason and the exit code. */
function formatJsonError(message, exitCode) {
    return `${JSON.stringify({ error: { message, exitCode } }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/policy/format/sarif.ts
var sarif = __webpack_require__(27849);
// EXTERNAL MODULE: ./src/policy/format/text.ts
var format_text = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/policy/format/report.ts







// One report in the chosen format, with the accepted-findings file applied: what `check` prints
// or writes. Pure; the command does the reading and writing.
const REPORT_FORMATS = ['text', 'json', 'sarif', 'github'];
function renderPolicyReport(findings, options) {
    const suppressed = options.suppressed ?? [];
    const outcome = options.baseline ? (0,accepted_findings/* applyAcceptedFindings */.sB)(findings, options.baseline.accepted) : undefined;
    const reported = outcome ? outcome.findings : [...findings].sort(policy_finding/* compareFindings */.Eg);
    const counts = outcome ? outcome.counts : (0,policy_finding/* countFindings */.Gt)(reported);
    const file = options.baseline?.file;
    const text = (() => {
        switch (options.format) {
            case 'json':
                return formatJson(reported, counts, { ...(outcome && file ? { baseline: { file, accepted: outcome.accepted, kept: outcome.kept, fresh: outcome.fresh, absent: outcome.absent } } : {}), suppressed });
            case 'sarif':
                return (0,sarif/* formatSarif */.zK)(reported, { toolVersion: options.toolVersion, ...(outcome && file ? { baseline: { file, absent: outcome.absent } } : {}) }, suppressed);
            case 'github':
                return (0,github/* formatGithub */.vX)(reported);
            case 'text':
                return options.verbose ? (0,format_text/* formatText */.vX)(reported, counts, suppressed) : (0,grouped/* formatGrouped */.Os)(reported, counts, { width: options.width, baselineFile: file, absent: outcome?.absent, suppressed });
        }
    })();
    return { text, findings: reported, counts, outcome };
}
/**
 * What a machine-readable format prints when the check could not run, so that stdout (or the
 * report file) always holds a document: JSON with an `error` member, SARIF with a failed
 * invocation. Undefined for the formats people read, where the reason goes to stderr alone.
 */
function renderPolicyFailure(format, message, exitCode, toolVersion) {
    if (format === 'json')
        return formatJsonError(message, exitCode);
    if (format === 'sarif')
        return (0,sarif/* formatSarifFailure */.LI)(message, exitCode, { toolVersion });
    return undefined;
}


/***/ }),

/***/ 27849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ formatSarifFailure),
/* harmony export */   zK: () => (/* binding */ formatSarif)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_KEY, buildSarif, buildSarifFailure */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96333);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20891);


// SARIF 2.1.0 for code scanning (`sarif-file`, `--format sarif`): every rule with its help,
// one result per finding with the file and line as the user gave them. Messages are the
// findings' own, which never carry environment values; no source snippets are embedded.
//
// Each result carries `partialFingerprints["dockerStabilityFinding/v1"]` (rule, service and key
// path hashed: it survives line moves, §3.27.17). With an accepted-findings file every result
// has a `baselineState` (§3.27.24): `unchanged` when the file lists it, else `new`. Entries of
// the file no longer found are `absent`; they are listed in `runs[0].properties.absent` rather
// than as results, because code scanning reads neither `baselineState` nor `kind` and would open
// an alert for each. A check that could not run (bad input) yields a run whose invocation says
// `executionSuccessful: false` with the reason as an error notification (§3.20.14, §3.20.21)
// and no `results` at all (§3.14.23): an empty list would tell code scanning everything is fixed.
//
// Suppressed findings are results too, carrying a `suppressions` entry (SARIF §3.35): kind
// `inSource` for a comment in the compose file, `external` for the policy file or the workflow's
// policy-allow input; status `accepted`, or `rejected` for a suppression the tree may not make
// (a security rule), whose result then stands like any other. The justification is the reason
// as written — text from the pull request, shown as data by viewers.
/** The partial fingerprint's name: a versioned hierarchical string, as §3.27.17 asks. */
const FINGERPRINT_KEY = 'dockerStabilityFinding/v1';
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
function ruleName(id) {
    return id.replace(/(^|-)([a-z])/g, (_match, _dash, letter) => letter.toUpperCase());
}
function uriOf(file) {
    return encodeURI(file.split('\\').join('/'));
}
function driver(options) {
    const rules = _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.map((id) => ({
        id,
        name: ruleName(id),
        shortDescription: { text: _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].title },
        fullDescription: { text: _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].help },
        help: { text: _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].help, markdown: `**${_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].title}**\n\n${_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].help}` },
        defaultConfiguration: { level: _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].defaultSeverity },
        properties: { tags: _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[id].tags },
    }));
    return {
        driver: {
            name: 'docker-stability',
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
        },
    };
}
function findingKey(finding) {
    return JSON.stringify([finding.rule, finding.service, finding.file, finding.line, finding.column, finding.message]);
}
function suppressionOf(entry) {
    return {
        kind: entry.source === 'inline' ? 'inSource' : 'external',
        status: entry.refused ? 'rejected' : 'accepted',
        ...(entry.reason ? { justification: entry.reason } : {}),
        ...(entry.file && entry.line
            ? { location: { physicalLocation: { artifactLocation: { uri: uriOf(entry.file) }, region: { startLine: entry.line } } } }
            : {}),
        properties: {
            source: entry.source === 'inline' ? 'compose file comment' : entry.source === 'config' ? 'policy file' : 'workflow input policy-allow',
            ...(entry.refused ? { refused: entry.refused } : {}),
        },
    };
}
function resultOf(finding, baselined, suppressions = []) {
    const properties = {
        ...(finding.service ? { service: finding.service } : {}),
        ...(finding.keyPath !== undefined ? { keyPath: finding.keyPath } : {}),
        ...(finding.baseline?.state === 'unchanged' ? { acceptedSeverity: finding.baseline.severity, silenced: !finding.baseline.kept } : {}),
    };
    return {
        ruleId: finding.rule,
        ruleIndex: _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(finding.rule),
        level: finding.severity,
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: uriOf(finding.file) },
                    ...(finding.line > 0 ? { region: { startLine: finding.line, ...(finding.column > 0 ? { startColumn: finding.column } : {}) } } : {}),
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(finding) },
        ...(suppressions.length > 0 ? { suppressions } : {}),
        ...(baselined ? { baselineState: finding.baseline?.state ?? 'new' } : {}),
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
}
/** The log: one result per finding (with its refused suppressions), one per suppressed finding. */
function buildSarif(findings, options, suppressed = []) {
    const baselined = options.baseline !== undefined;
    const refused = new Map();
    for (const entry of suppressed.filter((candidate) => candidate.refused)) {
        const key = findingKey(entry.finding);
        refused.set(key, [...(refused.get(key) ?? []), suppressionOf(entry)]);
    }
    const results = [
        ...findings.map((finding) => resultOf(finding, baselined, refused.get(findingKey(finding)) ?? [])),
        ...suppressed.filter((entry) => !entry.refused).map((entry) => resultOf(entry.finding, baselined, [suppressionOf(entry)])),
    ];
    return {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: driver(options),
                invocations: [{ executionSuccessful: true }],
                columnKind: 'utf16CodeUnits',
                results,
                ...(options.baseline
                    ? {
                        properties: {
                            baselineFile: options.baseline.file,
                            absent: options.baseline.absent.map((entry) => ({ ...entry, partialFingerprints: { [FINGERPRINT_KEY]: entry.fingerprint }, baselineState: 'absent' })),
                        },
                    }
                    : {}),
            },
        ],
    };
}
function formatSarif(findings, options, suppressed = []) {
    const log = buildSarif(findings, options, suppressed);
    return `${JSON.stringify(options.redactor ? options.redactor.redactJson(log) : log, null, 2)}\n`;
}
/** The log of a check that could not run: why, as an error notification, and no results. */
function buildSarifFailure(message, exitCode, options) {
    return {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: driver(options),
                invocations: [
                    {
                        executionSuccessful: false,
                        exitCode,
                        toolExecutionNotifications: [{ level: 'error', message: { text: message }, descriptor: { id: exitCode === 2 ? 'bad-input' : 'check-failed' } }],
                    },
                ],
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}
function formatSarifFailure(message, exitCode, options) {
    return `${JSON.stringify(buildSarifFailure(message, exitCode, options), null, 2)}\n`;
}


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gM: () => (/* binding */ formatCounts),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   sg: () => (/* binding */ suppressionLine),
/* harmony export */   vX: () => (/* binding */ formatText)
/* harmony export */ });
/* unused harmony export baselineTag */
// `--format text --verbose`: one line per finding, as compilers print them, then the counts.
// (The default text groups them: grouped.ts.)
function formatLocation(finding) {
    return `${finding.file}${finding.line > 0 ? `:${finding.line}${finding.column > 0 ? `:${finding.column}` : ''}` : ''}`;
}
function formatCounts(counts) {
    const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}
/** One line per suppression: what it suppressed, by whom, why — or why it was refused. */
function suppressionLine({ finding, source, file, line, reason, refused }) {
    const by = source === 'input' ? 'the policy-allow input' : `${source === 'inline' ? 'a comment' : 'the policy file'}${file ? ` at ${file}${line ? `:${line}` : ''}` : ''}`;
    const subject = `${finding.rule}${finding.service ? ` [${finding.service}]` : ''}`;
    return refused
        ? `${formatLocation(finding)}: refused suppression of ${subject} by ${by}: ${refused}`
        : `${formatLocation(finding)}: suppressed ${subject} by ${by}: ${reason || '(no reason given)'}`;
}
function formatText(findings, counts, suppressed = []) {
    const lines = findings.map((finding) => `${formatLocation(finding)}: ${finding.severity} ${finding.rule}${finding.service ? ` [${finding.service}]` : ''}: ${finding.message}${baselineTag(finding)}`);
    lines.push(...suppressed.map(suppressionLine));
    lines.push(findings.length === 0 ? 'No policy findings.' : formatCounts(counts));
    return `${lines.join('\n')}\n`;
}
/** What an applied accepted-findings file made of a finding, for the end of its line. */
function baselineTag(finding) {
    const mark = finding.baseline;
    if (!mark)
        return '';
    if (mark.state === 'new')
        return ' (new)';
    return mark.kept ? ' (in the baseline; security findings are not silenced)' : ` (accepted in the baseline; was ${mark.severity})`;
}


/***/ }),

/***/ 38445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   tf: () => (/* binding */ JOB_STATUS_ENV)
/* harmony export */ });
/* unused harmony exports OUTPUTS, STATE_KEYS */
// Every input, output and state key, named once, so main, post, the CLI and action.yml cannot
// drift apart (unit tests compare these tables with action.yml, the README and the reusable
// workflow). The CLI's flags carry the same names and defaults.
/** Action inputs (kebab-case, as declared in action.yml) with the default each one has. */
const INPUTS = {
    // The stack
    composeFiles: { name: 'compose-files', default: '' },
    workingDirectory: { name: 'working-directory', default: '.' },
    projectName: { name: 'project-name', default: '' },
    profiles: { name: 'profiles', default: '' },
    envFiles: { name: 'env-files', default: '' },
    waitTimeout: { name: 'wait-timeout', default: '120s' },
    // Policy
    policy: { name: 'policy', default: 'error' },
    policyConfig: { name: 'policy-config', default: '' },
    sarifFile: { name: 'sarif-file', default: '' },
    defaultMemoryLimit: { name: 'default-memory-limit', default: '' },
    defaultCpuLimit: { name: 'default-cpu-limit', default: '' },
    healthcheckDefaults: { name: 'healthcheck-defaults', default: '' },
    checkWorkflows: { name: 'check-workflows', default: 'false' },
    policyBaseline: { name: 'policy-baseline', default: '' },
    // Preflight and monitoring
    minFreeDisk: { name: 'min-free-disk', default: '2g' },
    sampleInterval: { name: 'sample-interval', default: '2s' },
    failOn: { name: 'fail-on', default: 'oom' },
    // Leases
    lockGroup: { name: 'lock-group', default: '' },
    memoryBudget: { name: 'memory-budget', default: '75%' },
    lockTimeout: { name: 'lock-timeout', default: '30m' },
    leaseTtl: { name: 'lease-ttl', default: '6h' },
    leaseNamespace: { name: 'lease-namespace', default: 'default' },
    // Cleanup
    cleanup: { name: 'cleanup', default: 'always' },
    stopTimeout: { name: 'stop-timeout', default: '0' },
    removeBuiltImages: { name: 'remove-built-images', default: 'false' },
    // History across runs
    baseline: { name: 'baseline', default: 'true' },
    baselineRegression: { name: 'baseline-regression', default: '25%' },
    imageCache: { name: 'image-cache', default: 'false' },
    // Policy: security rules only the workflow may allow (never a file of the checked-out tree)
    policyAllow: { name: 'policy-allow', default: '' },
    // What Compose starts, and how
    services: { name: 'services', default: '' },
    upFlags: { name: 'up-flags', default: '' },
    composeFlags: { name: 'compose-flags', default: '' },
    build: { name: 'build', default: 'missing' },
    pull: { name: 'pull', default: 'missing' },
    // Readiness, ports and logs
    waitFor: { name: 'wait-for', default: '' },
    exportEnv: { name: 'export-env', default: 'false' },
    uploadLogs: { name: 'upload-logs', default: 'on-failure' },
    logsMaxSize: { name: 'logs-max-size', default: '10m' },
};
/** Action outputs. */
const OUTPUTS = {
    projectName: 'project-name',
    startupSeconds: 'startup-seconds',
    policyErrors: 'policy-errors',
    policyWarnings: 'policy-warnings',
    sarifFile: 'sarif-file',
    lockWaitSeconds: 'lock-wait-seconds',
    peakMemoryBytes: 'peak-memory-bytes',
    oomKills: 'oom-kills',
    restarts: 'restarts',
    reportFile: 'report-file',
    baselineFound: 'baseline-found',
    regressions: 'regressions',
    pullSeconds: 'pull-seconds',
    buildSeconds: 'build-seconds',
    ports: 'ports',
    logsDir: 'logs-dir',
};
/** What main hands to post through GITHUB_STATE. One JSON document, rewritten as main progresses. */
const STATE_KEYS = {
    run: 'docker-stability-run',
    /** The stack's secret values, so post redacts the logs it keeps as main redacted everything else. */
    secrets: 'docker-stability-secrets',
};
/**
 * Set to `failure` (e.g. `echo DOCKER_STABILITY_JOB_STATUS=failure >> "$GITHUB_ENV"` in a step
 * with `if: failure()`) so that `cleanup: on-success` keeps the stack: a post step cannot see
 * whether the job's other steps failed, but it sees the environment they exported.
 */
const JOB_STATUS_ENV = 'DOCKER_STABILITY_JOB_STATUS';


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
