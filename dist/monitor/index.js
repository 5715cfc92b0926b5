import { fileURLToPath as __dsaFileURLToPath } from 'node:url';
import { dirname as __dsaDirname } from 'node:path';
const __filename = __dsaFileURLToPath(import.meta.url);
const __dirname = __dsaDirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kT: () => (/* binding */ nodeFiles)
/* harmony export */ });
/* unused harmony exports readTextFile, readFileTail */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The Files port over node:fs. */
const nodeFiles = {
    isFile: (absolutePath) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath, { throwIfNoEntry: false })?.isFile() ?? false,
    isDirectory: (absolutePath) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath, { throwIfNoEntry: false })?.isDirectory() ?? false,
    realPath: (absolutePath) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolutePath);
        }
        catch {
            return absolutePath;
        }
    },
    readText: readTextFile,
    readTail: readFileTail,
    writeText: (absolutePath, text, options) => {
        if (!options?.noFollow)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(absolutePath, text);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, text);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    },
    writeAtomic: (absolutePath, text) => {
        const temporary = `${absolutePath}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, absolutePath);
    },
    makeDirectory: (absolutePath) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(absolutePath, { recursive: true });
        return absolutePath;
    },
    list: (absolutePath) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolutePath);
        }
        catch {
            return undefined;
        }
    },
    temporaryDirectory: (prefix) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), prefix)),
    remove: (absolutePath) => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(absolutePath, { recursive: true, force: true });
        }
        catch {
            // Best effort: a temporary file we could not remove is not worth failing for.
        }
    },
};
function readTextFile(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The last `bytes` of a file ('' when it does not exist): enough to find the monitor's end record. */
function readFileTail(file, bytes) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return '';
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const length = Math.min(size, bytes);
        const buffer = Buffer.alloc(length);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, length, size - length);
        return buffer.toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ thisProcess)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
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

/***/ 425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ monitorWorker)
});

// UNUSED EXPORTS: monitorDuties

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/ports/docker.ts
// The Docker Engine API as this product uses it. One real adapter (src/adapters/docker-api.ts);
// unit tests hand in small fakes. Every call is bounded by a timeout in the adapter and fails
// with DockerUnavailableError when the daemon does not answer in time.
/** The daemon did not answer in time or could not be reached at all. */
class DockerUnavailableError extends Error {
    endpoint;
    operation;
    cause;
    timedOut;
    constructor(endpoint, operation, cause, timedOut) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        super(timedOut
            ? `The Docker daemon at ${endpoint} did not answer '${operation}' in time (${detail}). It may be overloaded or frozen; check 'docker info' on the host.`
            : `The Docker daemon at ${endpoint} is unreachable ('${operation}': ${detail}). Start Docker, or point DOCKER_HOST at a daemon that runs.`);
        this.endpoint = endpoint;
        this.operation = operation;
        this.cause = cause;
        this.timedOut = timedOut;
        this.name = 'DockerUnavailableError';
    }
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/adapters/docker-logs.ts

/**
 * Text of a `GET /containers/{id}/logs` body. Without a TTY the daemon multiplexes stdout and
 * stderr into frames (1 byte stream, 3 zero bytes, 4 bytes big-endian length, payload); with a
 * TTY the body is raw text. Frames are detected, not assumed, so both shapes read correctly.
 * https://docs.docker.com/engine/api/v1.41/#tag/Container/operation/ContainerAttach
 */
function demuxDockerLogs(body) {
    const parts = [];
    let offset = 0;
    while (offset < body.length) {
        if (offset + 8 > body.length || !isFrameHeader(body, offset)) {
            return offset === 0 ? body.toString('utf8') : Buffer.concat([...parts, body.subarray(offset)]).toString('utf8');
        }
        const length = body.readUInt32BE(offset + 4);
        parts.push(body.subarray(offset + 8, offset + 8 + length));
        offset += 8 + length;
    }
    return Buffer.concat(parts).toString('utf8');
}
function isFrameHeader(body, offset) {
    const stream = body[offset];
    return (stream === 0 || stream === 1 || stream === 2) && body[offset + 1] === 0 && body[offset + 2] === 0 && body[offset + 3] === 0;
}
/**
 * The same framing read as a stream: bytes arrive in pieces of any size, frames are cut out as
 * they complete, and each stream's text is decoded on its own (a multi-byte character may span
 * two frames of a TTY's raw text). Whether the body is framed is decided by its first 8 bytes.
 */
class LogDemuxer {
    onChunk;
    pending = Buffer.alloc(0);
    framed;
    decoders = { stdout: new external_node_string_decoder_namespaceObject.StringDecoder('utf8'), stderr: new external_node_string_decoder_namespaceObject.StringDecoder('utf8') };
    constructor(onChunk) {
        this.onChunk = onChunk;
    }
    push(data) {
        this.pending = this.pending.length ? Buffer.concat([this.pending, data]) : data;
        if (this.framed === undefined) {
            if (this.pending.length < 8)
                return;
            this.framed = isFrameHeader(this.pending, 0);
        }
        if (!this.framed) {
            this.emit('stdout', this.pending);
            this.pending = Buffer.alloc(0);
            return;
        }
        let offset = 0;
        while (this.pending.length - offset >= 8) {
            const length = this.pending.readUInt32BE(offset + 4);
            if (this.pending.length - offset - 8 < length)
                break;
            // Stream 0 (stdin) is never sent for logs; anything not stderr is shown as stdout.
            this.emit(this.pending[offset] === 2 ? 'stderr' : 'stdout', this.pending.subarray(offset + 8, offset + 8 + length));
            offset += 8 + length;
        }
        this.pending = this.pending.subarray(offset);
    }
    /** The end of the body: whatever is left (a cut frame, a short raw body) is shown as it is. */
    end() {
        if (this.pending.length)
            this.emit('stdout', this.framed ? this.pending.subarray(Math.min(8, this.pending.length)) : this.pending);
        this.pending = Buffer.alloc(0);
        for (const stream of ['stdout', 'stderr']) {
            const rest = this.decoders[stream].end();
            if (rest)
                this.onChunk({ stream, text: rest });
        }
    }
    emit(stream, bytes) {
        const text = this.decoders[stream].write(bytes);
        if (text)
            this.onChunk({ stream, text });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/adapters/engine-transport.ts




/** DOCKER_HOST forms: unix:///path, npipe:////./pipe/name, tcp://host:port, ssh://[user@]host[:port]. */
function connectionOf(host, tls, env = {}) {
    if (host.startsWith('unix://'))
        return { kind: 'socket', path: host.slice('unix://'.length) };
    if (host.startsWith('npipe://'))
        return { kind: 'socket', path: host.slice('npipe://'.length).replace(/\//g, '\\') };
    const url = new URL(host);
    if (url.protocol === 'ssh:') {
        return { kind: 'ssh', host: url.hostname, ...(url.port ? { port: Number(url.port) } : {}), ...(url.username ? { user: decodeURIComponent(url.username) } : {}) };
    }
    if (url.protocol !== 'tcp:' && url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`'${host}' is not a Docker host this client reaches (unix://, npipe://, tcp://, ssh://)`);
    const secure = tls !== undefined || env.DOCKER_TLS_VERIFY === '1' || url.protocol === 'https:';
    return { kind: 'tcp', host: url.hostname, port: Number(url.port) || (secure ? 2376 : 2375), ...(secure ? { tls: tls ?? { verify: true } } : {}) };
}
/** `ssh … docker system dial-stdio`: the argv the docker CLI runs for an ssh:// host. */
function sshDialArgv(connection) {
    return ['ssh', ...(connection.user ? ['-l', connection.user] : []), ...(connection.port ? ['-p', String(connection.port)] : []), '--', connection.host, 'docker', 'system', 'dial-stdio'];
}
function engineTransport(connection) {
    const base = connection.kind === 'socket'
        ? { socketPath: connection.path }
        : connection.kind === 'tcp'
            ? { host: connection.host, port: connection.port }
            : { host: 'docker', agent: false, createConnection: () => sshConnection(connection) };
    const secure = connection.kind === 'tcp' && connection.tls !== undefined;
    const tls = connection.kind === 'tcp' ? connection.tls : undefined;
    const tlsOptions = tls ? { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.verify } : {};
    return {
        request: (request) => new Promise((resolve, reject) => {
            const body = request.body === undefined ? undefined : 'json' in request.body ? Buffer.from(JSON.stringify(request.body.json)) : request.body.raw;
            const contentType = request.body === undefined ? undefined : 'json' in request.body ? 'application/json' : request.body.contentType;
            const options = {
                ...base,
                ...tlsOptions,
                method: request.method,
                path: request.path,
                signal: request.signal,
                headers: {
                    Host: 'docker',
                    'User-Agent': 'docker-stability',
                    ...(body ? { 'Content-Type': contentType, 'Content-Length': String(body.length) } : {}),
                },
            };
            const sent = (secure ? (external_node_https_default()) : (external_node_http_default())).request(options, (response) => resolve({ status: response.statusCode ?? 0, body: response }));
            sent.on('error', reject);
            sent.end(body);
        }),
    };
}
/** The ssh process's stdio as the HTTP connection; its stderr (ssh's own complaint) names a failure. */
function sshConnection(connection) {
    const [command, ...args] = sshDialArgv(connection);
    const child = (0,external_node_child_process_.spawn)(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    const duplex = external_node_stream_namespaceObject.Duplex.from({ readable: child.stdout, writable: child.stdin });
    child.on('error', (error) => duplex.destroy(Object.assign(new Error(`ssh to ${connection.host} could not start: ${error.message}`), { code: 'ECONNREFUSED' })));
    child.on('exit', (code) => {
        if (code)
            duplex.destroy(Object.assign(new Error(`ssh to ${connection.host} ended (exit ${code}): ${stderr.trim() || 'no message'}`), { code: 'ECONNREFUSED' }));
    });
    duplex.on('close', () => child.kill());
    return duplex;
}
/** The whole body as bytes (bounded: an API answer that is not a stream is small). */
async function readBody(body, maxBytes = 64 * 1024 * 1024) {
    const parts = [];
    let size = 0;
    for await (const chunk of body) {
        const buffer = chunk;
        size += buffer.length;
        if (size > maxBytes) {
            body.destroy();
            throw new Error(`the daemon's answer is larger than ${maxBytes} bytes`);
        }
        parts.push(buffer);
    }
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/adapters/http-response.ts
// A minimal HTTP/1.1 response reader for the monitor's stats client (stats-http.ts): status,
// headers, and a body framed by Content-Length or chunked transfer coding. Pure; the client
// feeds it what arrived so far and gets 'incomplete' until a whole response is there.
const HEAD_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');
/** A stats payload is a few KB; anything far larger is not what we asked for. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
function readHttpResponse(data) {
    if (data.length > MAX_RESPONSE_BYTES)
        return { error: `response larger than ${MAX_RESPONSE_BYTES} bytes` };
    const headEnd = data.indexOf(HEAD_END);
    if (headEnd < 0)
        return 'incomplete';
    const [statusLine = '', ...lines] = data.subarray(0, headEnd).toString('latin1').split('\r\n');
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
    if (!status)
        return { error: `not an HTTP/1.x status line: ${statusLine.slice(0, 80)}` };
    const headers = {};
    for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0)
            headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const rest = data.subarray(headEnd + HEAD_END.length);
    if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) {
        const body = dechunk(rest);
        return typeof body === 'string' ? (body === 'incomplete' ? body : { error: body }) : { status: Number(status[1]), headers, body };
    }
    const length = headers['content-length'];
    if (length === undefined) {
        // Without a length the body ends when the server closes: we only ask for framed bodies.
        return Number(status[1]) === 204 || Number(status[1]) === 304 ? { status: Number(status[1]), headers, body: Buffer.alloc(0) } : { error: 'response body without Content-Length or chunked coding' };
    }
    const bytes = Number(length);
    if (!Number.isInteger(bytes) || bytes < 0)
        return { error: `bad Content-Length '${length}'` };
    if (rest.length < bytes)
        return 'incomplete';
    return { status: Number(status[1]), headers, body: rest.subarray(0, bytes) };
}
/** The body of a chunked message; 'incomplete' until the last (0-size) chunk and its CRLF arrived. */
function dechunk(data) {
    const parts = [];
    let offset = 0;
    for (;;) {
        const lineEnd = data.indexOf(CRLF, offset);
        if (lineEnd < 0)
            return 'incomplete';
        const sizeText = data.subarray(offset, lineEnd).toString('latin1').split(';')[0].trim();
        if (!/^[0-9a-f]+$/i.test(sizeText))
            return `bad chunk size '${sizeText.slice(0, 20)}'`;
        const size = parseInt(sizeText, 16);
        const start = lineEnd + CRLF.length;
        if (size === 0) {
            // No trailers are expected: the message ends with an empty line.
            return data.length >= start + CRLF.length ? Buffer.concat(parts) : 'incomplete';
        }
        if (data.length < start + size + CRLF.length)
            return 'incomplete';
        parts.push(data.subarray(start, start + size));
        offset = start + size + CRLF.length;
    }
}

;// CONCATENATED MODULE: ./src/adapters/stats-http.ts


/**
 * One-shot stats over kept-alive unix-socket connections, with a bare HTTP/1.1 exchange.
 *
 * Why not dockerode or node:http: the monitor asks for every container's stats each interval,
 * and the per-request cost of those layers (streams, agents, abort listeners) was most of its
 * CPU. bench/monitor.ts, 20 containers every second on a 2-core runner: through dockerode
 * ~1.8 % of a core, node:http with keep-alive ~1.3 %, this client well under the 1 % goal. It
 * sends one GET per socket at a time and reads one framed response (readHttpResponse).
 */
class UnixStatsClient {
    socketPath;
    timeoutMs;
    idle = [];
    idleListeners = new WeakMap();
    /** The API version the adapter agreed with the daemon ("1.51"); unversioned paths without it. */
    apiVersion;
    constructor(socketPath, timeoutMs) {
        this.socketPath = socketPath;
        this.timeoutMs = timeoutMs;
    }
    /**
     * undefined when the container is gone (404). Rejects with `statusCode` on other HTTP
     * errors, with `code` (ECONNREFUSED…) when the daemon is away, and with `timedOut` when it
     * does not answer within the timeout.
     */
    async get(id) {
        const prefix = this.apiVersion ? `/v${this.apiVersion}` : '';
        const request = `GET ${prefix}/containers/${encodeURIComponent(id)}/stats?stream=false&one-shot=true HTTP/1.1\r\nHost: docker\r\nUser-Agent: docker-stability-monitor\r\n\r\n`;
        const { status, body } = await this.exchange(request);
        if (status === 404)
            return undefined;
        const text = body.toString('utf8');
        if (status >= 300)
            throw Object.assign(new Error(`HTTP ${status}: ${text.slice(0, 300)}`), { statusCode: status });
        return JSON.parse(text);
    }
    async exchange(request) {
        const pooled = this.takeIdle();
        if (!pooled)
            return this.exchangeOn(external_node_net_default().createConnection(this.socketPath), request);
        try {
            return await this.exchangeOn(pooled, request);
        }
        catch (error) {
            // A kept-alive socket the daemon closed meanwhile: one more try on a fresh connection.
            if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE')
                throw error;
            return this.exchangeOn(external_node_net_default().createConnection(this.socketPath), request);
        }
    }
    exchangeOn(socket, request) {
        return new Promise((resolve, reject) => {
            let received = Buffer.alloc(0);
            let settled = false;
            const finish = (error, result, keep = false) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                socket.off('data', onData);
                socket.off('error', onError);
                socket.off('close', onClose);
                if (keep && !socket.destroyed)
                    this.park(socket);
                else
                    socket.destroy();
                if (error)
                    reject(error);
                else
                    resolve(result);
            };
            const onData = (chunk) => {
                received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
                const response = readHttpResponse(received);
                if (response === 'incomplete')
                    return;
                if ('error' in response)
                    return finish(new Error(`Docker stats: ${response.error}`));
                finish(undefined, response, response.headers.connection?.toLowerCase() !== 'close');
            };
            const onError = (error) => finish(error);
            const onClose = () => finish(Object.assign(new Error('the connection closed before a response'), { code: 'ECONNRESET' }));
            const timer = setTimeout(() => finish(Object.assign(new Error(`no answer within ${this.timeoutMs} ms`), { timedOut: true })), this.timeoutMs);
            socket.on('data', onData);
            socket.on('error', onError);
            socket.on('close', onClose);
            socket.write(request);
        });
    }
    takeIdle() {
        const socket = this.idle.pop();
        if (!socket)
            return undefined;
        const drop = this.idleListeners.get(socket);
        if (drop) {
            socket.off('close', drop);
            socket.off('error', drop);
        }
        socket.ref();
        return socket;
    }
    /** Keeps a socket for the next call; idle, it does not hold the process open, and it leaves the pool when it closes. */
    park(socket) {
        const drop = () => {
            const index = this.idle.indexOf(socket);
            if (index >= 0)
                this.idle.splice(index, 1);
            socket.destroy();
        };
        this.idleListeners.set(socket, drop);
        socket.on('close', drop);
        socket.on('error', drop);
        socket.unref();
        this.idle.push(socket);
    }
}

;// CONCATENATED MODULE: ./src/adapters/unanswered-guard.ts

/**
 * Remembers that the daemon left a call unanswered for its whole timeout (a frozen or wedged
 * dockerd: the socket accepts, nothing answers). Until the daemon answers again, every later call
 * first pings it under the ping's short bound and fails at once when that goes unanswered too.
 * Without it each call of a teardown, a sweep or a diagnosis waits out its own full timeout in
 * turn, and a step on a frozen daemon takes minutes instead of one timeout and a few pings.
 *
 * A ping's own timeout does not make the daemon suspect: 2 s is the preflight's bar for a healthy
 * daemon, not proof that a busy one is gone.
 */
class UnansweredGuard {
    endpoint;
    ping;
    /** The operation that went unanswered, while the daemon is suspect. */
    unanswered;
    constructor(endpoint, ping) {
        this.endpoint = endpoint;
        this.ping = ping;
    }
    get suspect() {
        return this.unanswered !== undefined;
    }
    /** Before a call: passes when the daemon is not suspect or answers a ping now. */
    async admit(operation) {
        const unanswered = this.unanswered;
        if (unanswered === undefined)
            return;
        try {
            await this.ping();
        }
        catch (error) {
            const unavailable = error instanceof DockerUnavailableError ? error : undefined;
            const cause = unavailable ? unavailable.cause : error;
            const detail = cause instanceof Error ? cause.message : String(cause);
            throw new DockerUnavailableError(this.endpoint, operation, `not sent: '${unanswered}' went unanswered earlier, and a ping failed now: ${detail}`, unavailable?.timedOut ?? false);
        }
        this.answered();
    }
    timedOut(operation) {
        this.unanswered = operation;
    }
    answered() {
        this.unanswered = undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/docker-api.ts





/** An error status of the Engine API, with the daemon's own message. */
class EngineHttpError extends Error {
    statusCode;
    constructor(statusCode, message) {
        super(message);
        this.statusCode = statusCode;
        this.name = 'EngineHttpError';
    }
}
/** A query string of the parameters that are set (`?all=true&filters=…`), or ''. */
function queryString(parameters) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters))
        if (value !== undefined)
            search.set(name, String(value));
    const text = search.toString();
    return text ? `?${text}` : '';
}
/**
 * The newest Engine API version this client was tested against (Docker Engine 28.5, API 1.51;
 * CI runs every test on it and on engine 20.10, API 1.41). Requests carry the version both
 * sides speak, as the docker CLI negotiates it: an unversioned path means "the daemon's newest",
 * whose payloads a newer engine may change under us (fields removed or renamed).
 */
const CLIENT_API_VERSION = '1.51';
/** min(the daemon's API version, ours), raised to the daemon's minimum if ours is below it. */
function negotiateApiVersion(server, client = CLIENT_API_VERSION) {
    if (!server.apiVersion || !/^\d+\.\d+$/.test(server.apiVersion))
        return undefined;
    let chosen = compareApiVersions(server.apiVersion, client) < 0 ? server.apiVersion : client;
    if (server.minApiVersion && /^\d+\.\d+$/.test(server.minApiVersion) && compareApiVersions(chosen, server.minApiVersion) < 0)
        chosen = server.minApiVersion;
    return chosen;
}
function compareApiVersions(a, b) {
    const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
    const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
    return aMajor - bMajor || aMinor - bMinor;
}
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
/** The Docker Engine API behind our DockerApi port: every call bounded, errors turned into our own. */
class EngineApi {
    endpoint;
    transport;
    callTimeoutMs;
    pingTimeoutMs;
    /** Kept-alive connections for the monitor's stats calls (unix sockets only). */
    statsClient;
    socketPath;
    unusable;
    /** A daemon that left a call unanswered is pinged before each later call (see the guard). */
    guard;
    /** The API version agreed with the daemon at the first call (see negotiateApiVersion). */
    negotiated;
    negotiation;
    constructor(options = {}) {
        const env = options.env ?? process.env;
        const host = options.host || env.DOCKER_HOST || 'unix:///var/run/docker.sock';
        this.endpoint = options.description ?? host;
        this.socketPath = host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
        let unusable = options.unusable;
        try {
            this.transport = engineTransport(connectionOf(host, options.tls, env));
        }
        catch (error) {
            unusable ??= error instanceof Error ? error.message : String(error);
        }
        this.unusable = unusable;
        this.callTimeoutMs = options.callTimeoutMs ?? 15_000;
        this.pingTimeoutMs = options.pingTimeoutMs ?? 2000;
        this.guard = new UnansweredGuard(this.endpoint, () => this.ping());
    }
    async ping() {
        await this.call('ping', (signal) => this.json('GET', '/_ping', signal, { versioned: false, text: true }), this.pingTimeoutMs);
    }
    async version() {
        // Unversioned: it is what the negotiation asks, so the answer settles it too.
        const raw = await this.call('version', (signal) => this.json('GET', '/version', signal, { versioned: false }), this.callTimeoutMs, false);
        this.adopt(raw);
        return { version: raw.Version, apiVersion: raw.ApiVersion, os: raw.Os, arch: raw.Arch };
    }
    /** The API version requests carry, once agreed ("1.41" with engine 20.10, "1.51" with 28.5). */
    get apiVersion() {
        return this.negotiated;
    }
    /**
     * Agrees on the API version with one unversioned `GET /version` before the first other call.
     * A daemon that does not answer fails the call that needed it (and is asked again next time);
     * one that answers the version with an error leaves requests unversioned.
     */
    async negotiate(operation) {
        this.negotiation ??= this.call('version', (signal) => this.json('GET', '/version', signal, { versioned: false }), this.callTimeoutMs, false).then((raw) => this.adopt(raw), (error) => {
            this.negotiation = undefined;
            if (error instanceof DockerUnavailableError)
                throw error;
        });
        try {
            await this.negotiation;
        }
        catch (error) {
            // Named after the call that needed it: that is what the caller asked for.
            const unavailable = error;
            throw new DockerUnavailableError(this.endpoint, operation, unavailable.cause, unavailable.timedOut);
        }
    }
    adopt(raw) {
        if (this.negotiated !== undefined)
            return;
        this.negotiated = negotiateApiVersion({ apiVersion: raw.ApiVersion, minApiVersion: raw.MinAPIVersion });
    }
    async info() {
        const raw = await this.call('info', (signal) => this.json('GET', '/info', signal));
        return {
            id: raw.ID ?? '',
            name: raw.Name ?? '',
            memTotalBytes: raw.MemTotal ?? 0,
            cpus: raw.NCPU ?? 0,
            dockerRootDir: raw.DockerRootDir ?? '',
            containersRunning: raw.ContainersRunning ?? 0,
            operatingSystem: raw.OperatingSystem ?? '',
            cgroupVersion: raw.CgroupVersion ?? '',
        };
    }
    async listContainers(query) {
        const filters = {};
        if (query.labels?.length)
            filters.label = query.labels;
        if (query.name)
            filters.name = [query.name];
        const raw = await this.call('container list', (signal) => this.json('GET', `/containers/json${queryString({ all: query.all, filters: JSON.stringify(filters) })}`, signal));
        return raw.map((c) => ({
            id: c.Id,
            name: (c.Names?.[0] ?? '').replace(/^\//, ''),
            image: c.Image,
            state: c.State,
            status: c.Status,
            labels: c.Labels ?? {},
            createdSeconds: c.Created,
            ports: (c.Ports ?? []).map((p) => ({ ip: p.IP ?? '', privatePort: p.PrivatePort, publicPort: p.PublicPort, type: p.Type })),
        }));
    }
    async inspectContainer(id) {
        const raw = await this.orMissing('container inspect', (signal) => this.json('GET', `/containers/${encodeURIComponent(id)}/json`, signal));
        if (!raw)
            return undefined;
        const health = raw.State.Health;
        const check = raw.Config.Healthcheck;
        return {
            id: raw.Id,
            name: raw.Name.replace(/^\//, ''),
            image: raw.Config.Image,
            labels: raw.Config.Labels ?? {},
            restartCount: raw.RestartCount ?? 0,
            state: {
                status: raw.State.Status,
                running: raw.State.Running,
                exitCode: raw.State.ExitCode,
                oomKilled: raw.State.OOMKilled,
                startedAt: raw.State.StartedAt,
                finishedAt: raw.State.FinishedAt,
                health: health
                    ? {
                        status: health.Status,
                        failingStreak: health.FailingStreak,
                        log: (health.Log ?? []).map((entry) => ({
                            start: entry.Start,
                            end: entry.End,
                            exitCode: entry.ExitCode,
                            output: entry.Output,
                        })),
                    }
                    : undefined,
            },
            memoryLimitBytes: raw.HostConfig.Memory ?? 0,
            nanoCpus: raw.HostConfig.NanoCpus ?? 0,
            created: raw.Created,
            healthcheck: check?.Test
                ? {
                    test: check.Test,
                    intervalNs: check.Interval ?? 0,
                    timeoutNs: check.Timeout ?? 0,
                    retries: check.Retries ?? 0,
                    startPeriodNs: check.StartPeriod ?? 0,
                    startIntervalNs: check.StartInterval ?? 0,
                }
                : undefined,
        };
    }
    async createContainer(spec) {
        try {
            const container = await this.call('container create', (signal) => this.json('POST', `/containers/create${queryString({ name: spec.name })}`, signal, {
                body: { json: { Image: spec.image, Cmd: spec.cmd, Labels: spec.labels, HostConfig: { NetworkMode: 'none', AutoRemove: false } } },
            }));
            return { id: container.Id };
        }
        catch (error) {
            if (statusOf(error) === 409)
                return 'name-taken';
            throw error;
        }
    }
    async removeContainer(id, options) {
        return this.remove('container remove', (signal) => this.json('DELETE', `/containers/${encodeURIComponent(id)}${queryString({ force: options.force, v: options.volumes })}`, signal, { text: true }));
    }
    async renameContainer(id, name) {
        try {
            await this.call('container rename', (signal) => this.json('POST', `/containers/${encodeURIComponent(id)}/rename${queryString({ name })}`, signal, { text: true }));
            return 'renamed';
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 404)
                return 'missing';
            if (status === 409)
                return 'name-taken';
            throw error;
        }
    }
    async containerStats(id) {
        const socketPath = this.socketPath;
        if (!socketPath || this.unusable !== undefined) {
            return this.orMissing('container stats', (signal) => this.json('GET', `/containers/${encodeURIComponent(id)}/stats${queryString({ stream: false, 'one-shot': true })}`, signal));
        }
        this.statsClient ??= new UnixStatsClient(socketPath, this.callTimeoutMs);
        if (this.negotiated === undefined)
            await this.negotiate('container stats');
        this.statsClient.apiVersion = this.negotiated;
        await this.guard.admit('container stats');
        try {
            const stats = await this.statsClient.get(id);
            this.guard.answered();
            return stats;
        }
        catch (error) {
            const failure = error;
            if (failure.timedOut) {
                this.guard.timedOut('container stats');
                throw new DockerUnavailableError(this.endpoint, 'container stats', failure.message, true);
            }
            if (failure.code && CONNECTION_CODES.has(failure.code))
                throw new DockerUnavailableError(this.endpoint, 'container stats', error, false);
            throw new Error(`Docker container stats failed: ${failure.message ?? String(error)}`, { cause: error });
        }
    }
    async containerLogs(id, tail) {
        const raw = await this.orMissing('container logs', (signal) => this.bytes('GET', `/containers/${encodeURIComponent(id)}/logs${queryString({ stdout: true, stderr: true, tail, follow: false })}`, signal));
        return raw ? demuxDockerLogs(raw) : '';
    }
    async streamContainerLogs(id, query, onChunk, signal) {
        const operation = 'container logs';
        if (this.unusable !== undefined)
            throw new DockerUnavailableError(this.endpoint, operation, this.unusable, false);
        if (signal?.aborted)
            return;
        await this.guard.admit(operation);
        const controller = new AbortController();
        const stop = () => controller.abort();
        signal?.addEventListener('abort', stop, { once: true });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, query.timeoutMs);
        const late = () => new DockerUnavailableError(this.endpoint, operation, `the log did not end within ${query.timeoutMs} ms`, true);
        try {
            const path = `/containers/${encodeURIComponent(id)}/logs${queryString({ stdout: true, stderr: true, follow: query.follow, timestamps: query.timestamps, tail: query.tail })}`;
            const stream = await this.stream('GET', path, controller.signal, { missing: true });
            this.guard.answered();
            if (!stream)
                return;
            const demux = new LogDemuxer(onChunk);
            await new Promise((resolve, reject) => {
                let settled = false;
                const finish = (error) => {
                    if (settled)
                        return;
                    settled = true;
                    controller.signal.removeEventListener('abort', onAbort);
                    demux.end();
                    if (error && !controller.signal.aborted)
                        reject(error);
                    else
                        resolve();
                };
                const onAbort = () => {
                    stream.destroy?.();
                    finish();
                };
                controller.signal.addEventListener('abort', onAbort, { once: true });
                if (controller.signal.aborted)
                    return onAbort();
                stream.on('data', (chunk) => demux.push(chunk));
                stream.on('end', () => finish());
                stream.on('close', () => finish());
                stream.on('error', (error) => finish(error));
            });
            if (timedOut)
                throw late();
        }
        catch (error) {
            if (error instanceof DockerUnavailableError)
                throw error;
            if (timedOut) {
                this.guard.timedOut(operation);
                throw late();
            }
            // The caller's signal: it asked to stop; what arrived was delivered.
            if (signal?.aborted)
                return;
            const http = error;
            if (http.code && CONNECTION_CODES.has(http.code))
                throw new DockerUnavailableError(this.endpoint, operation, error, false);
            throw new Error(`Docker ${operation} failed: ${http.message ?? String(error)}`, { cause: error });
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', stop);
        }
    }
    async listVolumes(query) {
        const filters = query.labels?.length ? { label: query.labels } : {};
        const raw = await this.call('volume list', (signal) => this.json('GET', `/volumes${queryString({ filters: JSON.stringify(filters) })}`, signal));
        return (raw.Volumes ?? []).map((v) => ({ name: v.Name, labels: v.Labels ?? {}, createdAt: v.CreatedAt }));
    }
    removeVolume(name) {
        return this.remove('volume remove', (signal) => this.json('DELETE', `/volumes/${encodeURIComponent(name)}`, signal, { text: true }));
    }
    async listNetworks(query) {
        const filters = query.labels?.length ? { label: query.labels } : {};
        const raw = await this.call('network list', (signal) => this.json('GET', `/networks${queryString({ filters: JSON.stringify(filters) })}`, signal));
        return raw.map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} }));
    }
    removeNetwork(id) {
        return this.remove('network remove', (signal) => this.json('DELETE', `/networks/${encodeURIComponent(id)}`, signal, { text: true }));
    }
    async listImages(query) {
        const filters = {};
        if (query.labels?.length)
            filters.label = query.labels;
        if (query.reference)
            filters.reference = [query.reference];
        const raw = await this.call('image list', (signal) => this.json('GET', `/images/json${queryString({ filters: JSON.stringify(filters) })}`, signal));
        return raw.map((i) => ({ id: i.Id, repoTags: i.RepoTags ?? [], labels: i.Labels ?? {}, sizeBytes: i.Size }));
    }
    removeImage(reference) {
        return this.remove('image remove', (signal) => this.json('DELETE', `/images/${encodeURIComponent(reference)}`, signal, { text: true }));
    }
    async inspectImage(reference) {
        const raw = await this.orMissing('image inspect', (signal) => this.json('GET', `/images/${encodeURIComponent(reference)}/json`, signal));
        if (!raw)
            return undefined;
        const check = raw.Config?.Healthcheck;
        return {
            id: raw.Id,
            healthcheck: check?.Test?.length
                ? { test: check.Test, intervalNs: check.Interval ?? 0, timeoutNs: check.Timeout ?? 0, retries: check.Retries ?? 0, startPeriodNs: check.StartPeriod ?? 0 }
                : undefined,
        };
    }
    async importImage(tar, repoTag, changes) {
        const [repo, tag] = splitRepoTag(repoTag);
        const search = new URLSearchParams({ fromSrc: '-', repo, tag });
        for (const change of changes)
            search.append('changes', change);
        const progress = await this.call('image import', (signal) => this.bytes('POST', `/images/create?${search.toString()}`, signal, { body: { raw: tar, contentType: 'application/x-tar' } }));
        // The daemon reports a failed import inside its progress stream, with status 200.
        const failure = /"error"\s*:\s*"([^"]*)"/.exec(progress.toString('utf8'));
        if (failure)
            throw new Error(`Docker image import failed: ${failure[1]}`);
    }
    async streamEvents(eventQuery, onEvent, signal) {
        const path = `/events${queryString({ filters: JSON.stringify(eventQuery.filters), since: eventQuery.since })}`;
        // The call's deadline covers the answer's head; the stream then lives until `signal`.
        const stream = (await this.call('events', (callSignal) => this.stream('GET', path, AbortSignal.any([callSignal, signal]))));
        await new Promise((resolve) => {
            let pending = '';
            const close = () => {
                signal.removeEventListener('abort', close);
                stream.destroy?.();
                resolve();
            };
            signal.addEventListener('abort', close, { once: true });
            stream.on('data', (chunk) => {
                const lines = (pending + chunk.toString('utf8')).split('\n');
                pending = lines.pop() ?? '';
                for (const line of lines) {
                    const event = parseEvent(line);
                    if (event)
                        onEvent(event);
                }
            });
            stream.on('end', close);
            stream.on('close', close);
            stream.on('error', close);
        });
    }
    /** A request's answer as JSON (or, with `text`, read and dropped: DELETE, rename, ping). */
    async json(method, path, signal, options = {}) {
        const body = await this.bytes(method, path, signal, options);
        if (options.text || body.length === 0)
            return undefined;
        return JSON.parse(body.toString('utf8'));
    }
    /** A request's whole answer; an error status becomes an EngineHttpError with the daemon's message. */
    async bytes(method, path, signal, options = {}) {
        const response = await this.send(method, path, signal, options);
        const body = await readBody(response.body);
        if (response.status >= 400)
            throw httpError(response.status, body);
        return body;
    }
    /** A streamed answer (events, followed logs); undefined for a 404 when `missing` allows it. */
    async stream(method, path, signal, options = {}) {
        const response = await this.send(method, path, signal, {});
        if (response.status < 400)
            return response.body;
        const body = await readBody(response.body);
        if (response.status === 404 && options.missing)
            return undefined;
        throw httpError(response.status, body);
    }
    send(method, path, signal, options) {
        if (!this.transport)
            throw new Error(this.unusable ?? 'no transport to the daemon');
        // Every path but the negotiation's own speaks the agreed version.
        const prefix = options.versioned !== false && this.negotiated ? `/v${this.negotiated}` : '';
        return this.transport.request({ method, path: `${prefix}${path}`, signal, ...(options.body ? { body: options.body } : {}) });
    }
    /** Runs one API call under a deadline; turns connection trouble into DockerUnavailableError. */
    async call(operation, fn, timeoutMs = this.callTimeoutMs, versioned = true) {
        if (this.unusable !== undefined)
            throw new DockerUnavailableError(this.endpoint, operation, this.unusable, false);
        // The ping is the guard's own probe (and a ping timeout alone does not make the daemon suspect).
        const guarded = operation !== 'ping';
        // `/_ping` is the same in every version; everything else speaks the agreed one.
        if (guarded && versioned && this.negotiated === undefined)
            await this.negotiate(operation);
        if (guarded)
            await this.guard.admit(operation);
        const controller = new AbortController();
        let timer;
        // The race guards against a library path that ignores the abort signal.
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => {
                controller.abort();
                reject(new DockerUnavailableError(this.endpoint, operation, `no answer within ${timeoutMs} ms`, true));
            }, timeoutMs);
        });
        try {
            const answer = await Promise.race([fn(controller.signal), deadline]);
            if (guarded)
                this.guard.answered();
            return answer;
        }
        catch (error) {
            if (error instanceof DockerUnavailableError) {
                if (guarded && error.timedOut)
                    this.guard.timedOut(operation);
                throw error;
            }
            const http = error;
            if (http.code && CONNECTION_CODES.has(http.code)) {
                throw new DockerUnavailableError(this.endpoint, operation, error, false);
            }
            if (http.name === 'AbortError' || controller.signal.aborted) {
                if (guarded)
                    this.guard.timedOut(operation);
                throw new DockerUnavailableError(this.endpoint, operation, `no answer within ${timeoutMs} ms`, true);
            }
            // An error status is an answer.
            if (guarded)
                this.guard.answered();
            throw new Error(`Docker ${operation} failed: ${http.message ?? String(error)}`, { cause: error });
        }
        finally {
            clearTimeout(timer);
        }
    }
    async orMissing(operation, fn) {
        try {
            return await this.call(operation, fn);
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        }
    }
    async remove(operation, fn) {
        try {
            await this.call(operation, fn);
            return 'removed';
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 404)
                return 'missing';
            // 409: in use or removal already in progress; 403: network with active endpoints.
            if (status === 409 || status === 403)
                return 'in-use';
            throw error;
        }
    }
}
/** The daemon's error answer: `{"message": "..."}` as its message, else the body's start. */
function httpError(status, body) {
    const text = body.toString('utf8');
    let message = text.trim().slice(0, 500);
    try {
        message = JSON.parse(text).message ?? message;
    }
    catch {
        // Not JSON: the text as it is.
    }
    return new EngineHttpError(status, `HTTP ${status}: ${message || 'no message'}`);
}
function statusOf(error) {
    const direct = error?.statusCode;
    if (direct !== undefined)
        return direct;
    return error?.cause?.statusCode;
}
function splitRepoTag(repoTag) {
    const colon = repoTag.lastIndexOf(':');
    if (colon > repoTag.lastIndexOf('/'))
        return [repoTag.slice(0, colon), repoTag.slice(colon + 1)];
    return [repoTag, 'latest'];
}
function parseEvent(line) {
    if (!line.trim())
        return undefined;
    try {
        const raw = JSON.parse(line);
        return {
            type: raw.Type ?? '',
            action: raw.Action ?? '',
            id: raw.Actor?.ID ?? '',
            attributes: raw.Actor?.Attributes ?? {},
            timeNano: raw.timeNano ?? 0,
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/docker-endpoint.ts





// Where the Docker daemon is, decided the way the docker CLI decides it
// (docker/cli cli/command/cli.go resolveContextName, cli/context/store):
//   1. DOCKER_HOST, when set and not empty, wins (with DOCKER_TLS_VERIFY / DOCKER_TLS and
//      DOCKER_CERT_PATH for TLS);
//   2. else the context named by DOCKER_CONTEXT, else `currentContext` in
//      $DOCKER_CONFIG/config.json (default ~/.docker/config.json), else "default";
//   3. a named context's endpoint is in contexts/meta/<sha256 of the name>/meta.json
//      (Endpoints.docker.Host, SkipTLSVerify), its TLS files in contexts/tls/<sha>/docker/.
// `docker compose` and the docker CLI make the same decision from the same environment, so the
// API client and every compose call reach one daemon. There is no maintained npm library for
// reading the CLI's context store, hence these few lines.
/** The CLI's built-in context: DOCKER_HOST, or the local socket. */
const DEFAULT_CONTEXT = 'default';
const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';
/** A context or TLS file that is missing or unreadable; says which file and why it was read. */
class DockerEndpointError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DockerEndpointError';
    }
}
const readIfPresent = (file) => {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
};
/** The docker CLI's configuration directory: $DOCKER_CONFIG, else ~/.docker. */
function dockerConfigDir(env, home = external_node_os_default().homedir()) {
    return env.DOCKER_CONFIG || external_node_path_default().join(home, '.docker');
}
/** The directory name the context store uses for a context: hex SHA-256 of its name. */
function contextDirName(name) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(name).digest('hex');
}
/** Resolves the daemon's endpoint from the environment and the CLI's files; throws DockerEndpointError. */
function resolveDockerEndpoint(env = process.env, readText = readIfPresent, home) {
    const configDir = dockerConfigDir(env, home);
    if (env.DOCKER_HOST) {
        const verify = Boolean(env.DOCKER_TLS_VERIFY);
        const tls = verify || Boolean(env.DOCKER_TLS) ? tlsFiles(env.DOCKER_CERT_PATH || configDir, verify, readText) : undefined;
        return { host: env.DOCKER_HOST, ...(tls ? { tls } : {}), source: 'DOCKER_HOST', description: env.DOCKER_HOST };
    }
    const fromEnv = env.DOCKER_CONTEXT;
    const name = fromEnv || currentContext(configDir, readText) || DEFAULT_CONTEXT;
    if (name === DEFAULT_CONTEXT)
        return { host: DEFAULT_DOCKER_HOST, source: 'default', description: DEFAULT_DOCKER_HOST };
    const why = fromEnv ? 'DOCKER_CONTEXT' : `currentContext in ${external_node_path_default().join(configDir, 'config.json')}`;
    const metaFile = external_node_path_default().join(configDir, 'contexts', 'meta', contextDirName(name), 'meta.json');
    const text = readText(metaFile);
    if (text === undefined) {
        throw new DockerEndpointError(`Docker context '${name}' (from ${why}) does not exist: no ${metaFile}. Create it with 'docker context create ${name} --docker host=…', or unset ${fromEnv ? 'DOCKER_CONTEXT' : 'currentContext'}.`);
    }
    const endpoint = parseMeta(text, metaFile, name);
    const tlsDir = external_node_path_default().join(configDir, 'contexts', 'tls', contextDirName(name), 'docker');
    const files = tlsFiles(tlsDir, !endpoint.skipTlsVerify, readText);
    const usesTls = files.ca !== undefined || files.cert !== undefined || endpoint.skipTlsVerify;
    return {
        host: endpoint.host,
        ...(usesTls ? { tls: files } : {}),
        source: 'context',
        context: name,
        description: `${endpoint.host} (context '${name}')`,
    };
}
function currentContext(configDir, readText) {
    const file = external_node_path_default().join(configDir, 'config.json');
    const text = readText(file);
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text).currentContext;
        return typeof value === 'string' && value !== '' ? value : undefined;
    }
    catch (error) {
        throw new DockerEndpointError(`${file} is not valid JSON (${error.message}); the docker CLI would refuse it too.`);
    }
}
function parseMeta(text, file, name) {
    let meta;
    try {
        meta = JSON.parse(text);
    }
    catch (error) {
        throw new DockerEndpointError(`Docker context '${name}': ${file} is not valid JSON (${error.message}).`);
    }
    const docker = meta.Endpoints?.docker;
    if (typeof docker?.Host !== 'string' || docker.Host === '') {
        throw new DockerEndpointError(`Docker context '${name}' has no Docker endpoint (Endpoints.docker.Host in ${file}).`);
    }
    return { host: docker.Host, skipTlsVerify: docker.SkipTLSVerify === true };
}
function tlsFiles(dir, verify, readText) {
    const ca = verify ? readText(external_node_path_default().join(dir, 'ca.pem')) : undefined;
    const cert = readText(external_node_path_default().join(dir, 'cert.pem'));
    const key = readText(external_node_path_default().join(dir, 'key.pem'));
    if ((cert === undefined) !== (key === undefined)) {
        throw new DockerEndpointError(`TLS client files in ${dir}: cert.pem and key.pem go together, but only ${cert === undefined ? 'key.pem' : 'cert.pem'} exists.`);
    }
    return { ...(ca !== undefined ? { ca } : {}), ...(cert !== undefined ? { cert, key } : {}), verify };
}
/**
 * The DockerApi for the daemon the docker CLI would use. When the environment names an endpoint
 * that cannot be read (a missing context), every call fails with that explanation instead of
 * the constructor throwing, so the step reports it where it reports an unreachable daemon.
 */
function dockerApiFromEnvironment(env = process.env, options = {}) {
    let endpoint;
    try {
        endpoint = resolveDockerEndpoint(env);
    }
    catch (error) {
        const why = error instanceof DockerEndpointError ? error.message : `could not read the Docker configuration: ${error.message}`;
        const named = env.DOCKER_CONTEXT ? `context '${env.DOCKER_CONTEXT}'` : `the current context in ${external_node_path_default().join(dockerConfigDir(env), 'config.json')}`;
        return new EngineApi({ ...options, env, host: DEFAULT_DOCKER_HOST, description: named, unusable: why });
    }
    return new EngineApi({ ...options, env, host: endpoint.host, tls: endpoint.tls, description: endpoint.description });
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/adapters/host-probe.ts



function read(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
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
        return text ? parseMeminfo(text) : { totalBytes: external_node_os_default().totalmem(), availableBytes: external_node_os_default().freemem() };
    },
    load: () => ({ load1: external_node_os_default().loadavg()[0] ?? 0, cpus: external_node_os_default().availableParallelism() }),
    freeDiskBytes: async (path) => {
        try {
            const stats = await (0,promises_namespaceObject.statfs)(path);
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
            pidNamespace = (0,external_node_fs_.readlinkSync)(`/proc/${pid}/ns/pid`);
        }
        catch {
            // Another user's process: its namespace link is not readable; leave it unknown.
        }
        return {
            pid,
            startTicks,
            pidNamespace,
            bootId: (read('/proc/sys/kernel/random/boot_id') ?? '').trim(),
            hostname: external_node_os_default().hostname(),
        };
    },
};

;// CONCATENATED MODULE: ./src/adapters/record-file.ts

/**
 * The monitor's NDJSON file: synchronous appends (one write per tick, on a descriptor kept
 * open rather than opened each time), atomic rewrites (temp file and rename, then reopened).
 */
function recordFile(file) {
    let fd = (0,external_node_fs_.openSync)(file, 'a');
    return {
        append: (text) => {
            (0,external_node_fs_.writeSync)(fd, text);
        },
        replace: (text) => {
            const temporary = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temporary, text);
            (0,external_node_fs_.renameSync)(temporary, file);
            (0,external_node_fs_.closeSync)(fd);
            fd = (0,external_node_fs_.openSync)(file, 'a');
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/system-clock.ts
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
const DEFAULT_MAX_LIFETIME_MS = (/* unused pure expression or super */ null && (6 * 3_600_000 + 15 * 60_000));
const DEFAULT_IDLE_EXIT_MS = (/* unused pure expression or super */ null && (15 * 60_000));
const DEFAULT_MAX_FILE_BYTES = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
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

;// CONCATENATED MODULE: ./src/core/untrusted.ts
// Text that came from a container, the daemon or a pull request's file is data. This is the one
// place that makes it inert wherever it goes: in the runner's log (no workflow commands), in
// markdown (no HTML, no links), and everywhere without the secret values the run knows.
//
// How the GitHub runner reads a step's output (actions/runner, ProcessInvoker + ActionCommand):
// - stdout and stderr are cut into lines by .NET's ReadLine: at LF, CR and CR LF;
// - a line is a command when, after TrimStart (every Unicode space, tab, VT, FF, NEL…), it starts
//   with `::` and holds a second `::` (v2 form), or when `##[` appears ANYWHERE in it followed by
//   `]` (the legacy form, still parsed); command names are matched case-insensitively;
// - `::stop-commands::TOKEN` stops all processing until a line `::TOKEN::` (or `##[TOKEN]`).
// So untrusted lines are printed inside a stop-commands block whose token is random per block,
// and every line we print — in a block or not — is split on every line break and rewritten so
// that it cannot start a command on its own.
/** Blanked values read as this, in logs, summaries and files. */
const REDACTED = '***';
/** Every character sequence a runner, a terminal or a browser may take as the end of a line. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
/** What .NET's TrimStart skips, plus what a reader would not see either (invisibles, colours). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const LEADING_INVISIBLE = /^(?:[\s\u0085\u180e\u200b-\u200d\u2060\ufeff\x00-\x1f\x7f-\x9f]|\x1b\[[0-9;]*m)*/;
/** Controls other than tab and colour (SGR) escapes: they could rewrite a terminal or hide text. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNSAFE_CONTROL = /\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** Lines of any text, split at every line break a reader may act on. */
function splitLines(text) {
    return text.split(LINE_BREAK);
}
/** One line: line breaks become spaces (group titles, table cells, inline markdown). */
function oneLine(text) {
    return splitLines(text).join(' ');
}
function replaceControls(line) {
    return line.replace(UNSAFE_CONTROL, (match) => (match.length > 1 ? match : '\ufffd'));
}
/**
 * A line that cannot be a workflow command: `::` at its start (after invisible characters) has
 * its first colon written as %3A, and every `##[` becomes `##%5B` — the runner's own escapes,
 * so a reader still sees what the container printed. Unsafe control characters become U+FFFD.
 */
function inertLine(line) {
    const text = replaceControls(line).replace(/##\[/g, '##%5B');
    const lead = LEADING_INVISIBLE.exec(text)[0];
    return text.startsWith('::', lead.length) ? `${lead}%3A${text.slice(lead.length + 1)}` : text;
}
/** Multi-line text as inert lines joined by LF. */
function inertText(text) {
    return splitLines(text).map(inertLine).join('\n');
}
/** Whether a line, as the runner reads it, would be taken for a command (v2 or legacy form). */
function looksLikeCommand(line) {
    const trimmed = line.replace(LEADING_INVISIBLE, '');
    return (trimmed.startsWith('::') && trimmed.indexOf('::', 2) > 0) || /##\[[^\]]*\]/.test(line);
}
/**
 * A token for one stop-commands block: random (the caller's source of randomness), never derived
 * from the content, and drawn again in the unlikely case the content holds it.
 */
function stopToken(random, content) {
    for (;;) {
        const token = `dsa${random()}`.toLowerCase();
        if (!/^[a-z0-9]{16,}$/.test(token))
            throw new Error('stopToken: the random source must give at least 13 letters or digits');
        if (!content.some((line) => line.toLowerCase().includes(token)))
            return token;
    }
}
/**
 * Lines shown verbatim inside `::stop-commands::TOKEN` … `::TOKEN::`: the runner obeys nothing
 * in between. Inside, lines keep a leading `::` (that is what the block is for), but `##[` is
 * still rewritten — the log viewer formats such lines itself — and unsafe controls replaced.
 */
function stopCommandsBlock(lines, token) {
    const shown = lines.map((line) => replaceControls(line).replace(/##\[/g, '##%5B'));
    if (shown.some((line) => line.toLowerCase().includes(token.toLowerCase())))
        throw new Error('stopCommandsBlock: the content holds the token');
    return [`::stop-commands::${token}`, ...shown, `::${token}::`];
}
// ---- Secrets ---------------------------------------------------------------------------------
/** Shorter values ("1", "db", "yes") are too common to be secrets and would blank out words. */
const MIN_SECRET_LENGTH = 4;
/**
 * The secret values a run knows, blanked wherever text leaves the process. Each value is also
 * looked for as the encodings our outputs give it (JSON strings, HTML, markdown), so a summary
 * or a report file is redacted even where the value was escaped before it was written, and each
 * line of a multi-line value is a value of its own (a log prints one line at a time).
 */
class Redactor {
    onMask;
    known = new Set();
    patterns = [];
    /** onMask: told of the values the runner itself should mask too (see add). */
    constructor(onMask) {
        this.onMask = onMask;
    }
    /** Adds values (shorter than MIN_SECRET_LENGTH are ignored); maskInRunner also tells onMask. */
    add(values, options = {}) {
        let added = false;
        for (const value of values) {
            for (const part of [value, ...(splitLines(value).length > 1 ? splitLines(value) : [])]) {
                const trimmed = part.trim();
                if (trimmed.length < MIN_SECRET_LENGTH || this.known.has(trimmed))
                    continue;
                this.known.add(trimmed);
                added = true;
                if (options.maskInRunner)
                    this.onMask?.(trimmed);
            }
        }
        if (!added)
            return;
        const variants = new Set();
        for (const value of this.known) {
            for (const variant of [value, JSON.stringify(value).slice(1, -1), escapeHtml(value), escapeMarkdown(value)])
                variants.add(variant);
        }
        // Longest first, so a value that contains another is blanked whole.
        this.patterns = [...variants].sort((a, b) => b.length - a.length);
    }
    /** The values added so far (for a process that must redact the same, such as the monitor). */
    values() {
        return [...this.known];
    }
    redact(text) {
        let redacted = text;
        for (const pattern of this.patterns)
            if (redacted.includes(pattern))
                redacted = redacted.split(pattern).join(REDACTED);
        return redacted;
    }
    /** A copy of a JSON-like value with every string (keys too) redacted. */
    redactJson(value) {
        if (this.patterns.length === 0 || value === undefined)
            return value;
        return JSON.parse(JSON.stringify(value), (_key, item) => {
            if (typeof item === 'string')
                return this.redact(item);
            if (item && typeof item === 'object' && !Array.isArray(item)) {
                return Object.fromEntries(Object.entries(item).map(([key, inner]) => [this.redact(key), inner]));
            }
            return item;
        });
    }
}
// ---- Markdown ----------------------------------------------------------------------------
/** HTML's special characters as entities (inside HTML blocks such as `<summary>`). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Untrusted text as one line of markdown that renders as exactly that text: HTML's characters as
 * entities; emphasis (`_` only where it could open or close one), code, links and images,
 * strikethrough, math and table pipes backslash-escaped; autolinks (`://`, `www.`, e-mail and
 * mentions' `@`) broken by an escape; a heading or list marker at its start escaped; line
 * breaks as spaces. Plain words, paths and
 * numbers stay as they are, so the raw markdown stays readable.
 */
function escapeMarkdown(text) {
    return replaceControls(oneLine(text))
        .replace(/[\\`*[\]|~$@]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (char) => `\\${char}`)
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/^(\s*)(#{1,6}(?=\s|$)|[+-](?=\s|$)|[-=](?=[-=\s]*$)|\d{1,9}(?=[.)](\s|$)))/, (_match, space, marker) => /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A fenced code block whose fence is longer than any backtick run inside. */
function fence(text, language = '') {
    const body = replaceControls(text.split(/\r\n|\r/).join('\n'));
    const longestRun = Math.max(2, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
    const marks = '`'.repeat(longestRun + 1);
    return `${marks}${language}\n${body}\n${marks}`;
}
/** Inline code whose delimiters are longer than any backtick run inside. */
function inlineCode(text) {
    const body = replaceControls(oneLine(text));
    const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
    const marks = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
    return `${marks}${pad}${body}${pad}${marks}`;
}

;// CONCATENATED MODULE: ./src/core/units.ts
// Sizes and durations as users write them in inputs, CLI flags and compose files.
// Hand-written rather than a library: Docker's own grammar (go-units: "512m", "6g", "1.5GiB")
// and Go's duration grammar ("1m30s", "500ms") are what users copy from compose files, and
// the npm parsers we looked at (bytes, ms) accept neither "6GiB" nor "1m30s" exactly.
const SIZE_UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1024,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1024 ** 4,
    tib: 1024 ** 4,
};
/** The largest size or duration we accept: beyond it numbers stop being exact in a double. */
const MAX_EXACT = Number.MAX_SAFE_INTEGER;
// No space between the number and the unit: Docker's go-units accepts one ("512 MB") and reads
// MB as MiB, which surprises whoever meant a million bytes. A size in an input is written as in a
// compose file (`512m`, `6GiB`), so a space is refused rather than guessed at. Compose files
// themselves never reach this parser unnormalised: `docker compose config` prints byte counts.
const SIZE_PATTERN = /^(\d+(?:\.\d+)?)([a-z]*)$/i;
/** Bytes of a Docker-style size ("512m", "6g", "6GiB", "1.5g", "1048576"), or an error text. */
function parseSize(text) {
    const trimmed = text.trim();
    const match = SIZE_PATTERN.exec(trimmed);
    const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
    if (!match || unit === undefined) {
        const spaced = /^\d+(?:\.\d+)?\s+[a-z]+$/i.test(trimmed);
        return {
            error: spaced
                ? `'${text}' is not a size: write the unit right after the number, like ${trimmed.replace(/\s+/, '')} (b, k, m, g, t, optionally with iB or B; all binary)`
                : `'${text}' is not a size; use a number with an optional unit, like 512m, 6g or 6GiB`,
        };
    }
    const bytes = Math.round(Number(match[1]) * unit);
    if (!Number.isFinite(bytes) || bytes > MAX_EXACT) {
        return { error: `'${text}' is too large to be a size` };
    }
    return bytes;
}
const DURATION_UNITS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
/**
 * Milliseconds of a Go-style duration ("1m30s", "500ms", "2h") as Compose prints them.
 * A bare integer counts as seconds, as `docker compose up --wait-timeout 60` does.
 */
function parseDuration(text) {
    const trimmed = text.trim();
    const bad = {
        error: `'${text}' is not a duration; use a number with a unit, like 90s, 1m30s, 500ms or 2h (a bare number means seconds)`,
    };
    if (/^\d+$/.test(trimmed))
        return checkedDuration(Number(trimmed) * 1000, text);
    if (trimmed === '')
        return bad;
    let total = 0;
    DURATION_PART.lastIndex = 0;
    let consumed = 0;
    for (let part = DURATION_PART.exec(trimmed); part; part = DURATION_PART.exec(trimmed)) {
        total += Number(part[1]) * DURATION_UNITS[part[2]];
        consumed = DURATION_PART.lastIndex;
    }
    if (consumed !== trimmed.length)
        return bad;
    return checkedDuration(total, text);
}
function checkedDuration(ms, text) {
    if (!Number.isFinite(ms) || ms > MAX_EXACT)
        return { error: `'${text}' is too long to be a duration` };
    return Math.round(ms);
}
/** A share of something ("75%"), as a fraction in (0, 1]. */
function parsePercent(text) {
    const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
    const value = match ? Number(match[1]) : NaN;
    if (!match || !(value > 0 && value <= 100)) {
        return { error: `'${text}' is not a percentage between 0% and 100%` };
    }
    return value / 100;
}
const BYTE_STEPS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
/** "512 MiB", "1.5 GiB": binary units, as `docker stats` prints them. */
function units_formatBytes(bytes) {
    let value = bytes;
    let step = 0;
    while (Math.abs(value) >= 1024 && step < BYTE_STEPS.length - 1) {
        value /= 1024;
        step += 1;
    }
    const digits = step === 0 || Number.isInteger(value) ? 0 : value < 10 ? 2 : 1;
    const number = digits ? value.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '') : value.toFixed(0);
    return `${number} ${BYTE_STEPS[step]}`;
}
/** "850 ms", "12.4 s", "3m 05s", "2h 10m": short and readable in a table. */
function units_formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const wholeSeconds = Math.round(seconds);
    const minutes = Math.floor(wholeSeconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(wholeSeconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

;// CONCATENATED MODULE: ./src/lease/describe.ts

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
        claims.memoryBytes ? `${formatBytes(claims.memoryBytes)} of memory` : '',
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'nothing';
}
function clockTime(ms) {
    return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/** "<who> for project p: group test-stack, port tcp/5432" — what of ours a blocker holds, no times. */
function describe_describeHolding(view) {
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
    const since = `since ${clockTime(view.sinceMs)} (${formatDuration(Math.max(0, nowMs - view.sinceMs))})`;
    return blocking?.as === 'earlier'
        ? `${view.who}${project} waits ahead of us for ${what}, ${since}`
        : `${view.who}${project} holds ${what} ${since}`;
}

;// CONCATENATED MODULE: ./src/compose/labels.ts
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

;// CONCATENATED MODULE: ./src/lease/records.ts

const P = `${OWN_PREFIX}lease.`;
const records_LEASE_LABELS = {
    kind: OWN_LABELS.kind,
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
const records_NAMESPACE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const records_DEFAULT_NAMESPACE = 'default';
function records_recordName(kind, namespace, id, generation) {
    return `dsa-lease.${namespace}.${kind === 'lease' ? 'held' : 'wait'}.${id}.${generation}`;
}
/** The name that admits a ticket: generation 0 of its lease, carrying the admission time. */
function admittedName(namespace, id, admittedAtMs) {
    return `${records_recordName('lease', namespace, id, 0)}.${admittedAtMs}`;
}
function records_mutexName(namespace) {
    return `dsa-lease.${namespace}.mutex`;
}
function parseRecordName(name, namespace) {
    if (name === records_mutexName(namespace))
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
function records_namespaceFilter(namespace) {
    return `${records_LEASE_LABELS.namespace}=${namespace}`;
}
function ownerLabels(owner) {
    return {
        [records_LEASE_LABELS.ownerPid]: String(owner.pid),
        [records_LEASE_LABELS.ownerStart]: String(owner.startTicks),
        [records_LEASE_LABELS.ownerPidNs]: owner.pidNamespace,
        [records_LEASE_LABELS.ownerBoot]: owner.bootId,
        [records_LEASE_LABELS.ownerHost]: owner.hostname,
    };
}
function decodeOwner(labels) {
    return {
        pid: Number(labels[records_LEASE_LABELS.ownerPid] ?? 0),
        startTicks: Number(labels[records_LEASE_LABELS.ownerStart] ?? 0),
        pidNamespace: labels[records_LEASE_LABELS.ownerPidNs] ?? '',
        bootId: labels[records_LEASE_LABELS.ownerBoot] ?? '',
        hostname: labels[records_LEASE_LABELS.ownerHost] ?? '',
    };
}
function recordLabels(record) {
    const labels = {
        [records_LEASE_LABELS.kind]: record.kind,
        [records_LEASE_LABELS.namespace]: record.namespace,
        [records_LEASE_LABELS.id]: record.id,
        [records_LEASE_LABELS.generation]: String(record.generation),
        [records_LEASE_LABELS.project]: record.request.project,
        [records_LEASE_LABELS.groups]: record.request.groups.join(','),
        [records_LEASE_LABELS.ports]: record.request.ports.join(','),
        [records_LEASE_LABELS.memory]: String(record.request.memoryBytes),
        [records_LEASE_LABELS.budget]: String(record.budgetBytes),
        [records_LEASE_LABELS.requestedAt]: String(record.requestedAtMs),
        [records_LEASE_LABELS.renewedAt]: String(record.renewedAtMs),
        [records_LEASE_LABELS.ttl]: String(record.ttlMs),
        ...ownerLabels(record.owner),
    };
    if (record.admittedAtMs !== undefined)
        labels[records_LEASE_LABELS.admittedAt] = String(record.admittedAtMs);
    if (record.order !== undefined)
        labels[records_LEASE_LABELS.order] = record.order;
    if (record.leaseTtlMs !== undefined)
        labels[records_LEASE_LABELS.leaseTtl] = String(record.leaseTtlMs);
    const who = [
        [records_LEASE_LABELS.repository, record.who.repository],
        [records_LEASE_LABELS.runId, record.who.runId],
        [records_LEASE_LABELS.job, record.who.job],
        [records_LEASE_LABELS.runner, record.who.runner],
    ];
    for (const [key, value] of who)
        if (value)
            labels[key] = value;
    return labels;
}
const list = (text) => (text ? text.split(',').filter(Boolean) : []);
const records_int = (text) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined);
/**
 * The record a container describes: claims from its labels, state from its name, and its stamp
 * from the daemon's creation time (`docker ps` gives it in seconds). Undefined when the labels
 * are incomplete or the name is not one of ours.
 */
function decodeRecord(container) {
    const labels = container.labels;
    const labelKind = labels[records_LEASE_LABELS.kind];
    const labelGeneration = records_int(labels[records_LEASE_LABELS.generation]);
    const memoryBytes = records_int(labels[records_LEASE_LABELS.memory]);
    const budgetBytes = records_int(labels[records_LEASE_LABELS.budget]);
    const requestedAtMs = records_int(labels[records_LEASE_LABELS.requestedAt]);
    const renewedAtMs = records_int(labels[records_LEASE_LABELS.renewedAt]);
    const ttlMs = records_int(labels[records_LEASE_LABELS.ttl]);
    const namespace = labels[records_LEASE_LABELS.namespace];
    const id = labels[records_LEASE_LABELS.id];
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
    const leaseTtlMs = records_int(labels[records_LEASE_LABELS.leaseTtl]);
    const generation = named.state === 'held' ? named.generation : labelGeneration;
    return {
        kind,
        containerId: container.id,
        name: container.name,
        namespace,
        id,
        generation,
        request: {
            project: labels[records_LEASE_LABELS.project] ?? '',
            groups: list(labels[records_LEASE_LABELS.groups]),
            ports: list(labels[records_LEASE_LABELS.ports]),
            memoryBytes,
        },
        budgetBytes,
        owner: decodeOwner(labels),
        who: {
            repository: labels[records_LEASE_LABELS.repository],
            runId: labels[records_LEASE_LABELS.runId],
            job: labels[records_LEASE_LABELS.job],
            runner: labels[records_LEASE_LABELS.runner],
        },
        requestedAtMs,
        admittedAtMs: named.admittedAtMs ?? records_int(labels[records_LEASE_LABELS.admittedAt]),
        renewedAtMs: renamedTicket ? (named.admittedAtMs ?? renewedAtMs) : renewedAtMs,
        stampedAtMs: container.createdSeconds * 1000,
        ttlMs: renamedTicket ? (leaseTtlMs ?? ttlMs) : ttlMs,
        leaseTtlMs: kind === 'ticket' ? leaseTtlMs : undefined,
        order: labels[records_LEASE_LABELS.order],
        holdsMutex: named.state === 'mutex' || undefined,
    };
}

;// CONCATENATED MODULE: ./src/lease/mutex.ts


class mutex_AdmissionMutex {
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
            const outcome = await this.store.rename(ticketContainerId, mutexName(this.store.namespace));
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
        if (ownerLiveness(holder.owner, this.liveness()) === 'dead') {
            await this.store.remove(holder.containerId);
        }
        else {
            await this.store.rename(holder.containerId, recordName('ticket', this.store.namespace, holder.id, holder.generation));
        }
    }
    isStale(holder) {
        if (ownerLiveness(holder.owner, this.liveness()) === 'dead')
            return true;
        const now = this.clock.now();
        if (this.observed?.containerId !== holder.containerId) {
            this.observed = { containerId: holder.containerId, sinceMs: now };
            return false;
        }
        return now - this.observed.sinceMs > this.staleMs;
    }
}

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
class store_LeaseStore {
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
        if (!images.some((image) => image.repoTags.includes(LEASE_IMAGE))) {
            await this.docker.importImage(EMPTY_TAR, LEASE_IMAGE, [`LABEL ${LEASE_IMAGE_LABEL}=1`]);
        }
        const untagged = images.filter((image) => image.repoTags.every((tag) => tag === '<none>:<none>'));
        // 'in-use' (a container was created from it before the tag moved) is fine: a later run sweeps it.
        await Promise.all(untagged.map((image) => this.docker.removeImage(image.id).catch(() => 'in-use')));
        imageReadyOn.add(this.docker);
    }
    async snapshot() {
        const containers = await this.docker.listContainers({ all: true, labels: [records_namespaceFilter(this.namespace)] });
        const newest = new Map();
        const containersById = new Map();
        let mutex;
        for (const container of containers) {
            const record = decodeRecord(container);
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
        const name = records_mutexName(this.namespace);
        const found = await this.docker.listContainers({ all: true, labels: [records_namespaceFilter(this.namespace)], name });
        return found.filter((container) => container.name === name).map(decodeRecord)[0];
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
        const spec = { name, image: LEASE_IMAGE, cmd: ['docker-stability-lease'], labels };
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
            filters: { type: ['container'], event: ['create', 'destroy', 'rename'], label: [records_namespaceFilter(this.namespace)] },
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
    const mutex = mutexName(namespace);
    const renamed = event.action === 'rename';
    const oldName = renamed ? (event.attributes.oldName ?? '').replace(/^\//, '') : '';
    return {
        containerId: event.id,
        leftMutex: renamed ? oldName === mutex : event.action === 'destroy' && event.attributes.name === mutex,
        admitted: renamed && (event.attributes.name ?? '').startsWith(`dsa-lease.${namespace}.held.`),
        memoryBytes: Number(event.attributes[LEASE_LABELS.memory] ?? 0) || 0,
    };
}

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
function context_selfIdentity(host) {
    return host.processIdentity() ?? { pid: host.pid, startTicks: 0, pidNamespace: '', bootId: '', hostname: '' };
}
function context_leaseContext(deps, namespace = DEFAULT_NAMESPACE, timings = {}) {
    if (!NAMESPACE_PATTERN.test(namespace)) {
        throw new Error(`'${namespace}' is not a lease namespace; use lowercase letters, digits, '-' and '_' (up to 40)`);
    }
    const resolved = { ...DEFAULT_TIMINGS, ...timings };
    const store = new LeaseStore(deps.docker, namespace);
    const me = context_selfIdentity(deps.host);
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
        if (!isStale(record, context))
            return true;
        stale.push(record);
        return false;
    };
    return { leases: snapshot.leases.filter(keep), tickets: snapshot.tickets.filter(keep), stale };
}

;// CONCATENATED MODULE: ./src/lease/liveness.ts
function liveness_ownerLiveness(owner, context) {
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
function liveness_isStale(record, context) {
    return liveness_staleReason(record, context) !== undefined;
}
/** Why a record is stale, in words ("owner pid 4242 on runner-2 is gone"); undefined when it is not. */
function liveness_staleReason(record, context) {
    const liveness = liveness_ownerLiveness(record.owner, context);
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

;// CONCATENATED MODULE: ./src/lease/lifecycle.ts




async function findLease(deps, handle) {
    const containers = await deps.docker.listContainers({
        all: true,
        labels: [records_namespaceFilter(handle.namespace), `${records_LEASE_LABELS.id}=${handle.id}`],
    });
    const records = containers.map(decodeRecord).filter((record) => record?.kind === 'lease');
    const newest = records.reduce((best, record) => (!best || record.generation > best.generation ? record : best), undefined);
    return newest ? { newest, containerIds: containers.map((container) => container.id) } : undefined;
}
/**
 * Removes the lease: the generation we know first (its destroy event wakes the next waiter at
 * once), then any other generation. False when nothing was left (already released or swept).
 */
async function releaseLease(deps, handle) {
    const store = new LeaseStore(deps.docker, handle.namespace);
    const first = handle.containerId ? await store.remove(handle.containerId) : 'missing';
    const containers = await deps.docker.listContainers({
        all: true,
        labels: [namespaceFilter(handle.namespace), `${LEASE_LABELS.id}=${handle.id}`],
    });
    const outcomes = await Promise.all(containers.map((container) => store.remove(container.id)));
    return first === 'removed' || outcomes.includes('removed');
}
/**
 * Hands the lease to another owner (post takes it over from the monitor before stopping it;
 * `up` hands it to its keeper). Unconditional: the newest generation wins whoever wrote it.
 */
async function transferLease(deps, handle, newOwner = selfIdentity(deps.host), options = {}) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
        const outcome = await writeNextGeneration(deps, handle, newOwner, options.ttlMs);
        if (outcome === 'lost')
            throw new Error(`Lease ${handle.id} (namespace ${handle.namespace}) no longer exists; it was released or swept as stale.`);
        if (outcome !== 'name-taken')
            return outcome.record;
    }
    throw new Error(`Could not transfer lease ${handle.id}: other processes kept writing new generations of it.`);
}
/**
 * Renews our lease: 'transferred' when another process took it over (stop renewing), 'lost'
 * when it was released or swept (our owner looked dead, or its TTL ran out).
 */
async function renewLease(deps, handle, me = context_selfIdentity(deps.host)) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
        const found = await findLease(deps, handle);
        if (!found)
            return 'lost';
        if (!sameProcess(found.newest.owner, me))
            return 'transferred';
        const outcome = await writeNextGeneration(deps, handle, me, undefined, found);
        if (outcome === 'lost')
            return 'lost';
        if (outcome === 'name-taken')
            continue;
        // Our previous generation was already gone: someone swept the lease, so the one we just
        // wrote must not resurrect it behind the back of whoever was admitted since.
        if (outcome.previousMissing) {
            const after = await findLease(deps, handle);
            if (after && after.newest.generation > outcome.record.generation)
                return 'transferred';
            await new store_LeaseStore(deps.docker, handle.namespace).remove(outcome.record.containerId);
            return 'lost';
        }
        return 'renewed';
    }
    return 'transferred';
}
async function writeNextGeneration(deps, handle, owner, ttlMs, known) {
    const found = known ?? (await findLease(deps, handle));
    if (!found)
        return 'lost';
    const store = new store_LeaseStore(deps.docker, handle.namespace);
    const generation = found.newest.generation + 1;
    const { stampedAtMs: _previousStamp, ...newest } = found.newest;
    const next = {
        ...newest,
        kind: 'lease',
        generation,
        owner,
        renewedAtMs: deps.clock.now(),
        ttlMs: ttlMs ?? found.newest.ttlMs,
        order: undefined,
        leaseTtlMs: undefined,
        holdsMutex: undefined,
    };
    const name = records_recordName('lease', handle.namespace, handle.id, generation);
    const created = await store.create(name, recordLabels(next));
    if (created === 'name-taken')
        return 'name-taken';
    const outcomes = await Promise.all(found.containerIds.map((id) => store.remove(id)));
    const previousIndex = found.containerIds.indexOf(found.newest.containerId);
    // Our clock's estimate of the daemon's stamp; readers take the daemon's own from the next list.
    return { record: { ...next, stampedAtMs: deps.clock.now(), containerId: created.id, name }, previousMissing: outcomes[previousIndex] === 'missing' };
}
/**
 * How often an owner renews: a third of the TTL, so two renewals may fail before it expires —
 * and at least every 20 s, a third of the shortest lease-ttl anyone may set (1m): readers cap a
 * record's TTL at their own lease-ttl (liveness.ts), so a live owner must look fresh to a reader
 * with the shortest one too. A renewal is one create and one remove of a zero-layer container.
 */
const MAX_RENEW_INTERVAL_MS = 20_000;
function renewIntervalMs(ttlMs) {
    return Math.max(1_000, Math.min(MAX_RENEW_INTERVAL_MS, Math.floor(ttlMs / 3)));
}
/**
 * Renews until the signal aborts (→ 'stopped') or the lease is transferred or lost. For the
 * action's monitor and the CLI's keeper. Failed renewals (a busy daemon) are retried next time.
 */
async function keepLeaseRenewed(deps, handle, options) {
    while (!options.signal.aborted) {
        await deps.clock.sleep(options.intervalMs, options.signal);
        if (options.signal.aborted)
            break;
        try {
            const outcome = await renewLease(deps, handle, options.me);
            if (outcome !== 'renewed')
                return outcome;
        }
        catch (error) {
            options.onError?.(error);
        }
    }
    return 'stopped';
}

;// CONCATENATED MODULE: ./src/lease/hooks.ts





// Where leases meet the rest of the product, shaped for its hooks: the monitor's periodic
// duties (renewal), the cleanup sweep's owner states, and the job summary's lease section.
// The shapes are theirs (types only): the summary's LeaseSection, the sweep's OwnerState.
/** A periodic duty for the monitor (src/monitor/sampler.ts MonitorDuty): renews our lease. */
function leaseRenewalDuty(deps, handle, ttlMs) {
    return {
        name: 'lease renewal',
        everyMs: renewIntervalMs(ttlMs),
        run: async () => {
            const outcome = await renewLease(deps, handle);
            // Transferred is normal at the end of a job (post took it over); lost is worth a note.
            if (outcome === 'lost')
                throw new Error(`lease ${handle.id} is gone: released, or swept as stale`);
        },
    };
}
/**
 * One read of a namespace, answering for each lease id (the owner label on a stack's resources)
 * whether its lease is live, stale (with why) or absent — for cleanup's dead-owner sweep.
 */
async function leaseOwnerStates(deps, options = {}) {
    const ctx = leaseContext(deps, options.namespace, options.leaseTtlMs === undefined ? {} : { leaseTtlCapMs: options.leaseTtlMs });
    const snapshot = await ctx.store.snapshot();
    const liveness = ctx.liveness();
    const records = new Map([...snapshot.tickets, ...snapshot.leases].map((record) => [record.id, record]));
    return (owner) => {
        const record = records.get(owner);
        if (!record)
            return { state: 'absent' };
        const why = staleReason(record, liveness);
        return why ? { state: 'stale', why } : { state: 'live' };
    };
}
/** One line per holder we waited for, without times (the summary states the wait once). */
function waitedForLines(views) {
    return views.map(describeHolding);
}
function admittedReport(lease) {
    return {
        outcome: 'admitted',
        waitedMs: lease.waitedMs,
        waitedFor: waitedForLines(lease.waitedFor),
        budgetBytes: lease.budgetBytes,
        usedBytes: lease.usedBytes,
        ownBytes: lease.record.request.memoryBytes,
        detail: lease.waitedMs >= 1000 ? `waited ${formatDuration(lease.waitedMs)}` : undefined,
    };
}
function timedOutReport(error, budgetBytes) {
    return {
        outcome: 'timed-out',
        waitedMs: error.waitedMs,
        waitedFor: waitedForLines(error.blockers),
        budgetBytes,
        detail: `gave up after ${formatDuration(error.waitedMs)} (lock-timeout)`,
    };
}

;// CONCATENATED MODULE: ./src/monitor/event-feed.ts

/** The container events the summary shows or counts. `health_status` matches "health_status: x". */
const WATCHED_ACTIONS = ['start', 'die', 'kill', 'oom', 'restart', 'health_status'];
const MAX_BACKOFF_MS = 5000;
/** Keys of recent events, to drop what a reconnect's replay (`since`) delivers twice. */
const RECENT_KEYS = 1024;
/**
 * The project's container events, for as long as the monitor runs. The daemon keeps only its
 * last 256 events, so the stream must be open while things happen; after the daemon goes
 * away, it reconnects with backoff and replays from the last event seen (`since`).
 */
class EventFeed {
    docker;
    clock;
    label;
    onEvent;
    since;
    recent = new Set();
    constructor(docker, clock, label, sinceSeconds, onEvent) {
        this.docker = docker;
        this.clock = clock;
        this.label = label;
        this.onEvent = onEvent;
        this.since = sinceSeconds;
    }
    async run(signal) {
        let backoff = 250;
        while (!signal.aborted) {
            const opened = this.clock.now();
            try {
                await this.docker.streamEvents({ filters: { type: ['container'], label: [this.label], event: WATCHED_ACTIONS }, since: this.since }, (event) => this.accept(event), signal);
            }
            catch {
                // Could not open: the daemon is away. Retried below.
            }
            if (signal.aborted)
                return;
            // A stream that stayed open a while was healthy; start the backoff over.
            if (this.clock.now() - opened > 30_000)
                backoff = 250;
            await this.clock.sleep(backoff, signal);
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
    }
    accept(event) {
        const key = `${event.timeNano}/${event.id}/${event.action}`;
        if (this.recent.has(key))
            return;
        this.recent.add(key);
        if (this.recent.size > RECENT_KEYS)
            this.recent.delete(this.recent.values().next().value);
        this.since = Math.max(this.since, Math.floor(event.timeNano / 1e9));
        this.onEvent(toFeedEvent(event));
    }
}
/** Only the attributes the summary shows: never labels or environment (they may hold secrets). */
function toFeedEvent(event) {
    const name = event.attributes.name ?? event.id.slice(0, 12);
    const exitCode = event.attributes.exitCode;
    return {
        t: Math.round(event.timeNano / 1e6),
        fullId: event.id,
        name,
        service: event.attributes[COMPOSE_LABELS.service] ?? name,
        image: event.attributes.image ?? '',
        action: event.action,
        ...(exitCode !== undefined && /^-?\d+$/.test(exitCode) ? { exitCode: Number(exitCode) } : {}),
        ...(event.attributes.signal ? { signal: event.attributes.signal } : {}),
    };
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

;// CONCATENATED MODULE: ./src/monitor/recorder.ts
/**
 * Applies each record to the state and appends it to the file; when the file passes its cap,
 * rewrites it as the state's snapshot. The file stays under max(cap, 2 × snapshot), and the
 * snapshot is bounded by the state's limits.
 */
class Recorder {
    state;
    store;
    maxFileBytes;
    redactor;
    bytes = 0;
    threshold;
    compactions = 0;
    constructor(state, store, maxFileBytes, 
    /** Names, images and daemon messages may hold a secret value (an interpolated image name). */
    redactor) {
        this.state = state;
        this.store = store;
        this.maxFileBytes = maxFileBytes;
        this.redactor = redactor;
        this.threshold = maxFileBytes;
    }
    write(raw) {
        const record = this.redactor ? this.redactor.redactJson(raw) : raw;
        this.state.apply(record);
        const line = `${JSON.stringify(record)}\n`;
        this.store.append(line);
        this.bytes += Buffer.byteLength(line);
        if (this.bytes > this.threshold)
            this.compact();
    }
    compact() {
        const text = this.state
            .snapshot()
            .map((record) => `${JSON.stringify(record)}\n`)
            .join('');
        this.store.replace(text);
        this.bytes = Buffer.byteLength(text);
        this.threshold = Math.max(this.maxFileBytes, 2 * this.bytes);
        this.compactions += 1;
    }
    get fileBytes() {
        return this.bytes;
    }
}

;// CONCATENATED MODULE: ./src/monitor/stats.ts
function cpuReading(stats) {
    const cpu = stats.cpu_stats;
    const containerNs = cpu?.cpu_usage?.total_usage;
    const systemNs = cpu?.system_cpu_usage;
    if (containerNs === undefined || systemNs === undefined)
        return undefined;
    return { containerNs, systemNs, onlineCpus: cpu?.online_cpus ?? 0 };
}
/**
 * CPU % as docker stats prints it: container delta / system delta × online CPUs × 100, so one
 * busy core is 100 %. 0 when either delta is not positive (first sample, counters reset by a
 * restart of the container or the daemon).
 */
function cpuPercent(previous, current) {
    if (!previous || !current)
        return 0;
    const containerDelta = current.containerNs - previous.containerNs;
    const systemDelta = current.systemNs - previous.systemNs;
    if (containerDelta <= 0 || systemDelta <= 0)
        return 0;
    const cpus = current.onlineCpus || previous.onlineCpus || 1;
    return (containerDelta / systemDelta) * cpus * 100;
}
/**
 * Memory in use as docker stats shows it: usage minus the inactive page cache, which the
 * kernel reclaims before it OOM-kills. cgroup v1 reports `total_inactive_file`, v2
 * `inactive_file`; tmpfs pages are not "inactive file", so a full tmpfs shows as used.
 */
function memoryUsedBytes(stats) {
    const memory = stats.memory_stats;
    const usage = memory?.usage ?? 0;
    const v1 = memory?.stats?.total_inactive_file;
    if (v1 !== undefined && v1 < usage)
        return usage - v1;
    const v2 = memory?.stats?.inactive_file;
    if (v2 !== undefined && v2 < usage)
        return usage - v2;
    return usage;
}
/** The limit the daemon reports; without one it is the host's memory. */
function memoryLimitBytes(stats) {
    return stats.memory_stats?.limit ?? 0;
}
/** Bytes received and sent over every interface of the container, since it started. */
function networkBytes(stats) {
    let rx = 0;
    let tx = 0;
    for (const counters of Object.values(stats.networks ?? {})) {
        rx += counters.rx_bytes ?? 0;
        tx += counters.tx_bytes ?? 0;
    }
    return { rx, tx };
}
/** Bytes read and written on block devices; v1 spells the ops "Read"/"Write", v2 "read"/"write". */
function blockBytes(stats) {
    let read = 0;
    let write = 0;
    for (const entry of stats.blkio_stats?.io_service_bytes_recursive ?? []) {
        const op = entry.op.toLowerCase();
        if (op === 'read')
            read += entry.value;
        else if (op === 'write')
            write += entry.value;
    }
    return { read, write };
}
function pidsOf(stats) {
    return stats.pids_stats?.current ?? 0;
}
function sampleOf(stats, previous) {
    const cpu = cpuReading(stats);
    const network = networkBytes(stats);
    const block = blockBytes(stats);
    return {
        cpu,
        sample: {
            cpuPercent: cpuPercent(previous, cpu),
            memoryBytes: memoryUsedBytes(stats),
            memoryLimitBytes: memoryLimitBytes(stats),
            pids: pidsOf(stats),
            rxBytes: network.rx,
            txBytes: network.tx,
            readBytes: block.read,
            writeBytes: block.write,
        },
    };
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

;// CONCATENATED MODULE: ./src/monitor/sampler.ts







/**
 * Stats calls in flight at once. The daemon answers stats from a collector that runs once a
 * second for every waiting caller (moby daemon/stats/collector.go), so even a one-shot call
 * waits up to 1 s: asked one after another, 20 containers would take 20 s. Asked together,
 * one collector pass answers them all.
 */
const STATS_CONCURRENCY = 64;
const sampler_MAX_BACKOFF_MS = 10_000;
/**
 * The container list is read again when an event says a container started or stopped, when a
 * stats call finds one gone, and at least every this many ticks (a missed event): listing every
 * tick would be a quarter of the monitor's CPU for a list that rarely changes.
 */
const RELIST_EVERY_TICKS = 10;
const FINAL_INSPECT_MS = 3000;
/**
 * A tick dropped on the stop whose call had waited this long counts as the daemon being away. A
 * stats call waits up to a second on the collector, longer on a loaded runner; five is neither.
 */
const UNANSWERED_AT_STOP_MS = 5000;
/**
 * The monitor's loop: samples every running container of the project each interval, streams
 * its events, records gaps while the daemon is away, and ends on the signal (after a final
 * flush), at its maximum lifetime, when the run directory disappears, or when the project has
 * had no container for a while. Resolves with why it ended.
 */
async function runMonitor(deps, config, signal, duties = []) {
    const { docker, clock } = deps;
    const recorder = new Recorder(new MonitorState(), deps.store, config.maxFileBytes, deps.redactor);
    const known = new Map();
    const stop = new AbortController();
    const stopAll = () => stop.abort();
    signal.addEventListener('abort', stopAll, { once: true });
    const label = projectFilter(config.projectName);
    const ensure = (id, fields, inspected) => {
        let entry = known.get(id);
        if (!entry || (inspected && !entry.inspected)) {
            entry = { index: entry?.index ?? recorder.state.nextIndex(), shortId: id.slice(0, 12), inspected, cpu: entry?.cpu };
            known.set(id, entry);
            recorder.write({ k: 'ctr', i: entry.index, id: entry.shortId, ...fields });
        }
        return entry;
    };
    recorder.write({ k: 'meta', v: 1, project: config.projectName, intervalMs: config.sampleIntervalMs, startedAtMs: config.startedAtMs, pid: deps.host.pid, hostMemTotal: deps.host.memory()?.totalBytes });
    let listDue = true;
    let ticksSinceList = 0;
    let running = [];
    const feed = new EventFeed(docker, clock, label, Math.floor(config.startedAtMs / 1000), (event) => {
        if (event.action === 'start' || event.action === 'die')
            listDue = true;
        const entry = ensure(event.fullId, { name: event.name, service: event.service, image: event.image, limit: 0, health: false }, false);
        const { fullId: _full, image: _image, ...rest } = event;
        recorder.write({ k: 'ev', ...rest, id: entry.shortId });
    });
    const events = feed.run(stop.signal);
    const dutyLoops = duties.map((duty) => runDuty(duty, clock, stop.signal, (text) => recorder.write({ k: 'note', t: clock.now(), text })));
    let reason = 'stopped';
    let lastGoodTick;
    let downSince;
    let downReason = '';
    let failures = 0;
    let sawContainers = false;
    let idleSince;
    const deadline = config.startedAtMs + config.maxLifetimeMs;
    while (!stop.signal.aborted) {
        const started = clock.now();
        if (started >= deadline) {
            reason = 'max-lifetime';
            break;
        }
        if (!deps.runDirExists()) {
            reason = 'run-dir-gone';
            break;
        }
        try {
            // With nothing to sample, the listing is the tick's only word with the daemon (and how a
            // daemon that went away is noticed).
            if (listDue || running.length === 0 || downSince !== undefined || ticksSinceList >= RELIST_EVERY_TICKS) {
                listDue = false;
                ticksSinceList = 0;
                running = await orStop(docker.listContainers({ all: false, labels: [label] }), stop.signal);
            }
            ticksSinceList += 1;
            if (downSince !== undefined) {
                recorder.write({ k: 'gap', from: lastGoodTick ?? downSince, to: started, reason: downReason });
                // Counters restart with the daemon's containers: a CPU delta across the gap means nothing.
                for (const entry of known.values())
                    entry.cpu = undefined;
                downSince = undefined;
            }
            failures = 0;
            for (const container of running) {
                const entry = known.get(container.id);
                if (entry?.inspected)
                    continue;
                const details = await orStop(docker.inspectContainer(container.id), stop.signal);
                ensure(container.id, {
                    name: container.name,
                    service: container.labels[COMPOSE_LABELS.service] ?? container.name,
                    image: details?.image ?? container.image,
                    limit: details?.memoryLimitBytes ?? 0,
                    health: details?.healthcheck !== undefined && !details.healthcheck.test.includes('NONE'),
                }, details !== undefined);
            }
            const samples = await orStop(mapLimited(running, STATS_CONCURRENCY, async (container) => {
                const entry = known.get(container.id);
                // The daemon being away fails the whole tick (a gap); anything else only this sample.
                const stats = await docker.containerStats(container.id).catch((error) => {
                    if (error instanceof DockerUnavailableError)
                        throw error;
                    return undefined;
                });
                if (!stats) {
                    listDue = true;
                    return undefined;
                }
                const { sample, cpu } = sampleOf(stats, entry.cpu);
                entry.cpu = cpu;
                return [entry.index, round2(sample.cpuPercent), sample.memoryBytes, sample.pids, sample.rxBytes, sample.txBytes, sample.readBytes, sample.writeBytes];
            }), stop.signal);
            const memory = deps.host.memory();
            recorder.write({
                k: 'tick',
                t: started,
                h: memory ? [memory.totalBytes - memory.availableBytes, memory.totalBytes] : undefined,
                c: samples.filter((sample) => sample !== undefined),
            });
            lastGoodTick = started;
            if (running.length > 0) {
                sawContainers = true;
                idleSince = undefined;
            }
            else if (sawContainers) {
                idleSince ??= started;
                if (started - idleSince >= config.idleExitMs) {
                    reason = 'idle';
                    break;
                }
            }
        }
        catch (error) {
            if (error === STOPPED) {
                // A call unanswered this long is a daemon that went away (frozen, restarting), not the
                // collector's second: the gap is recorded as the call's timeout would have.
                const waited = clock.now() - started;
                if (downSince === undefined && waited >= UNANSWERED_AT_STOP_MS) {
                    downSince = started;
                    downReason = `the Docker daemon did not answer (no answer for ${Math.round(waited / 1000)} s)`;
                }
                break;
            }
            failures += 1;
            listDue = true;
            if (downSince === undefined) {
                downSince = started;
                downReason = `the Docker daemon did not answer (${outageDetail(error)})`;
            }
        }
        const wait = failures === 0 ? config.sampleIntervalMs : Math.min(config.sampleIntervalMs * 2 ** (failures - 1), Math.max(config.sampleIntervalMs, sampler_MAX_BACKOFF_MS));
        await clock.sleep(Math.max(0, started + wait - clock.now()), stop.signal);
    }
    stop.abort();
    await Promise.allSettled([events, ...dutyLoops]);
    const now = clock.now();
    if (downSince !== undefined)
        recorder.write({ k: 'gap', from: lastGoodTick ?? downSince, to: now, reason: `${downReason}; still away when the monitor ended` });
    await finalInspect(docker, known, recorder);
    recorder.write({ k: 'end', t: clock.now(), reason });
    return reason;
}
/** What a call left behind by `orStop` rejects with: the monitor was told to stop, not a failure. */
const STOPPED = Symbol('stopped');
/**
 * The call's result, or STOPPED as soon as the monitor is told to stop. A stats call waits up to
 * a second for the daemon's collector (see STATS_CONCURRENCY) and post waits on the monitor's
 * end record before it tears down: a tick in flight is dropped, not finished. The dropped call
 * settles later on its own; nothing of it is written after the signal.
 */
function orStop(call, signal) {
    if (signal.aborted)
        return Promise.reject(STOPPED);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(STOPPED);
        signal.addEventListener('abort', onAbort, { once: true });
        call.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
/** Restart counts and OOM flags as inspect has them, bounded: the daemon may be gone. */
async function finalInspect(docker, known, recorder) {
    const inspections = Promise.all([...known].map(async ([id, entry]) => {
        const details = await docker.inspectContainer(id).catch(() => undefined);
        if (details) {
            recorder.write({ k: 'final', id: entry.shortId, restartCount: details.restartCount, oomKilled: details.state.oomKilled, health: details.state.health?.status });
        }
    }));
    let timer;
    await Promise.race([inspections, new Promise((resolve) => (timer = setTimeout(resolve, FINAL_INSPECT_MS)))]);
    clearTimeout(timer);
}
async function runDuty(duty, clock, signal, note) {
    while (!signal.aborted) {
        await clock.sleep(duty.everyMs, signal);
        if (signal.aborted)
            return;
        try {
            await duty.run(signal);
        }
        catch (error) {
            note(`${duty.name} failed: ${firstLine(error)}`);
        }
    }
}
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await fn(items[index]);
        }
    });
    await Promise.all(workers);
    return results;
}
/** "connect ENOENT /var/run/docker.sock" rather than the whole advice-laden message. */
function outageDetail(error) {
    if (!(error instanceof DockerUnavailableError))
        return firstLine(error);
    if (error.timedOut)
        return `'${error.operation}' timed out`;
    return error.cause instanceof Error ? error.cause.message : String(error.cause);
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

;// CONCATENATED MODULE: ./src/core/errors.ts
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

;// CONCATENATED MODULE: ./src/app/monitor.ts









/**
 * Periodic duties the monitor carries out while the job runs, besides sampling. The lease
 * renewal belongs here (the monitor is the only process alive between main and post).
 */
function monitorDuties(config, deps) {
    return config.lease ? [leaseRenewalDuty(deps, { namespace: config.lease.namespace, id: config.lease.id }, config.lease.ttlMs)] : [];
}
/** The detached worker (dist/monitor): reads its config, samples until told to stop. */
async function monitorWorker(self, files) {
    const { env } = self;
    const configFile = env[MONITOR_CONFIG_ENV];
    const text = configFile ? files.readText(configFile) : undefined;
    if (!configFile || text === undefined) {
        self.stderr(`docker-stability monitor: ${MONITOR_CONFIG_ENV} ${configFile ? `names no readable file (${configFile})` : 'is not set'}; main starts this worker, not people.\n`);
        return 2;
    }
    const config = parseMonitorConfig(text);
    const redactor = new Redactor();
    redactor.add(monitorSecrets(env));
    const store = recordFile(config.samplesFile);
    // Detached in its own session, so the runner's Ctrl-C never reaches it: post's SIGTERM does.
    const interrupt = self.interruptSignal();
    const docker = dockerApiFromEnvironment(env);
    try {
        await runMonitor({ docker, host: linuxHostProbe, clock: systemClock, store, runDirExists: () => files.isDirectory(config.runDir), redactor }, config, interrupt.signal, monitorDuties(config, { docker, host: linuxHostProbe, clock: systemClock }));
        return 0;
    }
    catch (error) {
        store.append(`${JSON.stringify(redactor.redactJson({ k: 'end', t: systemClock.now(), reason: 'error', detail: errorMessage(error) }))}\n`);
        return 1;
    }
    finally {
        interrupt.dispose();
    }
}


/***/ }),

/***/ 286:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _adapters_node_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(828);
/* harmony import */ var _adapters_this_process_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(509);
/* harmony import */ var _app_monitor_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(425);



// A worker, not a step: once its end record is written nothing is left to wait for.
process.exit(await (0,_app_monitor_js__WEBPACK_IMPORTED_MODULE_2__/* .monitorWorker */ .R)((0,_adapters_this_process_js__WEBPACK_IMPORTED_MODULE_1__/* .thisProcess */ .W)(process.env), _adapters_node_files_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeFiles */ .kT));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(286);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
