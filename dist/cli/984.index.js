export const id = 984;
export const ids = [984];
export const modules = {

/***/ 43108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uy: () => (/* binding */ dockerApiFromEnvironment)
});

// UNUSED EXPORTS: DEFAULT_CONTEXT, DEFAULT_DOCKER_HOST, DockerEndpointError, contextDirName, dockerConfigDir, resolveDockerEndpoint

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/ports/docker.ts
var docker = __webpack_require__(22846);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
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
    decoders = { stdout: new external_node_string_decoder_.StringDecoder('utf8'), stderr: new external_node_string_decoder_.StringDecoder('utf8') };
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
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
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
    const duplex = external_node_stream_.Duplex.from({ readable: child.stdout, writable: child.stdin });
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
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
            const unavailable = error instanceof docker/* DockerUnavailableError */.p ? error : undefined;
            const cause = unavailable ? unavailable.cause : error;
            const detail = cause instanceof Error ? cause.message : String(cause);
            throw new docker/* DockerUnavailableError */.p(this.endpoint, operation, `not sent: '${unanswered}' went unanswered earlier, and a ping failed now: ${detail}`, unavailable?.timedOut ?? false);
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
            if (error instanceof docker/* DockerUnavailableError */.p)
                throw error;
        });
        try {
            await this.negotiation;
        }
        catch (error) {
            // Named after the call that needed it: that is what the caller asked for.
            const unavailable = error;
            throw new docker/* DockerUnavailableError */.p(this.endpoint, operation, unavailable.cause, unavailable.timedOut);
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
                throw new docker/* DockerUnavailableError */.p(this.endpoint, 'container stats', failure.message, true);
            }
            if (failure.code && CONNECTION_CODES.has(failure.code))
                throw new docker/* DockerUnavailableError */.p(this.endpoint, 'container stats', error, false);
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
            throw new docker/* DockerUnavailableError */.p(this.endpoint, operation, this.unusable, false);
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
        const late = () => new docker/* DockerUnavailableError */.p(this.endpoint, operation, `the log did not end within ${query.timeoutMs} ms`, true);
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
            if (error instanceof docker/* DockerUnavailableError */.p)
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
                throw new docker/* DockerUnavailableError */.p(this.endpoint, operation, error, false);
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
            throw new docker/* DockerUnavailableError */.p(this.endpoint, operation, this.unusable, false);
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
                reject(new docker/* DockerUnavailableError */.p(this.endpoint, operation, `no answer within ${timeoutMs} ms`, true));
            }, timeoutMs);
        });
        try {
            const answer = await Promise.race([fn(controller.signal), deadline]);
            if (guarded)
                this.guard.answered();
            return answer;
        }
        catch (error) {
            if (error instanceof docker/* DockerUnavailableError */.p) {
                if (guarded && error.timedOut)
                    this.guard.timedOut(operation);
                throw error;
            }
            const http = error;
            if (http.code && CONNECTION_CODES.has(http.code)) {
                throw new docker/* DockerUnavailableError */.p(this.endpoint, operation, error, false);
            }
            if (http.name === 'AbortError' || controller.signal.aborted) {
                if (guarded)
                    this.guard.timedOut(operation);
                throw new docker/* DockerUnavailableError */.p(this.endpoint, operation, `no answer within ${timeoutMs} ms`, true);
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
    return (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
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


/***/ }),

/***/ 77471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ declaredBytes),
  Ci: () => (/* binding */ declaredCpus),
  Eb: () => (/* binding */ declaredMemory)
});

// UNUSED EXPORTS: POSTGRES_CONNECTION_BYTES

;// CONCATENATED MODULE: ./src/compose/program-sizes.ts
// Each program's own grammar for the sizes it is told to use. They differ, and guessing wrong
// is off by a factor of 1000 or 8192: Redis reads `512m` as 512 000 000 bytes and `512mb` as
// 512 MiB; PostgreSQL reads a bare `shared_buffers=128` as 128 blocks of 8 kB and refuses `1gb`
// (its units are case-sensitive); the JVM and mysqld multiply by 1024 and take no `b`. A text a
// program would refuse is undefined here: the program does not start, so nothing is declared.
// Hand-written: no npm parser speaks these four grammars, and each is a line.
const KIB = 1024;
/** The JVM's `-Xmx` / `-XX:MaxHeapSize=` / `-XX:MaxRAM=` grammar: digits, optional k|m|g|t (any case). */
function jvmSize(text) {
    const match = /^(\d+)([kmgt]?)$/i.exec(text);
    if (!match)
        return undefined;
    const power = ' kmgt'.indexOf((match[2] || ' ').toLowerCase());
    return Number(match[1]) * KIB ** power;
}
/**
 * Redis's memory grammar (redis.conf, `--maxmemory`): digits with an optional unit, any case;
 * k, m, g are powers of 1000 and kb, mb, gb powers of 1024; no fractions.
 */
function redisSize(text) {
    const match = /^(\d+)(b|k|kb|m|mb|g|gb)?$/i.exec(text);
    if (!match)
        return undefined;
    const unit = (match[2] ?? 'b').toLowerCase();
    const power = { b: 0, k: 1, kb: 1, m: 2, mb: 2, g: 3, gb: 3 }[unit];
    return Number(match[1]) * (unit.endsWith('b') && unit !== 'b' ? KIB : 1000) ** power;
}
/**
 * A PostgreSQL memory setting: a number with B, kB, MB, GB or TB (case-sensitive, powers of
 * 1024), or a bare number in the setting's own unit (8 kB blocks for shared_buffers).
 */
function postgresSize(text, bareUnitBytes) {
    const match = /^(\d+(?:\.\d+)?)\s*(B|kB|MB|GB|TB)?$/.exec(text);
    if (!match)
        return undefined;
    const unit = match[2] ? KIB ** ['B', 'kB', 'MB', 'GB', 'TB'].indexOf(match[2]) : bareUnitBytes;
    return Math.round(Number(match[1]) * unit);
}
/** mysqld's size grammar: digits with an optional K, M, G, T, P or E suffix (any case, powers of 1024). */
function mysqlSize(text) {
    const match = /^(\d+)([kmgtpe]?)$/i.exec(text);
    if (!match)
        return undefined;
    return Number(match[1]) * KIB ** ' kmgtpe'.indexOf((match[2] || ' ').toLowerCase());
}
/** A whole number (`max_connections=200`, `--max-old-space-size=2048`, `-XX:ActiveProcessorCount=4`). */
function wholeNumber(text) {
    return /^\d+$/.test(text) ? Number(text) : undefined;
}
/** A JVM percentage flag's value (`75`, `75.0`). */
function percentage(text) {
    return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

;// CONCATENATED MODULE: ./src/compose/declared-memory.ts

/** The JVM reads these in this order; a later rank overrides an earlier one. */
const JVM_VARIABLES = {
    JAVA_TOOL_OPTIONS: 0,
    JDK_JAVA_OPTIONS: 1,
    JAVA_OPTS: 1,
    ES_JAVA_OPTS: 1,
    KAFKA_HEAP_OPTS: 1,
    LS_JAVA_OPTS: 1,
    _JAVA_OPTIONS: 2,
};
/** Flags the entrypoints of the Redis images (redis-stack, Bitnami) append to redis-server. */
const REDIS_VARIABLES = ['REDIS_ARGS', 'REDIS_EXTRA_FLAGS'];
/** A PostgreSQL backend's own memory at rest (catalog caches); work_mem per sort comes on top. */
const POSTGRES_CONNECTION_BYTES = 1024 ** 2;
const POSTGRES_DEFAULT_CONNECTIONS = 100;
/** With no heap flag, the JVM takes 25 % of the memory it sees (-XX:MaxRAMPercentage's default). */
const JVM_DEFAULT_PERCENT = 25;
function tokens(value) {
    const parts = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
    const words = [];
    // `sh -c "java -Xmx512m …"` arrives as one element: its words are read too, unquoted.
    for (const part of parts) {
        for (const word of part.split(/\s+/)) {
            const bare = /["';]/.test(word) ? word.replace(/^["']+|["';]+$/g, '') : word;
            if (bare)
                words.push(bare);
        }
    }
    return words;
}
/** The command's and entrypoint's words, read once per service (several programs look at them). */
const commandWords = new WeakMap();
function texts(service, variables, commandRank) {
    let words = commandWords.get(service);
    if (!words)
        commandWords.set(service, (words = { command: tokens(service.command), entrypoint: tokens(service.entrypoint) }));
    const found = [
        { where: { in: 'command' }, tokens: words.command, rank: commandRank },
        { where: { in: 'entrypoint' }, tokens: words.entrypoint, rank: commandRank },
    ];
    for (const [variable, rank] of Object.entries(variables)) {
        const value = service.environment?.[variable];
        if (typeof value === 'string')
            found.push({ where: { in: 'environment', variable }, tokens: tokens(value), rank });
    }
    return found;
}
/**
 * The value a program ends up with: the last occurrence within one text, the highest rank across
 * texts, and among texts of one rank (whose order on the final command line we cannot see) the
 * largest, so the finding errs towards the memory the program may really take.
 */
function scan(list, read) {
    let best;
    for (const text of list) {
        let last;
        text.tokens.forEach((_, index) => {
            last = read(text.tokens, index) ?? last;
        });
        if (!last)
            continue;
        if (!best || text.rank > best.rank || (text.rank === best.rank && last.value > best.value))
            best = { ...last, where: text.where, rank: text.rank };
    }
    return best;
}
/** `--name=value` or `--name value`, for options whose name matches `name`. */
function declared_memory_option(name, parse, flagName) {
    return (words, index) => {
        const match = name.exec(words[index]);
        if (!match)
            return undefined;
        const text = match[1] ?? words[index + 1] ?? '';
        const value = parse(text);
        return value === undefined ? undefined : { value, flag: `${flagName}${match[1] !== undefined ? '=' : ' '}${text}` };
    };
}
function jvm(service) {
    const list = texts(service, JVM_VARIABLES, 1);
    const prefixed = (pattern, parse) => (words, index) => {
        const match = words[index].startsWith('-X') ? pattern.exec(words[index]) : null;
        const value = match ? parse(match[1]) : undefined;
        return value === undefined ? undefined : { value, flag: words[index] };
    };
    const heap = scan(list, prefixed(/^-(?:Xmx|XX:MaxHeapSize=)(\w+)$/, jvmSize));
    if (heap)
        return [{ program: 'jvm', what: 'a JVM heap of', flag: heap.flag, key: /-Xmx|MaxHeapSize/, where: heap.where, bytes: heap.value }];
    const percent = scan(list, prefixed(/^-XX:MaxRAMPercentage=([\d.]+)$/, percentage)) ??
        scan(list, prefixed(/^-XX:MaxRAMFraction=(\d+)$/, (text) => (Number(text) > 0 ? 100 / Number(text) : undefined)));
    const maxRam = scan(list, prefixed(/^-XX:MaxRAM=(\w+)$/, jvmSize));
    if (maxRam) {
        const share = (percent?.value ?? JVM_DEFAULT_PERCENT) / 100;
        const flag = percent ? `${maxRam.flag} ${percent.flag}` : maxRam.flag;
        return [{ program: 'jvm', what: `a JVM heap (${Math.round(share * 100)}% of the MaxRAM it is told it has) of`, flag, key: /MaxRAM=/, where: maxRam.where, bytes: Math.floor(maxRam.value * share) }];
    }
    if (percent)
        return [{ program: 'jvm', what: `a JVM heap of ${+percent.value.toFixed(1)}% of its limit,`, flag: percent.flag, key: /MaxRAMPercentage|MaxRAMFraction/, where: percent.where, shareOfLimit: percent.value / 100 }];
    return [];
}
function redis(service) {
    const variables = Object.fromEntries(REDIS_VARIABLES.map((name) => [name, 1]));
    // `--maxmemory 0` means no limit; `--maxmemory=…` is not Redis's grammar (it refuses to start).
    const maxmemory = scan(texts(service, variables, 1), (words, index) => {
        if (words[index] !== '--maxmemory')
            return undefined;
        const value = redisSize(words[index + 1] ?? '');
        return value === undefined ? undefined : { value, flag: `--maxmemory ${words[index + 1]}` };
    });
    if (!maxmemory || maxmemory.value === 0)
        return [];
    return [{ program: 'redis', what: 'Redis data (maxmemory) of up to', flag: maxmemory.flag, key: /--maxmemory(?![-\w])/, where: maxmemory.where, bytes: maxmemory.value }];
}
/** A server setting given as `-c name=value`, `-cname=value` or `--name=value` (dashes or underscores). */
function postgresSetting(name, parse) {
    const spelled = name.replace(/_/g, '[-_]');
    const inline = new RegExp(`^(?:-c|--)(${spelled})=(.+)$`);
    const bare = new RegExp(`^(${spelled})=(.+)$`);
    return (words, index) => {
        const word = words[index];
        const match = inline.exec(word) ?? (words[index - 1] === '-c' ? bare.exec(word) : null);
        const value = match ? parse(match[2]) : undefined;
        return value === undefined ? undefined : { value, flag: `${name}=${match[2]}` };
    };
}
function postgres(service) {
    const list = texts(service, {}, 1);
    const buffers = scan(list, postgresSetting('shared_buffers', (text) => postgresSize(text, 8 * 1024)));
    if (!buffers)
        return [];
    const connections = scan(list, postgresSetting('max_connections', wholeNumber))?.value ??
        scan(list, (words, index) => (words[index - 1] === '-N' && wholeNumber(words[index]) !== undefined ? { value: Number(words[index]), flag: `-N ${words[index]}` } : undefined))?.value ??
        POSTGRES_DEFAULT_CONNECTIONS;
    const extra = connections * POSTGRES_CONNECTION_BYTES;
    return [{
            program: 'postgres',
            what: 'PostgreSQL shared_buffers and connections of',
            flag: buffers.flag,
            key: /shared[-_]buffers/,
            where: buffers.where,
            bytes: buffers.value + extra,
            extra: { bytes: extra, why: `${connections} connections × 1 MiB` },
        }];
}
function mysql(service) {
    const pool = scan(texts(service, {}, 1), declared_memory_option(/^--(?:loose[-_])?innodb[-_]buffer[-_]pool[-_]size(?:=(.*))?$/, mysqlSize, '--innodb-buffer-pool-size'));
    if (!pool)
        return [];
    return [{ program: 'mysql', what: 'an InnoDB buffer pool of', flag: pool.flag, key: /innodb[-_]buffer[-_]pool[-_]size/, where: pool.where, bytes: pool.value }];
}
function node(service) {
    const oldSpace = scan(texts(service, { NODE_OPTIONS: 0 }, 1), declared_memory_option(/^--max[-_]old[-_]space[-_]size(?:=(.*))?$/, wholeNumber, '--max-old-space-size'));
    if (!oldSpace)
        return [];
    return [{ program: 'node', what: 'a Node.js old space of', flag: oldSpace.flag, key: /max[-_]old[-_]space[-_]size/, where: oldSpace.where, bytes: oldSpace.value * 1024 ** 2 }];
}
/** A word each program's switches contain: a program whose word appears nowhere declares nothing. */
const READERS = [
    [/Xmx|MaxHeapSize|MaxRAM/, jvm],
    [/maxmemory/, redis],
    [/shared[-_]buffers/, postgres],
    [/buffer[-_]pool/, mysql],
    [/old[-_]space/, node],
];
/** Several rules ask about each service; the model is not changed once loaded, so answers are kept. */
const known = new WeakMap();
/** Everything the service's programs are told to hold in memory, one declaration per program. */
function declaredMemory(service) {
    let found = known.get(service);
    if (!found) {
        const text = [service.command, service.entrypoint, ...Object.values(service.environment ?? {})].flat().join(' ');
        found = READERS.flatMap(([word, read]) => (word.test(text) ? read(service) : []));
        known.set(service, found);
    }
    return found;
}
/** A declaration's bytes under a memory limit; undefined for a share of a limit that is not set. */
function declaredBytes(declaration, limitBytes) {
    if (declaration.bytes !== undefined)
        return declaration.bytes;
    return limitBytes !== undefined && declaration.shareOfLimit !== undefined ? Math.floor(limitBytes * declaration.shareOfLimit) : undefined;
}
/** CPUs the service says it will use: a reservation, `cpu_count`, or the JVM's -XX:ActiveProcessorCount. */
function declaredCpus(service) {
    const candidates = [];
    const reserved = Number(service.deploy?.resources?.reservations?.cpus ?? NaN);
    if (reserved > 0)
        candidates.push({ cpus: reserved, because: 'deploy.resources.reservations.cpus' });
    const count = Number(service.cpu_count ?? NaN);
    if (count > 0)
        candidates.push({ cpus: count, because: 'cpu_count' });
    const active = scan(texts(service, JVM_VARIABLES, 1), (words, index) => {
        const match = /^-XX:ActiveProcessorCount=(\d+)$/.exec(words[index]);
        return match && Number(match[1]) > 0 ? { value: Number(match[1]), flag: words[index] } : undefined;
    });
    if (active)
        candidates.push({ cpus: active.value, because: active.flag });
    return candidates.sort((a, b) => b.cpus - a.cpus)[0];
}


/***/ }),

/***/ 37993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ memoryLimitBytes),
/* harmony export */   LQ: () => (/* binding */ publishedPorts),
/* harmony export */   N4: () => (/* binding */ replicasOf),
/* harmony export */   O4: () => (/* binding */ cpuLimit),
/* harmony export */   XU: () => (/* binding */ stackReservation),
/* harmony export */   bY: () => (/* binding */ tmpfsMounts),
/* harmony export */   fM: () => (/* binding */ memoryReservationBytes),
/* harmony export */   fo: () => (/* binding */ portsCollide),
/* harmony export */   ls: () => (/* binding */ portKey),
/* harmony export */   od: () => (/* binding */ shmBytes),
/* harmony export */   p9: () => (/* binding */ RESERVATION_MODEL)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _declared_memory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77471);


// What a stack claims from the host, read from the canonical model. One implementation shared
// by the policy's `memory-budget` rule, lease admission and the preflight memory check.
/** How many containers a service runs (`deploy.replicas`, or the older `scale`). */
function replicasOf(service) {
    const replicas = service.deploy?.replicas ?? service.scale ?? 1;
    return Number.isInteger(replicas) && replicas >= 0 ? replicas : 1;
}
function bytes(value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value === 'number')
        return value;
    const parsed = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .DB)(value);
    return typeof parsed === 'number' ? parsed : undefined;
}
/** A service's memory limit in bytes (per container), or undefined when it has none. */
function memoryLimitBytes(service) {
    const limit = bytes(service.deploy?.resources?.limits?.memory) ?? bytes(service.mem_limit);
    return limit && limit > 0 ? limit : undefined;
}
/** A service's memory reservation (soft limit) in bytes, or undefined when it has none. */
function memoryReservationBytes(service) {
    const reservation = bytes(service.deploy?.resources?.reservations?.memory) ?? bytes(service.mem_reservation);
    return reservation && reservation > 0 ? reservation : undefined;
}
/** A service's CPU limit in CPUs, or undefined when it has none. */
function cpuLimit(service) {
    const raw = service.deploy?.resources?.limits?.cpus ?? service.cpus;
    const cpus = typeof raw === 'string' ? Number(raw) : raw;
    return typeof cpus === 'number' && Number.isFinite(cpus) && cpus > 0 ? cpus : undefined;
}
/** Every tmpfs mount of a service, with its size when one is set. */
function tmpfsMounts(service) {
    const mounts = [];
    const list = typeof service.tmpfs === 'string' ? [service.tmpfs] : (service.tmpfs ?? []);
    list.forEach((entry, index) => {
        const [target = '', options = ''] = entry.split(/:(.*)/s);
        const size = /(?:^|,)size=([^,]+)/.exec(options)?.[1];
        mounts.push({ target, sizeBytes: size ? bytes(size) : undefined, declaredIn: 'tmpfs', index });
    });
    (service.volumes ?? []).forEach((volume, index) => {
        if (volume.type === 'tmpfs') {
            mounts.push({ target: volume.target, sizeBytes: bytes(volume.tmpfs?.size), declaredIn: 'volumes', index });
        }
    });
    return mounts;
}
/** `/dev/shm`'s size when the service sets `shm_size` (Docker's 64 MiB default is not a declaration). */
function shmBytes(service) {
    const size = bytes(service.shm_size);
    return size && size > 0 ? size : undefined;
}
/** The one sentence that says how the reservation is counted (summary, preflight, docs). */
const RESERVATION_MODEL = 'Each service with a memory limit reserves that limit, which already covers its tmpfs and /dev/shm (the kernel charges their pages to the container\'s memory cgroup); a service without one reserves at least its tmpfs, /dev/shm and declared sizes (heap, maxmemory, buffers); times replicas.';
/**
 * The memory a stack reserves, as the kernel charges it. A container's tmpfs and /dev/shm pages
 * are charged to its own memory cgroup, so with a limit they sit inside it: the limit is the
 * reservation (a tmpfs larger than the limit cannot be filled; the container is OOM-killed
 * first). Without a limit nothing bounds it; the reservation is then at least its sized tmpfs,
 * its shm_size and what its programs declare (src/compose/declared-memory.ts), and the stack's
 * total is a floor. Times replicas. One model for the policy's budget rule, preflight, the lease
 * request and the summary.
 */
function stackReservation(model) {
    const services = [];
    const unlimited = [];
    const unsizedTmpfs = [];
    for (const [name, service] of Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        const replicas = replicasOf(service);
        const limit = memoryLimitBytes(service);
        if (limit === undefined)
            unlimited.push(name);
        let tmpfsBytes = 0;
        for (const mount of tmpfsMounts(service)) {
            if (mount.sizeBytes !== undefined)
                tmpfsBytes += mount.sizeBytes;
            else if (limit === undefined)
                unsizedTmpfs.push(`${name}:${mount.target}`);
        }
        const shm = shmBytes(service) ?? 0;
        const declared = limit === undefined ? (0,_declared_memory_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredMemory */ .Eb)(service).reduce((sum, declaration) => sum + ((0,_declared_memory_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredBytes */ .c)(declaration, undefined) ?? 0), 0) : 0;
        const perContainer = limit ?? tmpfsBytes + shm + declared;
        services.push({
            service: name,
            replicas,
            memoryLimitBytes: limit,
            tmpfsBytes,
            shmBytes: shm,
            declaredBytes: declared,
            basis: limit === undefined ? 'floor' : 'limit',
            totalBytes: perContainer * replicas,
        });
    }
    return { services, totalBytes: services.reduce((sum, s) => sum + s.totalBytes, 0), unlimited, unsizedTmpfs };
}
/** Every fixed host port a stack publishes (ranges expanded); ephemeral ports are not claims. */
function publishedPorts(model) {
    const result = [];
    for (const [service, definition] of Object.entries(model.services ?? {})) {
        (definition.ports ?? []).forEach((port, index) => {
            for (const number of expandPublished(port.published)) {
                result.push({
                    service,
                    hostIp: normalizeHostIp(port.host_ip),
                    port: number,
                    protocol: (port.protocol ?? 'tcp').toLowerCase(),
                    index,
                });
            }
        });
    }
    return result;
}
function expandPublished(published) {
    if (published === undefined || published === '' || published === 0 || published === '0')
        return [];
    const text = String(published);
    const range = /^(\d+)-(\d+)$/.exec(text);
    if (range) {
        const [from, to] = [Number(range[1]), Number(range[2])];
        return to >= from && to - from < 65536 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [];
    }
    return /^\d+$/.test(text) ? [Number(text)] : [];
}
function normalizeHostIp(ip) {
    return !ip || ip === '0.0.0.0' || ip === '::' || ip === '[::]' ? '' : ip;
}
/** Two published ports collide when protocol and number match and the addresses overlap. */
function portsCollide(a, b) {
    return a.port === b.port && a.protocol === b.protocol && (a.hostIp === '' || b.hostIp === '' || a.hostIp === b.hostIp);
}
/** A stable key for a published port: "tcp/5432" or "tcp/127.0.0.1:5432". */
function portKey(port) {
    return `${port.protocol}/${port.hostIp ? `${port.hostIp}:` : ''}${port.port}`;
}


/***/ }),

/***/ 10402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
// List inputs as users write them in workflows and flags.
/** Splits a list input: one item per line or comma-separated, blanks and `#` comments ignored. */
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}


/***/ }),

/***/ 52184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
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
const BYTE_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** "512 MiB", "1.5 GiB": binary units, as `docker stats` prints them. */
function formatBytes(bytes) {
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
function formatDuration(ms) {
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


/***/ }),

/***/ 98209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: () => (/* binding */ describeBudget),
/* harmony export */   Yw: () => (/* binding */ parseMemoryBudget),
/* harmony export */   nl: () => (/* binding */ resolveMemoryBudget)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);

/** "75%" or a Docker-style size ("6g", "6GiB"); the error names the grammar. */
function parseMemoryBudget(text) {
    const trimmed = text.trim();
    if (trimmed.endsWith('%')) {
        const fraction = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePercent */ .lo)(trimmed);
        return typeof fraction === 'number' ? { kind: 'share', fraction, text: trimmed } : { error: `${fraction.error}; use 75%, 6g or 6GiB` };
    }
    const bytes = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .DB)(trimmed);
    if (typeof bytes !== 'number' || bytes <= 0) {
        return { error: `'${text}' is not a size or a share; use 6g, 6GiB or 75%` };
    }
    return { kind: 'size', bytes, text: trimmed };
}
/** The budget on a daemon with memTotalBytes of memory (`docker info`'s MemTotal). */
function resolveMemoryBudget(budget, memTotalBytes) {
    if (budget.kind === 'size')
        return { bytes: budget.bytes, label: `memory-budget ${budget.text}` };
    return {
        bytes: Math.floor(budget.fraction * memTotalBytes),
        label: `${budget.text} of the daemon's ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(memTotalBytes)}`,
    };
}
/** "17.7 GiB (75% of the daemon's 23.5 GiB)". */
function describeBudget(resolved) {
    return `${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(resolved.bytes)} (${resolved.label})`;
}


/***/ }),

/***/ 47923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   EF: () => (/* binding */ overlap),
/* harmony export */   F1: () => (/* binding */ leaseRequestForStack),
/* harmony export */   HF: () => (/* binding */ parsePortFlag),
/* harmony export */   Uh: () => (/* binding */ groupProblems)
/* harmony export */ });
/* unused harmony export parsePortKey */
/* harmony import */ var _compose_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37993);

/** Group names go into a comma-separated label, so they are kept to a plain alphabet. */
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,99}$/;
function groupProblems(groups, field) {
    return groups
        .filter((group) => !GROUP_NAME.test(group))
        .map((group) => `${field}: '${group}' is not a group name; use letters, digits and . _ : / @ - (up to 100)`);
}
/** The lease a Compose stack needs: every fixed host port it publishes and its memory reservation. */
function leaseRequestForStack(model, project, groups = []) {
    return {
        project,
        groups: unique(groups),
        ports: unique((0,_compose_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .publishedPorts */ .LQ)(model).map(_compose_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .portKey */ .ls)),
        memoryBytes: (0,_compose_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .stackReservation */ .XU)(model).totalBytes,
    };
}
/** The parts of a portKey ("tcp/5432", "udp/127.0.0.1:53", "tcp/::1:8080"). */
function parsePortKey(key) {
    const match = /^(tcp|udp|sctp)\/(?:(.*):)?(\d{1,5})$/.exec(key);
    if (!match)
        return undefined;
    const port = Number(match[3]);
    if (port < 1 || port > 65535)
        return undefined;
    return { protocol: match[1], hostIp: match[2] ?? '', port };
}
/**
 * A `--port` flag as users write published ports: "5432", "5432/udp", "127.0.0.1:5432",
 * "[::1]:5432/tcp". Returns the portKey.
 */
function parsePortFlag(text) {
    const match = /^(?:\[?([0-9a-fA-F.:]+?)\]?:)?(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
    const port = match ? Number(match[2]) : NaN;
    if (!match || !(port >= 1 && port <= 65535)) {
        return { error: `'${text}' is not a host port; use 5432, 5432/udp or 127.0.0.1:5432` };
    }
    const hostIp = match[1] === '0.0.0.0' || match[1] === '::' ? '' : (match[1] ?? '');
    return (0,_compose_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .portKey */ .ls)({ hostIp, port, protocol: (match[3] ?? 'tcp') });
}
/** Ports (from b's side) and groups two requests both claim; empty lists when they can coexist. */
function overlap(a, b) {
    const aPorts = a.ports.map(parsePortKey).filter((port) => port !== undefined);
    const ports = b.ports.filter((key) => {
        const parts = parsePortKey(key);
        return parts !== undefined && aPorts.some((port) => (0,_compose_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .portsCollide */ .fo)(port, parts));
    });
    const groups = b.groups.filter((group) => a.groups.includes(group));
    return { ports, groups };
}
function overlaps(o) {
    return o.ports.length > 0 || o.groups.length > 0;
}
function unique(values) {
    return [...new Set(values)].sort();
}


/***/ }),

/***/ 22846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ DockerUnavailableError)
/* harmony export */ });
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


/***/ }),

/***/ 3391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LEASE_INPUTS),
/* harmony export */   v: () => (/* binding */ parseLeaseSettings)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _core_lists_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10402);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38445);
/* harmony import */ var _lease_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98209);
/* harmony import */ var _lease_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96188);
/* harmony import */ var _lease_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47923);






// The lease inputs of the action, parsed once. settings.ts calls parseLeaseSettings with the raw
// input values and merges the problems into its own list, so every bad input is named at once.
const LEASE_INPUTS = {
    lockGroup: _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.lockGroup,
    memoryBudget: _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.memoryBudget,
    lockTimeout: _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.lockTimeout,
    leaseTtl: _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.leaseTtl,
    leaseNamespace: _keys_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.leaseNamespace,
};
/** A TTL below a minute would let a healthy owner lose its lease between two renewals. */
const MIN_TTL_MS = 60_000;
function parseLeaseSettings(raw) {
    const problems = [];
    const value = (key) => ((raw[key] ?? '').trim() === '' ? LEASE_INPUTS[key].default : raw[key]);
    const groups = (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .r)(raw.lockGroup);
    problems.push(...(0,_lease_request_js__WEBPACK_IMPORTED_MODULE_4__/* .groupProblems */ .Uh)(groups, LEASE_INPUTS.lockGroup.name));
    const budget = (0,_lease_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMemoryBudget */ .Yw)(value('memoryBudget'));
    if ('error' in budget)
        problems.push(`${LEASE_INPUTS.memoryBudget.name}: ${budget.error}`);
    const timeout = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value('lockTimeout'));
    if (typeof timeout !== 'number')
        problems.push(`${LEASE_INPUTS.lockTimeout.name}: ${timeout.error}`);
    const ttl = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value('leaseTtl'));
    if (typeof ttl !== 'number')
        problems.push(`${LEASE_INPUTS.leaseTtl.name}: ${ttl.error}`);
    else if (ttl < MIN_TTL_MS)
        problems.push(`${LEASE_INPUTS.leaseTtl.name}: '${raw.leaseTtl}' is shorter than the minimum of 1m`);
    const namespace = value('leaseNamespace') || _lease_records_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NAMESPACE */ .oQ;
    if (!_lease_records_js__WEBPACK_IMPORTED_MODULE_3__/* .NAMESPACE_PATTERN */ .PV.test(namespace)) {
        problems.push(`${LEASE_INPUTS.leaseNamespace.name}: '${namespace.slice(0, 60)}' is not a namespace; use lowercase letters, digits, '-' and '_' (up to 40)`);
    }
    if (problems.length > 0 || 'error' in budget || typeof timeout !== 'number' || typeof ttl !== 'number') {
        return { problems };
    }
    return { settings: { groups: [...new Set(groups)], memoryBudget: budget, lockTimeoutMs: timeout, leaseTtlMs: ttl, namespace } };
}


/***/ })

};
