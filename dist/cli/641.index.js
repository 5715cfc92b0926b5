export const id = 641;
export const ids = [641];
export const modules = {

/***/ 72023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanAction: () => (/* binding */ cleanAction),
/* harmony export */   cleanJson: () => (/* binding */ cleanJson),
/* harmony export */   cleanText: () => (/* binding */ cleanText),
/* harmony export */   runClean: () => (/* binding */ runClean)
/* harmony export */ });
/* harmony import */ var _adapters_host_probe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56043);
/* harmony import */ var _adapters_docker_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43108);
/* harmony import */ var _adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99180);
/* harmony import */ var _lease_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96188);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52184);
/* harmony import */ var _settings_lease_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3391);
/* harmony import */ var _sweep_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94927);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99436);








const FORMATS = ['text', 'json'];
async function runClean(flags, deps) {
    if (!FORMATS.includes(flags.format)) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
    }
    if (!_lease_records_js__WEBPACK_IMPORTED_MODULE_3__/* .NAMESPACE_PATTERN */ .PV.test(flags.namespace))
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage, `--namespace: '${flags.namespace}' is not a namespace`);
    const leaseTtlMs = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(flags.leaseTtl ?? _settings_lease_js__WEBPACK_IMPORTED_MODULE_5__/* .LEASE_INPUTS */ .p.leaseTtl.default);
    if (typeof leaseTtlMs !== 'number')
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage, `--lease-ttl: ${leaseTtlMs.error}`);
    if (leaseTtlMs < 60_000)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage, `--lease-ttl: '${flags.leaseTtl}' is shorter than the minimum of 1m`);
    const sweep = await (0,_sweep_js__WEBPACK_IMPORTED_MODULE_6__/* .sweepDeadOwners */ .Fq)(deps, { namespace: flags.namespace, dryRun: Boolean(flags.dryRun), leaseTtlMs });
    deps.stdout(flags.format === 'json' ? `${JSON.stringify(cleanJson(sweep), null, 2)}\n` : cleanText(sweep));
    return (sweep.result?.failed.length ?? 0) > 0 ? _exit_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.failed : _exit_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
}
function cleanJson(sweep) {
    const entry = (removal) => ({
        kind: removal.resource.kind,
        name: removal.resource.name,
        id: removal.resource.id,
        project: removal.resource.project ?? null,
        owner: removal.resource.owner ?? null,
        reason: removal.reason,
    });
    return {
        namespace: sweep.namespace,
        dryRun: sweep.result === undefined,
        planned: sweep.plan.map(entry),
        removed: sweep.result ? sweep.result.removed.map(entry) : [],
        alreadyGone: sweep.result ? sweep.result.missing.map(entry) : [],
        failed: sweep.result ? sweep.result.failed.map((failure) => ({ ...entry(failure), error: failure.error })) : [],
        staleLeases: sweep.staleLeases,
        releasedLeases: sweep.released,
    };
}
function cleanText(sweep) {
    const lines = [];
    const line = (removal) => `  ${removal.resource.kind.padEnd(9)} ${removal.resource.name}  — ${removal.reason}`;
    if (sweep.result === undefined) {
        lines.push(sweep.plan.length ? `Would remove ${sweep.plan.length} resources (dry run):` : 'Nothing to remove (dry run).');
        lines.push(...sweep.plan.map(line));
        if (sweep.staleLeases.length)
            lines.push(`Would release ${sweep.staleLeases.length} stale leases: ${sweep.staleLeases.map(describeLease).join('; ')}`);
    }
    else {
        const { removed, missing, failed } = sweep.result;
        lines.push(removed.length ? `Removed ${removed.length} resources:` : 'Nothing to remove.');
        lines.push(...removed.map(line));
        if (missing.length)
            lines.push(`Already gone: ${missing.map((removal) => removal.resource.name).join(', ')}`);
        for (const failure of failed)
            lines.push(`Could not remove ${failure.resource.kind} ${failure.resource.name}: ${failure.error}`);
        if (sweep.released.length) {
            const released = sweep.staleLeases.filter((lease) => sweep.released.includes(lease.id));
            lines.push(`Released ${released.length} stale leases: ${released.map(describeLease).join('; ')}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function describeLease(lease) {
    return `${lease.id}${lease.project ? ` (project ${lease.project})` : ''}: ${lease.reason}`;
}
/** `docker-stability clean` as the registry calls it. */
function cleanAction(flags, context) {
    return runClean(flags, { docker: (0,_adapters_docker_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerApiFromEnvironment */ .uy)(context.self.env), host: _adapters_host_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .linuxHostProbe */ .HS, clock: _adapters_system_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m, stdout: context.self.stdout });
}


/***/ }),

/***/ 60193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yc: () => (/* binding */ withOwnership),
/* harmony export */   b4: () => (/* binding */ ownerLabelValue),
/* harmony export */   pZ: () => (/* binding */ parseOwner)
/* harmony export */ });
/* harmony import */ var _compose_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7853);
/* harmony import */ var _compose_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44781);
/* harmony import */ var _compose_override_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35318);



/** The owner label's value: "<namespace>/<lease id>", so a sweep never judges another fleet's. */
function ownerLabelValue(owner) {
    return `${owner.namespace}/${owner.id}`;
}
/** The owner a label names; undefined for a value this product did not write. */
function parseOwner(value) {
    const match = /^([a-z0-9_-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
    return match ? { namespace: match[1], id: match[2] } : undefined;
}
/**
 * Marks everything a stack creates as ours, in the generated override file: our owner label (the
 * lease id) on every service's containers (one-off `run` containers included), and on every
 * network and named volume the project creates. External networks and volumes belong to someone
 * else and are left unlabelled. Anonymous volumes cannot carry labels; they go with their
 * container (removed with its volumes). The images the stack builds carry the owner too, under
 * their own key (`built-by`). Labels change no behaviour of the stack.
 */
function withOwnership(override, model, owner) {
    const labels = { [_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.owner]: ownerLabelValue(owner) };
    let result = override;
    for (const [name, service] of Object.entries(model.services ?? {})) {
        result = (0,_compose_override_js__WEBPACK_IMPORTED_MODULE_1__/* .addToService */ .QN)(result, name, { labels });
        // Only where the service builds: a build section anywhere else would make it build.
        if ((0,_compose_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isBuilt */ .T)(service))
            result = (0,_compose_override_js__WEBPACK_IMPORTED_MODULE_1__/* .addToService */ .QN)(result, name, { build: { labels: { [_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.builtBy]: ownerLabelValue(owner) } } });
    }
    for (const section of ['networks', 'volumes']) {
        for (const [name, definition] of Object.entries(model[section] ?? {})) {
            if (!definition?.external)
                result = (0,_compose_override_js__WEBPACK_IMPORTED_MODULE_1__/* .addToResource */ .X5)(result, section, name, { labels });
        }
    }
    return result;
}


/***/ }),

/***/ 83171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ describeOwner),
/* harmony export */   Ay: () => (/* binding */ listDaemonResources),
/* harmony export */   Eb: () => (/* binding */ recordPreExisting),
/* harmony export */   sP: () => (/* binding */ describePreExisting),
/* harmony export */   yh: () => (/* binding */ existedBefore)
/* harmony export */ });
/* unused harmony export preExistingResources */
/* harmony import */ var _compose_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7853);
/* harmony import */ var _compose_declared_resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91868);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60193);



/** Every volume and network on the daemon, names and labels (two list calls, each bounded by the adapter). */
async function listDaemonResources(docker) {
    const [volumes, networks] = await Promise.all([docker.listVolumes({}), docker.listNetworks({})]);
    return {
        volumes: volumes.map((volume) => ({ kind: 'volume', name: volume.name, id: volume.name, labels: volume.labels })),
        networks: networks.map((network) => ({ kind: 'network', name: network.name, id: network.id, labels: network.labels })),
    };
}
/** The record, from a model and what the daemon has (pure). */
function preExistingResources(model, project, daemon, nowMs) {
    const found = new Map();
    const add = (resource) => {
        const key = `${resource.kind}:${resource.id}`;
        found.set(key, { ...found.get(key), ...resource });
    };
    const whose = (labels) => ({
        ...(labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSE_LABELS */ .NZ.project] !== undefined ? { project: labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSE_LABELS */ .NZ.project] } : {}),
        ...(labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.owner] !== undefined ? { owner: labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .OWN_LABELS */ .N9.owner] } : {}),
    });
    for (const resource of [...daemon.volumes, ...daemon.networks]) {
        if (resource.labels[_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPOSE_LABELS */ .NZ.project] === project)
            add({ kind: resource.kind, name: resource.name, id: resource.id, ...whose(resource.labels) });
    }
    for (const declared of (0,_compose_declared_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredResources */ .iE)(model)) {
        for (const resource of (0,_compose_declared_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .onDaemon */ .Ur)(declared, daemon)) {
            add({ kind: declared.kind, name: resource.name, id: resource.id, key: declared.key, ...(declared.external ? { external: true } : {}), ...whose(resource.labels) });
        }
    }
    const resources = [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { recordedAtMs: nowMs, project, resources };
}
/** Takes the record on the daemon: call it as late as possible before `up`. */
async function recordPreExisting(docker, model, project, nowMs) {
    return preExistingResources(model, project, await listDaemonResources(docker), nowMs);
}
/** Whether a resource is in the record (volumes by name, networks by id). */
function existedBefore(record, resource) {
    return record?.resources.find((existing) => existing.kind === resource.kind && existing.id === resource.id);
}
/**
 * Why a pre-existing resource is not ours, in words ("it belongs to Compose project dev"). Label
 * values are anyone's text: one that is not a project name or an owner label is not repeated.
 */
function describeOwner(resource) {
    if (resource.external)
        return 'it is declared external';
    if (resource.owner)
        return (0,_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOwner */ .pZ)(resource.owner) ? `it belongs to ${resource.owner}` : 'it carries an owner label this tool did not write';
    if (resource.project)
        return (0,_compose_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .isProjectName */ .jD)(resource.project) ? `it belongs to Compose project ${resource.project}` : 'it belongs to another Compose project';
    return 'it was not created by Compose';
}
/** One log line per resource of the model that was already there ("volume devdata: it belongs to …"). */
function describePreExisting(record) {
    return record.resources.map((resource) => `${resource.kind} ${resource.name} existed before up: ${describeOwner(resource)}${resource.owner ? '' : '; the teardown keeps it'}`);
}


/***/ }),

/***/ 91868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ servicesUsing),
/* harmony export */   Ur: () => (/* binding */ onDaemon),
/* harmony export */   iE: () => (/* binding */ declaredResources)
/* harmony export */ });
function declaredResources(model) {
    const result = [];
    for (const [section, kind] of [['volumes', 'volume'], ['networks', 'network']]) {
        for (const [key, definition] of Object.entries(model[section] ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
            const external = Boolean(definition?.external);
            const scoped = `${model.name}_${key}`;
            const name = definition?.name ?? (external ? key : scoped);
            result.push({ kind, key, name, external, fixedName: name !== scoped });
        }
    }
    return result;
}
/** What the daemon has under a declared resource's name (networks: possibly several). */
function onDaemon(declared, daemon) {
    return (declared.kind === 'volume' ? daemon.volumes : daemon.networks).filter((resource) => resource.name === declared.name);
}
/** Services that mount a named volume (by its key) or join a network (by its key), sorted. */
function servicesUsing(model, declared) {
    return Object.entries(model.services ?? {})
        .filter(([, service]) => declared.kind === 'volume'
        ? (service.volumes ?? []).some((mount) => mount.type === 'volume' && mount.source === declared.key)
        : Object.keys(service.networks ?? {}).includes(declared.key))
        .map(([name]) => name)
        .sort();
}


/***/ }),

/***/ 76097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ memoryNeeds),
/* harmony export */   e6: () => (/* binding */ totalOf),
/* harmony export */   kV: () => (/* binding */ FIT_SHARE),
/* harmony export */   re: () => (/* binding */ fittingLimit),
/* harmony export */   wO: () => (/* binding */ composeSize)
/* harmony export */ });
/* unused harmony export placeOf */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _declared_memory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77471);
/* harmony import */ var _resources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37993);



// Everything a container is told it may fill, each charged to its memory cgroup: what its
// programs declare (heap, maxmemory, buffers), its sized tmpfs mounts and /dev/shm. `memory-fit`
// compares the sum with the limit; injection never sets a limit below it plus headroom.
/**
 * The share of a limit the declared sizes may take. The rest is what programs use beyond what
 * they declare: JVM metaspace, thread stacks, code cache and direct buffers; Redis's
 * fragmentation and the copy-on-write of a background save; PostgreSQL's work_mem; Node's young
 * generation and buffers; the processes beside a tmpfs. Declared sizes above it warn; a limit
 * that fits holds them at this share (a third of headroom on top).
 */
const FIT_SHARE = 0.75;
function placeOf(where) {
    return where.in === 'environment' ? (where.variable ?? 'its environment') : `its ${where.in}`;
}
/** What the service declares it will fill, under `limitBytes` (shares of the limit resolve against it). */
function memoryNeeds(service, limitBytes = (0,_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .memoryLimitBytes */ .IJ)(service)) {
    const needs = [];
    for (const declaration of (0,_declared_memory_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredMemory */ .Eb)(service)) {
        const bytes = (0,_declared_memory_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredBytes */ .c)(declaration, limitBytes);
        if (bytes === undefined || bytes <= 0)
            continue;
        const extra = declaration.extra ? `, plus ${declaration.extra.why}` : '';
        needs.push({ bytes, source: { kind: 'program', declaration }, description: `${declaration.what} ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)} (${declaration.flag} in ${placeOf(declaration.where)}${extra})` });
    }
    for (const mount of (0,_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .tmpfsMounts */ .bY)(service)) {
        if (mount.sizeBytes)
            needs.push({ bytes: mount.sizeBytes, source: { kind: 'tmpfs', mount }, description: `tmpfs ${mount.target} of ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(mount.sizeBytes)}` });
    }
    const shm = (0,_resources_js__WEBPACK_IMPORTED_MODULE_2__/* .shmBytes */ .od)(service);
    if (shm)
        needs.push({ bytes: shm, source: { kind: 'shm' }, description: `/dev/shm of ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(shm)} (shm_size)` });
    return needs;
}
function totalOf(needs) {
    return needs.reduce((sum, need) => sum + need.bytes, 0);
}
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
/** The smallest round limit that holds `needBytes` at FIT_SHARE: 64 MiB steps, 256 MiB from 4 GiB. */
function fittingLimit(needBytes) {
    const raw = needBytes / FIT_SHARE;
    const step = raw >= 4 * GiB ? 256 * MiB : 64 * MiB;
    return Math.max(step, Math.ceil(raw / step) * step);
}
/** A size as a compose file writes it: "704m", "2g". */
function composeSize(bytes) {
    return bytes % GiB === 0 ? `${bytes / GiB}g` : bytes % MiB === 0 ? `${bytes / MiB}m` : `${Math.ceil(bytes / 1024)}k`;
}


/***/ }),

/***/ 44781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ isBuilt)
/* harmony export */ });
// The canonical model as `docker compose config --format json` prints it (Compose decides
// interpolation, extends, include, profiles and merging; we only read the result). Only the
// fields this product reads are typed; sizes arrive as byte strings, durations as Go strings.
/** A service Compose builds (it has a `build:` section); its image comes from the build, not a registry. */
function isBuilt(service) {
    return service.build !== undefined && service.build !== null;
}


/***/ }),

/***/ 35318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ addToService),
/* harmony export */   Wx: () => (/* binding */ isEmptyOverride),
/* harmony export */   X5: () => (/* binding */ addToResource),
/* harmony export */   Xj: () => (/* binding */ limitsOverride),
/* harmony export */   Z6: () => (/* binding */ renderOverride),
/* harmony export */   hQ: () => (/* binding */ describeInjection),
/* harmony export */   w2: () => (/* binding */ emptyOverride)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52184);
/* harmony import */ var _declared_memory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77471);
/* harmony import */ var _memory_needs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76097);
/* harmony import */ var _resources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37993);





function emptyOverride() {
    return { services: {} };
}
function isEmptyOverride(override) {
    return [override.services, override.networks ?? {}, override.volumes ?? {}].every((entries) => Object.keys(entries).length === 0);
}
/** A new override with `patch` merged into the service's entry (nested mappings merged). */
function addToService(override, service, patch) {
    return { ...override, services: { ...override.services, [service]: deepMerge(override.services[service] ?? {}, patch) } };
}
/** A new override with `patch` merged into a top-level network's or volume's entry. */
function addToResource(override, section, name, patch) {
    const entries = override[section] ?? {};
    return { ...override, [section]: { ...entries, [name]: deepMerge(entries[name] ?? {}, patch) } };
}
function deepMerge(base, patch) {
    const result = { ...base };
    for (const [key, value] of Object.entries(patch)) {
        const existing = result[key];
        result[key] = isPlainObject(existing) && isPlainObject(value) ? deepMerge(existing, value) : value;
    }
    return result;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The file's text: a header saying what it is, then services, networks and volumes in name order. */
function renderOverride(override, header = []) {
    const sorted = (entries) => Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
    const content = { services: sorted(override.services) };
    if (override.networks && Object.keys(override.networks).length > 0)
        content.networks = sorted(override.networks);
    if (override.volumes && Object.keys(override.volumes).length > 0)
        content.volumes = sorted(override.volumes);
    // Shared label objects would otherwise be written as anchors and aliases.
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(content, { aliasDuplicateObjects: false });
    doc.commentBefore = [' Generated by docker-stability; passed to docker compose as the last -f file. Do not edit.', ...header.map((line) => ` ${line}`)].join('\n');
    return doc.toString({ lineWidth: 0 });
}
/**
 * Limits for the services that lack them, never below what the service declares it needs: a
 * default of 512 MiB injected into a service that runs `-Xmx512m` is an OOM kill, so the memory
 * injected is at least its declared sizes (heap, maxmemory, buffers, tmpfs, shm) at FIT_SHARE —
 * the limit `memory-fit` would accept — and at least its memory reservation (Docker refuses a
 * limit below it); the CPUs injected are at least its declared CPU count (reservation,
 * cpu_count, -XX:ActiveProcessorCount), capped at the daemon's CPUs, which Docker cannot exceed.
 *
 * The key is chosen to agree with how the service already spells its limits: Compose refuses a
 * service whose `cpus` and `deploy.resources.limits.cpus` differ, and (2.26) treats an unset one
 * as different once the other mapping exists, so a service with `deploy.resources.limits` gets
 * its missing limit there and any other service gets `mem_limit` / `cpus`.
 */
function limitsOverride(model, defaults, base = emptyOverride()) {
    let override = base;
    const injected = [];
    for (const [name, service] of Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        const memory = defaults.memoryBytes !== undefined && (0,_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .memoryLimitBytes */ .IJ)(service) === undefined ? memoryFor(service, defaults.memoryBytes) : undefined;
        const cpus = defaults.cpus !== undefined && (0,_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .cpuLimit */ .O4)(service) === undefined ? cpusFor(service, defaults.cpus, defaults.hostCpus) : undefined;
        if (memory === undefined && cpus === undefined)
            continue;
        override = addToService(override, name, limitPatch(service, memory?.bytes, cpus?.cpus));
        injected.push({
            service: name,
            ...(memory ? { memoryBytes: memory.bytes, ...(memory.raised ? { memoryRaised: memory.raised } : {}) } : {}),
            ...(cpus ? { cpus: cpus.cpus, ...(cpus.raised ? { cpusRaised: cpus.raised } : {}) } : {}),
        });
    }
    return { override, injected };
}
function memoryFor(service, defaultBytes) {
    const needs = (0,_memory_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .memoryNeeds */ .NT)(service, undefined);
    const fit = needs.length > 0 ? (0,_memory_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .fittingLimit */ .re)((0,_memory_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .totalOf */ .e6)(needs)) : 0;
    const reservation = (0,_resources_js__WEBPACK_IMPORTED_MODULE_4__/* .memoryReservationBytes */ .fM)(service) ?? 0;
    const bytes = Math.max(defaultBytes, fit, reservation);
    if (bytes === defaultBytes)
        return { bytes };
    const because = fit >= reservation
        ? `${needs.map((need) => need.description).join(', ')} need${needs.length === 1 ? 's' : ''} ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(fit)} with headroom (declared sizes at ${_memory_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .FIT_SHARE */ .kV * 100}% of the limit)`
        : `its memory reservation of ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(reservation)} (Docker refuses a limit below it)`;
    return { bytes, raised: { defaultBytes, because } };
}
function cpusFor(service, defaultCpus, hostCpus) {
    const need = (0,_declared_memory_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredCpus */ .Ci)(service);
    if (!need || need.cpus <= defaultCpus)
        return { cpus: defaultCpus };
    const cpus = hostCpus !== undefined && hostCpus > 0 ? Math.max(defaultCpus, Math.min(need.cpus, hostCpus)) : need.cpus;
    const capped = cpus < need.cpus ? `; capped at the daemon's ${hostCpus} CPUs` : '';
    return cpus === defaultCpus ? { cpus } : { cpus, raised: { default: defaultCpus, because: `it declares ${need.cpus} CPUs (${need.because})${capped}` } };
}
/** One line per injected service, for the log and the CLI: what was injected and why it is more than the default. */
function describeInjection(entry) {
    const parts = [];
    if (entry.memoryBytes !== undefined) {
        parts.push(`memory ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(entry.memoryBytes)}${entry.memoryRaised ? ` (raised from default-memory-limit ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(entry.memoryRaised.defaultBytes)}: ${entry.memoryRaised.because})` : ''}`);
    }
    if (entry.cpus !== undefined) {
        parts.push(`${entry.cpus} CPUs${entry.cpusRaised ? ` (raised from default-cpu-limit ${entry.cpusRaised.default}: ${entry.cpusRaised.because})` : ''}`);
    }
    return `${entry.service}: ${parts.join(', ')}`;
}
function limitPatch(service, memoryBytes, cpus) {
    if (service.deploy?.resources?.limits) {
        return { deploy: { resources: { limits: { ...(memoryBytes !== undefined ? { memory: String(memoryBytes) } : {}), ...(cpus !== undefined ? { cpus } : {}) } } } };
    }
    return { ...(memoryBytes !== undefined ? { mem_limit: String(memoryBytes) } : {}), ...(cpus !== undefined ? { cpus } : {}) };
}


/***/ })

};
