export const id = 509;
export const ids = [509];
export const modules = {

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


/***/ })

};
