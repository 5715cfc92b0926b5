export const id = 664;
export const ids = [664];
export const modules = {

/***/ 27344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isInputError)
/* harmony export */ });
/* harmony import */ var _compose_compose_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76407);
/* harmony import */ var _compose_positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24041);
/* harmony import */ var _policy_accepted_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55912);
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76515);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82714);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65649);






/** The errors that mean "bad input": the files, the configuration or the inputs, not the daemon. */
function isInputError(error) {
    return (error instanceof _compose_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .ComposeSourceError */ .q ||
        error instanceof _policy_config_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyConfigError */ .T9 ||
        error instanceof _policy_check_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyInputError */ .HF ||
        error instanceof _compose_compose_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .ComposeConfigError */ .v ||
        error instanceof _settings_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .SettingsError */ .G ||
        error instanceof _policy_accepted_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .AcceptedFindingsError */ .GU);
}


/***/ }),

/***/ 24041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* reexport */ ComposeSourceError),
  l: () => (/* binding */ ComposeSources)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/yaml/untrusted.ts
var untrusted = __webpack_require__(82225);
;// CONCATENATED MODULE: ./src/compose/compose-source.ts


// One compose file as written, parsed with `yaml` into nodes that remember their offsets, so a
// finding about the canonical model can point back at the line that produced it. Parsing here
// also guards Compose (see yaml/untrusted.ts): its YAML decoder spins on an alias bomb and
// reports malformed YAML at "line 1", so we refuse and explain first.
/** A file we will not hand to Compose, with where the trouble is. */
class ComposeSourceError extends Error {
    file;
    line;
    column;
    detail;
    constructor(file, line, column, detail) {
        super(`${file}${line > 0 ? `:${line}:${column}` : ''}: ${detail}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
        this.name = 'ComposeSourceError';
    }
}
const DEFAULT_SOURCE_LIMITS = untrusted/* DEFAULT_YAML_LIMITS */.fr;
function parseComposeSource(path, text, limits = DEFAULT_SOURCE_LIMITS) {
    try {
        // Compose reads YAML 1.1-style merge keys (`<<: *anchor`), so they are enabled here too.
        return { path, text, ...(0,untrusted/* parseUntrustedYaml */.$1)(text, limits, { merge: true }) };
    }
    catch (error) {
        if (error instanceof untrusted/* UntrustedYamlError */.Wc)
            throw new ComposeSourceError(path, error.line, error.column, error.detail);
        throw error;
    }
}
/** Where a node starts, 1-based. */
function positionOf(source, node) {
    const range = node && ('range' in node ? node.range : undefined);
    if (!range)
        return undefined;
    const { line, col } = source.lines.linePos(range[0]);
    return { file: source.path, line, column: col };
}
/** Follows an alias to the node it names (once; aliases of aliases cannot occur in YAML). */
function deref(source, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return source.aliasTargets.get(node);
    return (0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node) ? node : undefined;
}

;// CONCATENATED MODULE: ./src/compose/file-references.ts



/** The files an `include:` names (`- a.yaml`, `- path: [a, b]`, `env_file:`), each where it is written. */
function includedFiles(source, include) {
    const list = include && deref(source, include.value);
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    const base = external_node_path_default().dirname(source.path);
    const found = [];
    const add = (kind, node) => {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value.includes('$'))
            return;
        const at = positionOf(source, node);
        if (at)
            found.push({ kind, target: external_node_path_default().resolve(base, node.value), at });
    };
    for (const item of list.items) {
        const entry = deref(source, item);
        if ((0,dist/* isScalar */.jn)(entry)) {
            add('include', entry);
        }
        else if ((0,dist/* isMap */.jh)(entry)) {
            for (const pair of entry.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
                const value = deref(source, pair.value);
                if (key !== 'path' && key !== 'env_file')
                    continue;
                const nodes = (0,dist/* isSeq */.oP)(value) ? value.items.map((node) => deref(source, node)) : [value];
                for (const node of nodes)
                    add(key === 'path' ? 'include' : 'env_file', node);
            }
        }
    }
    return found;
}
/** The entries of a service's `env_file:` (a path, a list of paths, or `- path: …` entries). */
function envEntries(source, pair) {
    const value = pair && deref(source, pair.value);
    const items = (0,dist/* isSeq */.oP)(value) ? value.items.map((item) => deref(source, item)) : value ? [value] : [];
    return items.flatMap((item) => {
        const node = (0,dist/* isMap */.jh)(item) ? deref(source, item.items.find((entry) => (0,dist/* isScalar */.jn)(entry.key) && entry.key.value === 'path')?.value) : item;
        const at = node && positionOf(source, node);
        return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && !node.value.includes('$') && at ? [{ path: node.value, at }] : [];
    });
}

;// CONCATENATED MODULE: ./src/compose/positions.ts





const MAX_DEPTH = 10;
class ComposeSources {
    read;
    limits;
    canRead;
    projectDirectory;
    byPath = new Map();
    /** Main files and what they include, lowest precedence first. */
    layers = [];
    chains = new Map();
    pairIndex = new WeakMap();
    mainFiles = new Set();
    includes = [];
    referenced;
    constructor(read, limits, canRead, projectDirectory) {
        this.read = read;
        this.limits = limits;
        this.canRead = canRead;
        this.projectDirectory = projectDirectory;
    }
    /**
     * Parses the compose files (absolute paths, in -f order) and the files they `include` or
     * `extends` from. A main file that cannot be read or parsed throws ComposeSourceError; an
     * included or extended file that cannot be read is left to Compose to report.
     */
    static load(files, read, options = {}) {
        const { limits = DEFAULT_SOURCE_LIMITS, canRead = () => true, projectDirectory } = options;
        const absolute = files.map((file) => external_node_path_default().resolve(file));
        const sources = new ComposeSources(read, limits, canRead, projectDirectory ?? external_node_path_default().dirname(absolute[0] ?? '/'));
        for (const file of absolute)
            sources.mainFiles.add(file);
        for (const file of absolute)
            sources.addLayer(file, 0, true);
        return sources;
    }
    /** Every file parsed, main files first. */
    get files() {
        return [...this.byPath.values()];
    }
    /** Where the value at `modelPath` inside a service is written, in the file that wins. */
    value(service, modelPath) {
        for (const { source, node } of this.chain(service)) {
            const found = this.walk(source, node, modelPath);
            if (!found)
                continue;
            const value = deref(source, found.pair.value);
            const onValue = value && !((0,dist/* isScalar */.jn)(value) && value.value === null) ? positionOf(source, value) : undefined;
            return onValue ?? positionOf(source, found.pair.key);
        }
        return undefined;
    }
    /** Where the key of the value at `modelPath` is written (`ports:`), in the file that wins. */
    key(service, modelPath) {
        for (const { source, node } of this.chain(service)) {
            const found = this.walk(source, node, modelPath);
            if (found)
                return positionOf(source, found.pair.key);
        }
        return undefined;
    }
    /**
     * The first entry of the list or mapping at `modelPath` that `match` accepts, searching the
     * winning file first (list entries of several files are merged by Compose, so any may hold it).
     */
    entry(service, modelPath, match) {
        for (const { source, node } of this.chain(service)) {
            const found = this.walk(source, node, modelPath);
            const collection = found && deref(source, found.pair.value);
            if ((0,dist/* isSeq */.oP)(collection)) {
                for (const item of collection.items) {
                    const value = deref(source, item);
                    if (value && match({ value: plain(source, value) }))
                        return positionOf(source, value);
                }
            }
            else if ((0,dist/* isMap */.jh)(collection)) {
                for (const pair of this.pairs(collection).keys.values()) {
                    const key = String(pair.key.value);
                    if (match({ key, value: plain(source, deref(source, pair.value)) }))
                        return positionOf(source, pair.key);
                }
            }
            else if (collection && match({ value: plain(source, collection) })) {
                // A single value where a list may stand (`tmpfs: /run`, `command: sh -c …`).
                return positionOf(source, collection);
            }
        }
        return undefined;
    }
    /** The service's key in the first file that declares it (where a missing setting belongs). */
    service(service) {
        const declared = this.serviceKeys(service);
        return declared[declared.length - 1];
    }
    /** The service's key in every file that defines it, winning file first. */
    serviceKeys(service) {
        return this.chain(service)
            .filter((link) => !link.inherited)
            .map((link) => positionOf(link.source, link.key))
            .filter((position) => position !== undefined);
    }
    /**
     * Every file the compose files make Compose read besides themselves — `include` entries (and
     * their env files), `extends.file`, and each service's `env_file` — with where it is named.
     */
    references() {
        if (this.referenced)
            return this.referenced;
        const found = [...this.includes];
        const seen = new Set();
        const pending = [...this.layers];
        for (let source = pending.shift(); source; source = pending.shift()) {
            if (seen.has(source))
                continue;
            seen.add(source);
            for (const [service, node] of this.servicesOf(source)) {
                const extendsPair = this.find(source, node, 'extends');
                const spec = extendsPair && deref(source, extendsPair.value);
                const filePair = (0,dist/* isMap */.jh)(spec) ? this.find(source, spec, 'file') : undefined;
                const fileNode = filePair && deref(source, filePair.value);
                if ((0,dist/* isScalar */.jn)(fileNode) && typeof fileNode.value === 'string' && !fileNode.value.includes('$')) {
                    const target = external_node_path_default().resolve(external_node_path_default().dirname(source.path), fileNode.value);
                    const at = positionOf(source, fileNode);
                    if (at)
                        found.push({ kind: 'extends', target, at, service });
                    const parsed = this.parse(target, false);
                    if (parsed)
                        pending.push(parsed);
                }
                const envPair = this.find(source, node, 'env_file');
                for (const entry of envEntries(source, envPair)) {
                    found.push({ kind: 'env_file', target: external_node_path_default().resolve(this.baseOf(source), entry.path), at: entry.at, service });
                }
            }
        }
        this.referenced = found;
        return found;
    }
    /** A top-level key (`services:`) in the first main file that has it. */
    top(key) {
        for (const source of this.layers) {
            const root = deref(source, source.doc.contents);
            const pair = (0,dist/* isMap */.jh)(root) ? this.find(source, root, key) : undefined;
            if (pair)
                return positionOf(source, pair.key);
        }
        return undefined;
    }
    /**
     * A value outside the services (`networks.<n>.name`, `volumes.data.driver_opts.device`,
     * `secrets.s.file`), in the file that wins (a later -f file over an earlier one, a file over
     * what it includes), with the value as written (before interpolation).
     */
    topValue(modelPath) {
        for (const source of [...this.layers].reverse()) {
            const root = deref(source, source.doc.contents);
            const found = (0,dist/* isMap */.jh)(root) ? this.walk(source, root, modelPath) : undefined;
            if (!found)
                continue;
            const value = deref(source, found.pair.value);
            const position = (value && !((0,dist/* isScalar */.jn)(value) && value.value === null) ? positionOf(source, value) : undefined) ?? positionOf(source, found.pair.key);
            if (position)
                return { position, written: plain(source, value ?? undefined) };
        }
        return undefined;
    }
    addLayer(file, depth, required) {
        if (this.byPath.has(file) || depth > MAX_DEPTH)
            return;
        const source = this.parse(file, required);
        if (!source)
            return;
        const root = deref(source, source.doc.contents);
        // Included files come before the file that includes them: their services are imported.
        const include = (0,dist/* isMap */.jh)(root) ? this.find(source, root, 'include') : undefined;
        for (const reference of includedFiles(source, include)) {
            this.includes.push(reference);
            if (reference.kind === 'include')
                this.addLayer(reference.target, depth + 1, false);
        }
        this.layers.push(source);
    }
    /** What relative paths of a file are resolved against: the project directory for main files. */
    baseOf(source) {
        return this.mainFiles.has(source.path) ? this.projectDirectory : external_node_path_default().dirname(source.path);
    }
    /** The services a file defines, by name. */
    servicesOf(source) {
        const root = deref(source, source.doc.contents);
        const services = (0,dist/* isMap */.jh)(root) ? this.find(source, root, 'services') : undefined;
        const map = services && deref(source, services.value);
        if (!(0,dist/* isMap */.jh)(map))
            return [];
        return [...this.pairs(map).keys.entries()].flatMap(([name, pair]) => {
            const node = deref(source, pair.value);
            return (0,dist/* isMap */.jh)(node) ? [[name, node]] : [];
        });
    }
    parse(file, required) {
        const known = this.byPath.get(file);
        if (known)
            return known;
        if (!required && !this.canRead(file))
            return undefined;
        let text;
        try {
            text = this.read(file);
        }
        catch (error) {
            if (!required)
                return undefined;
            const code = error.code;
            throw new ComposeSourceError(file, 0, 0, code === 'ENOENT' ? 'the file does not exist' : `cannot be read (${code ?? String(error)})`);
        }
        const source = parseComposeSource(file, text, this.limits);
        this.byPath.set(file, source);
        return source;
    }
    /** The service's definitions, winning first: each layer's, each followed by what it extends. */
    chain(service) {
        const cached = this.chains.get(service);
        if (cached)
            return cached;
        const chain = [];
        for (const source of [...this.layers].reverse()) {
            const defined = this.serviceIn(source, service);
            if (defined)
                this.followExtends(defined, chain, 0);
        }
        this.chains.set(service, chain);
        return chain;
    }
    followExtends(link, chain, depth) {
        if (depth > MAX_DEPTH || chain.some((known) => known.node === link.node))
            return;
        chain.push(link);
        const extendsPair = this.find(link.source, link.node, 'extends');
        const spec = extendsPair ? plain(link.source, deref(link.source, extendsPair.value)) : undefined;
        const base = typeof spec === 'string' ? { service: spec } : spec;
        if (!base || typeof base.service !== 'string')
            return;
        let source = link.source;
        if (typeof base.file === 'string' && !base.file.includes('$')) {
            source = this.parse(external_node_path_default().resolve(external_node_path_default().dirname(link.source.path), base.file), false);
        }
        const parent = source && this.serviceIn(source, base.service);
        if (parent)
            this.followExtends({ ...parent, inherited: true }, chain, depth + 1);
    }
    serviceIn(source, service) {
        const root = deref(source, source.doc.contents);
        const services = (0,dist/* isMap */.jh)(root) ? this.find(source, root, 'services') : undefined;
        const map = services && deref(source, services.value);
        const pair = (0,dist/* isMap */.jh)(map) ? this.find(source, map, service) : undefined;
        const node = pair && deref(source, pair.value);
        return pair && (0,dist/* isMap */.jh)(node) ? { source, node, key: pair.key, inherited: false } : undefined;
    }
    walk(source, start, modelPath) {
        let node = start;
        let pair;
        for (const segment of modelPath) {
            const map = deref(source, node);
            if (!(0,dist/* isMap */.jh)(map))
                return undefined;
            pair = this.find(source, map, segment);
            if (!pair)
                return undefined;
            node = pair.value;
        }
        return pair ? { pair } : undefined;
    }
    /** A key of a mapping: written there, else from its merge sources, earlier sources first. */
    find(source, map, key, depth = 0) {
        const { keys, merges } = this.pairs(map);
        const own = keys.get(key);
        if (own || depth > MAX_DEPTH)
            return own;
        for (const merged of merges) {
            const target = deref(source, merged);
            const candidates = (0,dist/* isSeq */.oP)(target) ? target.items.map((item) => deref(source, item)) : [target];
            for (const candidate of candidates) {
                const found = (0,dist/* isMap */.jh)(candidate) ? this.find(source, candidate, key, depth + 1) : undefined;
                if (found)
                    return found;
            }
        }
        return undefined;
    }
    pairs(map) {
        let index = this.pairIndex.get(map);
        if (!index) {
            index = { keys: new Map(), merges: [] };
            for (const pair of map.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
                if (typeof key === 'symbol' || key === '<<')
                    index.merges.push(pair.value);
                else if (key !== null && key !== undefined && !index.keys.has(String(key)))
                    index.keys.set(String(key), pair);
            }
            this.pairIndex.set(map, index);
        }
        return index;
    }
}
/** A node as plain data, for matching entries; anchors were checked for bombs at parse time. */
function plain(source, node) {
    if (!node)
        return undefined;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    try {
        return node.toJS(source.doc, { maxAliasCount: -1 });
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ parseEnvFile),
/* harmony export */   Xo: () => (/* binding */ referencedVariables),
/* harmony export */   _9: () => (/* binding */ envFilePaths),
/* harmony export */   se: () => (/* binding */ redactValues),
/* harmony export */   zy: () => (/* binding */ rememberStackSecrets)
/* harmony export */ });
/* unused harmony exports stackSecrets, isOrdinary, stackNames, readStackSecrets */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72613);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24041);



// The environment sources of a stack — the runner's environment, `env-files` / the project's
// .env, services' `env_file` and `environment` — and which of their values are secret.
//
// Compose's own error messages may quote interpolated values ("invalid hostPort: s3cr3t"), before
// any model exists: redactValues blanks the values of the variables the compose files reference,
// wherever they came from.
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** Names of the variables a compose file's text interpolates (`$NAME`, `${NAME}`, `${NAME:-x}`). */
function referencedVariables(texts) {
    const names = new Set();
    for (const text of texts)
        for (const match of text.matchAll(REFERENCE))
            names.add(match[1]);
    return names;
}
/** KEY=VALUE lines of an env file (quotes stripped, comments and blank lines skipped). */
function parseEnvFile(text) {
    const values = {};
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
        if (!match)
            continue;
        values[match[1]] = match[2].trim().replace(/^(['"])(.*)\1$/, '$2');
    }
    return values;
}
/** The message with every value of a referenced variable (from any source) replaced by ***. */
function redactValues(message, names, sources) {
    const values = new Set();
    for (const source of sources) {
        for (const name of names) {
            const value = source[name];
            if (value !== undefined && value.length >= _core_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_SECRET_LENGTH */ .vb)
                values.add(value);
        }
    }
    let redacted = message;
    // Longest first, so a value containing another is blanked whole.
    for (const value of [...values].sort((a, b) => b.length - a.length))
        redacted = redacted.split(value).join(_core_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .REDACTED */ .XF);
    return redacted;
}
/** The env files Compose reads for a stack: the given ones, else the project directory's .env. */
function envFilePaths(workingDirectory, envFiles) {
    return envFiles.length > 0 ? envFiles.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workingDirectory, file)) : [node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workingDirectory, '.env')];
}
// ---- Which values of a stack are secret -----------------------------------------------------
// Decided once the model is loaded, so the runtime can blank them before any container speaks.
// The rule (docs/security.md, "Secrets"):
// - Interpolated values — `${NAME}` / `$NAME` anywhere in the compose files, or a bare
//   `environment: [NAME]` passed through — whether from the runner's environment, `env-files` or
//   the project's .env, are secret at 4 characters or more (boolean words aside). A pull request
//   decides where they go (an image name, a command), so no exemption may depend on where they
//   appear. Values from the runner's environment are also masked by the runner itself (its
//   public variables — GITHUB_*, RUNNER_*, HOME, PATH… — aside, unless their name marks a secret).
// - Values that reach a service's environment without interpolation (`env_file` files, literal
//   `environment:` values) are secret at 4 characters or more unless they are ordinary: a number,
//   a size or duration, a boolean word, an absolute path, a locale, one of the stack's own names
//   (service, image or a part of it, container, network, volume, project, optionally with a
//   port), or a single word of letters when the variable's name does not mark a secret. Blanking
//   `postgres` or `debug` would blank the service and image names and every log line with them.
// File values are not given to the runner's masking: a pull request writes those files, and
// masking is a way to blank any word of the whole job's log.
/** Variable names that say the value is a secret. */
const SECRET_NAME = /PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL|AUTH|PRIVATE|CERT|SALT|DSN|SESSION|COOKIE|SIGNATURE/i;
/** The runner's own variables: public facts of the machine and the run, not secrets. */
const PUBLIC_RUNNER_VARIABLE = /^(GITHUB_\w+|RUNNER_\w+|ACTIONS_\w+|CI|HOME|PATH|USER|LOGNAME|SHELL|PWD|OLDPWD|LANG|LANGUAGE|LC_\w+|TERM|HOSTNAME|TMPDIR|TZ|SHLVL|ImageOS|ImageVersion|AGENT_TOOLSDIRECTORY|JAVA_HOME\w*|DOCKER_HOST|DOCKER_CONTEXT|COMPOSE_\w+|XDG_\w+|DEBIAN_FRONTEND|NODE_ENV)$/;
const BOOLEAN_WORD = /^(true|false|yes|no|on|off|null|none)$/i;
function isPublicRunnerVariable(name) {
    return PUBLIC_RUNNER_VARIABLE.test(name) && (/^(OLD)?PWD$/.test(name) || !SECRET_NAME.test(name));
}
function stackSecrets(sources) {
    const services = Object.values(sources.model.services ?? {});
    const environments = services.map((service) => Object.entries(service.environment ?? {}));
    const names = referencedVariables(sources.composeTexts);
    // Passed through: a service's variable whose value is the interpolation source's own.
    for (const [name, value] of environments.flat()) {
        if (value !== null && (sources.env[name] === value || sources.envFiles.some((file) => file[name] === value)))
            names.add(name);
    }
    const interpolated = new Set();
    const maskInRunner = new Set();
    const keep = (value) => value !== undefined && value.trim().length >= _core_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_SECRET_LENGTH */ .vb && !BOOLEAN_WORD.test(value.trim());
    for (const name of names) {
        const fromEnv = sources.env[name];
        if (keep(fromEnv) && !isPublicRunnerVariable(name)) {
            interpolated.add(fromEnv);
            maskInRunner.add(fromEnv);
        }
        for (const file of sources.envFiles)
            if (keep(file[name]))
                interpolated.add(file[name]);
    }
    const own = stackNames(sources.model);
    const written = new Set();
    for (const [name, value] of environments.flat()) {
        if (value === null || interpolated.has(value) || !keep(value) || isOrdinary(name, value.trim(), own))
            continue;
        written.add(value);
    }
    return { values: [...interpolated, ...written], maskInRunner: [...maskInRunner] };
}
/** Whether a value written into a file of the stack is too ordinary to be a secret. */
function isOrdinary(name, value, stackNames) {
    if (/^[+-]?\d+(\.\d+)?[a-z%]{0,3}$/i.test(value))
        return true; // numbers, sizes, durations
    if (/^\/[\w./-]*$/.test(value))
        return true; // absolute paths
    if (/^[a-z]{1,3}(_[a-z]{2})?\.utf-?8$/i.test(value))
        return true; // locales
    const host = /^(.*?)(:\d+)?$/.exec(value)[1];
    if (stackNames.has(value) || stackNames.has(host))
        return true;
    return /^[A-Za-z]+$/.test(value) && !SECRET_NAME.test(name);
}
/** The names a stack shows anyway: services, images and their parts, containers, networks, volumes. */
function stackNames(model) {
    const names = new Set([model.name]);
    for (const [service, definition] of Object.entries(model.services ?? {})) {
        names.add(service);
        for (const value of [definition.container_name, definition.hostname, definition.image]) {
            if (typeof value !== 'string')
                continue;
            names.add(value);
            for (const part of value.split(/[/:@]/))
                if (part)
                    names.add(part);
        }
    }
    for (const group of [model.networks, model.volumes]) {
        for (const [key, value] of Object.entries(group ?? {})) {
            names.add(key);
            if (value?.name)
                names.add(value.name);
        }
    }
    return names;
}
/** The secret values of a loaded stack, reading its compose and env files (unreadable ones skipped). */
function readStackSecrets(target, model, env, readText) {
    const files = target.files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(target.workingDirectory, file));
    let composeTexts;
    try {
        composeTexts = _positions_js__WEBPACK_IMPORTED_MODULE_1__/* .ComposeSources */ .l.load(files, readText).files.map((source) => source.text);
    }
    catch {
        composeTexts = files.flatMap((file) => readOrNothing(readText, file));
    }
    const envFiles = envFilePaths(target.workingDirectory, target.envFiles).flatMap((file) => readOrNothing(readText, file).map(parseEnvFile));
    return stackSecrets({ model, composeTexts, env, envFiles });
}
function readOrNothing(readText, file) {
    try {
        return [readText(file)];
    }
    catch {
        return [];
    }
}
/** Reads the stack's secret values and hands them to a redactor: the one call after loading the model. */
function rememberStackSecrets(redactor, stack) {
    const secrets = readStackSecrets(stack.target, stack.model, stack.env, stack.readText);
    redactor.add(secrets.maskInRunner, { maskInRunner: true });
    redactor.add(secrets.values);
    return secrets;
}


/***/ }),

/***/ 71785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ applyPolicyConfig)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96333);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20891);


/**
 * The configuration applied to findings made outside the compose rules (workflow lint): the
 * configured severity or `off`, and exemptions by subject (the job id for workflow findings).
 */
function applyPolicyConfig(findings, config) {
    return findings
        .flatMap((finding) => {
        if (!(0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .isRuleId */ .KX)(finding.rule))
            return [finding];
        const rule = config.rules[finding.rule];
        if (rule.severity === 'off' || (finding.service && rule.exempt.includes(finding.service)))
            return [];
        return [{ ...finding, severity: rule.severity }];
    })
        .sort(_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg);
}


/***/ }),

/***/ 76515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HF: () => (/* binding */ PolicyInputError),
  Tm: () => (/* binding */ policyFailure),
  ov: () => (/* binding */ runPolicyCheck)
});

// UNUSED EXPORTS: displayPathFor

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/compose/compose-cli.ts + 1 modules
var compose_cli = __webpack_require__(76407);
// EXTERNAL MODULE: ./src/compose/healthcheck-defaults.ts
var healthcheck_defaults = __webpack_require__(36101);
// EXTERNAL MODULE: ./src/compose/override.ts
var compose_override = __webpack_require__(35318);
// EXTERNAL MODULE: ./src/compose/positions.ts + 2 modules
var positions = __webpack_require__(24041);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/compose/resources.ts
var resources = __webpack_require__(37993);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/policy/host.ts
var policy_host = __webpack_require__(55874);
// EXTERNAL MODULE: ./src/policy/catalog.ts
var catalog = __webpack_require__(96333);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/policy/context.ts

/**
 * Positions for rules, never wrong, sometimes coarse: the exact value when it can be placed,
 * else the collection's key, else the service's key, else the first compose file with no line.
 * It also remembers which model path each position it handed out was asked for (`keyPathOf`),
 * so findings carry a key path for fingerprints without the rules spelling it twice.
 */
class Locator {
    sources;
    firstFile;
    keyPaths = new WeakMap();
    constructor(sources, firstFile) {
        this.sources = sources;
        this.firstFile = firstFile;
    }
    service(service) {
        return this.remember(this.sources?.service(service) ?? { file: this.firstFile, line: 0, column: 0 }, '');
    }
    value(service, path) {
        return this.remember(this.sources?.value(service, path) ?? this.service(service), path.join('.'));
    }
    /** The value's own position, or undefined when it cannot be placed (no fallback). */
    exact(service, path) {
        const found = this.sources?.value(service, path);
        return found ? this.remember(found, path.join('.')) : undefined;
    }
    key(service, path) {
        return this.remember(this.sources?.key(service, path) ?? this.service(service), path.join('.'));
    }
    entry(service, path, match) {
        let matched;
        const found = this.sources?.entry(service, path, (entry) => {
            const accepted = match(entry);
            if (accepted)
                matched = entry;
            return accepted;
        });
        return found ? this.remember(found, `${path.join('.')}${entryKey(matched)}`) : this.key(service, path);
    }
    /**
     * The value at `path` as the winning file writes it (before interpolation), or undefined when
     * it cannot be read: `depends_on: {db: {condition: service_started}}` is a choice, the short
     * form only Compose's default; `container_name: app-${COMPOSE_PROJECT_NAME}` follows the project.
     */
    written(service, path, match = () => true) {
        let found;
        this.sources?.entry(service, path, (entry) => {
            if (!match(entry))
                return false;
            found = { value: entry.value };
            return true;
        });
        return found;
    }
    /** A top-level network's or volume's key (`networks.<n>.name`), else `services:`. */
    resource(section, name, key) {
        const found = this.sources?.topValue([section, name, key]);
        const keyPath = `${section}.${name}.${key}`;
        return found ? { at: this.remember(found.position, keyPath), written: found.written } : { at: this.remember(this.sources?.top(section) ?? this.stack(), keyPath) };
    }
    stack() {
        return this.remember(this.sources?.top('services') ?? { file: this.firstFile, line: 0, column: 0 }, '(stack)');
    }
    /** A top-level value (`volumes.data.driver_opts.device`), else the stack's position. */
    top(path) {
        return this.remember(this.sources?.topValue(path)?.position ?? this.stack(), path.join('.'));
    }
    /** The first of several model paths that is written (`build.context`, else `build`). */
    first(service, paths) {
        for (const candidate of paths) {
            const found = this.sources?.value(service, candidate);
            if (found)
                return this.remember(found, candidate.join('.'));
        }
        return this.remember(this.service(service), paths[0].join('.'));
    }
    /** The model path a position was handed out for; undefined for positions made elsewhere. */
    keyPathOf(position) {
        return this.keyPaths.get(position);
    }
    remember(position, keyPath) {
        // A copy: the same position object may come back for another path (a fallback).
        const own = { ...position };
        this.keyPaths.set(own, keyPath);
        return own;
    }
}
/**
 * How a matched entry is named in a key path: a mapping entry by its key (a variable's name, a
 * service's name), a list item by a hash of what is written — stable while the item is, and
 * never the item's text, which may hold a literal value that has no place in a committed file.
 */
function entryKey(entry) {
    if (!entry)
        return '';
    if (entry.key !== undefined)
        return `.${entry.key}`;
    return `[#${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(entry.value) ?? '').digest('hex').slice(0, 8)}]`;
}
function positionKey(position) {
    return `${position.file}:${position.line}:${position.column}`;
}
/** A plain object, for matching long-syntax entries. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/policy/finding.ts
var finding = __webpack_require__(20891);
;// CONCATENATED MODULE: ./src/policy/guarded.ts

// Security rules guard the runner against the pull request whose files they judge, so the
// checked-out tree cannot switch them off: not by an inline comment, not by the policy file
// (off, a lower severity, exempt services). Only the workflow — written by whoever owns the
// runner's trust, not by the pull request's files — can, with the `policy-allow` input.
const GUARDED_RULES = [
    'privileged',
    'docker-socket',
    'host-namespace',
    'capabilities',
    'host-path',
    'devices',
    'security-opt',
    'dangerous-capabilities',
    'cgroup-parent',
    'sysctls',
    'foreign-container',
    'outside-workspace',
];
function isGuarded(rule) {
    return GUARDED_RULES.includes(rule);
}
const RANK = { error: 3, warning: 2, note: 1, off: 0 };
/** True when a configured severity is weaker than the rule's default (a way of turning it off). */
function lowersSeverity(rule, severity) {
    return RANK[severity] < RANK[catalog/* RULES */.y0[rule].defaultSeverity];
}
/** Why a file in the checked-out tree may not suppress a guarded rule (summary and SARIF). */
const REFUSED_BY_TREE = 'security rules can be turned off only by the workflow (the policy-allow input), not by a file in the checked-out tree, which the pull request itself controls';

// EXTERNAL MODULE: ./src/policy/rules/durability.ts
var durability = __webpack_require__(71011);
// EXTERNAL MODULE: ./src/compose/declared-memory.ts + 1 modules
var declared_memory = __webpack_require__(77471);
// EXTERNAL MODULE: ./src/policy/service-facts.ts
var service_facts = __webpack_require__(76543);
;// CONCATENATED MODULE: ./src/policy/rules/health.ts




// healthcheck, healthcheck-timing, depends-on-healthy: whether `up --wait` and dependants can
// know a service is ready, and whether its checks survive a loaded runner. A check is judged as
// the daemon will run it: fields the file leaves unset come from the image's own HEALTHCHECK
// when the daemon has the image, and are said to be unknown when it does not.
const UNKNOWN_IMAGE = 'its image is not on this daemon, so whether that declares a HEALTHCHECK is unknown';
const healthcheck = {
    id: 'healthcheck',
    check: ({ services, images, where }) => {
        // A one-shot job (a migration) that others await with service_completed_successfully is
        // waited for by its exit, not its health.
        const dependedOn = (0,service_facts/* dependants */.pW)(services, (condition) => condition !== 'service_completed_successfully');
        return services.flatMap(([name, service]) => {
            const source = (0,service_facts/* healthcheckSource */.Ej)(service, images.get(name));
            if (source === 'compose' || source === 'image')
                return [];
            const users = dependedOn.get(name) ?? [];
            const publishes = (service.ports ?? []).length > 0;
            if (users.length === 0 && !publishes)
                return [];
            const why = users.length > 0 ? `${users.join(', ')} depend${users.length === 1 ? 's' : ''} on it` : 'it publishes ports';
            const image = source === 'unknown' && !service.healthcheck ? ` (${UNKNOWN_IMAGE})` : '';
            return [{
                    rule: 'healthcheck',
                    service: name,
                    at: where.service(name),
                    message: `Service ${name} has no health check although ${why}, so "started" is all anyone can wait for and tests race its start-up${image}. Add a healthcheck (or declare the image's own here).`,
                }];
        });
    },
};
const healthcheckTiming = {
    id: 'healthcheck-timing',
    check: (context) => standardisedAsNotes(timingHits(context), context.standardised),
};
/** Where the action injected the standard timing, the finding stays, as a note saying so. */
function standardisedAsNotes(hits, standardised) {
    return hits.map((hit) => {
        const changes = standardised.get(hit.service);
        if (!changes?.length)
            return hit;
        const what = changes.map((change) => `${change.field} ${change.before} → ${change.after}`).join(', ');
        return { ...hit, severity: 'note', message: `${hit.message} The action injected the standard timing for this run (${what}); fix the file to match.` };
    });
}
/** "(timeout, the image's HEALTHCHECK)": where a value the file does not set comes from. */
function origin(field, value) {
    if (value.from === 'compose')
        return field;
    if (value.from === 'image')
        return `${field}, from the image's own HEALTHCHECK`;
    if (value.from === 'docker')
        return `${field}, Docker's default (the image sets none)`;
    return `${field}, Docker's default unless the image's own HEALTHCHECK sets another: unknown, as the image is not on this daemon`;
}
/** Databases and JVMs: by image name, or because the service runs a JVM heap flag. */
function slowStarter(service, prefixes) {
    const image = service.image ? (0,service_facts/* parseImage */.zZ)(service.image).name : '';
    const named = prefixes.find((prefix) => image.startsWith(prefix));
    if (named)
        return image;
    return (0,declared_memory/* declaredMemory */.Eb)(service).some((declaration) => declaration.program === 'jvm') ? 'a JVM' : undefined;
}
/**
 * How to keep a fast start with a slower interval: start_interval (probes during start_period)
 * where the engine takes it; older engines refuse the field, so it is not advised there.
 */
function fastStartAdvice(engine) {
    if (engine === undefined)
        return ', with start_interval for a fast start on Docker Engine 25 or later';
    return engine.startInterval ? ', with start_interval (e.g. 1s, this engine supports it) and a start_period for a fast start' : ' (this engine is older than 25 and refuses start_interval: keep a start_period instead)';
}
const timingHits = ({ services, images, config, where, engine }) => services.flatMap(([name, service]) => {
    const image = images.get(name);
    const source = (0,service_facts/* healthcheckSource */.Ej)(service, image);
    // Timing is judged where it is written: a check that only the image declares is the image's.
    if (source !== 'compose')
        return [];
    const timing = (0,service_facts/* healthTiming */.$P)(service);
    const floor = config.healthcheckTiming.minIntervalMs;
    const hits = [];
    if (timing.intervalMs !== undefined && timing.intervalMs < floor) {
        hits.push({
            rule: 'healthcheck-timing',
            service: name,
            at: where.value(name, ['healthcheck', 'interval']),
            message: `The health check of ${name} runs every ${(0,units/* formatDuration */.a3)(timing.intervalMs)}, below the floor of ${(0,units/* formatDuration */.a3)(floor)}: frequent probes load a busy runner and fail under it. Use interval: ${Math.ceil(floor / 1000)}s or more${fastStartAdvice(engine)}.`,
        });
    }
    if (service.healthcheck?.start_interval !== undefined && engine?.startInterval === false) {
        hits.push({
            rule: 'healthcheck-timing',
            service: name,
            at: where.value(name, ['healthcheck', 'start_interval']),
            severity: 'error',
            message: `The health check of ${name} sets start_interval, which this daemon's engine refuses (it needs Docker Engine 25 or later): Compose will not start the stack. Remove start_interval here (keep start_period) or run on a newer engine.`,
        });
    }
    if (timing.intervalMs !== undefined || timing.timeoutMs !== undefined) {
        const interval = (0,service_facts/* effectiveTiming */.yo)(service, image, 'intervalMs', timing);
        const timeout = (0,service_facts/* effectiveTiming */.yo)(service, image, 'timeoutMs', timing);
        if (timeout.ms >= interval.ms) {
            hits.push({
                rule: 'healthcheck-timing',
                service: name,
                at: where.value(name, ['healthcheck', timing.timeoutMs !== undefined ? 'timeout' : 'interval']),
                message: `The health check of ${name} may take ${(0,units/* formatDuration */.a3)(timeout.ms)} (${origin('timeout', timeout)}) but is meant to run every ${(0,units/* formatDuration */.a3)(interval.ms)} (${origin('interval', interval)}): a hanging probe holds up the next, so failures are noticed late. Set a timeout below the interval.`,
            });
        }
    }
    const slow = slowStarter(service, config.healthcheckTiming.slowStarters);
    if (slow) {
        const start = (0,service_facts/* effectiveTiming */.yo)(service, image, 'startPeriodMs', timing);
        const minimum = config.healthcheckTiming.minStartPeriodMs;
        if (start.ms === 0) {
            const unknown = start.from === 'unknown' ? ` (${origin('start_period', start).replace(/^start_period, /, '')})` : '';
            hits.push({
                rule: 'healthcheck-timing',
                service: name,
                at: where.key(name, ['healthcheck']),
                message: `${name} runs ${slow}, which starts slowly, but its health check has no start_period${unknown}: failures while it initialises count against its retries and it can be marked unhealthy. Add start_period (e.g. 30s).`,
            });
        }
        else if (start.ms < minimum) {
            hits.push({
                rule: 'healthcheck-timing',
                service: name,
                at: start.from === 'compose' ? where.value(name, ['healthcheck', 'start_period']) : where.key(name, ['healthcheck']),
                message: `${name} runs ${slow}, which starts slowly, but its health check's start period is only ${(0,units/* formatDuration */.a3)(start.ms)} (${origin('start_period', start)}), below ${(0,units/* formatDuration */.a3)(minimum)}: on a loaded runner it is still initialising when failures start to count. Use start_period: 30s (start_interval keeps the first checks quick).`,
            });
        }
    }
    return hits;
});
const dependsOnHealthy = {
    id: 'depends-on-healthy',
    check: ({ model, services, images, where }) => services.flatMap(([name, service]) => Object.entries(service.depends_on ?? {}).flatMap(([dependency, spec]) => {
        const target = model.services[dependency];
        const condition = spec?.condition ?? 'service_started';
        if (!target || condition !== 'service_started')
            return [];
        const source = (0,service_facts/* healthcheckSource */.Ej)(target, images.get(dependency));
        if (source !== 'compose' && source !== 'image')
            return [];
        // `condition: service_started` written out is a choice; only the short form is Compose's default.
        let written;
        const at = where.entry(name, ['depends_on'], (entry) => {
            if (entry.key !== dependency && entry.value !== dependency)
                return false;
            written = entry.key === dependency ? entry.value : undefined;
            return true;
        });
        if (isRecord(written) && written.condition === 'service_started')
            return [];
        return [{
                rule: 'depends-on-healthy',
                service: name,
                at,
                message: `${name} depends on ${dependency}, which has a health check${source === 'image' ? " (its image's own HEALTHCHECK)" : ''}, but only waits for it to start: a start-up race. Use depends_on: {${dependency}: {condition: service_healthy}} (or condition: service_started, written out, if starting is all it needs).`,
            }];
    })),
};
const HEALTH_RULES = [healthcheck, healthcheckTiming, dependsOnHealthy];

;// CONCATENATED MODULE: ./src/policy/rules/host-access.ts



/** Mount options of the local driver that make a named volume a bind of its `device`. */
const BIND_OPTIONS = new Set(['bind', 'rbind']);
/** Volume types that mount something remote or in memory, never a host path. */
const REMOTE_TYPES = new Set(['nfs', 'nfs4', 'cifs', 'smb', 'smb3', 'tmpfs', 'ramfs', 'glusterfs', 'ceph']);
/**
 * The target of a short-syntax volume ("src:/target:ro") or a long-syntax entry. Interpolations
 * are blanked first: `${RUNNER_TEMP:-/tmp}:/t` has a colon of its own before the target.
 */
function writtenTarget(value) {
    const target = isRecord(value) ? value.target : typeof value === 'string' ? value.replace(/\$\{[^}]*\}/g, '$').split(':')[1] : undefined;
    // Compose prints targets cleaned ("/etc/pihole/" becomes "/etc/pihole").
    return typeof target === 'string' ? external_node_path_default().posix.normalize(target).replace(/(.)\/+$/, '$1') : undefined;
}
function hostMounts({ model, services, where }) {
    const volumes = (model.volumes ?? {});
    return services.flatMap(([name, service]) => (service.volumes ?? []).flatMap((volume) => {
        const at = () => where.entry(name, ['volumes'], ({ value }) => writtenTarget(value) === volume.target);
        if (volume.type === 'bind' && volume.source) {
            return [{ service: name, source: volume.source, target: volume.target, readOnly: volume.read_only === true, spelled: volume.source, at: at() }];
        }
        if (volume.type !== 'volume' || !volume.source)
            return [];
        const declared = volumes[volume.source];
        const driver = isRecord(declared) ? declared.driver : undefined;
        const options = isRecord(declared) && isRecord(declared.driver_opts) ? declared.driver_opts : undefined;
        const device = options?.device;
        if (!options || typeof device !== 'string' || (driver !== undefined && driver !== 'local'))
            return [];
        const flags = String(options.o ?? '').split(',').map((flag) => flag.trim());
        const type = String(options.type ?? '');
        // The local driver mounts `device` with mount(2): a bind of a host path, or a host block
        // device formatted with `type`; a relative device is resolved from dockerd's directory, /.
        const mountsHostPath = flags.some((flag) => BIND_OPTIONS.has(flag)) || (!REMOTE_TYPES.has(type) && /^[./]/.test(device));
        if (!mountsHostPath)
            return [];
        return [{
                service: name,
                source: device.startsWith('/') ? device : `/${device}`,
                target: volume.target,
                readOnly: volume.read_only === true || flags.includes('ro'),
                spelled: `volume ${volume.source} (driver_opts device ${device})`,
                at: where.top(['volumes', volume.source, 'driver_opts', 'device']),
            }];
    }));
}
function describe(mount, access) {
    const through = mount.spelled === mount.source && access.resolved !== external_node_path_default().resolve(mount.source) ? `${mount.source} (a link to ${access.resolved})` : mount.spelled;
    return `${through} at ${mount.target}${mount.readOnly ? ' read-only' : ''}, which reaches ${access.what}`;
}
const dockerSocket = {
    id: 'docker-socket',
    check: (context) => hostMounts(context).flatMap((mount) => {
        const access = (0,policy_host/* judgeHostPath */.n$)(mount.source, mount.readOnly, context.host);
        if (access?.kind !== 'socket')
            return [];
        return [{
                rule: 'docker-socket',
                service: mount.service,
                at: mount.at,
                message: `Service ${mount.service} mounts ${describe(mount, access)}: that is root on the host, so a pull request could take over the runner. Remove the mount; give tests their own daemon if they need Docker.`,
            }];
    }),
};
const hostPath = {
    id: 'host-path',
    check: (context) => hostMounts(context).flatMap((mount) => {
        const access = (0,policy_host/* judgeHostPath */.n$)(mount.source, mount.readOnly, context.host);
        if (access?.kind !== 'host')
            return [];
        return [{
                rule: 'host-path',
                service: mount.service,
                at: mount.at,
                message: `Service ${mount.service} mounts ${describe(mount, access)}: a container runs as root there, so it can read the host's secrets or change what runs next (the system, other jobs, later steps of this one). Mount a directory of the workspace instead.`,
            }];
    }),
};
/** "/dev/sda" from "/dev/sda:/dev/xvda:rwm" or a long-syntax entry. */
function deviceSource(value) {
    if (isRecord(value))
        return typeof value.source === 'string' ? value.source : undefined;
    return typeof value === 'string' ? value.split(':')[0] : undefined;
}
const devices = {
    id: 'devices',
    check: ({ services, where }) => services.flatMap(([name, service]) => {
        const given = Array.isArray(service.devices) ? service.devices : [];
        const hits = given.flatMap((device) => {
            const source = deviceSource(device);
            if (!source)
                return [];
            return [{
                    rule: 'devices',
                    service: name,
                    at: where.entry(name, ['devices'], ({ value }) => deviceSource(value) === source),
                    message: `Service ${name} is given the host device ${source}: it reads and writes the hardware behind it directly (a disk, the GPU, /dev/kvm…), past every container boundary. Remove it from devices:.`,
                }];
        });
        const rules = Array.isArray(service.device_cgroup_rules) ? service.device_cgroup_rules : [];
        if (rules.length > 0) {
            hits.push({
                rule: 'devices',
                service: name,
                at: where.value(name, ['device_cgroup_rules']),
                message: `Service ${name} sets device_cgroup_rules (${rules.map(String).join(', ')}): the container may create and open host devices it names, such as the host's disks. Remove them.`,
            });
        }
        return hits;
    }),
};
const HOST_ACCESS_RULES = [dockerSocket, hostPath, devices];

;// CONCATENATED MODULE: ./src/policy/rules/hygiene.ts

// restart-policy, container-name, image-tag: what keeps a CI stack disposable, parallel and
// reproducible.
const restartPolicy = {
    id: 'restart-policy',
    check: ({ services, where }) => services.flatMap(([name, service]) => {
        const hits = [];
        if (service.restart === 'always' || service.restart === 'unless-stopped') {
            hits.push({
                rule: 'restart-policy',
                service: name,
                at: where.value(name, ['restart']),
                message: `Service ${name} restarts ${service.restart}: in CI that hides a crash loop behind "running" and brings the container back after cleanup. Use restart: "no" (the default) or on-failure:3.`,
            });
        }
        const swarmPolicy = service.deploy?.restart_policy;
        if (swarmPolicy?.condition === 'any') {
            hits.push({
                rule: 'restart-policy',
                service: name,
                at: where.value(name, ['deploy', 'restart_policy', 'condition']),
                message: `Service ${name} has deploy.restart_policy.condition: any, which restarts it like restart: always and hides crash loops. Use on-failure with max_attempts, or none.`,
            });
        }
        return hits;
    }),
};
/**
 * True when a resolved name follows the project: it holds the project name as a word and is
 * written with interpolation (`edx.${COMPOSE_PROJECT_NAME:-devstack}.mongo`), so every copy of the
 * stack gets its own. A literal that merely contains today's project name (`myapp-db` in directory
 * myapp) is still fixed: the action's unique project names would not change it.
 */
function followsProject(resolved, project, written) {
    if (!project)
        return false;
    const escaped = project.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const holds = new RegExp(`(?:^|[^a-z0-9])${escaped}(?:$|[^a-z0-9])`, 'i').test(resolved);
    return holds && (written === undefined || (typeof written.value === 'string' && written.value.includes('$')));
}
const containerName = {
    id: 'container-name',
    check: ({ model, services, where }) => services.flatMap(([name, service]) => service.container_name && !followsProject(service.container_name, model.name, where.written(name, ['container_name']))
        ? [{
                rule: 'container-name',
                service: name,
                at: where.value(name, ['container_name']),
                message: `Service ${name} has a fixed container_name, so a second copy of the stack (a parallel job, a matrix leg) on the same daemon fails with "name already in use". Remove it (Compose names containers after the project), or put \${COMPOSE_PROJECT_NAME} in it.`,
            }]
        : []),
};
/** A tag that names no version moves with every release: latest, stable, edge, nightly, main, alpine, lts… */
function floatingTag(tag) {
    return tag === undefined || !/\d/.test(tag);
}
const imageTag = {
    id: 'image-tag',
    check: ({ services, where }) => {
        // An image this stack builds (here or in another service) is only named by `image:`, and one
        // that is never pulled cannot drift from a registry.
        const built = new Set(services.filter(([, service]) => service.build !== undefined && service.image).map(([, service]) => service.image));
        return services.flatMap(([name, service]) => {
            if (!service.image || service.build !== undefined || built.has(service.image))
                return [];
            if (service.pull_policy === 'never' || service.pull_policy === 'build')
                return [];
            const image = (0,service_facts/* parseImage */.zZ)(service.image);
            if (image.digest || !floatingTag(image.tag))
                return [];
            const what = !image.tag ? 'without a tag (latest)' : image.tag === 'latest' ? 'with tag latest' : `with tag ${image.tag}, which names no version`;
            return [{
                    rule: 'image-tag',
                    service: name,
                    at: where.value(name, ['image']),
                    message: `Service ${name} uses image ${image.repository} ${what}, so it changes under the tests without a commit. Pin a version tag or a digest.`,
                }];
        });
    },
};
const fixedName = {
    id: 'fixed-name',
    check: ({ model, where }) => ['networks', 'volumes'].flatMap((section) => Object.entries(model[section] ?? {}).flatMap(([key, resource]) => {
        // External ones exist before the stack and are shared on purpose; another rule judges those.
        if (!resource?.name || resource.external)
            return [];
        const { at, written } = where.resource(section, key, 'name');
        if (followsProject(resource.name, model.name, written === undefined ? undefined : { value: written }))
            return [];
        const kind = section === 'networks' ? 'network' : 'volume';
        // As written when it can be read: an interpolated value may come from a secret.
        const shown = typeof written === 'string' ? written : resource.name;
        return [{
                rule: 'fixed-name',
                service: '',
                at,
                message: `The ${kind} ${key} has the fixed name ${JSON.stringify(shown)}, the same for every copy of the stack: parallel jobs on one daemon share it${section === 'volumes' ? ' (and its data), and one job\'s cleanup removes what another uses' : ', and one job\'s cleanup removes it under another'}. Remove name: (Compose prefixes the project) or put \${COMPOSE_PROJECT_NAME} in it.`,
            }];
    })),
};
const HYGIENE_RULES = [restartPolicy, containerName, imageTag, fixedName];

// EXTERNAL MODULE: ./src/policy/config.ts
var policy_config = __webpack_require__(82714);
;// CONCATENATED MODULE: ./src/policy/rules/isolation.ts


// security-opt, dangerous-capabilities, cgroup-parent, sysctls, foreign-container: the settings
// that loosen the walls between a container and the host or the other tenants of the daemon.
/** `seccomp=unconfined`, `apparmor:unconfined`: Docker takes `=` or `:` after the option. */
function splitOption(entry) {
    const match = /^([a-z-]+)[=:](.*)$/i.exec(entry.trim());
    return match ? { key: match[1].toLowerCase(), value: match[2].trim() } : { key: entry.trim().toLowerCase(), value: '' };
}
/** Why a security option loosens confinement, or undefined when it does not. */
function looseningOption(entry) {
    const { key, value } = splitOption(entry);
    const lower = value.toLowerCase();
    if (key === 'seccomp') {
        return lower === 'unconfined'
            ? 'turns the seccomp filter off: every system call reaches the host kernel'
            : `replaces Docker's seccomp filter with the profile ${value} from the checked-out tree, which may allow anything`;
    }
    if (key === 'apparmor' && lower === 'unconfined')
        return 'turns AppArmor confinement off';
    if (key === 'label' && (lower === 'disable' || /^type:(spc_t|unconfined_t)$/.test(lower)))
        return 'turns SELinux separation off';
    if (key === 'systempaths' && lower === 'unconfined')
        return 'unmasks /proc and /sys paths Docker hides (kernel memory, sysrq, the host\'s firmware)';
    // no-new-privileges:false is Docker's default, so it loosens nothing.
    return undefined;
}
const securityOpt = {
    id: 'security-opt',
    check: ({ services, where }) => services.flatMap(([name, service]) => (Array.isArray(service.security_opt) ? service.security_opt : []).flatMap((entry) => {
        if (typeof entry !== 'string')
            return [];
        const why = looseningOption(entry);
        if (!why)
            return [];
        return [{
                rule: 'security-opt',
                service: name,
                at: where.entry(name, ['security_opt'], ({ value }) => value === entry),
                message: `Service ${name} sets security_opt ${entry}, which ${why}: a container escape then needs one kernel bug less. Remove it.`,
            }];
    })),
};
/**
 * Capabilities that break out of the container or reach the host and other tenants; every other
 * added capability is the `capabilities` rule's (a warning). Not listed: what Docker grants by
 * default anyway (CHOWN, DAC_OVERRIDE, MKNOD, NET_RAW…), where adding it changes nothing.
 */
const DANGEROUS_CAPABILITIES = {
    ALL: 'every capability: nearly privileged',
    SYS_ADMIN: 'mount file systems, use namespaces and BPF: the classic container escape',
    SYS_MODULE: 'load kernel modules into the host kernel',
    SYS_RAWIO: 'raw I/O to host memory and devices',
    SYS_PTRACE: 'trace and inject code into processes it can see',
    SYS_BOOT: 'reboot the host',
    SYS_TIME: 'set the host\'s clock',
    DAC_READ_SEARCH: 'open host files by handle, past the container\'s root (the "shocker" escape)',
    NET_ADMIN: 'reconfigure the network stack: routes, firewall, interfaces of every network it joins',
    BPF: 'load BPF programs into the host kernel',
    PERFMON: 'observe host-wide performance events',
    MAC_ADMIN: 'change the host\'s mandatory access control policy',
    MAC_OVERRIDE: 'bypass mandatory access control',
    SYSLOG: 'read and clear the host kernel\'s log',
};
const dangerousCapabilities = {
    id: 'dangerous-capabilities',
    check: ({ services, where }) => services.flatMap(([name, service]) => {
        const added = [...new Set((service.cap_add ?? []).map(policy_config/* normalizeCapability */.u$))].filter((cap) => cap in DANGEROUS_CAPABILITIES);
        return added.map((cap) => ({
            rule: 'dangerous-capabilities',
            service: name,
            at: where.entry(name, ['cap_add'], ({ value }) => typeof value === 'string' && (0,policy_config/* normalizeCapability */.u$)(value) === cap),
            subject: cap,
            message: `Service ${name} adds ${cap} (${DANGEROUS_CAPABILITIES[cap]}): on a shared runner that reaches the host or the other jobs. Remove it; when a test truly needs it, allow the rule in the workflow (policy-allow: dangerous-capabilities).`,
        }));
    }),
};
const cgroupParent = {
    id: 'cgroup-parent',
    check: ({ services, where }) => services.flatMap(([name, service]) => typeof service.cgroup_parent === 'string' && service.cgroup_parent !== ''
        ? [{
                rule: 'cgroup-parent',
                service: name,
                at: where.value(name, ['cgroup_parent']),
                message: `Service ${name} sets cgroup_parent ${service.cgroup_parent}: its container is placed anywhere in the host's cgroup tree — outside the limits the runner sets, or inside another tenant's, where its memory counts against them. Remove it.`,
            }]
        : []),
};
/**
 * Sysctls that stay inside the container's own namespaces and are bounded by its limits — the
 * set Kubernetes calls safe, plus the listen backlog (per network namespace, a common setting
 * for Redis). Docker refuses sysctls of no namespace at all; of the namespaced ones, the others
 * reach memory outside the container's limit (kernel.shm*, net.core buffers) or the host's
 * behaviour (net.ipv4.conf.all.*) on some kernels.
 */
const SAFE_SYSCTLS = new Set([
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.ip_unprivileged_port_start',
    'net.ipv4.ip_local_reserved_ports',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.tcp_keepalive_time',
    'net.ipv4.tcp_fin_timeout',
    'net.ipv4.tcp_keepalive_intvl',
    'net.ipv4.tcp_keepalive_probes',
    'net.core.somaxconn',
]);
/** A sysctl's name from a mapping key or a list entry ("net.core.somaxconn=1024"). */
function sysctlName(key, value) {
    if (key !== undefined)
        return key;
    return typeof value === 'string' ? value.split('=')[0].trim() : undefined;
}
const sysctls = {
    id: 'sysctls',
    check: ({ services, where }) => services.flatMap(([name, service]) => {
        const set = service.sysctls;
        const names = isRecord(set) ? Object.keys(set) : Array.isArray(set) ? set.map((entry) => sysctlName(undefined, entry)).filter((entry) => Boolean(entry)) : [];
        return names
            .filter((sysctl) => !SAFE_SYSCTLS.has(sysctl))
            .map((sysctl) => ({
            rule: 'sysctls',
            service: name,
            at: where.entry(name, ['sysctls'], ({ key, value }) => sysctlName(key, value) === sysctl),
            message: `Service ${name} sets the kernel parameter ${sysctl}, which is not among those that stay within the container (${[...SAFE_SYSCTLS].slice(0, 3).join(', ')}, …): it can take memory outside the container's limit or change the host's behaviour for every job. Remove it.`,
        }));
    }),
};
/** Container names of this project: fixed `container_name`s and Compose's `<project>-<service>-<n>`. */
function ownContainer(model, name) {
    for (const [service, definition] of Object.entries(model.services ?? {})) {
        if (definition.container_name === name)
            return true;
        for (const separator of ['-', '_']) {
            const prefix = `${model.name}${separator}${service}${separator}`;
            if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
                return true;
        }
    }
    return false;
}
const NAMESPACE_KEYS = ['network_mode', 'pid', 'ipc'];
const foreignContainer = {
    id: 'foreign-container',
    check: ({ model, services, where }) => services.flatMap(([name, service]) => {
        const hits = [];
        for (const key of NAMESPACE_KEYS) {
            const value = service[key];
            const other = typeof value === 'string' && value.startsWith('container:') ? value.slice('container:'.length) : undefined;
            if (other === undefined || ownContainer(model, other))
                continue;
            hits.push({
                rule: 'foreign-container',
                service: name,
                at: where.value(name, [key]),
                message: `Service ${name} sets ${key}: container:${other}, joining the ${key === 'network_mode' ? 'network' : key === 'pid' ? 'process' : 'IPC'} namespace of a container outside this project — another tenant of the daemon, whose traffic, processes or shared memory it then reaches. Use service:<name> for a service of this stack.`,
            });
        }
        for (const entry of Array.isArray(service.volumes_from) ? service.volumes_from : []) {
            if (typeof entry !== 'string' || !entry.startsWith('container:'))
                continue;
            const other = entry.slice('container:'.length).split(':')[0];
            if (ownContainer(model, other))
                continue;
            hits.push({
                rule: 'foreign-container',
                service: name,
                at: where.entry(name, ['volumes_from'], ({ value }) => value === entry),
                message: `Service ${name} mounts the volumes of container ${other} (volumes_from: ${entry}), a container outside this project: another tenant's data, readable and writable. Mount a volume of this stack instead.`,
            });
        }
        return hits;
    }),
};
const ISOLATION_RULES = [securityOpt, dangerousCapabilities, cgroupParent, sysctls, foreignContainer];

// EXTERNAL MODULE: ./src/compose/memory-needs.ts
var memory_needs = __webpack_require__(76097);
;// CONCATENATED MODULE: ./src/policy/rules/resources.ts



// memory-limit, cpu-limit, tmpfs-size, memory-budget: what a stack may take from the runner.
function raisedMemory(limits) {
    const raised = limits.memoryRaised;
    return raised ? `raised from default-memory-limit ${(0,units/* formatBytes */.z3)(raised.defaultBytes)}: ${raised.because}` : 'default-memory-limit';
}
function raisedCpus(limits) {
    const raised = limits.cpusRaised;
    return raised ? `raised from default-cpu-limit ${raised.default}: ${raised.because}` : 'default-cpu-limit';
}
const memoryLimit = {
    id: 'memory-limit',
    check: ({ services, injected, where }) => services.flatMap(([name, service]) => {
        const injectedBytes = injected.get(name)?.memoryBytes;
        if (injectedBytes !== undefined) {
            return [{
                    rule: 'memory-limit',
                    service: name,
                    at: where.service(name),
                    severity: 'note',
                    message: `Service ${name} has no memory limit in the compose files; the action injected ${(0,units/* formatBytes */.z3)(injectedBytes)} (${raisedMemory(injected.get(name))}). Set mem_limit in the file to make it permanent.`,
                }];
        }
        if ((0,resources/* memoryLimitBytes */.IJ)(service) !== undefined)
            return [];
        return [{
                rule: 'memory-limit',
                service: name,
                at: where.service(name),
                message: `Service ${name} has no memory limit, so one runaway container can take the runner's memory and the Docker daemon with it. Set mem_limit (e.g. 512m) or deploy.resources.limits.memory.`,
            }];
    }),
};
const cpuLimitRule = {
    id: 'cpu-limit',
    check: ({ services, injected, where }) => services.flatMap(([name, service]) => {
        const injectedCpus = injected.get(name)?.cpus;
        if (injectedCpus !== undefined) {
            return [{
                    rule: 'cpu-limit',
                    service: name,
                    at: where.service(name),
                    severity: 'note',
                    message: `Service ${name} has no CPU limit in the compose files; the action injected ${injectedCpus} CPUs (${raisedCpus(injected.get(name))}).`,
                }];
        }
        if ((0,resources/* cpuLimit */.O4)(service) !== undefined)
            return [];
        return [{
                rule: 'cpu-limit',
                service: name,
                at: where.service(name),
                message: `Service ${name} has no CPU limit, so one busy container can starve the others and the runner until health checks time out. Set cpus (e.g. 1.0) or deploy.resources.limits.cpus.`,
            }];
    }),
};
/** The `tmpfs:` entry or `type: tmpfs` volume that declares a mount. */
function tmpfsPosition(where, service, mount) {
    return mount.declaredIn === 'tmpfs'
        ? where.entry(service, ['tmpfs'], ({ value }) => typeof value === 'string' && value.split(':')[0] === mount.target)
        : where.entry(service, ['volumes'], ({ value }) => isRecord(value) && value.type === 'tmpfs' && value.target === mount.target);
}
const tmpfsSize = {
    id: 'tmpfs-size',
    check: ({ services, where }) => services.flatMap(([name, service]) => (0,resources/* tmpfsMounts */.bY)(service)
        .filter((mount) => mount.sizeBytes === undefined)
        .map((mount) => {
        const at = tmpfsPosition(where, name, mount);
        const fix = mount.declaredIn === 'tmpfs' ? `write it as "${mount.target}:size=256m"` : 'add tmpfs: {size: 256m} to the volume';
        return {
            rule: 'tmpfs-size',
            service: name,
            at,
            message: `tmpfs ${mount.target} of service ${name} has no size, so it can fill the host's memory (tmpfs is RAM). Give it a size: ${fix}.`,
        };
    })),
};
const memoryBudget = {
    id: 'memory-budget',
    check: ({ model, memoryBudget: budget, injected, where }) => {
        if (!budget) {
            return [{
                    rule: 'memory-budget',
                    service: '',
                    at: where.stack(),
                    severity: 'note',
                    message: 'The memory budget was not checked: no memory-budget was given and the Docker daemon did not say how much memory it has.',
                }];
        }
        const reservation = (0,resources/* stackReservation */.XU)(model);
        if (reservation.totalBytes <= budget.bytes)
            return [];
        const over = reservation.totalBytes - budget.bytes;
        const share = (bytes) => `${Math.round((bytes / reservation.totalBytes) * 100)}%`;
        const biggest = [...reservation.services]
            .sort((a, b) => b.totalBytes - a.totalBytes)
            .slice(0, 3)
            .filter((entry) => entry.totalBytes > 0)
            .map((entry) => {
            const raised = injected.get(entry.service)?.memoryRaised ? ', injected and raised for what it declares' : injected.get(entry.service)?.memoryBytes !== undefined ? ', injected' : '';
            return `${entry.service} ${(0,units/* formatBytes */.z3)(entry.totalBytes)}${entry.replicas > 1 ? ` (${entry.replicas} replicas)` : ''} (${share(entry.totalBytes)}${raised})`;
        });
        const unlimited = reservation.unlimited.length;
        const floor = unlimited > 0 ? ` (a floor: ${unlimited} ${unlimited === 1 ? 'service has' : 'services have'} no memory limit)` : '';
        return [{
                rule: 'memory-budget',
                service: '',
                at: where.stack(),
                message: `The stack reserves ${(0,units/* formatBytes */.z3)(reservation.totalBytes)}${floor}, ${(0,units/* formatBytes */.z3)(over)} more than the budget of ${(0,units/* formatBytes */.z3)(budget.bytes)} (${budget.label}); largest: ${biggest.join(', ')}.${injectedPart(reservation, injected, budget.bytes)} Lower the limits (each covers its tmpfs and /dev/shm), or raise memory-budget.`,
            }];
    },
};
/** When default-memory-limit filled in limits: how much of the total it is, and a default that would fit. */
function injectedPart(reservation, injected, budgetBytes) {
    let atDefault = 0;
    let defaultBytes = 0;
    let injectedBytes = 0;
    let fixedBytes = 0;
    for (const entry of reservation.services) {
        const limits = injected.get(entry.service);
        if (limits?.memoryBytes === undefined) {
            fixedBytes += entry.totalBytes;
            continue;
        }
        injectedBytes += entry.totalBytes;
        if (limits.memoryRaised)
            fixedBytes += entry.totalBytes;
        else {
            atDefault += entry.replicas;
            defaultBytes = limits.memoryBytes;
        }
    }
    if (injectedBytes === 0)
        return '';
    const what = ` The limits injected by default-memory-limit make up ${(0,units/* formatBytes */.z3)(injectedBytes)} of it`;
    if (atDefault === 0)
        return `${what}.`;
    const room = Math.floor((budgetBytes - fixedBytes) / atDefault / (16 * 1024 ** 2)) * 16 * 1024 ** 2;
    return room > 0
        ? `${what} (${atDefault} × ${(0,units/* formatBytes */.z3)(defaultBytes)}); a default-memory-limit of ${(0,units/* formatBytes */.z3)(room)} or less would fit.`
        : `${what}; the other services alone reach the budget, so no default-memory-limit would fit.`;
}
const RESOURCE_RULES = [memoryLimit, cpuLimitRule, tmpfsSize, memoryBudget];

;// CONCATENATED MODULE: ./src/policy/rules/memory-fit.ts




// memory-fit: what a service tells its programs to use (a JVM heap, Redis maxmemory, PostgreSQL
// shared_buffers, an InnoDB buffer pool, Node's old space) and the tmpfs and /dev/shm it may fill,
// against the memory limit the kernel enforces: every one of them is charged to the container's
// memory cgroup. Reaching the limit is an error (the OOM kill is a matter of time); more than
// FIT_SHARE of it is a warning (programs use more than they declare). Each finding points at the
// switch or variable and says what limit would fit.
const CONSEQUENCE = {
    jvm: 'the JVM grows its heap to that before collecting hard, and metaspace, threads and code cache come on top, so the kernel OOM-kills it',
    redis: 'Redis fills that before it evicts anything, and a background save can double it, so the kernel OOM-kills it first',
    postgres: 'PostgreSQL is OOM-killed once its buffers fill',
    mysql: 'mysqld is OOM-killed once the pool fills',
    node: 'Node grows its heap to that before collecting hard, so the kernel OOM-kills it first',
    tmpfs: 'writing that much to it gets the container OOM-killed (tmpfs pages are charged to its memory)',
    shm: 'filling /dev/shm gets the container OOM-killed (its pages are charged to its memory)',
};
function kindOf(need) {
    return need.source.kind === 'program' ? need.source.declaration.program : need.source.kind;
}
function positionOf(where, service, need) {
    const source = need.source;
    if (source.kind === 'tmpfs')
        return tmpfsPosition(where, service, source.mount);
    if (source.kind === 'shm')
        return where.value(service, ['shm_size']);
    const { where: declaredIn, key } = source.declaration;
    if (declaredIn.in === 'environment') {
        const variable = declaredIn.variable;
        // A mapping entry is found through merge keys (`<<: *jvm`) too; a list entry by its name.
        return (where.exact(service, ['environment', variable]) ??
            where.entry(service, ['environment'], (entry) => entry.key === variable || (typeof entry.value === 'string' && entry.value.startsWith(`${variable}=`))));
    }
    return where.entry(service, [declaredIn.in], ({ value }) => typeof value === 'string' && key.test(value));
}
function limitPlace(context, service, spec) {
    if (context.injected.get(service)?.memoryBytes !== undefined)
        return 'injected by default-memory-limit';
    const path = spec.deploy?.resources?.limits?.memory !== undefined ? ['deploy', 'resources', 'limits', 'memory'] : ['mem_limit'];
    return context.describe(context.where.value(service, path));
}
/** What else could give: the need lowered so that everything fits the limit as it is. */
function lowerTo(need, limit, total) {
    const room = Math.floor(limit * memory_needs/* FIT_SHARE */.kV - (total - need.bytes));
    const what = need.source.kind === 'program' ? 'the declared size' : need.source.kind === 'tmpfs' ? 'the tmpfs size' : 'shm_size';
    return room >= 1024 ** 2 ? `, or lower ${what} to ${(0,units/* formatBytes */.z3)(room)} or less` : '';
}
function warningSeverity(configured) {
    return configured === 'error' ? 'warning' : undefined;
}
const memoryFit = {
    id: 'memory-fit',
    check: (context) => context.services.flatMap(([name, service]) => {
        const limit = (0,resources/* memoryLimitBytes */.IJ)(service);
        if (limit === undefined)
            return [];
        const needs = (0,memory_needs/* memoryNeeds */.NT)(service, limit);
        if (needs.length === 0)
            return [];
        const total = (0,memory_needs/* totalOf */.e6)(needs);
        if (total <= limit * memory_needs/* FIT_SHARE */.kV)
            return [];
        const limitText = `its ${(0,units/* formatBytes */.z3)(limit)} memory limit (${limitPlace(context, name, service)})`;
        const fit = `Set mem_limit: ${(0,memory_needs/* composeSize */.wO)((0,memory_needs/* fittingLimit */.re)(total))} or more (the declared ${(0,units/* formatBytes */.z3)(total)} is then at most ${memory_needs/* FIT_SHARE */.kV * 100}% of it)`;
        const alone = needs.filter((need) => need.bytes >= limit);
        if (alone.length > 0) {
            return alone.map((need) => ({
                rule: 'memory-fit',
                service: name,
                at: positionOf(context.where, name, need),
                message: `${name} declares ${need.description}, which reaches ${limitText}: ${CONSEQUENCE[kindOf(need)]}. ${fit}${lowerTo(need, limit, total)}.`,
            }));
        }
        const largest = [...needs].sort((a, b) => b.bytes - a.bytes)[0];
        const listed = needs.length === 1 ? needs[0].description : `${needs.map((need) => need.description).join(', ')}: ${(0,units/* formatBytes */.z3)(total)} together`;
        const reaches = total >= limit;
        return [{
                rule: 'memory-fit',
                service: name,
                at: positionOf(context.where, name, largest),
                severity: reaches ? undefined : warningSeverity(context.config.rules['memory-fit'].severity),
                message: reaches
                    ? `${name} declares ${listed}, which reaches ${limitText}: all of it is charged to the container's memory, so it is OOM-killed before it holds what it was told to. ${fit}${lowerTo(largest, limit, total)}.`
                    : `${name} declares ${listed}, ${Math.round((total / limit) * 100)}% of ${limitText}: programs use more than they declare (${memory_needs/* FIT_SHARE */.kV * 100}% leaves room for the rest), so it runs close to an OOM kill. ${fit}${lowerTo(largest, limit, total)}.`,
            }];
    }),
};
const MEMORY_FIT_RULES = [memoryFit];

;// CONCATENATED MODULE: ./src/policy/rules/port-entry.ts

function range(text) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
    if (!match)
        return undefined;
    const from = Number(match[1]);
    return [from, match[2] ? Number(match[2]) : from];
}
function normalizeIp(ip) {
    const bare = (ip ?? '').replace(/^\[|\]$/g, '');
    return bare === '' || bare === '0.0.0.0' || bare === '::' ? '' : bare;
}
/** Reads a short-syntax ("127.0.0.1:8080:80/udp", "[::1]::80", 80) or long-syntax entry. */
function readWrittenPort(value) {
    if (typeof value === 'number')
        return { hostIp: '', target: [value, value], protocol: 'tcp' };
    if (isRecord(value)) {
        const target = range(String(value.target ?? ''));
        const published = value.published === undefined || value.published === null || value.published === '' ? undefined : range(String(value.published));
        if (!target || (value.published !== undefined && value.published !== null && value.published !== '' && !published))
            return undefined;
        return { hostIp: normalizeIp(value.host_ip), published, target, protocol: String(value.protocol ?? 'tcp').toLowerCase() };
    }
    if (typeof value !== 'string' || value.includes('$'))
        return undefined;
    const [spec = '', protocol = 'tcp'] = value.split('/');
    let hostIp = '';
    let rest = spec;
    const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(spec);
    if (bracketed) {
        hostIp = bracketed[1];
        rest = bracketed[2];
    }
    const parts = rest.split(':');
    if (!bracketed && parts.length === 3)
        hostIp = parts.shift();
    if (parts.length > 2)
        return undefined;
    const target = range(parts[parts.length - 1]);
    const publishedText = parts.length === 2 ? parts[0] : '';
    const published = publishedText ? range(publishedText) : undefined;
    if (!target || (publishedText && !published))
        return undefined;
    return { hostIp: normalizeIp(hostIp), published, target, protocol: protocol.toLowerCase() };
}
/** True when the written entry produced the model's port. */
function portEntryMatches(entry, port) {
    const written = readWrittenPort(entry.value);
    if (!written || written.protocol !== port.protocol || written.hostIp !== normalizeIp(port.hostIp))
        return false;
    if (port.target < written.target[0] || port.target > written.target[1])
        return false;
    const published = port.published ? range(port.published) : undefined;
    if (!published || !written.published)
        return !published && !written.published;
    return published[0] >= written.published[0] && published[1] <= written.published[1];
}
/** "6000-6002" for consecutive numbers, "80, 443" otherwise. */
function compactPorts(ports) {
    const sorted = [...new Set(ports)].sort((a, b) => a - b);
    const runs = [];
    for (let index = 0; index < sorted.length;) {
        let end = index;
        while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1)
            end += 1;
        runs.push(end > index ? `${sorted[index]}-${sorted[end]}` : String(sorted[index]));
        index = end + 1;
    }
    return runs.join(', ');
}

;// CONCATENATED MODULE: ./src/policy/rules/ports.ts



// port-conflict, port-bind-all: fixed host ports, the audit's copy-paste collisions.
/** Where the `ports:` entry that produced a model port is written. */
function portPosition(model, where, port) {
    const entry = model.services[port.service]?.ports?.[port.index];
    if (!entry)
        return where.key(port.service, ['ports']);
    const modelPort = { hostIp: entry.host_ip ?? '', published: entry.published, target: entry.target, protocol: (entry.protocol ?? 'tcp').toLowerCase() };
    return where.entry(port.service, ['ports'], (written) => portEntryMatches(written, modelPort));
}
const portConflict = {
    id: 'port-conflict',
    check: ({ model, where, describe }) => {
        const ports = (0,resources/* publishedPorts */.LQ)(model);
        const positions = new Map();
        const at = (port) => {
            let position = positions.get(port);
            if (!position)
                positions.set(port, (position = portPosition(model, where, port)));
            return position;
        };
        const hits = [];
        // A fixed host port on a service with replicas collides with itself.
        const replicated = new Map();
        for (const port of ports) {
            const replicas = (0,resources/* replicasOf */.N4)(model.services[port.service]);
            if (replicas < 2)
                continue;
            const key = `${port.service}|${positionKey(at(port))}`;
            const group = replicated.get(key) ?? { port, ports: [] };
            group.ports.push(port.port);
            replicated.set(key, group);
        }
        for (const { port, ports: numbers } of replicated.values()) {
            const replicas = (0,resources/* replicasOf */.N4)(model.services[port.service]);
            hits.push({
                rule: 'port-conflict',
                service: port.service,
                at: at(port),
                message: `Service ${port.service} runs ${replicas} replicas but publishes fixed host port ${port.protocol} ${compactPorts(numbers)}: only the first replica can bind it. Publish only the container port (\`"5432"\` rather than \`"5432:5432"\`: Docker picks a host port per replica, and the \`ports\` output says which) or run one replica.`,
            });
        }
        const buckets = new Map();
        for (const port of ports) {
            const key = `${port.protocol}/${port.port}`;
            buckets.set(key, [...(buckets.get(key) ?? []), port]);
        }
        const collisions = new Map();
        for (const bucket of buckets.values()) {
            for (let j = 1; j < bucket.length; j += 1) {
                const second = bucket[j];
                const first = bucket.slice(0, j).find((candidate) => (0,resources/* portsCollide */.fo)(candidate, second));
                if (!first)
                    continue;
                const key = `${second.service}|${positionKey(at(second))}|${first.service}|${positionKey(at(first))}`;
                const collision = collisions.get(key) ?? { first, second, at: at(second), firstAt: at(first), ports: [] };
                collision.ports.push(second.port);
                collisions.set(key, collision);
            }
        }
        for (const { first, second, at: position, firstAt, ports: numbers } of collisions.values()) {
            const address = second.hostIp || first.hostIp ? ` on ${second.hostIp || first.hostIp}` : '';
            const owner = first.service === second.service ? `another entry of ${first.service}` : first.service;
            hits.push({
                rule: 'port-conflict',
                service: second.service,
                at: position,
                message: `Host port ${second.protocol} ${compactPorts(numbers)}${address} is published by ${second.service} and already by ${owner} (${describe(firstAt)}): the second to start fails with "port is already allocated". Publish a different host port, or none (an ephemeral port: the \`ports\` output says which).`,
            });
        }
        return hits;
    },
};
/** Every `ports:` entry without a host address, ephemeral ones included: all bind 0.0.0.0 and ::. */
const portBindAll = {
    id: 'port-bind-all',
    check: ({ model, services, where }) => {
        const groups = new Map();
        for (const [name, service] of services) {
            (service.ports ?? []).forEach((entry, index) => {
                if (entry.host_ip && entry.host_ip !== '0.0.0.0' && entry.host_ip !== '::')
                    return;
                const protocol = (entry.protocol ?? 'tcp').toLowerCase();
                const position = portPosition(model, where, { service: name, hostIp: '', port: 0, protocol: protocol, index });
                const key = `${name}|${protocol}|${positionKey(position)}`;
                const group = groups.get(key) ?? { service: name, protocol, at: position, ports: [] };
                group.ports.push(entry.published ? entry.published : `an ephemeral port for ${entry.target}`);
                groups.set(key, group);
            });
        }
        return [...groups.values()].map(({ service, protocol, at, ports }) => {
            const fixed = ports.filter((port) => /^\d+(-\d+)?$/.test(port)).flatMap((port) => {
                const [from, to = from] = port.split('-').map(Number);
                return Array.from({ length: to - from + 1 }, (_, i) => from + i);
            });
            const what = fixed.length > 0 ? `${protocol} ${compactPorts(fixed)}` : `${protocol} ${ports[0]}`;
            return {
                rule: 'port-bind-all',
                service,
                at,
                message: `Service ${service} publishes ${what} on every interface, reachable from outside the runner. Bind it to 127.0.0.1 ("127.0.0.1:${fixed[0] ?? ''}:…") unless other hosts must reach it.`,
            };
        });
    },
};
const PORT_RULES = [portConflict, portBindAll];

;// CONCATENATED MODULE: ./src/policy/rules/security.ts


// privileged, host-namespace, capabilities: ways a pull request could take over a self-hosted
// runner through its compose file (docker-socket, with every other host mount, is in
// host-access.ts; the dangerous capabilities in isolation.ts).
const privileged = {
    id: 'privileged',
    check: ({ services, where }) => services.flatMap(([name, service]) => service.privileged === true
        ? [{
                rule: 'privileged',
                service: name,
                at: where.value(name, ['privileged']),
                message: `Service ${name} runs privileged, with full access to the host: a pull request could take over the runner through this file. Remove privileged: true and add only the capabilities it needs.`,
            }]
        : []),
};
const NAMESPACES = ['network_mode', 'pid', 'ipc', 'userns_mode', 'uts', 'cgroup'];
const SHARED = {
    network_mode: 'network',
    pid: 'processes',
    ipc: 'shared memory',
    userns_mode: 'user namespace (root in the container is root on the host)',
    uts: 'host name',
    cgroup: 'cgroup tree',
};
const hostNamespace = {
    id: 'host-namespace',
    check: ({ services, where }) => services.flatMap(([name, service]) => NAMESPACES.filter((key) => service[key] === 'host').map((key) => ({
        rule: 'host-namespace',
        service: name,
        at: where.value(name, [key]),
        message: `Service ${name} sets ${key}: host, sharing the runner's ${SHARED[key]}: it can reach what other jobs run and breaks isolation between parallel stacks. Remove it.`,
    }))),
};
/** Added capabilities beyond the dangerous ones (those are `dangerous-capabilities` errors). */
const capabilities = {
    id: 'capabilities',
    check: ({ services, config, where }) => services.flatMap(([name, service]) => {
        const added = (service.cap_add ?? []).map(policy_config/* normalizeCapability */.u$).filter((cap) => !(cap in DANGEROUS_CAPABILITIES) && !config.capabilities.allow.includes(cap));
        if (added.length === 0)
            return [];
        const first = added[0];
        return [{
                rule: 'capabilities',
                service: name,
                at: where.entry(name, ['cap_add'], ({ value }) => typeof value === 'string' && (0,policy_config/* normalizeCapability */.u$)(value) === first),
                message: `Service ${name} adds ${added.join(', ')}, widening what it can do to the host. Drop what is not needed, or allow specific capabilities in the policy configuration (capabilities.allow).`,
            }];
    }),
};
const SECURITY_RULES = [privileged, hostNamespace, capabilities];

// EXTERNAL MODULE: ./src/compose/labels.ts
var labels = __webpack_require__(7853);
// EXTERNAL MODULE: ./src/compose/declared-resources.ts
var declared_resources = __webpack_require__(91868);
;// CONCATENATED MODULE: ./src/policy/rules/shared-resources.ts



// shared-resources: a test stack that would use a volume or network it does not own. Under a
// fixed `name:` that already exists on the daemon and is not this project's, Compose only warns
// ("already exists but was not created by Docker Compose") and mounts it: the tests read and
// write another stack's data, parallel copies of the stack share it, and a `down --volumes`
// would delete it (our teardown keeps it). `external: true` says so on purpose, so it is only a
// warning, naming the resource. Whether a name exists is a fact about the daemon: without one
// (`check` offline) only `external` is judged.
const RULE = 'shared-resources';
/** Where a service mounts the volume or joins the network, as written (short or long syntax). */
function usedAt(context, service, declared) {
    if (declared.kind === 'volume') {
        return context.where.entry(service, ['volumes'], ({ value }) => isRecord(value) ? value.source === declared.key : typeof value === 'string' && value.split(':')[0] === declared.key);
    }
    return context.where.entry(service, ['networks'], ({ key, value }) => key === declared.key || value === declared.key);
}
/** Whose it is, in words, from its labels; a label value that is not a Compose project name is not repeated. */
function whose(resource) {
    const project = resource.labels[labels/* COMPOSE_LABELS */.NZ.project];
    if (project === undefined)
        return 'it was not created by Compose';
    return (0,labels/* isProjectName */.jD)(project) ? `it belongs to Compose project ${project}` : 'it belongs to another Compose project';
}
function shared_resources_describe(declared) {
    return `${declared.kind} ${declared.name} (${declared.kind}s.${declared.key}${declared.fixedName && !declared.external ? `, name: ${declared.name}` : ''})`;
}
const sharedResources = {
    id: RULE,
    check: (context) => {
        const { model, daemon, config } = context;
        const hits = [];
        for (const declared of (0,declared_resources/* declaredResources */.iE)(model)) {
            const users = (0,declared_resources/* servicesUsing */.ND)(model, declared);
            if (declared.external) {
                const missing = daemon && (0,declared_resources/* onDaemon */.Ur)(declared, daemon).length === 0 ? ` It does not exist on this daemon, so the stack will not start.` : '';
                for (const service of users) {
                    hits.push({
                        rule: RULE,
                        service,
                        at: usedAt(context, service, declared),
                        // An explicit choice to share: at most a warning, whatever the rule's severity is.
                        severity: config.rules[RULE].severity === 'error' ? 'warning' : undefined,
                        message: `Service ${service} uses the external ${shared_resources_describe(declared)}: it belongs to someone else on this daemon, so the tests share its data and parallel copies of the stack share it too; the teardown never removes it.${missing} Use a volume or network of the project (no external, no name) unless sharing is the point.`,
                    });
                }
                continue;
            }
            if (!declared.fixedName || !daemon)
                continue;
            const foreign = (0,declared_resources/* onDaemon */.Ur)(declared, daemon).filter((resource) => resource.labels[labels/* COMPOSE_LABELS */.NZ.project] !== model.name);
            if (foreign.length === 0)
                continue;
            for (const service of users) {
                hits.push({
                    rule: RULE,
                    service,
                    at: usedAt(context, service, declared),
                    message: `Service ${service} uses ${shared_resources_describe(declared)}, which already exists on this daemon and is not this stack's (${whose(foreign[0])}): the tests would read and write another stack's data, and parallel copies of this stack would share it. Remove name: so Compose scopes it to the project (${model.name}_${declared.key}), or declare it external: true if sharing is intended. The teardown keeps it either way.`,
                });
            }
        }
        return hits;
    },
};
const SHARED_RESOURCE_RULES = [sharedResources];

;// CONCATENATED MODULE: ./src/policy/rules/workspace.ts



// outside-workspace: files and directories outside the checked-out tree that Compose reads or
// sends on because a compose file names them — an included or extended compose file, an env file,
// a secret or config file (mounted into the container), a build context (sent whole to the
// builder, where COPY puts it in the image). Judged after symlinks: a link in the workspace to
// /etc is /etc.
/** A build context or additional context that is a directory here, not a URL or an image. */
function localContext(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(git@|github\.com\/)/.test(value) || /^(docker-image|service|target|oci-layout):/.test(value))
        return undefined;
    return value;
}
const WHAT = {
    include: 'includes',
    extends: 'extends a service of',
    env_file: 'reads the env file',
};
function outside(context, absolute) {
    if (!context.host.confined)
        return undefined;
    const resolved = context.host.resolve(absolute);
    return (0,paths/* isWithin */.UO)(context.host.workspace, resolved) ? undefined : resolved;
}
function linked(written, resolved) {
    return resolved === written ? written : `${written} (a link to ${resolved})`;
}
const outsideWorkspace = {
    id: 'outside-workspace',
    check: (context) => {
        const { model, services, where, references } = context;
        const hits = [];
        for (const reference of references) {
            const resolved = outside(context, reference.target);
            if (!resolved)
                continue;
            const who = reference.service ? `Service ${reference.service}` : reference.at.line > 0 ? external_node_path_default().basename(reference.at.file) : 'Compose';
            hits.push({
                rule: 'outside-workspace',
                service: reference.service ?? '',
                at: reference.at,
                message: `${who} ${WHAT[reference.kind]} ${linked(reference.target, resolved)}, outside the workspace: Compose reads it although it is no part of the checkout, so a pull request reaches files of the runner through it. Keep it inside the repository.`,
            });
        }
        for (const [name, service] of services) {
            const build = service.build;
            const contexts = [];
            const main = localContext(isRecord(build) ? build.context : build);
            if (main)
                contexts.push({ label: 'build context', value: main, at: () => where.first(name, [['build', 'context'], ['build']]) });
            const additional = isRecord(build) && isRecord(build.additional_contexts) ? build.additional_contexts : {};
            for (const [key, value] of Object.entries(additional)) {
                const local = localContext(value);
                if (local)
                    contexts.push({ label: `additional build context ${key}`, value: local, at: () => where.value(name, ['build', 'additional_contexts', key]) });
            }
            for (const entry of contexts) {
                const resolved = outside(context, external_node_path_default().resolve('/', entry.value));
                if (!resolved)
                    continue;
                hits.push({
                    rule: 'outside-workspace',
                    service: name,
                    at: entry.at(),
                    message: `Service ${name} has the ${entry.label} ${linked(entry.value, resolved)}, outside the workspace: Compose sends that whole directory to the builder, and COPY puts any of it into the image. Keep build contexts inside the repository.`,
                });
            }
        }
        for (const kind of ['secrets', 'configs']) {
            const declared = isRecord(model[kind]) ? model[kind] : {};
            for (const [name, definition] of Object.entries(declared)) {
                const file = isRecord(definition) && typeof definition.file === 'string' ? definition.file : undefined;
                const resolved = file && outside(context, external_node_path_default().resolve('/', file));
                if (!file || !resolved)
                    continue;
                const users = services.filter(([, service]) => (Array.isArray(service[kind]) ? service[kind] : []).some((use) => (isRecord(use) ? use.source : use) === name)).map(([service]) => service);
                if (users.length === 0)
                    continue;
                hits.push({
                    rule: 'outside-workspace',
                    service: users[0],
                    at: where.top([kind, name, 'file']),
                    message: `The ${kind === 'secrets' ? 'secret' : 'config'} ${name} of ${users.join(', ')} is the file ${linked(file, resolved)}, outside the workspace: Compose mounts it into the container, so a pull request reads the runner's files through it. Keep it inside the repository, or pass the value through the environment.`,
                });
            }
        }
        return hits;
    },
};
const WORKSPACE_RULES = [outsideWorkspace];

;// CONCATENATED MODULE: ./src/policy/rules/index.ts











/** Every rule, one family per file; the catalog (../catalog.ts) holds their ids and help. */
const ALL_RULES = [
    ...RESOURCE_RULES,
    ...HEALTH_RULES,
    ...HYGIENE_RULES,
    ...PORT_RULES,
    ...SECURITY_RULES,
    ...durability/* DURABILITY_RULES */.yT,
    ...SHARED_RESOURCE_RULES,
    ...MEMORY_FIT_RULES,
    ...HOST_ACCESS_RULES,
    ...ISOLATION_RULES,
    ...WORKSPACE_RULES,
];

;// CONCATENATED MODULE: ./src/policy/evaluate.ts







const NO_REASON = 'a suppression needs a reason after the rule; without one it does not apply';
const ALLOWED = 'allowed by the workflow input policy-allow';
function evaluatePolicy(input) {
    const { model, config } = input;
    const context = {
        model,
        services: Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b)),
        config,
        memoryBudget: input.memoryBudget,
        engine: input.engine,
        injected: input.injected ?? new Map(),
        standardised: input.standardised ?? new Map(),
        daemon: input.daemon,
        images: input.images ?? new Map(),
        where: new Locator(input.sources, input.firstFile),
        describe: (position) => `${input.displayPath(position.file)}${position.line > 0 ? `:${position.line}` : ''}`,
        host: input.host ?? (0,policy_host/* hostFacts */.sm)({ workspace: external_node_path_default().dirname(input.firstFile), env: {} }),
        references: input.references ?? input.sources?.references() ?? [],
    };
    const allow = new Set(input.allow ?? []);
    const findings = [];
    const suppressed = [];
    const seen = new Set();
    const configAt = (line) => ({
        source: 'config',
        ...(config.file ? { file: input.displayPath(config.file) } : {}),
        line,
    });
    for (const rule of [...ALL_RULES, { id: 'suppression-reason', check: () => unexplainedSuppressions(input) }]) {
        const settings = config.rules[rule.id];
        const guarded = isGuarded(rule.id);
        const off = settings.severity === 'off';
        // A guarded rule keeps its default severity whatever the file says; an `off` rule is still
        // run, so that what it would have found is listed as suppressed.
        const severity = off || (guarded && lowersSeverity(rule.id, settings.severity)) ? catalog/* RULES */.y0[rule.id].defaultSeverity : settings.severity;
        for (const hit of rule.check(context)) {
            // Notes a rule adds about itself (a budget it could not check, a limit it injected) say
            // nothing once the rule is off.
            if (off && hit.severity !== undefined)
                continue;
            const finding = toFinding(hit, severity, input.displayPath, context.where.keyPathOf(hit.at));
            const key = JSON.stringify({ ...finding, keyPath: undefined });
            if (seen.has(key))
                continue;
            seen.add(key);
            if (allow.has(rule.id)) {
                suppressed.push({ finding, reason: ALLOWED, source: 'input' });
                continue;
            }
            const exempt = hit.service !== '' && settings.exempt.includes(hit.service);
            const attempts = [];
            if (off || exempt || (guarded && lowersSeverity(rule.id, settings.severity))) {
                attempts.push({ finding, reason: settings.reason ?? '', ...configAt(settings.line) });
            }
            if (hit.rule === 'dangerous-capabilities' && hit.subject && config.capabilities.allow.includes(hit.subject)) {
                attempts.push({ finding, reason: '', ...configAt(config.capabilities.allowLine) });
            }
            const directive = hit.rule === 'suppression-reason' ? undefined : directiveFor(hit, input);
            if (directive) {
                attempts.push({ finding, reason: directive.reason, source: 'inline', file: input.displayPath(directive.file), line: directive.line, ...(directive.reason ? {} : { refused: NO_REASON }) });
            }
            if (guarded) {
                // Every attempt of the tree is refused and shown; the finding stands.
                suppressed.push(...attempts.map((attempt) => ({ ...attempt, refused: REFUSED_BY_TREE })));
                findings.push(finding);
                continue;
            }
            // The policy file first, then a comment with a reason; a comment without one is refused.
            const applied = attempts.find((attempt) => !attempt.refused);
            if (applied) {
                suppressed.push(applied);
            }
            else {
                suppressed.push(...attempts);
                findings.push(finding);
            }
        }
    }
    return { findings: findings.sort(finding/* compareFindings */.Eg), suppressed };
}
function toFinding(hit, severity, displayPath, keyPath) {
    return {
        rule: hit.rule,
        severity: hit.severity ?? severity,
        service: hit.service,
        file: displayPath(hit.at.file),
        line: hit.at.line,
        column: hit.at.column,
        message: hit.message,
        ...(keyPath !== undefined ? { keyPath } : {}),
    };
}
/** The directive covering the finding's line, or the service's key in any file. */
function directiveFor(hit, input) {
    const at = (position) => {
        const directive = position.line > 0 ? input.suppressions?.get(position.file)?.byLine.get(position.line)?.get(hit.rule) : undefined;
        return directive && { ...directive, file: position.file };
    };
    const direct = at(hit.at);
    if (direct !== undefined || !hit.service || !input.sources)
        return direct;
    for (const key of input.sources.serviceKeys(hit.service)) {
        const found = at(key);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/**
 * suppression-reason: inline directives without a reason, and policy-file entries that turn a
 * rule off or exempt services without `reason:` (security rules' entries are refused instead).
 */
function unexplainedSuppressions(input) {
    const hits = [];
    for (const [file, scanned] of input.suppressions ?? []) {
        for (const { line, rules } of scanned.unexplained) {
            hits.push({
                rule: 'suppression-reason',
                service: '',
                at: { file, line, column: 1 },
                message: `docker-stability-ignore: ${rules.join(',')} gives no reason, so it does not apply. Write the reason after the rule ("# docker-stability-ignore: ${rules[0]} <why>"): it is what reviewers read in the summary and in code scanning.`,
            });
        }
    }
    const { config } = input;
    if (!config.file)
        return hits;
    for (const [id, rule] of Object.entries(config.rules)) {
        const suppresses = rule.severity === 'off' || rule.exempt.length > 0;
        if (!suppresses || rule.reason || isGuarded(id) || id === 'suppression-reason')
            continue;
        hits.push({
            rule: 'suppression-reason',
            service: '',
            at: { file: config.file, line: rule.line, column: rule.line > 0 ? 1 : 0 },
            message: `The policy file ${rule.severity === 'off' ? `turns ${id} off` : `exempts ${rule.exempt.join(', ')} from ${id}`} without a reason. Add reason: "<why>" to the rule's entry: it is what reviewers read in the summary and in code scanning.`,
        });
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/policy/image-health.ts

// The images' own HEALTHCHECK, read from the local daemon before the rules run: the daemon fills
// every field a compose health check leaves unset from the image's, so "Docker's default 30 s" is
// only true when the image sets nothing. Nothing is pulled; an image the daemon does not have,
// or no daemon at all, is "unknown" — the rules say so rather than guess.
/** Inspections at once: a stack of many distinct images should not queue up the shared daemon. */
const CONCURRENCY = 8;
function toHealth(details) {
    if (!details)
        return { known: false };
    const check = details.healthcheck;
    if (!check || check.test.length === 0 || check.test[0] === 'NONE')
        return { known: true };
    const ms = (ns) => (ns > 0 ? Math.round(ns / 1e6) : undefined);
    return {
        known: true,
        healthcheck: {
            intervalMs: ms(check.intervalNs),
            timeoutMs: ms(check.timeoutNs),
            startPeriodMs: ms(check.startPeriodNs),
            retries: check.retries > 0 ? check.retries : undefined,
        },
    };
}
/** What each service's image says about health checks, per service name. Never throws. */
async function imageHealth(docker, model) {
    const result = new Map();
    if (!docker)
        return result;
    const services = new Map();
    for (const [name, spec] of Object.entries(model.services ?? {})) {
        if (spec.healthcheck?.disable)
            continue;
        const reference = (0,service_facts/* imageReference */.rA)(model.name, name, spec);
        services.set(reference, [...(services.get(reference) ?? []), name]);
    }
    const references = [...services.keys()];
    const answers = new Map();
    const worker = async () => {
        for (let reference = references.shift(); reference !== undefined; reference = references.shift()) {
            answers.set(reference, await docker.inspectImage(reference).then(toHealth, () => ({ known: false })));
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, references.length) }, worker));
    for (const [reference, names] of services)
        for (const name of names)
            result.set(name, answers.get(reference) ?? { known: false });
    return result;
}

// EXTERNAL MODULE: ./src/compose/secrets.ts
var secrets = __webpack_require__(6429);
;// CONCATENATED MODULE: ./src/policy/suppress.ts


// Inline suppression in a compose file:
//
//   # docker-stability-ignore: privileged the CI image builder needs it (INFRA-123)
//   privileged: true
//   container_name: fixed   # docker-stability-ignore: container-name one copy per host by design
//
// A directive covers the line it ends, or — alone on its line — the next line that is not a
// comment (so several directives can stack above one line). Above a service's key it covers that
// service's findings of the rule wherever they point. Several rules may be comma-separated. The
// reason is required: a directive without one does not apply and is itself a finding
// (suppression-reason); an unknown rule is an error rather than a silent no-op. Security rules
// (guarded.ts) are never suppressed by a directive: the attempt is shown as refused.
const DIRECTIVE = /#\s*docker-stability-ignore:\s*(\S*)\s*(.*)$/;
function scanSuppressions(text) {
    const byLine = new Map();
    const unexplained = [];
    const problems = [];
    if (!text.includes('docker-stability-ignore'))
        return { byLine, unexplained, problems };
    const lines = text.split(/\r?\n/);
    let pending = [];
    let pendingLine = 0;
    const orphaned = () => {
        if (pending.length > 0)
            problems.push({ line: pendingLine, message: 'docker-stability-ignore stands above no line (a blank line or the end of the file follows it)' });
        pending = [];
    };
    lines.forEach((content, index) => {
        const line = index + 1;
        const trimmed = content.trim();
        const match = DIRECTIVE.exec(content);
        const found = [];
        if (match) {
            const rules = match[1].split(',').filter(Boolean);
            const reason = match[2].trim();
            if (rules.length === 0)
                problems.push({ line, message: 'docker-stability-ignore names no rule; write "# docker-stability-ignore: <rule> <reason>"' });
            for (const rule of rules) {
                if (!(0,catalog/* isRuleId */.KX)(rule))
                    problems.push({ line, message: `docker-stability-ignore names unknown rule ${(0,paths/* shortText */.os)(rule, 40)}` });
                else
                    found.push([rule, { line, reason }]);
            }
            const known = rules.filter(catalog/* isRuleId */.KX);
            if (known.length > 0 && !reason)
                unexplained.push({ line, rules: known });
        }
        if (trimmed.startsWith('#')) {
            if (found.length > 0 && pending.length === 0)
                pendingLine = line;
            pending.push(...found);
            return;
        }
        if (trimmed === '') {
            orphaned();
            return;
        }
        const covered = [...pending, ...found];
        pending = [];
        if (covered.length === 0)
            return;
        const rules = byLine.get(line) ?? new Map();
        for (const [rule, directive] of covered)
            rules.set(rule, directive);
        byLine.set(line, rules);
    });
    orphaned();
    return { byLine, unexplained, problems };
}

;// CONCATENATED MODULE: ./src/policy/check.ts














/** Input the check cannot use: malformed suppressions, unknown rules, profiles no service declares. */
class PolicyInputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'PolicyInputError';
    }
}
async function runPolicyCheck(compose, target, io, options) {
    const displayPath = displayPathFor(target, options.displayBase);
    const files = target.files.map((file) => external_node_path_default().resolve(target.workingDirectory, file));
    const host = options.host ?? (0,policy_host/* hostFacts */.sm)({ workspace: options.displayBase, env: options.env ?? {} });
    let sources;
    try {
        // Files outside the workspace are judged (outside-workspace), never opened here.
        sources = positions/* ComposeSources */.l.load(files, io.readText, { canRead: (file) => (0,paths/* isWithin */.UO)(host.workspace, host.resolve(file)) });
    }
    catch (error) {
        if (error instanceof positions/* ComposeSourceError */.q)
            throw new positions/* ComposeSourceError */.q(displayPath(error.file), error.line, error.column, error.detail);
        throw error;
    }
    const suppressions = new Map();
    const problems = [];
    for (const source of sources.files) {
        const scanned = scanSuppressions(source.text);
        suppressions.set(source.path, scanned);
        for (const problem of scanned.problems)
            problems.push(`${displayPath(source.path)}:${problem.line}: ${problem.message}`);
    }
    if (problems.length > 0)
        throw new PolicyInputError(problems);
    // The rules judge the stack as it will run with the injected limits; health-check timing is
    // judged as written (its findings become notes where the standard timing replaces it).
    const config = async (overrides = [], stack = target) => {
        try {
            return await compose.config(stack, overrides);
        }
        catch (error) {
            if (!(error instanceof compose_cli/* ComposeConfigError */.v))
                throw error;
            const envFiles = (0,secrets/* envFilePaths */._9)(target.workingDirectory, target.envFiles).map((file) => {
                try {
                    return (0,secrets/* parseEnvFile */.FO)(io.readText(file));
                }
                catch {
                    return {};
                }
            });
            const names = (0,secrets/* referencedVariables */.Xo)(sources.files.map((source) => source.text));
            throw new compose_cli/* ComposeConfigError */.v(error.files, (0,secrets/* redactValues */.se)(error.detail, names, [options.env ?? {}, ...envFiles]));
        }
    };
    let model = await config();
    // Compose starts the stack without a profile nobody declares: a typo would test less, silently.
    // With services selected, the model holds only those: a profile of another service is no typo.
    const declaring = (loaded) => (profile) => profile === '*' || Object.values(loaded.services).some((service) => service.profiles?.includes(profile));
    let undeclared = target.profiles.filter((profile) => !declaring(model)(profile));
    if (undeclared.length > 0 && target.services?.length) {
        const whole = await config([], { ...target, services: [] });
        undeclared = undeclared.filter((profile) => !declaring(whole)(profile));
    }
    if (undeclared.length > 0) {
        // With every profile on, services that were off load too; if one of them fails, the typo is
        // still the error to report.
        const declared = await config([], { ...target, profiles: ['*'], services: [] }).then((everything) => [...new Set(Object.values(everything.services).flatMap((service) => service.profiles ?? []))].sort(), () => undefined);
        const known = declared === undefined ? 'the declared ones could not be listed' : declared.length ? `declared: ${declared.join(', ')}` : 'none is declared';
        throw new PolicyInputError(undeclared.map((profile) => `profile '${profile}' is declared by no service of ${files.map(displayPath).join(', ')} (${known}); Compose would start the stack without it`));
    }
    // The images' health checks are read while the override is generated and loaded.
    const images = imageHealth(options.images, model);
    let override = (0,compose_override/* emptyOverride */.w2)();
    let injected = [];
    let overrideFile;
    const writeOverride = (header) => {
        if (!options.overridePath)
            throw new Error('runPolicyCheck: remediation needs overridePath');
        io.writeText(options.overridePath, (0,compose_override/* renderOverride */.Z6)(override, header));
        overrideFile = options.overridePath;
    };
    if (options.defaults && (options.defaults.memoryBytes !== undefined || options.defaults.cpus !== undefined)) {
        const remediation = (0,compose_override/* limitsOverride */.Xj)(model, options.defaults);
        if (!(0,compose_override/* isEmptyOverride */.Wx)(remediation.override)) {
            override = remediation.override;
            injected = remediation.injected;
            writeOverride(remediationHeader(options.defaults, injected));
            model = await config([overrideFile]);
        }
    }
    let standardised = [];
    let startIntervalSkipped = [];
    if (options.healthcheckDefaults) {
        const standard = (0,healthcheck_defaults/* healthcheckOverride */.XJ)(model, options.healthcheckDefaults, override, options.engine);
        startIntervalSkipped = standard.skipped;
        if (standard.changes.length > 0) {
            override = standard.override;
            standardised = standard.changes;
            writeOverride([...(options.defaults ? remediationHeader(options.defaults, injected) : []), 'Standard health-check timing (healthcheck-defaults).']);
        }
    }
    const memoryBudget = await options.memoryBudget;
    const { findings, suppressed } = evaluatePolicy({
        model,
        sources,
        firstFile: files[0] ?? target.workingDirectory,
        config: options.config,
        memoryBudget,
        engine: options.engine,
        injected: new Map(injected.map((entry) => [entry.service, entry])),
        standardised: groupByService(standardised),
        daemon: options.daemonResources,
        images: await images,
        displayPath,
        suppressions,
        host,
        references: [...sources.references(), ...projectEnvFiles(target, files, (file) => readable(io, file))],
        allow: options.allow,
    });
    const finalModel = standardised.length > 0 ? withHealthcheckTiming(model, override) : model;
    return {
        findings,
        suppressed,
        counts: (0,finding/* countFindings */.Gt)(findings),
        model: finalModel,
        reservation: (0,resources/* stackReservation */.XU)(finalModel),
        injected,
        standardised,
        startIntervalSkipped,
        override,
        overrideFile,
    };
}
/**
 * The env files Compose reads besides those the files name: the ones given (`--env-file`), else
 * the project's `.env` — which Compose reads only when it is there (as a reference at no line).
 */
function projectEnvFiles(target, files, exists) {
    const implicit = target.envFiles.length === 0;
    const candidates = [...(0,secrets/* envFilePaths */._9)(target.workingDirectory, target.envFiles), ...(implicit && files[0] ? [external_node_path_default().join(external_node_path_default().dirname(files[0]), '.env')] : [])];
    return [...new Set(candidates)]
        .filter((file) => !implicit || exists(file))
        .map((file) => ({ kind: 'env_file', target: file, at: { file, line: 0, column: 0 } }));
}
function readable(io, file) {
    try {
        io.readText(file);
        return true;
    }
    catch {
        return false;
    }
}
function groupByService(changes) {
    const grouped = new Map();
    for (const change of changes)
        grouped.set(change.service, [...(grouped.get(change.service) ?? []), change]);
    return grouped;
}
/** The model as Compose will run it with the standard timing (what the override file says). */
function withHealthcheckTiming(model, override) {
    const services = { ...model.services };
    for (const [name, patch] of Object.entries(override.services)) {
        const service = services[name];
        if (service?.healthcheck && patch.healthcheck)
            services[name] = { ...service, healthcheck: { ...service.healthcheck, ...patch.healthcheck } };
    }
    return { ...model, services };
}
function remediationHeader(defaults, injected) {
    const parts = [
        defaults.memoryBytes !== undefined ? `memory ${(0,units/* formatBytes */.z3)(defaults.memoryBytes)} (default-memory-limit)` : '',
        defaults.cpus !== undefined ? `${defaults.cpus} CPUs (default-cpu-limit)` : '',
    ].filter(Boolean);
    const raised = injected.filter((entry) => entry.memoryRaised || entry.cpusRaised).map(compose_override/* describeInjection */.hQ);
    return [`Limits for services that set none: ${parts.join(', ')}.`, ...(raised.length ? ['Raised where a service declares more:', ...raised.map((line) => `  ${line}`)] : [])];
}
/**
 * Paths as the user gave them: a compose file named on the command line (or in the input) is
 * shown as written when it resolves the same from the display base; other files (included,
 * extended) relative to the display base. Always with forward slashes, as annotations expect.
 */
function displayPathFor(target, displayBase) {
    const given = new Map();
    for (const file of target.files) {
        const absolute = external_node_path_default().resolve(target.workingDirectory, file);
        if (external_node_path_default().resolve(displayBase, file) === absolute)
            given.set(absolute, file);
    }
    return (absolutePath) => given.get(absolutePath) ?? (external_node_path_default().relative(displayBase, absolutePath) || external_node_path_default().basename(absolutePath)).split((external_node_path_default()).sep).join('/');
}
/** Why the step fails under the `policy` input, or undefined when it does not. */
function policyFailure(counts, mode) {
    if (mode !== 'error' || counts.error === 0)
        return undefined;
    return `The compose policy found ${counts.error} error${counts.error === 1 ? '' : 's'} (policy: error); see the annotations and the job summary, fix them, suppress them with a reason, or set policy: warn.`;
}


/***/ }),

/***/ 82714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ PolicyConfigError),
/* harmony export */   u$: () => (/* binding */ normalizeCapability),
/* harmony export */   v1: () => (/* binding */ loadPolicyConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_SECTIONS, DEFAULT_SLOW_STARTERS, defaultPolicyConfig, parsePolicyConfig, DEFAULT_CONFIG_FILES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56107);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52184);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96333);
/* harmony import */ var _yaml_untrusted_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82225);






// `.docker-stability.yml` (or the `policy-config` input / `--config`): severity per rule or
// `off`, thresholds, services to exempt per rule. Anything the parser does not know is an error
// naming its line: a misspelt rule that silently did nothing would be worse than no config.
//
//   policy:
//     rules:
//       cpu-limit: off
//       restart-policy: error
//       healthcheck-timing: { min-interval: 10s, slow-starters: [postgres, keycloak], exempt: [legacy] }
//       capabilities: { allow: [NET_BIND_SERVICE] }
//       image-tag: { severity: off, reason: "images are pinned by the registry mirror (OPS-12)" }
//
// Turning a rule off or exempting services is a suppression: it is listed in the summary and in
// SARIF with its `reason:` (a finding of its own without one), and it is refused for the security
// rules (guarded.ts), which only the workflow's policy-allow input can turn off.
/** Top-level sections of the file. Other capabilities that read it add theirs here. */
const CONFIG_SECTIONS = ['policy'];
const DEFAULT_SLOW_STARTERS = [
    'postgres',
    'postgis',
    'mysql',
    'mariadb',
    'mongo',
    'mssql',
    'oracle',
    'elasticsearch',
    'opensearch',
    'kafka',
    'cp-kafka',
    'zookeeper',
    'cassandra',
    'keycloak',
    'sonarqube',
    'neo4j',
    'clickhouse',
    'couchbase',
    'solr',
    'localstack',
    'rabbitmq',
];
function defaultPolicyConfig() {
    const rules = Object.fromEntries(_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu.map((id) => [id, { severity: _catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y0[id].defaultSeverity, exempt: [], line: 0 }]));
    return {
        rules,
        healthcheckTiming: { minIntervalMs: 5000, slowStarters: [...DEFAULT_SLOW_STARTERS], minStartPeriodMs: 10_000 },
        capabilities: { allow: [], allowLine: 0 },
    };
}
class PolicyConfigError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(`${file}: ${problems.length === 1 ? problems[0] : `\n${problems.map((problem) => `  ${problem}`).join('\n')}`}`);
        this.file = file;
        this.problems = problems;
        this.name = 'PolicyConfigError';
    }
}
const SEVERITIES = ['error', 'warning', 'note', 'off'];
/** Options a rule takes besides severity and exempt. */
const RULE_OPTIONS = {
    'healthcheck-timing': ['min-interval', 'slow-starters', 'min-start-period'],
    capabilities: ['allow'],
};
/** Stack-wide rules have no service to exempt. */
const STACK_RULES = ['memory-budget', 'fixed-name'];
/** Parses the configuration file's text; every problem is listed at once, each with its line. */
function parsePolicyConfig(text, file) {
    const config = defaultPolicyConfig();
    const problems = [];
    let doc;
    let lines;
    try {
        ({ doc, lines } = (0,_yaml_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .parseUntrustedYaml */ .$1)(text));
    }
    catch (error) {
        if (error instanceof _yaml_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .UntrustedYamlError */ .Wc)
            throw new PolicyConfigError(file, [error.line > 0 ? `line ${error.line}: ${error.detail}` : error.detail]);
        throw error;
    }
    const lineOf = (node) => {
        const range = node && 'range' in node ? node.range : undefined;
        return range ? lines.linePos(range[0]).line : 0;
    };
    const at = (node) => (lineOf(node) > 0 ? `line ${lineOf(node)}: ` : '');
    if (doc.contents === null)
        return config;
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        throw new PolicyConfigError(file, [`${at(root)}expected a mapping with a 'policy:' section`]);
    const entries = (map, where, known) => map.items.flatMap((pair) => {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
        if (!known.includes(key)) {
            problems.push(`${at(pair.key)}unknown key ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)(key, 40)} in ${where} (known: ${known.join(', ')})`);
            return [];
        }
        return [[key, pair]];
    });
    for (const [, section] of entries(root, 'the top level', CONFIG_SECTIONS)) {
        if (section.value === null)
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(section.value)) {
            problems.push(`${at(section.value)}policy: expected a mapping with 'rules:'`);
            continue;
        }
        for (const [, rulesPair] of entries(section.value, 'policy', ['rules'])) {
            if (rulesPair.value === null)
                continue;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(rulesPair.value)) {
                problems.push(`${at(rulesPair.value)}policy.rules: expected a mapping of rule ids`);
                continue;
            }
            for (const pair of rulesPair.value.items) {
                const id = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
                if (!(0,_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .isRuleId */ .KX)(id)) {
                    problems.push(`${at(pair.key)}unknown rule ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)(id, 40)} in policy.rules (known: ${_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu.join(', ')})`);
                    continue;
                }
                config.rules[id].line = lineOf(pair.key);
                parseRule(id, pair.value, config, problems, at, lineOf);
            }
        }
    }
    if (problems.length > 0)
        throw new PolicyConfigError(file, problems);
    return config;
}
function parseRule(id, value, config, problems, at, lineOf) {
    const severity = (node) => {
        // YAML 1.2 reads a bare `off` as the string "off"; `false` is accepted as off too.
        const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? (node.value === false ? 'off' : String(node.value)) : undefined;
        if (raw && SEVERITIES.includes(raw))
            return raw;
        problems.push(`${at(node)}${id}: severity must be one of ${SEVERITIES.join(', ')}`);
        return undefined;
    };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(value)) {
        const parsed = severity(value);
        if (parsed)
            config.rules[id].severity = parsed;
        return;
    }
    const known = ['severity', 'reason', ...(STACK_RULES.includes(id) ? [] : ['exempt']), ...(RULE_OPTIONS[id] ?? [])];
    for (const pair of value.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
        const node = pair.value;
        if (!known.includes(key)) {
            problems.push(`${at(pair.key)}unknown key ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .shortText */ .os)(key, 40)} for rule ${id} (known: ${known.join(', ')})`);
        }
        else if (key === 'reason') {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && typeof node.value === 'string' && node.value.trim() !== '')
                config.rules[id].reason = node.value.trim();
            else
                problems.push(`${at(node)}${id}.reason: expected a sentence saying why`);
        }
        else if (key === 'severity') {
            const parsed = severity(node);
            if (parsed)
                config.rules[id].severity = parsed;
        }
        else if (key === 'min-interval' || key === 'min-start-period') {
            const ms = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? (0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(String(node.value)) : { error: 'expected a duration' };
            if (typeof ms !== 'number')
                problems.push(`${at(node)}${id}.${key}: ${ms.error}`);
            else if (key === 'min-interval')
                config.healthcheckTiming.minIntervalMs = ms;
            else
                config.healthcheckTiming.minStartPeriodMs = ms;
        }
        else {
            const list = stringList(node);
            if (!list) {
                problems.push(`${at(node)}${id}.${key}: expected a list of names`);
            }
            else if (key === 'exempt') {
                config.rules[id].exempt = list;
            }
            else if (key === 'slow-starters') {
                config.healthcheckTiming.slowStarters = list.map((name) => name.toLowerCase());
            }
            else if (key === 'allow') {
                config.capabilities.allow = list.map(normalizeCapability);
                config.capabilities.allowLine = lineOf(pair.key);
            }
        }
    }
}
function stringList(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && typeof node.value === 'string')
        return [node.value];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
        return undefined;
    const values = node.items.map((item) => ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item) ? item.value : undefined));
    return values.every((value) => typeof value === 'string' || typeof value === 'number')
        ? values.map(String)
        : undefined;
}
/** `cap_net_admin`, `CAP_NET_ADMIN` and `NET_ADMIN` name the same capability. */
function normalizeCapability(name) {
    return name.trim().toUpperCase().replace(/^CAP_/, '');
}
/** Names looked for in the working directory when no configuration file is given. */
const DEFAULT_CONFIG_FILES = ['.docker-stability.yml', '.docker-stability.yaml'];
/**
 * The configuration in force: the named file, else the first default name in the working
 * directory, else the defaults. Errors name the file as the user would find it.
 */
function loadPolicyConfig(readText, where) {
    const candidates = where.explicit
        ? [node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(where.base, where.explicit)]
        : DEFAULT_CONFIG_FILES.map((name) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(where.workingDirectory, name));
    for (const candidate of candidates) {
        const shown = where.explicit ?? (node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(where.base, candidate) || candidate);
        if (where.within) {
            const root = where.within.realPath(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(where.within.root));
            const real = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveExisting */ ._j)(candidate, where.within.realPath);
            if (!(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)(root, real)) {
                throw new PolicyConfigError(shown, [`leads outside the workspace (to ${real}); a policy file is read only from inside ${root}`]);
            }
        }
        let text;
        try {
            text = readText(candidate);
        }
        catch (error) {
            const code = error.code;
            if (where.explicit) {
                throw new PolicyConfigError(shown, [code === 'ENOENT' ? 'the policy configuration file does not exist' : `cannot be read (${code ?? String(error)})`]);
            }
            if (code === 'ENOENT')
                continue;
            throw new PolicyConfigError(shown, [`cannot be read (${code ?? String(error)})`]);
        }
        return { config: { ...parsePolicyConfig(text, shown), file: candidate }, file: shown };
    }
    return { config: defaultPolicyConfig() };
}


/***/ }),

/***/ 55874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n$: () => (/* binding */ judgeHostPath),
/* harmony export */   sm: () => (/* binding */ hostFacts)
/* harmony export */ });
/* unused harmony export RUNNER_DIRECTORY_VARIABLES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56107);


const SOCKET_PATHS = [
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/run/containerd/containerd.sock',
    '/var/run/containerd/containerd.sock',
    '/run/podman/podman.sock',
    '/run/crio/crio.sock',
    '/run/buildkit/buildkitd.sock',
];
/** Names of runtime sockets wherever they are (a rootless daemon's lives under /run/user/<uid>). */
const SOCKET_NAME = /^(docker|containerd|podman|crio|buildkitd|dockershim)\.sock$/;
/** Directories whose every path is host takeover, read-only or not. */
const SYSTEM_DIRECTORIES = [
    '/etc',
    '/root',
    '/home',
    '/Users',
    '/proc',
    '/sys',
    '/dev',
    '/boot',
    '/run',
    '/var/run',
    '/var/lib/docker',
    '/var/lib/containerd',
    '/var/lib/kubelet',
];
/** Directories that are harmless to read but take over the host when written. */
const WRITE_PROTECTED = ['/usr', '/lib', '/lib32', '/lib64', '/libx32', '/bin', '/sbin', '/opt', '/var/lib', '/var/log', '/var/cache', '/var/spool', '/srv'];
/**
 * Host files commonly bound read-only that reveal nothing (time zone, name resolution, CA
 * certificates, the user table without passwords): allowed as written, read-only. Judged on the
 * path as written, because /etc/resolv.conf and /etc/localtime are the host's own links (into
 * /run and /usr), which a pull request cannot change.
 */
const HARMLESS_READ_ONLY = ['/etc/localtime', '/etc/timezone', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/etc/machine-id', '/etc/os-release', '/etc/passwd', '/etc/group', '/dev/null', '/dev/zero', '/dev/urandom', '/dev/random'];
const HARMLESS_READ_ONLY_TREES = ['/etc/ssl/certs', '/etc/ca-certificates', '/etc/pki/ca-trust', '/usr/share/zoneinfo'];
const RUNNER_DIRECTORY_VARIABLES = ['RUNNER_WORKSPACE', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE'];
/** The facts for a check: from the environment the action (or CLI) runs in and the file system. */
function hostFacts({ workspace, env, realPath, confined = true }) {
    const resolve = (absolute) => (realPath ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveExisting */ ._j)(absolute, realPath) : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(absolute));
    const runnerDirs = RUNNER_DIRECTORY_VARIABLES.flatMap((name) => {
        const value = env[name];
        return value && node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(value) ? [{ label: name, path: resolve(value) }] : [];
    });
    // The runner's work folder (`_work`) holds every repository's workspace and the runner's own
    // directories; on a self-hosted runner its parent is the runner's installation.
    const work = env.RUNNER_WORKSPACE && node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(env.RUNNER_WORKSPACE) ? [{ label: 'work folder', path: resolve(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(env.RUNNER_WORKSPACE)) }] : [];
    const dockerHost = /^unix:\/\/(\/.+)$/.exec(env.DOCKER_HOST ?? '')?.[1];
    return {
        workspace: resolve(workspace),
        confined,
        runnerDirs: [...runnerDirs, ...work],
        homes: [...new Set([env.HOME, '/home', '/root', '/Users'].filter((home) => Boolean(home && node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(home) && home !== '/')).map(resolve))],
        sockets: [...new Set([...SOCKET_PATHS, ...(dockerHost ? [dockerHost] : [])].flatMap((socket) => [socket, resolve(socket)]))],
        resolve,
    };
}
/**
 * What mounting `source` (absolute, as Compose printed it) reaches, or undefined when it is
 * harmless: inside the workspace, or outside every protected directory.
 */
function judgeHostPath(source, readOnly, facts) {
    const written = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve('/', source);
    if (readOnly && (HARMLESS_READ_ONLY.includes(written) || HARMLESS_READ_ONLY_TREES.some((tree) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(tree, written))))
        return undefined;
    const resolved = facts.resolve(written);
    const holds = (protectedPath) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(resolved, protectedPath);
    const socket = facts.sockets.find(holds);
    if (socket)
        return { kind: 'socket', resolved, what: resolved === socket ? 'the container runtime socket' : `${resolved}, which holds the container runtime socket ${socket}` };
    if (SOCKET_NAME.test(node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(resolved)) && !(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(facts.workspace, resolved))
        return { kind: 'socket', resolved, what: 'a container runtime socket' };
    // Paths inside the workspace are the project's own.
    if ((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(facts.workspace, resolved))
        return undefined;
    for (const runner of facts.runnerDirs) {
        if (holds(runner.path) || (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(runner.path, resolved))
            return { kind: 'host', resolved, what: `the runner's ${runner.label} (${runner.path})` };
    }
    for (const home of facts.homes) {
        if (holds(home) || (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(home, resolved))
            return { kind: 'host', resolved, what: `a home directory (${home})` };
    }
    for (const system of SYSTEM_DIRECTORIES) {
        const real = facts.resolve(system);
        if (holds(system) || holds(real) || (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(system, resolved) || (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(real, resolved)) {
            return { kind: 'host', resolved, what: resolved === '/' ? 'the host\'s root file system' : `the system directory ${system}` };
        }
    }
    // A directory that holds the workspace (`..` of the repository, the folder of every checkout)
    // reaches beyond the project: other checkouts, the runner's files beside it. Where paths are
    // confined (the action, --confine) that is host access wherever the workspace lives; a
    // developer's CLI may mount the monorepo above its compose file.
    if (facts.confined && holds(facts.workspace))
        return { kind: 'host', resolved, what: `${resolved}, which holds the workspace ${facts.workspace}` };
    if (!readOnly) {
        const system = WRITE_PROTECTED.find((dir) => holds(dir) || (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(dir, resolved));
        if (system)
            return { kind: 'host', resolved, what: `the system directory ${system}, writable` };
    }
    return undefined;
}


/***/ }),

/***/ 71011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ durabilitySwitches),
/* harmony export */   yT: () => (/* binding */ DURABILITY_RULES)
/* harmony export */ });
/* unused harmony export DURABILITY_SWITCHES */
/* harmony import */ var _compose_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37993);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52184);
/* harmony import */ var _service_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76543);



const OFF = '(?:off|false|no|0)';
const DURABILITY_SWITCHES = [
    { name: 'fsync=off', engine: 'PostgreSQL', pattern: new RegExp(`(?<![\\w])fsync\\s*=\\s*["']?${OFF}\\b`, 'i') },
    { name: 'synchronous_commit=off', engine: 'PostgreSQL', pattern: new RegExp(`synchronous_commit\\s*=\\s*["']?(?:off|local|false|no|0)\\b`, 'i') },
    { name: 'full_page_writes=off', engine: 'PostgreSQL', pattern: new RegExp(`full_page_writes\\s*=\\s*["']?${OFF}\\b`, 'i') },
    { name: 'innodb_flush_log_at_trx_commit=0/2', engine: 'MySQL', pattern: /innodb[-_]flush[-_]log[-_]at[-_]trx[-_]commit\s*=\s*["']?[02]\b/i },
    { name: 'sync_binlog=0', engine: 'MySQL', pattern: /(?<![\w])sync[-_]binlog\s*=\s*["']?0\b/i },
    { name: 'innodb_doublewrite=off', engine: 'MySQL', pattern: new RegExp(`skip[-_]innodb[-_]doublewrite|innodb[-_]doublewrite\\s*=\\s*["']?${OFF}\\b`, 'i') },
    { name: 'innodb_flush_method=nosync', engine: 'MySQL', pattern: /innodb[-_]flush[-_]method\s*=\s*["']?nosync\b/i },
    { name: 'appendfsync no', engine: 'Redis', pattern: /appendfsync["']?\s+["']?no\b/i },
    { name: '--nojournal', engine: 'MongoDB', pattern: /--nojournal\b/i },
    { name: 'translog.durability=async', engine: 'Elasticsearch', pattern: /translog\.durability\s*[=:]\s*["']?async\b/i },
];
/** Every durability switch a service turns off, in command, entrypoint or environment. */
function durabilitySwitches(service) {
    const found = [];
    const scan = (text, where, variable) => {
        for (const candidate of DURABILITY_SWITCHES) {
            if (candidate.pattern.test(text))
                found.push({ name: candidate.name, engine: candidate.engine, in: where, variable });
        }
    };
    scan((0,_service_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .commandText */ .jt)(service.command), 'command');
    scan((0,_service_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .commandText */ .jt)(service.entrypoint), 'entrypoint');
    for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (typeof value === 'string')
            scan(value, 'environment', variable);
    }
    return found;
}
const unsafeDurability = {
    id: 'unsafe-durability',
    check: ({ services, where }) => services.flatMap(([name, service]) => durabilitySwitches(service).map((found) => {
        const limit = (0,_compose_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .memoryLimitBytes */ .IJ)(service);
        const cost = limit
            ? `bounded by its ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(limit)} memory limit`
            : 'unbounded, as the service has no memory limit';
        const pattern = DURABILITY_SWITCHES.find((candidate) => candidate.name === found.name).pattern;
        const at = found.in === 'environment'
            ? where.entry(name, ['environment'], ({ key, value }) => key === found.variable || (typeof value === 'string' && (value === found.variable || value.startsWith(`${found.variable}=`))))
            : where.entry(name, [found.in], ({ value }) => typeof value === 'string' && pattern.test(value));
        const place = found.in === 'environment' ? `environment variable ${found.variable}` : found.in;
        return {
            rule: 'unsafe-durability',
            service: name,
            at,
            message: `${found.engine} durability is off in ${name} (${found.name}, in its ${place}): fine for throwaway test data, but unflushed writes wait in the page cache, charged to the container's memory — ${cost}.`,
        };
    })),
};
const DURABILITY_RULES = [unsafeDurability];


/***/ }),

/***/ 76543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ healthTiming),
/* harmony export */   Ej: () => (/* binding */ healthcheckSource),
/* harmony export */   jt: () => (/* binding */ commandText),
/* harmony export */   pW: () => (/* binding */ dependants),
/* harmony export */   rA: () => (/* binding */ imageReference),
/* harmony export */   yo: () => (/* binding */ effectiveTiming),
/* harmony export */   zY: () => (/* binding */ hasHealthcheck),
/* harmony export */   zZ: () => (/* binding */ parseImage)
/* harmony export */ });
/* unused harmony exports DEFAULT_HEALTH_INTERVAL_MS, DEFAULT_HEALTH_TIMEOUT_MS */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);

// Facts about one service of the canonical model that several rules and `compare` read.
/** Docker's defaults when a health check sets no timing (docker run --health-*). */
const DEFAULT_HEALTH_INTERVAL_MS = 30_000;
const DEFAULT_HEALTH_TIMEOUT_MS = 30_000;
/**
 * The daemon takes each field the compose file leaves unset from the image's HEALTHCHECK, and
 * the whole check from the image when the file declares none; `disable` and test NONE turn both off.
 */
function healthcheckSource(service, image) {
    if (service.healthcheck)
        return hasHealthcheck(service) ? 'compose' : 'none';
    if (!image?.known)
        return 'unknown';
    return image.healthcheck ? 'image' : 'none';
}
/** One field as the container will run it: the file's, else the image's, else Docker's default. */
function effectiveTiming(service, image, field, timing = healthTiming(service)) {
    const written = timing[field];
    if (written !== undefined)
        return { ms: written, from: 'compose' };
    const fallback = field === 'startPeriodMs' ? 0 : field === 'intervalMs' ? DEFAULT_HEALTH_INTERVAL_MS : DEFAULT_HEALTH_TIMEOUT_MS;
    if (!image?.known)
        return { ms: fallback, from: 'unknown' };
    const own = image.healthcheck?.[field];
    return own !== undefined && own > 0 ? { ms: own, from: 'image' } : { ms: fallback, from: 'docker' };
}
/** The image reference a service runs: its `image:`, or the name Compose gives what it builds. */
function imageReference(project, service, spec) {
    return spec.image ?? `${project}-${service}`;
}
/** True when the service declares a health check that runs (not `disable`, not test NONE). */
function hasHealthcheck(service) {
    const check = service.healthcheck;
    if (!check || check.disable)
        return false;
    const test = Array.isArray(check.test) ? check.test : check.test !== undefined ? [check.test] : [];
    return test[0] !== 'NONE';
}
function healthTiming(service) {
    const check = service.healthcheck ?? {};
    const ms = (value) => {
        if (value === undefined)
            return undefined;
        const parsed = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value);
        return typeof parsed === 'number' ? parsed : undefined;
    };
    return {
        intervalMs: ms(check.interval),
        timeoutMs: ms(check.timeout),
        startPeriodMs: ms(check.start_period),
        retries: check.retries,
    };
}
/** Splits "registry:5000/org/name:tag@sha256:…" without guessing beyond Docker's grammar. */
function parseImage(image) {
    const [withoutDigest = '', digest] = image.split('@', 2);
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    const hasTag = colon > slash;
    const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
    const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined;
    const parts = path.split('/');
    // A first segment with a dot or colon, or "localhost", is a registry host.
    if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]))
        parts.shift();
    if (parts[0] === 'library' && parts.length === 2)
        parts.shift();
    const repository = parts.join('/');
    return { repository, name: (parts[parts.length - 1] ?? '').toLowerCase(), tag, digest };
}
/** The command as one string, for spotting switches (`["postgres","-c","fsync=off"]`). */
function commandText(value) {
    if (value === null || value === undefined)
        return '';
    return Array.isArray(value) ? value.join(' ') : value;
}
/** Services named in other services' depends_on (with a condition `accept` takes), with who depends on them. */
function dependants(services, accept = () => true) {
    const result = new Map();
    for (const [name, service] of services) {
        for (const [dependency, spec] of Object.entries(service.depends_on ?? {})) {
            if (!accept(spec?.condition ?? 'service_started'))
                continue;
            result.set(dependency, [...(result.get(dependency) ?? []), name]);
        }
    }
    return result;
}


/***/ }),

/***/ 3557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ daemonIsLocal),
/* harmony export */   RC: () => (/* binding */ checkHost),
/* harmony export */   dz: () => (/* binding */ gatherHostFacts)
/* harmony export */ });
/* unused harmony export memoryMargin */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);

/** A unix socket (or Windows pipe) means the daemon runs on this machine. */
function daemonIsLocal(endpoint) {
    return endpoint.startsWith('unix://') || endpoint.startsWith('npipe://');
}
async function gatherHostFacts(host, daemon) {
    const daemonLocal = daemonIsLocal(daemon.endpoint);
    return {
        memory: daemonLocal ? host.memory() : undefined,
        load: host.load(),
        daemonLocal,
        dataRoot: daemon.info.dockerRootDir,
        // The data root path means something here only when the daemon is local; in a job
        // container that mounts the socket, the path is not ours and statfs fails (undefined).
        freeDiskBytes: daemonLocal && daemon.info.dockerRootDir ? await host.freeDiskBytes(daemon.info.dockerRootDir) : undefined,
        daemonMemTotalBytes: daemon.info.memTotalBytes,
    };
}
/** Room kept free besides the stack: the runner, the test process and the daemon itself. */
function memoryMargin(totalBytes) {
    return Math.max(512 * 1024 ** 2, Math.round(totalBytes * 0.1));
}
function checkHost(facts, needs) {
    return [checkMemory(facts, needs), checkDisk(facts, needs), checkLoad(facts)];
}
function checkMemory(facts, needs) {
    const base = { id: 'host-memory', title: 'Free memory for the stack' };
    const floor = needs.reservationIsFloor ? ' (a floor: some services have no memory limit, so only what they declare is counted)' : '';
    if (!facts.memory) {
        return {
            ...base,
            status: 'warn',
            detail: `could not be measured: the daemon is not on this machine (it reports ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(facts.daemonMemTotalBytes)} in all); the stack reserves ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(needs.reservationBytes)}${floor}`,
        };
    }
    const { availableBytes: available, totalBytes: total } = facts.memory;
    const margin = memoryMargin(total);
    const numbers = `${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(available)} available of ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(total)}; the stack reserves ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(needs.reservationBytes)}${floor}, plus a margin of ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(margin)}`;
    if (available < needs.reservationBytes) {
        return { ...base, status: 'fail', detail: `${numbers}. The stack could exhaust the host's memory: lower its memory limits (each covers its tmpfs and /dev/shm), or use a larger runner` };
    }
    if (available < needs.reservationBytes + margin) {
        return { ...base, status: 'warn', detail: `${numbers}. Little room is left for anything else on the runner` };
    }
    return { ...base, status: 'pass', detail: numbers };
}
function checkDisk(facts, needs) {
    const base = { id: 'data-root-disk', title: "Free disk on Docker's data root" };
    if (facts.freeDiskBytes === undefined) {
        const why = facts.daemonLocal ? `${facts.dataRoot || 'the data root'} is not readable from here` : 'the daemon is not on this machine';
        return { ...base, status: 'warn', detail: `could not be measured: ${why} (minimum ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(needs.minFreeDiskBytes)})` };
    }
    const numbers = `${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(facts.freeDiskBytes)} free on ${facts.dataRoot}; minimum ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(needs.minFreeDiskBytes)} (min-free-disk)`;
    return facts.freeDiskBytes < needs.minFreeDiskBytes
        ? { ...base, status: 'fail', detail: `${numbers}. Images, containers and volumes may fill it mid-job: free space (remove unused images and volumes) or lower min-free-disk` }
        : { ...base, status: 'pass', detail: numbers };
}
function checkLoad(facts) {
    const { load1, cpus } = facts.load;
    const perCore = cpus > 0 ? load1 / cpus : load1;
    const numbers = `load ${load1.toFixed(2)} over ${cpus} cores (${perCore.toFixed(2)} per core)`;
    return perCore > 1
        ? { id: 'host-load', title: 'Runner load', status: 'warn', detail: `${numbers}. More runnable tasks than cores: health checks and start-up may be slow` }
        : { id: 'host-load', title: 'Runner load', status: 'pass', detail: numbers };
}


/***/ }),

/***/ 26915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xv: () => (/* binding */ WorkflowParseError),
  H1: () => (/* binding */ scanWorkflow)
});

// UNUSED EXPORTS: WORKFLOW_RULES, defaultIsOurAction

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/yaml/untrusted.ts
var untrusted = __webpack_require__(82225);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
;// CONCATENATED MODULE: ./src/workflows/shell-commands.ts

/** `${{ … }}` would be a bad substitution to a shell tokenizer; it stands for one word. */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g;
const COMMAND_SEPARATORS = new Set(['&&', '||', ';', ';;', '|', '|&', '&', '(', ')']);
/** Joins `\`-continued lines and drops heredoc bodies; keeps the starting line of each. */
function logicalLines(script) {
    const physical = script.replace(EXPRESSION, 'GITHUB_EXPRESSION').split(/\r?\n/);
    const result = [];
    let pending;
    let heredocEnd;
    physical.forEach((raw, index) => {
        if (heredocEnd !== undefined) {
            if (raw.trim() === heredocEnd)
                heredocEnd = undefined;
            return;
        }
        const current = pending ?? { text: '', line: index };
        const continued = /(^|[^\\])(\\\\)*\\$/.test(raw);
        current.text += continued ? `${raw.slice(0, -1)} ` : raw;
        if (continued) {
            pending = current;
            return;
        }
        pending = undefined;
        result.push(current);
        const heredoc = [...current.text.matchAll(HEREDOC)].at(-1);
        if (heredoc)
            heredocEnd = heredoc[2];
    });
    if (pending)
        result.push(pending);
    return result;
}
function tokens(text) {
    try {
        // Keep $VAR as written: we read commands, we do not expand them.
        return (0,shell_quote.parse)(text, (name) => `$${name}`);
    }
    catch {
        return text.split(/\s+/).filter(Boolean);
    }
}
/** Every simple command of the script (split at &&, ||, ;, |, &, subshell parentheses). */
function simpleCommands(script) {
    const commands = [];
    for (const { text, line } of logicalLines(script)) {
        let words = [];
        const flush = () => {
            if (words.length > 0)
                commands.push({ words, line });
            words = [];
        };
        for (const token of tokens(text)) {
            if (typeof token === 'string')
                words.push(token);
            else if ('comment' in token)
                break;
            else if ('op' in token && COMMAND_SEPARATORS.has(token.op))
                flush();
            else if ('op' in token && token.op === 'glob')
                words.push(token.pattern);
            // Redirections (>, <, 2>) end nothing: the next word is their target, harmless here.
        }
        flush();
    }
    return commands;
}
/** Prefixes that run the rest as a command: env assignments, sudo (with its flags), env, time… */
const WRAPPERS = new Set(['sudo', 'env', 'time', 'exec', 'nohup', 'command', 'nice', 'timeout', 'xargs', 'eval', 'retry']);
const SUDO_FLAGS_WITH_VALUE = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-R', '-T', '--user', '--group']);
/** The command itself, with env assignments and wrappers like `sudo -E env X=1` stripped. */
function effectiveWords(words) {
    let index = 0;
    while (index < words.length) {
        const word = words[index];
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
            index += 1;
        }
        else if (WRAPPERS.has(word)) {
            index += 1;
            // Skip the wrapper's own options (and a timeout's duration).
            while (index < words.length && (words[index].startsWith('-') || (word === 'timeout' && /^\d/.test(words[index])))) {
                index += SUDO_FLAGS_WITH_VALUE.has(words[index]) ? 2 : 1;
            }
        }
        else {
            break;
        }
    }
    return words.slice(index);
}

;// CONCATENATED MODULE: ./src/workflows/direct-compose.ts

/** Subcommands that start or stop a stack; logs, ps, config, exec and friends only look. */
const LIFECYCLE = new Set(['up', 'down', 'run', 'start', 'stop', 'restart', 'create', 'kill', 'rm']);
/** Compose's global options that take a value (so the subcommand is found after them). */
const GLOBAL_WITH_VALUE = new Set([
    '-f',
    '--file',
    '-p',
    '--project-name',
    '--profile',
    '--env-file',
    '--project-directory',
    '--ansi',
    '--progress',
    '--parallel',
    '-c',
    '--context',
    '-H',
    '--host',
    '--log-level',
]);
/** The Compose lifecycle call a simple command makes, if it makes one. */
function composeLifecycleCall(words) {
    const command = effectiveWords(words);
    const program = command[0]?.split('/').pop();
    let rest;
    let tool;
    if (program === 'docker-compose') {
        tool = 'docker-compose';
        rest = command.slice(1);
    }
    else if (program === 'docker') {
        // `docker --context x compose up`: docker's own global flags may come first.
        const composeAt = command.indexOf('compose', 1);
        if (composeAt < 0 || command.slice(1, composeAt).some((word) => !word.startsWith('-') && !isFlagValue(command, command.indexOf(word, 1)))) {
            return undefined;
        }
        tool = 'docker compose';
        rest = command.slice(composeAt + 1);
    }
    else {
        return undefined;
    }
    for (let index = 0; index < rest.length; index += 1) {
        const word = rest[index];
        if (GLOBAL_WITH_VALUE.has(word)) {
            index += 1;
        }
        else if (!word.startsWith('-')) {
            return LIFECYCLE.has(word) ? { tool, subcommand: word } : undefined;
        }
    }
    return undefined;
}
function isFlagValue(words, index) {
    return index > 0 && GLOBAL_WITH_VALUE.has(words[index - 1]);
}

;// CONCATENATED MODULE: ./src/workflows/scan.ts




// Workflow lint: jobs that start or stop Compose stacks with direct `docker compose` calls
// instead of going through this action (the audit: "every entry point through one manager"),
// and jobs that start the same stack at the same time without a lock group. Workflows are read
// with `yaml` as documents with positions, never by regexes over the whole file.
const WORKFLOW_RULES = {
    directCompose: 'direct-compose',
    unlockedStack: 'unlocked-stack',
};
/** `org/docker-stability-action@v1`, `…/check@v1`, `…/.github/workflows/compose-stack.yml@v1`. */
const defaultIsOurAction = (uses) => /(^|\/)docker-stability-action(\/[^@]*)?(@|$)/.test(uses.trim());
/** A workflow that is not YAML, or not a workflow: reported, never guessed at. */
class WorkflowParseError extends Error {
    file;
    line;
    constructor(file, line, detail) {
        super(`${file}:${line}: ${detail}`);
        this.file = file;
        this.line = line;
        this.name = 'WorkflowParseError';
    }
}
function scanWorkflow(file, options = {}) {
    const isOurAction = options.isOurAction ?? defaultIsOurAction;
    // A pull request's workflows are untrusted text; read through the document API only (no toJS).
    let parsed;
    try {
        parsed = (0,untrusted/* parseUntrustedYaml */.$1)(file.text);
    }
    catch (error) {
        if (error instanceof untrusted/* UntrustedYamlError */.Wc)
            throw new WorkflowParseError(file.path, error.line, error.detail);
        throw error;
    }
    const { doc: document, lines } = parsed;
    const jobs = document.get('jobs', true);
    if (!(0,dist/* isMap */.jh)(jobs))
        return [];
    const position = (offset) => {
        const { line, col } = lines.linePos(offset ?? 0);
        return { line, column: col };
    };
    const findings = [];
    const infos = [];
    for (const pair of jobs.items) {
        const id = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
        if (!(0,dist/* isMap */.jh)(pair.value))
            continue;
        const job = pair.value;
        const strategy = job.get('strategy', true);
        const info = { id, usesAction: false, lockGroup: false, matrix: (0,dist/* isMap */.jh)(strategy) && hasMatrix(strategy) };
        const reusable = job.get('uses', true);
        if ((0,dist/* isScalar */.jn)(reusable) && isOurAction(String(reusable.value))) {
            info.usesAction = true;
            info.actionAt = position(reusable.range?.[0]);
            readStackInputs(job.get('with', true), info);
        }
        const steps = job.get('steps', true);
        const runSteps = [];
        if ((0,dist/* isSeq */.oP)(steps)) {
            for (const step of steps.items) {
                if (!(0,dist/* isMap */.jh)(step))
                    continue;
                const uses = step.get('uses', true);
                if ((0,dist/* isScalar */.jn)(uses) && isOurAction(String(uses.value))) {
                    info.usesAction = true;
                    info.actionAt ??= position(uses.range?.[0]);
                    readStackInputs(step.get('with', true), info);
                }
                const run = step.get('run', true);
                if ((0,dist/* isScalar */.jn)(run) && typeof run.value === 'string')
                    runSteps.push(run);
            }
        }
        infos.push(info);
        if (info.usesAction)
            continue;
        for (const run of runSteps) {
            for (const command of simpleCommands(String(run.value))) {
                const call = composeLifecycleCall(command.words);
                if (!call)
                    continue;
                const at = commandPosition(file.text, lines, run, command.line, effectiveWords(command.words));
                findings.push({
                    rule: WORKFLOW_RULES.directCompose,
                    severity: options.severity?.[WORKFLOW_RULES.directCompose] ?? 'warning',
                    service: id,
                    file: file.path,
                    line: at.line,
                    column: at.column,
                    message: `Job '${id}' runs '${call.tool} ${call.subcommand}' directly: the stack starts without the preflight, policy, lease and cleanup this action gives (another job or a developer's stack may hold its ports, and nothing guarantees it is removed). Use the docker-stability action in this job, or 'docker-stability up/down/run' for scripts.`,
                });
            }
        }
    }
    findings.push(...unlockedStacks(infos, file.path, options.severity?.[WORKFLOW_RULES.unlockedStack] ?? 'warning'));
    return findings;
}
function hasMatrix(strategy) {
    const maxParallel = strategy.get('max-parallel');
    return strategy.has('matrix') && maxParallel !== 1 && maxParallel !== '1';
}
function readStackInputs(withNode, info) {
    const inputs = (0,dist/* isMap */.jh)(withNode) ? withNode : undefined;
    const text = (key) => {
        const value = inputs?.get(key);
        return value === undefined || value === null ? '' : String(value).trim();
    };
    info.lockGroup = text('lock-group') !== '';
    const files = text('compose-files')
        .split(/[\n,]/)
        .map((file) => file.trim())
        .filter(Boolean)
        .join(',');
    info.stackKey = `${text('working-directory') || '.'}|${files || '(default compose file)'}`;
}
/** Jobs (or matrix legs) that start the same stack at once, with no lock group to queue them. */
function unlockedStacks(infos, file, severity) {
    const findings = [];
    const byStack = new Map();
    for (const info of infos.filter((candidate) => candidate.usesAction && candidate.stackKey)) {
        byStack.set(info.stackKey, [...(byStack.get(info.stackKey) ?? []), info]);
    }
    for (const [key, jobs] of byStack) {
        const stack = key.split('|')[1];
        const others = (info) => jobs.filter((job) => job !== info).map((job) => job.id);
        for (const info of jobs) {
            if (info.lockGroup || !info.actionAt)
                continue;
            const why = jobs.length > 1
                ? `jobs ${[info.id, ...others(info)].map((id) => `'${id}'`).join(' and ')} start the same stack (${stack})`
                : info.matrix && !stack.includes('${{')
                    ? `job '${info.id}' starts the same stack (${stack}) in every leg of its matrix`
                    : undefined;
            if (!why)
                continue;
            findings.push({
                rule: WORKFLOW_RULES.unlockedStack,
                severity,
                service: info.id,
                file,
                line: info.actionAt.line,
                column: info.actionAt.column,
                message: `${why[0].toUpperCase()}${why.slice(1)} without a lock group: they run at the same time on a shared daemon, which is fine only if nothing outside their own project is shared. Set 'lock-group' to queue them.`,
            });
        }
    }
    return findings;
}
/**
 * Where a command of a `run:` script is in the file. Literal blocks (`|`) keep lines, so the
 * script's line n is the indicator's line + 1 + n; other scalars fold lines, so the command is
 * looked up in the scalar's source lines, falling back to where the scalar starts.
 */
function commandPosition(text, lines, run, scriptLine, words) {
    const [start = 0, end = start] = run.range ?? [];
    const startLine = lines.linePos(start).line;
    const sourceLines = text.split(/\r?\n/);
    const candidates = run.type === dist/* Scalar */.X5.BLOCK_LITERAL
        ? [startLine + 1 + scriptLine]
        : Array.from({ length: lines.linePos(end).line - startLine + 1 }, (_, i) => startLine + i);
    const needle = words.slice(0, 2);
    for (const line of candidates) {
        const source = sourceLines[line - 1] ?? '';
        const column = source.indexOf(needle[0] ?? '');
        if (column >= 0 && needle.every((word) => source.includes(word)))
            return { line, column: column + 1 };
    }
    const fallback = candidates[0] ?? startLine;
    const indent = /^\s*/.exec(sourceLines[fallback - 1] ?? '')?.[0].length ?? 0;
    return { line: fallback, column: indent + 1 };
}


/***/ }),

/***/ 82225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ parseUntrustedYaml),
/* harmony export */   Wc: () => (/* binding */ UntrustedYamlError),
/* harmony export */   fr: () => (/* binding */ DEFAULT_YAML_LIMITS)
/* harmony export */ });
/* unused harmony exports excessiveNesting, duplicateKeyOffset */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

// YAML from people we do not trust — compose files, workflows and policy files of a pull
// request from a fork — parsed so that no text can take the step down: the `yaml` library's own
// checks are quadratic (unique keys: 50 000 keys of one map took 17 s) or recursive (10 MB of
// `[` ran 48 s and crashed node), and Compose's decoder spins on an alias bomb (minutes of CPU
// on nine nested levels). Every guard here is one linear pass; what fails one is refused with
// the line and column responsible.
/** Text refused before or while parsing, with where the trouble is (1-based; 0 when nowhere). */
class UntrustedYamlError extends Error {
    line;
    column;
    detail;
    constructor(line, column, detail) {
        super(`${line > 0 ? `${line}:${column}: ` : ''}${detail}`);
        this.line = line;
        this.column = column;
        this.detail = detail;
        this.name = 'UntrustedYamlError';
    }
}
const DEFAULT_YAML_LIMITS = {
    maxBytes: 32 * 1024 * 1024,
    maxExpansionFactor: 10,
    expansionAllowance: 100_000,
    maxNesting: 100,
};
/** Parses one document; throws UntrustedYamlError for anything refused or malformed. */
function parseUntrustedYaml(text, limits = DEFAULT_YAML_LIMITS, options = {}) {
    if (text.length > limits.maxBytes)
        throw new UntrustedYamlError(0, 0, `the file is ${text.length} bytes; files over ${limits.maxBytes} bytes are refused`);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const tooDeep = excessiveNesting(text, limits.maxNesting);
    if (tooDeep !== undefined) {
        lines.addNewLine(0);
        for (let index = text.indexOf('\n'); index !== -1 && index < tooDeep; index = text.indexOf('\n', index + 1))
            lines.addNewLine(index + 1);
        const at = lines.linePos(tooDeep);
        throw new UntrustedYamlError(at.line, at.col, `nests more than ${limits.maxNesting} levels deep here: refused (such files nest a few levels)`);
    }
    let doc;
    try {
        // Duplicate keys are found by duplicateKeyOffset, in one pass, instead of the parser's check.
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, merge: options.merge ?? false, prettyErrors: true, keepSourceTokens: false, uniqueKeys: false });
    }
    catch (error) {
        throw new UntrustedYamlError(0, 0, `cannot be parsed as YAML (${error instanceof Error ? error.message : String(error)})`);
    }
    try {
        const problem = doc.errors[0];
        const duplicate = duplicateKeyOffset(doc);
        if (duplicate !== undefined && !(problem && problem.pos[0] < duplicate)) {
            const at = lines.linePos(duplicate);
            throw new UntrustedYamlError(at.line, at.col, 'invalid YAML: Map keys must be unique');
        }
        if (problem) {
            const at = problem.linePos?.[0];
            const detail = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            throw new UntrustedYamlError(at?.line ?? 0, at?.col ?? 0, `invalid YAML: ${detail}`);
        }
        const aliasTargets = resolveAliases(doc, lines);
        checkExpansion(doc, aliasTargets, lines, limits);
        return { doc, lines, aliasTargets };
    }
    catch (error) {
        if (error instanceof RangeError)
            throw new UntrustedYamlError(0, 0, 'is nested too deeply to be read');
        throw error;
    }
}
/**
 * Offset where flow collections nest deeper than `max`, or a line chains more than `max` block
 * indicators (`- - - a`, `? ? a`). Counted over the tokens of yaml's own lexer, which knows
 * quoted and block scalars and comments (a bracket inside them is text, and a quote inside a
 * block scalar opens nothing); the lexer is linear and is stopped at the first offence.
 */
function excessiveNesting(text, max) {
    let offset = 0;
    let flow = 0;
    let chain = 0;
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        const type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.tokenType(token);
        if (type === 'flow-seq-start' || type === 'flow-map-start') {
            flow += 1;
            if (flow > max)
                return offset;
        }
        else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) {
            flow -= 1;
        }
        else if (type === 'seq-item-ind' || type === 'explicit-key-ind') {
            chain += 1;
            if (chain > max)
                return offset;
        }
        else if (type === 'newline' || type === 'doc-start') {
            chain = 0;
        }
        // Control tokens of the lexer (document mode, "a scalar follows") take no room in the text.
        if (!(token.length === 1 && token < ' ' && token !== '\t' && token !== '\n' && token !== '\r'))
            offset += token.length;
    }
    return undefined;
}
/**
 * Offset of the first key that repeats an earlier key of the same map (scalars with equal
 * values, as the parser's own check compares them; merge keys `<<` may repeat), in one pass.
 */
function duplicateKeyOffset(doc) {
    let first;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map: (_key, map) => {
            const seen = new Set();
            for (const pair of map.items) {
                const key = pair.key;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) || typeof key.value === 'symbol' || Number.isNaN(key.value))
                    continue;
                if (seen.has(key.value)) {
                    const offset = key.range?.[0];
                    if (offset !== undefined && (first === undefined || offset < first))
                        first = offset;
                    break;
                }
                seen.add(key.value);
            }
        },
    });
    return first;
}
/** Anchors in document order: an alias names the latest anchor of that name before it. */
function resolveAliases(doc, lines) {
    const anchors = new Map();
    const targets = new Map();
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias: (_key, alias) => {
            const target = anchors.get(alias.source);
            if (!target) {
                const at = alias.range ? lines.linePos(alias.range[0]) : { line: 0, col: 0 };
                throw new UntrustedYamlError(at.line, at.col, `alias *${alias.source} names no anchor defined before it`);
            }
            targets.set(alias, target);
        },
        Node: (_key, node) => {
            if ('anchor' in node && typeof node.anchor === 'string' && node.anchor)
                anchors.set(node.anchor, node);
        },
    });
    return targets;
}
/**
 * Counts the nodes the document would have with aliases expanded, bottom-up with memoisation,
 * so the count itself costs one pass however large the expansion. A self-referencing anchor
 * counts as unbounded.
 */
function checkExpansion(doc, targets, lines, limits) {
    const sizes = new Map();
    const inProgress = new Set();
    let written = 0;
    const size = (node) => {
        if (node === null || node === undefined)
            return 1;
        const cached = sizes.get(node);
        if (cached !== undefined)
            return cached;
        if (inProgress.has(node))
            return Infinity;
        inProgress.add(node);
        let total = 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            total = size(targets.get(node));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            total = size(node.key) + size(node.value);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node)) {
            written += 1;
            for (const item of node.items)
                total += size(item);
        }
        else {
            written += 1;
        }
        inProgress.delete(node);
        sizes.set(node, total);
        return total;
    };
    const expanded = size(doc.contents);
    const allowed = written * limits.maxExpansionFactor + limits.expansionAllowance;
    if (expanded > allowed) {
        const first = [...targets.keys()][0];
        const at = first?.range ? lines.linePos(first.range[0]) : { line: 0, col: 0 };
        throw new UntrustedYamlError(at.line, at.col, `its aliases expand to ${Number.isFinite(expanded) ? `${expanded} nodes` : 'an endless structure'} from ${written} written (more than ${allowed} allowed): refused as an alias bomb`);
    }
}


/***/ })

};
