export const id = 873;
export const ids = [873];
export const modules = {

/***/ 33254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ startRun)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/compose/resources.ts
var resources = __webpack_require__(37993);
;// CONCATENATED MODULE: ./src/report/stack-section.ts

/** What the compose model declares per service, for the summary's services table. */
function stackSection(model) {
    const reservation = (0,resources/* stackReservation */.XU)(model);
    return {
        services: Object.entries(model.services ?? {})
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([service, definition]) => ({
            service,
            image: definition.image,
            replicas: (0,resources/* replicasOf */.N4)(definition),
            memoryLimitBytes: (0,resources/* memoryLimitBytes */.IJ)(definition),
            tmpfs: (0,resources/* tmpfsMounts */.bY)(definition).map((mount) => ({ target: mount.target, sizeBytes: mount.sizeBytes })),
        })),
        reservationBytes: reservation.totalBytes,
        reservationModel: resources/* RESERVATION_MODEL */.p9,
        unlimited: reservation.unlimited,
        unsizedTmpfs: reservation.unsizedTmpfs,
    };
}

// EXTERNAL MODULE: ./src/stack/wait-for.ts
var wait_for = __webpack_require__(64605);
// EXTERNAL MODULE: ./src/app/monitoring.ts + 6 modules
var monitoring = __webpack_require__(38087);
// EXTERNAL MODULE: ./src/lease/acquire.ts + 3 modules
var acquire = __webpack_require__(56644);
// EXTERNAL MODULE: ./src/lease/budget.ts
var lease_budget = __webpack_require__(98209);
// EXTERNAL MODULE: ./src/lease/describe.ts
var describe = __webpack_require__(4081);
// EXTERNAL MODULE: ./src/lease/errors.ts
var lease_errors = __webpack_require__(2679);
// EXTERNAL MODULE: ./src/lease/hooks.ts
var hooks = __webpack_require__(2026);
// EXTERNAL MODULE: ./src/lease/request.ts
var lease_request = __webpack_require__(47923);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/app/phases/admission.ts







/** Admission failed: the report section says whom we waited for and why we stopped. */
class AdmissionError extends Error {
    section;
    constructor(message, section) {
        super(message);
        this.section = section;
        this.name = 'AdmissionError';
    }
}
async function admitStack(deps, log, settings, model, daemon, options) {
    const budget = (0,lease_budget/* resolveMemoryBudget */.nl)(settings.lease.memoryBudget, daemon.info.memTotalBytes);
    const request = (0,lease_request/* leaseRequestForStack */.F1)(model, settings.stack.projectName, settings.lease.groups);
    try {
        const lease = await (0,acquire/* acquireLease */.Z)(deps, request, {
            namespace: options.namespace,
            budgetBytes: budget.bytes,
            budgetDescription: (0,lease_budget/* describeBudget */.No)(budget),
            timeoutMs: settings.lease.lockTimeoutMs,
            ttlMs: settings.lease.leaseTtlMs,
            who: (0,describe/* whoFromEnv */.M6)(deps.runtime.env, deps.self.userAtHost()),
            signal: options.signal,
            onProgress: (progress) => {
                const now = deps.clock.now();
                const holders = progress.blockers.map((blocker) => (0,describe/* describeBlocker */.Gj)(blocker, now));
                log.info(`Waiting ${(0,units/* formatDuration */.a3)(progress.waitedMs)} for admission, #${progress.position} in line: ${holders.join('; ') || 'checking the queue'}`);
            },
        });
        log.info(`Admitted after ${(0,units/* formatDuration */.a3)(lease.waitedMs)} (lease ${lease.handle.id}; leases hold ${describeBudgetUse(lease)}).`);
        return { lease, section: (0,hooks/* admittedReport */.fl)(lease) };
    }
    catch (error) {
        if (error instanceof lease_errors/* LeaseTimeoutError */.q5)
            throw new AdmissionError(error.message, (0,hooks/* timedOutReport */.mH)(error, budget.bytes));
        if (error instanceof lease_errors/* LeaseTooLargeError */.My) {
            throw new AdmissionError(error.message, { outcome: 'skipped', waitedMs: 0, waitedFor: [], budgetBytes: budget.bytes, ownBytes: request.memoryBytes, detail: error.message });
        }
        throw error;
    }
}
function describeBudgetUse(lease) {
    return `${(0,units/* formatBytes */.z3)(lease.usedBytes)} of the ${(0,units/* formatBytes */.z3)(lease.budgetBytes)} budget`;
}

// EXTERNAL MODULE: ./src/compose/flags.ts
var flags = __webpack_require__(69167);
// EXTERNAL MODULE: ./src/compose/model.ts
var compose_model = __webpack_require__(44781);
;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: ./src/ports/command.ts
var command = __webpack_require__(30205);
;// CONCATENATED MODULE: ./src/stack/build.ts


/** A build of an hour is long but happens; the bound is for one that hangs. */
const BUILD_TIMEOUT_MS = 60 * 60_000;
const TAIL_LINES = 12;
/** Output goes out in batches: fewer blocks in the log, still live. */
const BATCH_LINES = 20;
const BATCH_MS = 2000;
async function buildImages(deps, target, policy, plan, options = {}) {
    const started = deps.now();
    const stopAll = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stopAll.signal]) : stopAll.signal;
    const building = plan.filter((planned) => planned.action === 'fetch');
    const limit = pLimit(options.parallel ?? Math.max(1, building.length));
    const services = await Promise.all(plan.map((planned) => {
        const service = planned.services[0];
        if (planned.action !== 'fetch')
            return { service, image: planned.image, outcome: planned.action, why: planned.why, durationMs: 0 };
        return limit(async () => {
            const built = await buildOne(deps, target, planned, building.length > 1, { ...options, signal });
            if (built.outcome === 'failed')
                stopAll.abort();
            return built;
        });
    }));
    const section = { policy, services, durationMs: deps.now() - started };
    const failure = buildFailure(services);
    return failure ? { ...section, failure } : section;
}
async function buildOne(deps, target, planned, prefixed, options) {
    const service = planned.services[0];
    const started = deps.now();
    const tail = [];
    let batch = [];
    let flushedAt = started;
    const flush = () => {
        if (batch.length)
            deps.output(batch);
        batch = [];
        flushedAt = deps.now();
    };
    const onLine = (line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES)
            tail.shift();
        batch.push(prefixed ? `${service} | ${line}` : line);
        if (batch.length >= BATCH_LINES || deps.now() - flushedAt >= BATCH_MS)
            flush();
    };
    const result = (outcome, extra = {}) => ({
        service,
        image: planned.image,
        outcome,
        why: planned.why,
        durationMs: deps.now() - started,
        ...extra,
    });
    if (options.signal.aborted)
        return result('cancelled');
    try {
        await deps.compose.build(target, service, { overrideFiles: options.overrideFiles, timeoutMs: options.timeoutMs ?? BUILD_TIMEOUT_MS, signal: options.signal, onLine });
        flush();
        const built = result('built');
        deps.log.info(`Built ${service} (${planned.image}) in ${(built.durationMs / 1000).toFixed(1)} s.`);
        return built;
    }
    catch (error) {
        flush();
        if (!(error instanceof command/* CommandError */.Q))
            throw error;
        if (error.reason === 'aborted')
            return result('cancelled');
        const words = error.reason === 'timeout' ? [`no end after ${Math.round((options.timeoutMs ?? BUILD_TIMEOUT_MS) / 60_000)} min: the build was stopped`] : [];
        return result('failed', { tail: [...(tail.length ? tail : error.stderrTail.split('\n').filter(Boolean).slice(-TAIL_LINES)), ...words] });
    }
}
function buildFailure(services) {
    const lines = services.flatMap((build) => {
        if (build.outcome === 'absent')
            return [`${build.service} (${build.image}): ${build.why}`];
        if (build.outcome !== 'failed')
            return [];
        // BuildKit ends with the reason ("failed to solve: … exit code: 3"); say that line.
        const reason = [...(build.tail ?? [])].reverse().find((line) => /error|failed|exit code/i.test(line)) ?? build.tail?.at(-1) ?? 'failed';
        return [`${build.service} (${build.image}): ${reason.trim()}`];
    });
    return lines.length ? `Could not build the stack's images:\n${lines.join('\n')}` : undefined;
}

// EXTERNAL MODULE: ./src/stack/images.ts
var stack_images = __webpack_require__(91332);
// EXTERNAL MODULE: ./src/image-cache/prepare.ts + 1 modules
var prepare = __webpack_require__(67276);
;// CONCATENATED MODULE: ./src/stack/pull-retry.ts
// When a failed pull is worth another attempt (pure). Registries fail for a moment — a reset
// connection, a timeout, a 502/503/504 from a proxy — and then answer again; a rate limit does
// not go away in seconds, and every attempt spends more of it; "not found" and "denied" never
// change. The schedule is data, so it is tested as a table and the waits run on the Clock port.
//
// Hand-written rather than p-retry: the waits must go through the Clock port (unit tests run
// on fake time, and the report records each wait), and the rate limit must end every pull of
// the phase at once, not just its own retries.
const RATE_LIMIT = /toomanyrequests|too many requests|\b429\b|pull rate limit/i;
const TRANSIENT = /connection reset|connection refused|broken pipe|i\/o timeout|tls handshake timeout|timed out|timeout exceeded|context deadline exceeded|unexpected eof|\beof\b|no such host|temporary failure in name resolution|network is unreachable|server misbehaving|\b50[0234]\b|internal server error|bad gateway|service unavailable|gateway time-?out/i;
/**
 * What a failed pull's error says. A command that ran into our own timeout is transient (a slow
 * registry); anything not known to pass is permanent, so a typo is not retried for a minute.
 */
function classifyPullFailure(text, timedOut = false) {
    if (RATE_LIMIT.test(text))
        return 'rate-limit';
    if (timedOut || TRANSIENT.test(text))
        return 'transient';
    return 'permanent';
}
/** 4 attempts within 3 minutes: waits of about 2 s, 4 s and 8 s. */
const PULL_RETRY = { attempts: 4, firstDelayMs: 2000, maxDelayMs: 20_000, windowMs: 180_000 };
/**
 * The wait before the next attempt after `failed` attempts failed, `elapsedMs` after the first
 * one started; undefined when none is left (count or window). `random` in [0, 1) spreads the
 * wait over its upper half, so parallel jobs that failed together do not come back together.
 */
function retryDelay(policy, failed, elapsedMs, random = Math.random) {
    if (failed >= policy.attempts)
        return undefined;
    const full = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failed - 1));
    const delay = Math.round(full / 2 + (full / 2) * Math.min(1, Math.max(0, random())));
    return elapsedMs + delay > policy.windowMs ? undefined : delay;
}
/** The step's error for a rate limit: what it is and how to get out of it. */
function rateLimitHelp(image, registryWords) {
    return [
        `Pulling ${image} hit the registry's rate limit (HTTP 429 toomanyrequests: ${registryWords}).`,
        'Retrying would only spend more of the limit, so the start stops here. Ways out:',
        '- log in before this step (docker/login-action): authenticated pulls get a higher limit, and Docker Hub counts them per account, not per runner address;',
        "- pull through a registry mirror or a pull-through cache (the daemon's registry-mirrors setting, or image references that name the mirror);",
        '- keep the images in the Actions cache with image-cache: true, so later runs load them instead of pulling.',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/stack/pull.ts




const ATTEMPT_TIMEOUT_MS = 10 * 60_000;
async function pullImages(deps, target, policy, plan, options = {}) {
    const started = deps.clock.now();
    const stopAll = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stopAll.signal]) : stopAll.signal;
    const limit = pLimit(options.parallel ?? Math.max(1, plan.length));
    let rateLimited;
    const images = await Promise.all(plan.map((planned) => {
        if (planned.action !== 'fetch')
            return { image: planned.image, services: planned.services, outcome: planned.action, why: planned.why, attempts: [], durationMs: 0 };
        return limit(async () => {
            const pulled = await pullOne(deps, target, planned, { ...options, signal });
            if (pulled.outcome === 'failed') {
                const last = pulled.attempts.at(-1);
                if (last?.kind === 'rate-limit')
                    rateLimited ??= { image: planned.image, words: last.error ?? '' };
                stopAll.abort();
            }
            return pulled;
        });
    }));
    const section = { policy, images, durationMs: deps.clock.now() - started };
    if (rateLimited)
        return { ...section, rateLimited: true, failure: rateLimitHelp(rateLimited.image, rateLimited.words) };
    const failure = pullFailure(images);
    return failure ? { ...section, failure } : section;
}
async function pullOne(deps, target, planned, options) {
    const retry = options.retry ?? PULL_RETRY;
    const started = deps.clock.now();
    const attempts = [];
    const result = (outcome) => ({ image: planned.image, services: planned.services, outcome, why: planned.why, attempts, durationMs: deps.clock.now() - started });
    for (;;) {
        if (options.signal.aborted)
            return result('cancelled');
        const attemptStarted = deps.clock.now();
        try {
            await deps.compose.pull(target, planned.services[0], { overrideFiles: options.overrideFiles, timeoutMs: options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS, signal: options.signal });
            attempts.push({ ms: deps.clock.now() - attemptStarted });
            deps.log.info(`Pulled ${planned.image} in ${(0,units/* formatDuration */.a3)(deps.clock.now() - attemptStarted)}${attempts.length > 1 ? ` (attempt ${attempts.length})` : ''}.`);
            return result('pulled');
        }
        catch (error) {
            if (!(error instanceof command/* CommandError */.Q))
                throw error;
            if (error.reason === 'aborted')
                return result('cancelled');
            const words = lastWords(error);
            const kind = classifyPullFailure(words, error.reason === 'timeout');
            const attempt = { ms: deps.clock.now() - attemptStarted, error: words, kind };
            attempts.push(attempt);
            const wait = kind === 'transient' ? retryDelay(retry, attempts.length, deps.clock.now() - started, deps.random) : undefined;
            if (wait === undefined)
                return result('failed');
            attempt.waitMs = wait;
            deps.log.info(`Pulling ${planned.image} failed (${words}); attempt ${attempts.length + 1} of ${retry.attempts} in ${(0,units/* formatDuration */.a3)(wait)}.`);
            await deps.clock.sleep(wait, options.signal);
        }
    }
}
/** The registry's answer: the last line that says something (Compose's stderr ends with it). */
function lastWords(error) {
    if (error.reason === 'timeout')
        return 'no answer before the attempt timed out';
    const lines = error.stderrTail.split('\n').map((line) => line.trim()).filter(Boolean);
    return (lines.at(-1) ?? `exit code ${error.exitCode}`).replace(/^Error response from daemon:\s*/, '');
}
/** Why the pulls stop the start: what was absent, what failed (after how many attempts). */
function pullFailure(images) {
    const lines = images.flatMap((pull) => {
        if (pull.outcome === 'absent')
            return [`${pull.image} (${pull.services.join(', ')}): ${pull.why}`];
        if (pull.outcome !== 'failed')
            return [];
        const last = pull.attempts.at(-1);
        const tries = pull.attempts.length > 1 ? ` after ${pull.attempts.length} attempts in ${(0,units/* formatDuration */.a3)(pull.durationMs)}` : '';
        const what = last?.kind === 'permanent' ? 'a failure no retry mends' : 'still failing';
        return [`${pull.image} (${pull.services.join(', ')}): ${last?.error ?? 'failed'} — ${what}${tries}`];
    });
    return lines.length ? `Could not get the stack's images:\n${lines.join('\n')}` : undefined;
}

;// CONCATENATED MODULE: ./src/app/phases/pull.ts





async function pullPhase(deps, log, settings, model, options) {
    const images = Object.values(model.services).flatMap((service) => (!(0,compose_model/* isBuilt */.T)(service) && service.image ? [service.image] : []));
    const plan = (0,stack_images/* planPulls */.AG)(model, settings.compose.pull, await presentImages(deps.images, images));
    for (const planned of plan)
        log.info(`${planned.image} (${planned.services.join(', ')}): ${planned.action === 'fetch' ? 'pull' : planned.action} — ${planned.why}.`);
    if (plan.length === 0)
        log.info('No service pulls an image: every one builds its own.');
    const section = await pullImages({ compose: deps.compose, clock: deps.clock, log }, settings.stack, settings.compose.pull, plan, {
        overrideFiles: [options.overrideFile],
        signal: options.signal,
        parallel: (0,flags/* parallelLimit */.pg)(settings.stack.composeFlags),
    });
    const pulled = section.images.filter((image) => image.outcome === 'pulled');
    if (!section.failure && pulled.length)
        log.info(`Pulled ${pulled.length} image${pulled.length === 1 ? '' : 's'} in ${(section.durationMs / 1000).toFixed(1)} s.`);
    const failed = section.images.filter((image) => image.outcome === 'failed').map((image) => image.image);
    const imageCache = options.imageCache ? await (0,prepare/* afterPull */.Or)({ images: deps.images, log }, options.imageCache, { durationMs: section.durationMs, failed }) : undefined;
    return { section, ...(imageCache ? { imageCache } : {}) };
}
/** Which of these images the daemon has (as `docker image inspect` resolves a reference). */
async function presentImages(images, references) {
    const unique = [...new Set(references)];
    const ids = await Promise.all(unique.map((reference) => images.imageId(reference)));
    return new Set(unique.filter((_, index) => ids[index] !== undefined));
}

;// CONCATENATED MODULE: ./src/app/phases/build.ts





// The build phase, after the pulls and before `up`: the services with `build:` that the `build`
// input (and `pull_policy: build`) say to build, each timed on its own, their output in the log
// as untrusted text. Under the override, so each image carries this run's built-by label.
/** Whether the build phase has anything to decide (some service of the model builds). */
function buildsAnything(model) {
    return Object.values(model.services).some(compose_model/* isBuilt */.T);
}
async function buildPhase(deps, log, settings, model, options) {
    const images = Object.keys(model.services).filter((name) => (0,compose_model/* isBuilt */.T)(model.services[name])).map((name) => (0,stack_images/* serviceImage */.Dr)(model, name));
    const plan = (0,stack_images/* planBuilds */.zu)(model, settings.compose.build, await presentImages(deps.images, images));
    for (const planned of plan)
        log.info(`${planned.services[0]} (${planned.image}): ${planned.action === 'fetch' ? 'build' : planned.action} — ${planned.why}.`);
    const section = await buildImages({ compose: deps.compose, now: () => deps.clock.now(), output: (lines) => log.output(lines), log }, settings.stack, settings.compose.build, plan, { overrideFiles: [options.overrideFile], signal: options.signal, parallel: (0,flags/* parallelLimit */.pg)(settings.stack.composeFlags) });
    const built = section.services.filter((build) => build.outcome === 'built');
    if (!section.failure && built.length)
        log.info(`Built ${built.length} image${built.length === 1 ? '' : 's'} in ${(section.durationMs / 1000).toFixed(1)} s.`);
    return section;
}

;// CONCATENATED MODULE: ./src/preflight/daemon.ts

/** Oldest Compose we support: `up --wait-timeout` and `config --format json` as we use them. */
const MIN_COMPOSE = { major: 2, minor: 20 };
/**
 * Asks the daemon (bounded by the adapter's timeouts) for its version and facts. Throws
 * DockerUnavailableError when the daemon does not answer, with where it looked.
 */
async function probeEngine(docker, now) {
    const started = now();
    await docker.ping();
    const pingMs = now() - started;
    const [engine, info] = await Promise.all([docker.version(), docker.info()]);
    return { endpoint: docker.endpoint, pingMs, engine, info };
}
/** `docker compose version`, with what to do when Compose v2 is missing. */
async function probeCompose(compose, signal) {
    try {
        return await compose.version({ signal });
    }
    catch (error) {
        const detail = error instanceof command/* CommandError */.Q ? error.message : String(error);
        throw new Error(`Docker Compose v2 is not available ('docker compose version' failed): ${detail}. Install the Compose plugin (scripts/install-docker.sh does on Debian).`, { cause: error });
    }
}
/** "2.26.1-4" → { major: 2, minor: 26 }; undefined when unreadable. */
function parseComposeVersion(text) {
    const match = /^v?(\d+)\.(\d+)/.exec(text.trim());
    return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}
function checkDaemon(facts) {
    const compose = parseComposeVersion(facts.composeVersion);
    const composeOk = compose !== undefined &&
        (compose.major > MIN_COMPOSE.major || (compose.major === MIN_COMPOSE.major && compose.minor >= MIN_COMPOSE.minor));
    return [
        {
            id: 'daemon',
            title: 'Docker daemon answers',
            status: 'pass',
            detail: `${facts.endpoint} answered a ping in ${facts.pingMs} ms (limit 2000 ms); engine ${facts.engine.version} (API ${facts.engine.apiVersion}, ${facts.engine.os}/${facts.engine.arch})`,
        },
        {
            id: 'compose-version',
            title: 'Docker Compose version',
            status: composeOk ? 'pass' : 'fail',
            detail: composeOk
                ? `Compose ${facts.composeVersion}`
                : `Compose ${facts.composeVersion || '(unknown)'} is older than ${MIN_COMPOSE.major}.${MIN_COMPOSE.minor}, which this action needs for 'up --wait --wait-timeout' and 'config --format json'; upgrade the Compose plugin`,
        },
    ];
}

// EXTERNAL MODULE: ./src/preflight/host.ts
var preflight_host = __webpack_require__(3557);
// EXTERNAL MODULE: ./src/compose/labels.ts
var labels = __webpack_require__(7853);
;// CONCATENATED MODULE: ./src/preflight/ports.ts


/**
 * Host ports the stack publishes that a container outside any lease already holds (a
 * developer's `docker compose up`, a hand-started container). Waiting would not help — nothing
 * releases such a port — so this fails at once, naming the holder, instead of letting `up` fail
 * with "port is already allocated". Ports held by leased stacks are left to the lease, which
 * waits for them.
 */
function checkPortsInUse(stackPorts, containers, project) {
    const base = { id: 'ports-in-use', title: 'Host ports of the stack are free' };
    if (stackPorts.length === 0)
        return { ...base, status: 'pass', detail: 'the stack publishes no fixed host port' };
    const taken = [];
    for (const container of containers) {
        if (container.labels[labels/* COMPOSE_LABELS */.NZ.project] === project || container.labels[labels/* OWN_LABELS */.N9.owner])
            continue;
        for (const binding of container.ports) {
            if (binding.publicPort === undefined)
                continue;
            const held = { hostIp: binding.ip === '0.0.0.0' || binding.ip === '::' ? '' : binding.ip, port: binding.publicPort, protocol: binding.type };
            const wanted = stackPorts.find((port) => (0,resources/* portsCollide */.fo)(port, held));
            if (!wanted)
                continue;
            const owner = container.labels[labels/* COMPOSE_LABELS */.NZ.project] ? ` (project ${container.labels[labels/* COMPOSE_LABELS */.NZ.project]})` : '';
            const entry = `${(0,resources/* portKey */.ls)(wanted)} for ${wanted.service} is published by container ${container.name}${owner}`;
            if (!taken.includes(entry))
                taken.push(entry);
        }
    }
    if (taken.length === 0)
        return { ...base, status: 'pass', detail: `${new Set(stackPorts.map(resources/* portKey */.ls)).size} host ports, none held outside a lease` };
    return {
        ...base,
        status: 'fail',
        detail: `${taken.join('; ')}, which no lease covers, so waiting would not free it. Stop that container, or publish another (or no fixed) host port`,
    };
}

// EXTERNAL MODULE: ./src/app/sweep.ts
var app_sweep = __webpack_require__(94927);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/cleanup/pre-existing.ts
var pre_existing = __webpack_require__(83171);
// EXTERNAL MODULE: ./src/compose/secrets.ts
var secrets = __webpack_require__(6429);
// EXTERNAL MODULE: ./src/policy/accepted-findings.ts
var accepted_findings = __webpack_require__(55912);
// EXTERNAL MODULE: ./src/compose/override.ts
var override = __webpack_require__(35318);
// EXTERNAL MODULE: ./src/policy/apply-config.ts
var apply_config = __webpack_require__(71785);
// EXTERNAL MODULE: ./src/policy/check.ts + 17 modules
var policy_check = __webpack_require__(76515);
// EXTERNAL MODULE: ./src/compose/healthcheck-defaults.ts
var healthcheck_defaults = __webpack_require__(36101);
// EXTERNAL MODULE: ./src/policy/config.ts
var policy_config = __webpack_require__(82714);
// EXTERNAL MODULE: ./src/policy/finding.ts
var policy_finding = __webpack_require__(20891);
// EXTERNAL MODULE: ./src/policy/format/github.ts
var github = __webpack_require__(38969);
;// CONCATENATED MODULE: ./src/policy/format/annotations.ts


// The runner shows at most 10 annotations of each kind per step: emit the most severe first,
// at most `perLevel` of each, and count the rest for the summary to mention.
const ANNOTATIONS_PER_LEVEL = 10;
function pickAnnotations(findings, perLevel = ANNOTATIONS_PER_LEVEL) {
    const shown = [];
    const used = { error: 0, warning: 0, note: 0 };
    const omitted = { error: 0, warning: 0, note: 0 };
    for (const finding of [...findings].sort(policy_finding/* compareFindings */.Eg)) {
        if (used[finding.severity] < perLevel) {
            used[finding.severity] += 1;
            shown.push(finding);
        }
        else {
            omitted[finding.severity] += 1;
        }
    }
    return { shown, omitted };
}
/** What to hand the runtime's error/warning/notice for one finding. */
function annotationFor(finding) {
    return {
        level: (0,github/* annotationLevel */.Wx)(finding),
        message: finding.message,
        annotation: {
            title: (0,github/* annotationTitle */.qF)(finding),
            file: finding.file,
            ...(finding.line > 0 ? { startLine: finding.line } : {}),
            ...(finding.column > 0 ? { startColumn: finding.column } : {}),
        },
    };
}
/** Emits the picked annotations through the runtime's log; returns the pick for the summary. */
function emitAnnotations(log, findings, perLevel = ANNOTATIONS_PER_LEVEL) {
    const pick = pickAnnotations(findings, perLevel);
    for (const finding of pick.shown) {
        const call = annotationFor(finding);
        log[call.level](call.message, call.annotation);
    }
    return pick;
}

// EXTERNAL MODULE: ./src/policy/format/sarif.ts
var format_sarif = __webpack_require__(27849);
// EXTERNAL MODULE: ./src/policy/host.ts
var host = __webpack_require__(55874);
// EXTERNAL MODULE: ./src/workflows/scan.ts + 2 modules
var scan = __webpack_require__(26915);
;// CONCATENATED MODULE: ./src/app/phases/policy.ts


















async function checkPolicy(deps, settings, options) {
    const target = settings.stack;
    const readText = (file) => deps.files.readText(file) ?? missingFile(file);
    const { config } = (0,policy_config/* loadPolicyConfig */.v1)(readText, {
        explicit: settings.policy.configFile,
        base: options.workspace,
        workingDirectory: target.workingDirectory,
        ...(settings.confined ? { within: { root: options.workspace, realPath: deps.files.realPath } } : {}),
    });
    // The accepted-findings file (policy-baseline) is read first: a bad one fails before Compose runs.
    const baselineFile = settings.policy.baselineFile;
    const baselineLabel = baselineFile ? external_node_path_default().relative(options.workspace, baselineFile).split((external_node_path_default()).sep).join('/') : undefined;
    const accepted = baselineFile ? (0,accepted_findings/* parseAcceptedFindings */.z2)(readText(baselineFile), baselineLabel) : undefined;
    // Which volumes and networks exist, and whose: `shared-resources` judges fixed names by them.
    const daemonResources = await (0,pre_existing/* listDaemonResources */.Ay)(deps.docker).catch((error) => {
        deps.runtime.warning(`Could not list the daemon's volumes and networks (${(0,errors/* errorMessage */.g)(error)}); shared-resources judges only external ones.`);
        return undefined;
    });
    const check = await (0,policy_check/* runPolicyCheck */.ov)(deps.compose, target, { readText, writeText: (file, text) => deps.files.writeText(file, text) }, {
        config,
        memoryBudget: config.rules['memory-budget'].severity === 'off' ? undefined : budgetOf(settings, options.engine),
        defaults: settings.policy.defaults && { ...settings.policy.defaults, hostCpus: options.engine.info.cpus },
        healthcheckDefaults: settings.policy.healthcheckDefaults,
        engine: { startInterval: (0,healthcheck_defaults/* supportsStartInterval */.sI)(options.engine.engine.apiVersion) },
        overridePath: options.overridePath,
        displayBase: options.workspace,
        env: deps.runtime.env,
        daemonResources,
        images: deps.docker,
        // Binds are judged where they land: on this host, symlinks followed, when the daemon is local.
        host: (0,host/* hostFacts */.sm)({ workspace: options.workspace, confined: settings.confined, env: deps.runtime.env, realPath: (0,preflight_host/* daemonIsLocal */.G8)(options.engine.endpoint) ? deps.files.realPath : undefined }),
        allow: settings.policy.allow,
    });
    // Before anything prints what the stack says: from here on its secret values are blanked.
    (0,secrets/* rememberStackSecrets */.zy)(deps.runtime.redactor, { target, model: check.model, env: deps.runtime.env, readText });
    const mode = settings.policy.mode;
    const workflowFindings = settings.policy.checkWorkflows ? scanWorkflows(deps, options.workspace, config) : [];
    const raw = mode === 'off' ? [] : [...check.findings, ...workflowFindings];
    const accepting = accepted && mode !== 'off' ? (0,accepted_findings/* applyAcceptedFindings */.sB)(raw, accepted) : undefined;
    const findings = accepting?.findings ?? raw;
    const counts = (0,policy_finding/* countFindings */.Gt)(findings);
    let sarifFile;
    if (settings.policy.sarifFile) {
        // Settings checked that the path leads into the workspace or RUNNER_TEMP; O_NOFOLLOW refuses
        // a dangling link in its place, which would otherwise be followed wherever it points.
        sarifFile = external_node_path_default().resolve(options.workspace, settings.policy.sarifFile);
        deps.files.makeDirectory(external_node_path_default().dirname(sarifFile));
        const sarif = (0,format_sarif/* formatSarif */.zK)(findings, { toolVersion: package_0/* version */.rE, redactor: deps.runtime.redactor, ...(accepting ? { baseline: { file: baselineLabel, absent: accepting.absent } } : {}) }, mode === 'off' ? [] : check.suppressed);
        try {
            deps.files.writeText(sarifFile, sarif, { noFollow: true });
        }
        catch (error) {
            if (error.code !== 'ELOOP')
                throw error;
            throw new Error(`sarif-file: ${settings.policy.sarifFile} is a symbolic link; the SARIF report is not written through a link, which could lead out of the workspace. Remove the link or name another file.`, { cause: error });
        }
    }
    return {
        check,
        findings,
        counts,
        section: {
            findings,
            files: target.files,
            mode,
            counts,
            suppressed: mode === 'off' ? [] : check.suppressed,
            injected: check.injected,
            standardised: check.standardised,
        },
        failure: mode === 'off' ? undefined : (0,policy_check/* policyFailure */.Tm)(counts, mode),
        sarifFile,
        ...(accepting ? { accepted: (0,accepted_findings/* describeOutcome */.SS)(accepting, baselineLabel) } : {}),
    };
}
/** The budget as a share of the daemon's memory, or a size. */
function budgetOf(settings, engine) {
    const total = engine.info.memTotalBytes;
    if (settings.lease.memoryBudget.kind !== 'size' && !(total > 0))
        return undefined;
    const budget = (0,lease_budget/* resolveMemoryBudget */.nl)(settings.lease.memoryBudget, total);
    return { bytes: budget.bytes, label: (0,lease_budget/* describeBudget */.No)(budget) };
}
/** Annotations (the runner's 10 per kind), what was injected, the counts, where SARIF went. */
function tellPolicy(log, outcome) {
    if (outcome.accepted)
        log.info(outcome.accepted);
    const pick = emitAnnotations(log, outcome.findings);
    for (const entry of outcome.check.injected)
        log.info(`Injected into ${(0,override/* describeInjection */.hQ)(entry)}`);
    for (const change of outcome.check.standardised)
        log.info(`Health check of ${change.service}: ${change.field} ${change.before} → ${change.after}`);
    if (outcome.check.startIntervalSkipped.length > 0) {
        log.info(`Health check start-interval not applied to ${outcome.check.startIntervalSkipped.join(', ')}: this daemon's engine does not support start_interval (Docker Engine 25, API 1.44, or later); their start_period stays.`);
    }
    const { counts, section } = outcome;
    log.info(section.mode === 'off' ? 'Policy: off (rules not applied).' : `Policy: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes.`);
    if (outcome.sarifFile)
        log.info(`SARIF written to ${outcome.sarifFile}.`);
    return { ...section, omitted: pick.omitted };
}
function missingFile(file) {
    throw Object.assign(new Error(`ENOENT: no such file ${file}`), { code: 'ENOENT' });
}
/** Every workflow file under .github/workflows, scanned and judged by the same configuration. */
function scanWorkflows(deps, workspace, config) {
    const dir = external_node_path_default().join(workspace, '.github', 'workflows');
    const names = (deps.files.list(dir) ?? []).filter((name) => /\.ya?ml$/.test(name)).sort();
    const findings = names.flatMap((name) => {
        const text = deps.files.readText(external_node_path_default().join(dir, name));
        return text === undefined ? [] : (0,scan/* scanWorkflow */.H1)({ path: `.github/workflows/${name}`, text });
    });
    return (0,apply_config/* applyPolicyConfig */.h)(findings, config);
}

;// CONCATENATED MODULE: ./src/app/phases/checks.ts







const CHECK_WORDS = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' };
/**
 * Runs every check that needs nothing but the settings. A daemon that does not answer is the
 * error reported (everything else depends on it); then bad compose input; every other promise
 * is settled before this returns, so nothing runs on behind the caller's back.
 */
async function runChecks(deps, settings, options, part) {
    // Docker's CLI before 23 pings the daemon before it runs a plugin, so `docker compose version`
    // hangs as long as a frozen daemon does (to its own 10 s bound); once the daemon is known not to
    // answer, the probe is stopped rather than waited for.
    const composeProbe = new AbortController();
    const composeVersion = part('compose', probeCompose(deps.compose, composeProbe.signal));
    // The daemon first, and alone: a ping takes milliseconds, but reading a large compose file is
    // synchronous work that would hold up the ping's own timeout and turn into "the daemon does
    // not answer". Everything after it may run side by side.
    let engine;
    try {
        engine = await part('daemon', probeEngine(deps.docker, () => deps.clock.now()));
    }
    catch (error) {
        composeProbe.abort();
        await composeVersion.catch(() => undefined);
        throw error;
    }
    const policy = part('policy', checkPolicy(deps, settings, { workspace: options.workspace, overridePath: options.overridePath, engine }));
    const host = part('host', (0,preflight_host/* gatherHostFacts */.dz)(deps.host, engine));
    const sweep = part('sweep', (0,app_sweep/* sweepDeadOwners */.Fq)(deps, { namespace: options.namespace, dryRun: false, leaseTtlMs: settings.lease.leaseTtlMs }).catch((error) => ({ error: (0,errors/* errorMessage */.g)(error) })));
    const running = part('ports', deps.docker.listContainers({ all: false }));
    // Bad input first (the same files, the same answer every time), then whatever else failed.
    const settled = await Promise.allSettled([policy, composeVersion, host, sweep, running]);
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed)
        throw failed.reason;
    return { daemon: { ...engine, composeVersion: await composeVersion }, policy: await policy, host: await host, sweep: await sweep, running: await running };
}
/** The preflight verdicts from what the checks gathered (pure). */
function judgePreflight(checked, settings) {
    const reservation = checked.policy.check.reservation;
    return [
        ...checkDaemon(checked.daemon),
        ...(0,preflight_host/* checkHost */.RC)(checked.host, {
            reservationBytes: reservation.totalBytes,
            reservationIsFloor: reservation.unlimited.length > 0 || reservation.unsizedTmpfs.length > 0,
            minFreeDiskBytes: settings.minFreeDiskBytes,
        }),
        'error' in checked.sweep
            ? { id: 'stale-projects', title: 'Leftovers of dead jobs on this daemon', status: 'warn', detail: `could not be checked: ${checked.sweep.error}` }
            : (0,app_sweep/* sweepCheck */.tk)(checked.sweep),
        checkPortsInUse((0,resources/* publishedPorts */.LQ)(checked.policy.check.model), checked.running, settings.stack.projectName),
    ];
}
/** What the sweep removed, per dead project (the summary's cleanup section). */
function sweptSection(checked) {
    return 'error' in checked.sweep ? [] : (0,app_sweep/* sweptProjects */.MZ)(checked.sweep);
}
function tellPreflight(log, checks) {
    for (const check of checks)
        log.info(`${CHECK_WORDS[check.status]} ${check.title}: ${check.detail}`);
}
/** "Preflight failed: Free disk: …; …", or undefined when nothing failed. */
function preflightFailure(checks) {
    const failed = checks.filter((check) => check.status === 'fail');
    return failed.length ? `Preflight failed: ${failed.map((check) => `${check.title}: ${check.detail}`).join('; ')}` : undefined;
}

// EXTERNAL MODULE: ./src/stack/diagnose.ts
var diagnose = __webpack_require__(33198);
;// CONCATENATED MODULE: ./src/app/phases/diagnostics.ts

/** Each failing service's health checks and last log lines, in a group of its own (inert, redacted). */
async function tellStartFailure(log, outcome) {
    for (const diagnosis of outcome.failing)
        await (0,diagnose/* printDiagnosis */.hm)(log, diagnosis);
}
/** The step's error: which services failed and why, Compose's own error, who was still starting. */
function startFailureMessage(projectName, outcome) {
    const why = outcome.reason === 'interrupted' ? 'was interrupted' : outcome.reason === 'timeout' ? 'did not finish in time' : 'did not become healthy';
    const failed = outcome.failing.filter((diagnosis) => !(0,diagnose/* isBystander */.X8)(diagnosis)).map(diagnose/* describeFailure */.Ic);
    const bystanders = outcome.failing.filter(diagnose/* isBystander */.X8).map((diagnosis) => diagnosis.service);
    // Compose's own error says what the daemon refused (a bad command, a port already taken).
    const composeErrors = outcome.composeTail.filter((line) => /error|failed|refused|denied/i.test(line));
    const lines = [
        ...failed,
        ...composeErrors.map((line) => `docker compose: ${line}`),
        ...(bystanders.length ? [`Still starting when Compose gave up: ${bystanders.join(', ')}`] : []),
    ];
    if (lines.length === 0)
        lines.push(...outcome.composeTail);
    return `Stack ${projectName} ${why}.${lines.length ? `\n${lines.join('\n')}` : ''}`;
}

// EXTERNAL MODULE: ./src/app/phases/history.ts + 5 modules
var phases_history = __webpack_require__(28681);
// EXTERNAL MODULE: ./src/app/phases/logs.ts + 2 modules
var logs = __webpack_require__(18884);
;// CONCATENATED MODULE: ./src/stack/published-ports.ts

/**
 * Where the runner reaches a port bound on all interfaces: the daemon's own host for a tcp:// or
 * ssh:// daemon (DOCKER_HOST=tcp://docker:2376 publishes on the `docker` service), else loopback.
 */
function daemonHost(endpoint) {
    const remote = /^(?:tcp|ssh|https?):\/\/(?:[^@/\s]*@)?(\[[^\]]+\]|[^:/\s]+)/.exec(endpoint);
    return remote ? remote[1].replace(/^\[|\]$/g, '') : '127.0.0.1';
}
/** The project's running containers (one-off `run` containers aside) and their published ports, by service and replica. */
function publishedPorts(containers, endpoint) {
    const host = daemonHost(endpoint);
    return containers
        .filter((container) => container.labels[labels/* COMPOSE_LABELS */.NZ.oneoff] !== 'True' && container.state === 'running')
        .map((container) => ({
        service: container.labels[labels/* COMPOSE_LABELS */.NZ.service] ?? container.name,
        replica: Number(container.labels[labels/* COMPOSE_LABELS */.NZ.containerNumber] ?? 1) || 1,
        container: container.name,
        containerId: container.id,
        ports: bindingsOf(container, host),
    }))
        .sort((a, b) => a.service.localeCompare(b.service) || a.replica - b.replica);
}
/** One binding per container port and protocol: the IPv4 one when the daemon bound both families. */
function bindingsOf(container, host) {
    const chosen = new Map();
    for (const binding of container.ports) {
        if (binding.publicPort === undefined)
            continue;
        const ipv4 = !binding.ip.includes(':');
        const key = `${binding.privatePort}/${binding.type}`;
        if (chosen.has(key) && (chosen.get(key).ipv4 || !ipv4))
            continue;
        const all = binding.ip === '' || binding.ip === '0.0.0.0' || binding.ip === '::';
        const reachAt = all ? (host === '127.0.0.1' && !ipv4 ? '::1' : host) : binding.ip;
        chosen.set(key, { containerPort: binding.privatePort, protocol: binding.type, host: reachAt, hostPort: binding.publicPort, ipv4 });
    }
    return [...chosen.values()].map(({ ipv4: _ipv4, ...port }) => port).sort((a, b) => a.containerPort - b.containerPort || a.protocol.localeCompare(b.protocol));
}
/** "127.0.0.1:49153", "[::1]:49153". */
function hostAndPort(port) {
    return `${port.host.includes(':') ? `[${port.host}]` : port.host}:${port.hostPort}`;
}
/**
 * The `ports` output: `{"db": {"5432/tcp": "127.0.0.1:49153"}}`. A service's name stands for its
 * first running replica; further replicas are `db#2`, `db#3` (by Compose's container number;
 * `#` is never part of a service name). Services that publish nothing are left out.
 */
function portsOutput(replicas) {
    const output = {};
    const seen = new Set();
    for (const replica of replicas) {
        const key = seen.has(replica.service) ? `${replica.service}#${replica.replica}` : replica.service;
        seen.add(replica.service);
        if (replica.ports.length === 0)
            continue;
        output[key] = Object.fromEntries(replica.ports.map((port) => [`${port.containerPort}/${port.protocol}`, hostAndPort(port)]));
    }
    return output;
}
/**
 * A service name as the start of environment variable names: upper case, every character
 * outside A-Z and 0-9 as `_` (`my-api` → `MY_API`, `web.v2` → `WEB_V2`), `_` before a digit.
 */
function variablePrefix(service) {
    const prefix = service.toUpperCase().replace(/[^A-Z0-9]/g, '_');
    return /^[0-9]/.test(prefix) ? `_${prefix}` : prefix;
}
/**
 * Environment variables for later steps (`export-env`): `DB_HOST=127.0.0.1`, `DB_PORT_5432=49153`
 * (UDP: `DB_PORT_5353_UDP`) for a service's first replica; `DB_REPLICA_2_HOST`,
 * `DB_REPLICA_2_PORT_5432` for further ones. Two services whose names map to the same variable
 * (`my-api` and `my_api`) set neither: the problem says which, rather than one silently winning.
 */
function portVariables(replicas) {
    const owners = new Map();
    const values = new Map();
    const seen = new Set();
    for (const replica of replicas) {
        const first = !seen.has(replica.service);
        seen.add(replica.service);
        if (replica.ports.length === 0)
            continue;
        const prefix = `${variablePrefix(replica.service)}${first ? '' : `_REPLICA_${replica.replica}`}`;
        const set = (name, value) => {
            owners.set(name, (owners.get(name) ?? new Set()).add(replica.service));
            values.set(name, value);
        };
        set(`${prefix}_HOST`, replica.ports[0].host);
        for (const port of replica.ports)
            set(`${prefix}_PORT_${port.containerPort}${port.protocol === 'tcp' ? '' : `_${variablePrefix(port.protocol)}`}`, String(port.hostPort));
    }
    const variables = {};
    const problems = [];
    for (const [name, services] of owners) {
        if (services.size > 1)
            problems.push(`${name} would name a port of ${[...services].map((service) => `'${service}'`).join(' and ')}; it is not set (rename one of the services)`);
        else
            variables[name] = values.get(name);
    }
    return { variables, problems };
}

;// CONCATENATED MODULE: ./src/stack/log-lines.ts

/**
 * Compiles a log pattern with RE2. re2js is loaded only when a log probe exists (it is a quarter
 * of a megabyte of JavaScript that most runs never need).
 */
async function compileLogPattern(pattern) {
    const { RE2JS } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    try {
        const compiled = RE2JS.compile(pattern);
        return (line) => compiled.test(line);
    }
    catch (error) {
        return { error: `'${pattern}' is not an RE2 pattern: ${error instanceof Error ? error.message : String(error)}` };
    }
}
/**
 * Cuts the chunks of a log stream into lines, per stream (stdout and stderr interleave at any
 * point), and asks the predicate about each; a line longer than LOG_MATCH_CHARS is asked about
 * its start only and the rest is skipped without being kept.
 */
class LineMatcher {
    matches;
    pending = { stdout: '', stderr: '' };
    skipping = { stdout: false, stderr: false };
    lines = 0;
    constructor(matches) {
        this.matches = matches;
    }
    /** True as soon as a complete (or long enough) line matches. */
    push(stream, text) {
        let rest = text;
        while (rest !== '') {
            const newline = rest.indexOf('\n');
            const piece = newline < 0 ? rest : rest.slice(0, newline);
            rest = newline < 0 ? '' : rest.slice(newline + 1);
            if (!this.skipping[stream]) {
                this.pending[stream] += piece;
                if (this.pending[stream].length >= wait_for/* LOG_MATCH_CHARS */.RK) {
                    // Asked once about its start; the remainder of this line is skipped.
                    const start = this.pending[stream].slice(0, wait_for/* LOG_MATCH_CHARS */.RK);
                    this.pending[stream] = '';
                    this.skipping[stream] = newline < 0;
                    if (this.ask(start))
                        return true;
                    continue;
                }
            }
            if (newline < 0)
                break;
            if (this.skipping[stream]) {
                this.skipping[stream] = false;
                continue;
            }
            const line = this.pending[stream];
            this.pending[stream] = '';
            if (this.ask(line))
                return true;
        }
        return false;
    }
    /** The end of the stream: a last line without its newline is asked about too. */
    end() {
        for (const stream of ['stdout', 'stderr']) {
            const line = this.pending[stream];
            this.pending[stream] = '';
            if (line !== '' && !this.skipping[stream] && this.ask(line))
                return true;
        }
        return false;
    }
    ask(line) {
        this.lines += 1;
        return this.matches(line.replace(/\r$/, ''));
    }
}

;// CONCATENATED MODULE: ./src/stack/readiness.ts





const TCP_ATTEMPT_MS = 2000;
const HTTP_ATTEMPT_MS = 5000;
/** Even past the deadline, one attempt gets this long (the deadline is checked between attempts). */
const MIN_ATTEMPT_MS = 1000;
/** Longer than Docker's userland proxy takes to close a connection nothing listens behind (~30 ms). */
const TCP_HOLD_MS = 500;
const FIRST_PAUSE_MS = 250;
const MAX_PAUSE_MS = 1000;
/** How often a waiting replica's container is looked at, to stop waiting for one that exited. */
const STATE_CHECK_MS = 2000;
/** Reads the published ports, then runs every probe until the deadline (absolute, clock time). */
async function awaitReadiness(deps, projectName, probes, options) {
    const started = deps.clock.now();
    const containers = await deps.docker.listContainers({ all: true, labels: [(0,labels/* projectFilter */.Eh)(projectName)] });
    const ports = publishedPorts(containers, deps.docker.endpoint);
    const results = await Promise.all(probes.map(async (probe) => {
        const base = { probe: probe.text, service: probe.service, target: (0,wait_for/* describeProbe */.WH)(probe) };
        const replicas = ports.filter((replica) => replica.service === probe.service);
        if (replicas.length === 0) {
            const stopped = containers.filter((container) => container.labels[labels/* COMPOSE_LABELS */.NZ.service] === probe.service);
            const problem = stopped.length
                ? `no running container of service '${probe.service}' (${stopped.map((container) => `${container.name}: ${container.state}`).join(', ')})`
                : `the stack has no container of service '${probe.service}' (not one of its services, or in a profile that is not enabled)`;
            return { ...base, ready: false, replicas: [], problem };
        }
        let predicate;
        if (probe.kind === 'log') {
            const compiled = await compileLogPattern(probe.pattern);
            if ('error' in compiled)
                return { ...base, ready: false, replicas: [], problem: compiled.error };
            predicate = compiled;
        }
        const answers = await Promise.all(replicas.map((replica) => awaitReplica(deps, probe, replica, predicate, { started, ...options })));
        const problem = answers.find((answer) => 'problem' in answer);
        const done = answers.filter((answer) => !('problem' in answer));
        if (problem)
            return { ...base, ready: false, replicas: done, problem: problem.problem };
        return { ...base, ready: done.every((replica) => replica.ready), replicas: done };
    }));
    return { ok: results.every((result) => result.ready), durationMs: deps.clock.now() - started, ports, probes: results };
}
async function awaitReplica(deps, probe, replica, predicate, options) {
    const startedAt = await containerStart(deps.docker, replica.containerId);
    const base = { container: replica.container, replica: replica.replica };
    const passed = (attempts, detail) => {
        const now = deps.clock.now();
        const sinceStart = startedAt === undefined ? undefined : now - startedAt;
        return { ...base, ready: true, attempts, waitedMs: now - options.started, ...(sinceStart !== undefined && sinceStart >= 0 ? { sinceStartMs: sinceStart } : {}), detail };
    };
    if (probe.kind === 'log')
        return followLog(deps, replica, predicate, options, passed);
    const target = targetPort(probe, replica);
    if ('problem' in target)
        return target;
    const attempt = (remainingMs) => probe.kind === 'tcp'
        ? deps.network.tcp(target.host, target.hostPort, { timeoutMs: Math.max(MIN_ATTEMPT_MS, Math.min(TCP_ATTEMPT_MS, remainingMs)), holdMs: TCP_HOLD_MS })
        : deps.network.http(`http://${hostAndPort(target)}${probe.path}`, { timeoutMs: Math.max(MIN_ATTEMPT_MS, Math.min(HTTP_ATTEMPT_MS, remainingMs)) });
    let attempts = 0;
    let pause = FIRST_PAUSE_MS;
    let lastStateCheck = deps.clock.now();
    for (;;) {
        attempts += 1;
        const answer = await attempt(options.deadlineMs - deps.clock.now());
        if (answer.ok)
            return passed(attempts, `${hostAndPort(target)}: ${answer.detail}`);
        const why = `${hostAndPort(target)}: ${answer.reason}`;
        if (options.signal?.aborted)
            return { ...base, ready: false, attempts, detail: `interrupted; last: ${why}` };
        if (deps.clock.now() - lastStateCheck >= STATE_CHECK_MS) {
            lastStateCheck = deps.clock.now();
            const stopped = await stoppedState(deps.docker, replica.containerId);
            if (stopped)
                return { ...base, ready: false, attempts, detail: `the container ${stopped}; last: ${why}` };
        }
        const remaining = options.deadlineMs - deps.clock.now();
        if (remaining <= 0)
            return { ...base, ready: false, attempts, detail: `not ready when the wait ended; last: ${why}` };
        await deps.clock.sleep(Math.min(pause, remaining), options.signal);
        pause = Math.min(MAX_PAUSE_MS, Math.round(pause * 1.5));
    }
}
/** The replica's host port for a TCP or HTTP probe, or why there is none to try. */
function targetPort(probe, replica) {
    const tcp = replica.ports.filter((port) => port.protocol === 'tcp');
    const wanted = probe.port;
    const found = wanted === undefined ? tcp[0] : tcp.find((port) => port.containerPort === wanted);
    if (found)
        return found;
    if (wanted === undefined)
        return { problem: `${replica.container} publishes no TCP port to probe; publish one (ports: ["8080"] gives an ephemeral host port) or probe the log` };
    return {
        problem: `port ${wanted}/tcp of ${replica.container} is not published${tcp.length ? ` (it publishes ${tcp.map((port) => port.containerPort).join(', ')})` : ''}; publish it (ports: ["${wanted}"] gives an ephemeral host port) or probe the log`,
    };
}
/** Follows the container's log until a line matches, the container stops, or the time runs out. */
async function followLog(deps, replica, predicate, options, passed) {
    const base = { container: replica.container, replica: replica.replica };
    const matcher = new LineMatcher(predicate);
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    let matched = false;
    const remaining = Math.max(0, options.deadlineMs - deps.clock.now());
    // The deadline, on the clock the rest of the wait uses.
    const deadline = deps.clock.sleep(remaining, stop.signal).then(() => stop.abort());
    let failure;
    try {
        await deps.docker.streamContainerLogs(replica.containerId, { follow: true, timestamps: false, timeoutMs: remaining + 10_000 }, (chunk) => {
            if (!matched && matcher.push(chunk.stream, chunk.text)) {
                matched = true;
                stop.abort();
            }
        }, signal);
        if (!matched && !stop.signal.aborted && matcher.end())
            matched = true;
    }
    catch (error) {
        failure = (0,errors/* errorMessage */.g)(error);
    }
    finally {
        stop.abort();
        await deadline;
    }
    const lines = `${matcher.lines} ${matcher.lines === 1 ? 'line' : 'lines'} read`;
    if (matched)
        return passed(1, `a matching line after ${lines}`);
    if (failure)
        return { ...base, ready: false, attempts: 1, detail: `the log could not be read: ${failure}` };
    if (options.signal?.aborted)
        return { ...base, ready: false, attempts: 1, detail: `interrupted; ${lines}` };
    if (deps.clock.now() >= options.deadlineMs)
        return { ...base, ready: false, attempts: 1, detail: `no matching line when the wait ended (${lines})` };
    const stopped = await stoppedState(deps.docker, replica.containerId);
    return { ...base, ready: false, attempts: 1, detail: `the log ended without a matching line (${lines})${stopped ? `: the container ${stopped}` : ''}` };
}
/** When the container started, in clock milliseconds, from the daemon's StartedAt. */
async function containerStart(docker, id) {
    const details = await docker.inspectContainer(id).catch(() => undefined);
    const at = details ? Date.parse(details.state.startedAt) : NaN;
    return Number.isFinite(at) && at > 0 ? at : undefined;
}
/** "exited with code 1" when the container no longer runs; undefined while it does (or cannot be told). */
async function stoppedState(docker, id) {
    const details = await docker.inspectContainer(id).catch(() => 'unknown');
    if (details === 'unknown' || details?.state.running)
        return undefined;
    if (!details)
        return 'was removed';
    return details.state.status === 'exited' ? `exited with code ${details.state.exitCode}${details.state.oomKilled ? ' (OOM-killed)' : ''}` : `is ${details.state.status}`;
}

;// CONCATENATED MODULE: ./src/app/phases/readiness.ts





async function checkReadiness(deps, log, settings, options) {
    const project = settings.stack.projectName;
    const probes = settings.readiness.waitFor;
    const budgetMs = Math.max(0, settings.waitTimeoutMs - options.upMs);
    let outcome;
    try {
        outcome = await awaitReadiness({ docker: deps.docker, network: deps.network, clock: deps.clock }, project, probes, { deadlineMs: deps.clock.now() + budgetMs, signal: options.signal });
    }
    catch (error) {
        const problem = `the published ports could not be read from the daemon: ${(0,errors/* errorMessage */.g)(error)}`;
        if (probes.length === 0) {
            log.warning(`No ports output: ${problem}.`);
            return { section: { ok: true, durationMs: 0, ports: {}, probes: [], problems: [problem] } };
        }
        return { section: { ok: false, durationMs: 0, ports: {}, probes: [], problems: [problem] }, failure: `Stack ${project}: wait-for could not be checked: ${problem}` };
    }
    const ports = portsOutput(outcome.ports);
    const section = { ok: outcome.ok, durationMs: outcome.durationMs, ports, probes: outcome.probes };
    const published = Object.entries(ports).flatMap(([service, bindings]) => Object.entries(bindings).map(([port, at]) => `${service} ${port} → ${at}`));
    log.info(published.length ? `Published ports: ${published.join(', ')}.` : 'The stack publishes no host ports.');
    if (settings.readiness.exportEnv) {
        const { variables, problems } = portVariables(outcome.ports);
        section.variables = variables;
        if (problems.length)
            section.problems = problems;
        for (const problem of problems)
            log.warning(`export-env: ${problem}.`);
    }
    for (const probe of outcome.probes)
        for (const line of probeLines(probe))
            log.info(line);
    if (outcome.ok)
        return { section };
    const failed = outcome.probes.filter((probe) => !probe.ready);
    const services = new Set(failed.map((probe) => probe.service));
    try {
        section.failing = (await (0,diagnose/* diagnoseProject */.yp)(deps.docker, project)).filter((diagnosis) => services.has(diagnosis.service));
        for (const diagnosis of section.failing)
            await (0,diagnose/* printDiagnosis */.hm)(log, diagnosis);
    }
    catch (error) {
        log.warning(`Could not inspect the services that were not ready: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    const lines = failed.flatMap((probe) => probeLines(probe, { failedOnly: true }));
    return {
        section,
        failure: `Stack ${project} was not ready: wait-for not met within wait-timeout (${(0,units/* formatDuration */.a3)(settings.waitTimeoutMs)}, ${(0,units/* formatDuration */.a3)(options.upMs)} of it taken by up).\n${lines.join('\n')}`,
    };
}
/** One line per replica: "db: TCP 5432 ready 4.2 s after its start (waited 1.3 s; 127.0.0.1:49153: accepted and held open)". */
function probeLines(probe, options = {}) {
    const lines = probe.replicas.filter((replica) => !options.failedOnly || !replica.ready).map((replica) => {
        const who = probe.replicas.length > 1 ? `${probe.service} #${replica.replica}` : probe.service;
        if (!replica.ready)
            return `${who}: ${probe.target} not met — ${replica.detail}`;
        const since = replica.sinceStartMs !== undefined ? ` ${(0,units/* formatDuration */.a3)(replica.sinceStartMs)} after its start` : '';
        return `${who}: ${probe.target} ready${since} (waited ${(0,units/* formatDuration */.a3)(replica.waitedMs ?? 0)}; ${replica.detail})`;
    });
    if (probe.problem)
        lines.push(`${probe.service}: ${probe.target} not met — ${probe.problem}`);
    return lines;
}

// EXTERNAL MODULE: ./src/app/phases/launch.ts + 1 modules
var launch = __webpack_require__(11438);
// EXTERNAL MODULE: ./src/app/phases/teardown.ts + 1 modules
var teardown = __webpack_require__(63281);
// EXTERNAL MODULE: ./src/app/run-files.ts + 1 modules
var run_files = __webpack_require__(43215);
// EXTERNAL MODULE: ./src/app/pipeline/bad-input.ts
var bad_input = __webpack_require__(27344);
;// CONCATENATED MODULE: ./src/app/pipeline/buffered-log.ts
class BufferedLog {
    entries = [];
    target = this.entries;
    debug(message) {
        this.target.push({ kind: 'debug', message });
    }
    info(message) {
        this.target.push({ kind: 'info', message });
    }
    output(text) {
        this.target.push({ kind: 'output', text });
    }
    notice(message, annotation) {
        this.target.push({ kind: 'notice', message, annotation });
    }
    warning(message, annotation) {
        this.target.push({ kind: 'warning', message, annotation });
    }
    error(message, annotation) {
        this.target.push({ kind: 'error', message, annotation });
    }
    async group(name, fn) {
        const group = { kind: 'group', name, entries: [] };
        this.target.push(group);
        const outer = this.target;
        this.target = group.entries;
        try {
            return await fn();
        }
        finally {
            this.target = outer;
        }
    }
    /** Writes everything buffered into `log` (nested groups flattened into headed lines). */
    replay(log) {
        replayEntries(log, this.entries, '');
        this.entries.length = 0;
    }
}
function replayEntries(log, entries, indent) {
    for (const entry of entries) {
        if (entry.kind === 'group') {
            log.info(`${indent}${entry.name}`);
            replayEntries(log, entry.entries, `${indent}  `);
        }
        else if (entry.kind === 'output') {
            log.output(entry.text);
        }
        else if (entry.kind === 'debug' || entry.kind === 'info') {
            log[entry.kind](`${indent}${entry.message}`);
        }
        else if ('annotation' in entry) {
            log[entry.kind](entry.message, entry.annotation);
        }
    }
}

// EXTERNAL MODULE: ./src/app/pipeline/phase-clock.ts
var phase_clock = __webpack_require__(40614);
;// CONCATENATED MODULE: ./src/app/pipeline/start.ts



















async function startRun(deps, settings, options) {
    const log = deps.runtime;
    const clock = new phase_clock/* PhaseClock */.w(deps.clock);
    if (options.bootMs !== undefined)
        clock.record('node start', options.bootMs);
    const startedAtMs = deps.clock.now();
    const project = settings.stack.projectName;
    const run = { version: 3, settings, runDir: options.runDir, namespace: options.namespace, phase: 'validated', startedAtMs, keeper: options.keeper };
    const sections = { projectName: project, startedAtMs, preflight: [], timings: clock.timings };
    const checkpoint = () => options.checkpoint?.(run, sections);
    const failed = (failure, badInput = false) => {
        sections.failure = failure;
        checkpoint();
        return { ok: false, run, sections, failure, badInput };
    };
    checkpoint();
    let keeping;
    try {
        const checked = await clock.time('checks', (part) => runChecks(deps, settings, { workspace: options.workspace, overridePath: (0,run_files/* overrideFilePath */.sZ)(options.runDir), namespace: options.namespace }, part));
        const { daemon, policy } = checked;
        sections.engine = { version: daemon.engine.version, apiVersion: daemon.engine.apiVersion, compose: daemon.composeVersion };
        sections.stack = stackSection(policy.check.model);
        await log.group('Docker daemon', async () => log.info(`${daemon.endpoint}: engine ${daemon.engine.version} (API ${daemon.engine.apiVersion}), Compose ${daemon.composeVersion}; ping ${daemon.pingMs} ms.`));
        sections.policy = await log.group('Compose policy', async () => tellPolicy(log, policy));
        if (policy.sarifFile)
            sections.sarifFile = policy.sarifFile;
        if (policy.failure)
            return failed(policy.failure);
        const unknownWaitFor = (0,wait_for/* unknownServices */.rl)(settings.readiness.waitFor, Object.keys(policy.check.model.services ?? {}));
        if (unknownWaitFor)
            return failed(unknownWaitFor, true);
        sections.preflight = judgePreflight(checked, settings);
        sections.swept = sweptSection(checked);
        await log.group('Preflight', async () => tellPreflight(log, sections.preflight));
        const preflightFailed = preflightFailure(sections.preflight);
        if (preflightFailed)
            return failed(preflightFailed);
        checkpoint();
        let lease;
        if (options.reuseLease) {
            lease = options.reuseLease;
            sections.lease = { outcome: 'admitted', waitedMs: 0, waitedFor: [], detail: `project ${project} already held lease ${lease.id}; it was kept` };
        }
        else {
            let admission;
            try {
                admission = await clock.time('admission', () => log.group('Admission', () => admitStack(deps, log, settings, policy.check.model, daemon, { signal: options.signal, namespace: options.namespace })));
            }
            catch (error) {
                if (!(error instanceof AdmissionError))
                    throw error;
                sections.lease = error.section;
                return failed(error.message);
            }
            sections.lease = admission.section;
            lease = admission.lease.handle;
        }
        run.lease = lease;
        run.phase = 'admitted';
        checkpoint();
        let outcome;
        try {
            // The baseline comes from the cache while the lease finds its keeper.
            const historyLog = new BufferedLog();
            const recordLog = new BufferedLog();
            const [history, kept, preExisting] = await clock.time('launch', (part) => allSettled(part('history', (0,phases_history/* recallHistory */.U)(deps, historyLog, settings, policy.check.model)), part('keeper', (async () => {
                run.overrideFile = (0,launch/* writeStackOverride */.I7)(deps, options.runDir, policy.check.override, policy.check.model, lease);
                if (options.reuseLease)
                    return { note: 'its keeper goes on holding it' };
                return (0,launch/* keepLease */.yx)(deps, { keeper: options.keeper, monitor: options.monitor, lease, settings, runDir: options.runDir, startKeeper: options.startKeeper });
            })()), 
            // What of the model's volumes and networks exists already: the teardown keeps it.
            part('record', (0,launch/* recordBeforeUp */.Io)(deps, recordLog, policy.check.model, project))));
            run.preExisting = preExisting;
            keeping = kept;
            run.monitor = kept.monitor;
            if (kept.monitorProblem)
                sections.monitorProblems = [kept.monitorProblem];
            sections.history = history;
            if (history)
                await log.group('History across runs', async () => historyLog.replay(log));
            recordLog.replay(log);
            await log.group('Monitor and lease', async () => {
                if (kept.monitorProblem)
                    log.warning(`Monitoring is off for this job: ${kept.monitorProblem}.`);
                else if (kept.monitor)
                    log.info(`Monitor started (pid ${kept.monitor.pid}), sampling every ${settings.sampleIntervalMs} ms into ${kept.monitor.samplesFile}.`);
                log.info(`Lease ${lease.id}: ${kept.note}.`);
            });
            run.phase = 'starting';
            checkpoint();
            // Images first, each in a phase of its own, so `up` pulls and builds nothing.
            const model = policy.check.model;
            const imageOptions = { overrideFile: run.overrideFile, signal: options.signal };
            const pulled = await clock.time('pull', () => log.group('Pull images', () => pullPhase(deps, log, settings, model, { ...imageOptions, imageCache: history?.imageCache?.prep })));
            sections.pull = pulled.section;
            if (pulled.imageCache && history?.imageCache)
                history.imageCache.prep = pulled.imageCache;
            if (!pulled.section.failure && buildsAnything(model))
                sections.build = await clock.time('build', () => log.group('Build images', () => buildPhase(deps, log, settings, model, imageOptions)));
            const imageFailure = sections.pull.failure ?? sections.build?.failure;
            if (imageFailure) {
                run.phase = 'start-failed';
                checkpoint();
                await clock.time('abandon', () => log.group('Tear down the failed stack', () => abandon(deps, run, keeping)));
                return failed(imageFailure);
            }
            checkpoint();
            outcome = await clock.time('up', () => log.group(`Start stack ${project}`, () => (0,launch/* upUnderOverride */.CP)(deps, log, settings, run.overrideFile, options.signal)));
        }
        catch (error) {
            // Nothing half-started stays behind, whatever went wrong on the way.
            await abandon(deps, run, keeping);
            throw error;
        }
        sections.start = outcome.ok
            ? { ok: true, durationMs: outcome.durationMs, composeTail: [], failing: [] }
            : { ok: false, durationMs: outcome.durationMs, reason: outcome.reason, composeTail: outcome.composeTail, failing: outcome.failing };
        // Published ports and wait-for, within what is left of wait-timeout.
        let notReady;
        if (outcome.ok) {
            const upMs = outcome.durationMs;
            const readiness = await clock.time('readiness', () => log.group('Readiness', () => checkReadiness(deps, log, settings, { upMs, signal: options.signal })));
            sections.readiness = readiness.section;
            notReady = readiness.failure;
        }
        if (outcome.ok && !notReady) {
            run.phase = 'started';
            run.startupMs = outcome.durationMs;
            checkpoint();
            log.info(`Stack ${project} is up and healthy after ${(outcome.durationMs / 1000).toFixed(1)} s.`);
            const healthy = run.monitor ? (0,monitoring/* timeToHealthyLine */.gl)(deps, run.monitor) : undefined;
            if (healthy)
                log.info(`Time to healthy per service (from the daemon's events): ${healthy}.`);
            return { ok: true, run, sections, stopRenewal: keeping.stopRenewal };
        }
        run.phase = 'start-failed';
        checkpoint();
        if (!outcome.ok)
            await tellStartFailure(log, outcome);
        // Every service's log outlives the failed stack (post uploads them as upload-logs says).
        sections.logs = await clock.time('logs', () => log.group('Service logs', () => (0,logs/* keepServiceLogs */.Uh)(deps, log, settings, options.runDir, 'start')));
        // The stack is not left running while later steps (or post) wait.
        await clock.time('abandon', () => log.group('Tear down the failed stack', () => abandon(deps, run, keeping)));
        return failed(outcome.ok ? (notReady ?? `Stack ${project} was not ready.`) : startFailureMessage(project, outcome));
    }
    catch (error) {
        return failed((0,errors/* errorMessage */.g)(error), (0,bad_input/* isInputError */.B)(error));
    }
}
/**
 * Stops what the start began — the monitor (so its kills are not recorded as crashes), this
 * process's renewal — tears down and releases the lease. A lease whose release failed stays
 * in the carried run, so the finish tries again. Never throws.
 */
async function abandon(deps, run, keeping) {
    const log = deps.runtime;
    if (run.monitor) {
        if ((await (0,monitoring/* stopMonitoring */.hL)(deps, run.monitor)) === 'killed')
            log.warning('The monitor did not stop in time and was killed.');
        run.monitor = undefined;
    }
    await keeping?.stopRenewal?.();
    if (run.phase === 'starting' || run.phase === 'start-failed')
        await (0,teardown/* tearDownStack */.Rb)(deps, log, run.settings, run);
    run.lease = await (0,teardown/* releaseOrKeep */.YM)(deps, log, run.lease);
}
/** Every result once all have settled; the first rejection is rethrown then, not before. */
async function allSettled(...promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((result) => result.value);
}


/***/ }),

/***/ 56644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ acquireLease)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/lease/admission.ts
var admission = __webpack_require__(11079);
// EXTERNAL MODULE: ./src/lease/context.ts + 1 modules
var context = __webpack_require__(11155);
// EXTERNAL MODULE: ./src/lease/describe.ts
var describe = __webpack_require__(4081);
// EXTERNAL MODULE: ./src/lease/errors.ts
var errors = __webpack_require__(2679);
// EXTERNAL MODULE: ./src/lease/records.ts
var records = __webpack_require__(96188);
;// CONCATENATED MODULE: ./src/lease/pass.ts



async function admissionPass(ctx, ticket) {
    const held = await ctx.mutex.tryAcquire(ticket.containerId);
    if (held === 'busy' || held === 'ticket-gone')
        return { outcome: held };
    let releaseTo = (0,records/* recordName */.xD)('ticket', ctx.store.namespace, ticket.id, ticket.generation);
    try {
        const snapshot = await ctx.store.snapshot();
        const mine = snapshot.tickets.find((record) => record.id === ticket.id);
        if (!mine)
            return { outcome: 'ticket-gone' };
        const live = (0,context/* partitionLive */.FB)(snapshot, ctx.liveness());
        for (const stale of live.stale) {
            if (overdue(ctx, held.acquiredAtMs))
                return { outcome: 'blocked' };
            for (const containerId of snapshot.containersById.get(stale.id) ?? [])
                await ctx.store.remove(containerId);
        }
        const verdict = (0,admission/* planAdmission */.X)(live.leases, live.tickets).get(ticket.id);
        if (!verdict?.admissible || overdue(ctx, held.acquiredAtMs))
            return { outcome: 'blocked', verdict };
        const now = ctx.deps.clock.now();
        const name = (0,records/* admittedName */.w7)(ctx.store.namespace, ticket.id, now);
        const renamed = await ctx.store.rename(ticket.containerId, name);
        releaseTo = undefined;
        if (renamed !== 'renamed')
            return { outcome: 'ticket-gone' };
        const lease = {
            ...mine,
            kind: 'lease',
            name,
            generation: 0,
            admittedAtMs: now,
            renewedAtMs: now,
            ttlMs: mine.leaseTtlMs ?? mine.ttlMs,
            leaseTtlMs: undefined,
            order: undefined,
            holdsMutex: undefined,
        };
        // What leases reserve now that we hold ours (earlier admissible tickets count as holding).
        return { outcome: 'admitted', lease, usedBytes: verdict.usedBytes + mine.request.memoryBytes };
    }
    finally {
        if (releaseTo)
            await ctx.mutex.release(held, releaseTo);
    }
}
/** A holder that took too long stops before writing, so a breaker never overlaps its writes. */
function overdue(ctx, acquiredAtMs) {
    return ctx.deps.clock.now() - acquiredAtMs > ctx.mutex.staleMs / 2;
}

;// CONCATENATED MODULE: ./src/lease/ticket.ts

// Our place in the queue. Its first generation's creation time on the daemon is the place; it
// is renewed (a new generation carrying that place in a label, then the old one removed) so
// that a waiter nobody can check — another host, another PID namespace — holds its place only
// while it lives: ticketTtlMs after its last renewal, it is stale.
class TicketKeeper {
    ctx;
    id;
    request;
    budgetBytes;
    who;
    leaseTtlMs;
    generation = 0;
    order;
    renewedAtMs = 0;
    requestedAtMs = 0;
    containers = [];
    constructor(ctx, id, request, budgetBytes, who, leaseTtlMs) {
        this.ctx = ctx;
        this.id = id;
        this.request = request;
        this.budgetBytes = budgetBytes;
        this.who = who;
        this.leaseTtlMs = leaseTtlMs;
    }
    /** Queues a first generation (again, when ours was swept): a new place at the end. */
    async create() {
        this.requestedAtMs = this.ctx.deps.clock.now();
        this.generation = 0;
        this.order = undefined;
        const created = await this.write();
        this.order = await this.ctx.store.creationOrder(created);
    }
    renewDueMs() {
        return this.renewedAtMs + Math.floor(this.ctx.timings.ticketTtlMs / 3);
    }
    async renewIfDue() {
        if (this.ctx.deps.clock.now() < this.renewDueMs() || this.order === undefined)
            return;
        const previous = this.containers;
        this.generation += 1;
        const next = await this.write();
        await Promise.all(previous.map((containerId) => this.ctx.store.remove(containerId)));
        this.containers = [next];
    }
    /** The newest generation: the container that competes for the mutex. */
    current() {
        return { id: this.id, containerId: this.containers[this.containers.length - 1] ?? '', generation: this.generation };
    }
    /** Every container of our ticket we know of (normally one). */
    containerIds() {
        return [...this.containers];
    }
    async write() {
        const now = this.ctx.deps.clock.now();
        const record = {
            kind: 'ticket',
            namespace: this.ctx.store.namespace,
            id: this.id,
            generation: this.generation,
            request: this.request,
            budgetBytes: this.budgetBytes,
            owner: this.ctx.me,
            who: this.who,
            requestedAtMs: this.requestedAtMs,
            renewedAtMs: now,
            ttlMs: this.ctx.timings.ticketTtlMs,
            leaseTtlMs: this.leaseTtlMs,
            order: this.generation > 0 ? this.order : undefined,
        };
        const created = await this.ctx.store.create((0,records/* recordName */.xD)('ticket', this.ctx.store.namespace, this.id, this.generation), (0,records/* recordLabels */.FZ)(record));
        if (created === 'name-taken') {
            throw new Error(`Lease ticket ${this.id} generation ${this.generation} exists already; two waiters drew the same id`);
        }
        this.containers = this.generation > 0 ? [...this.containers, created.id] : [created.id];
        this.renewedAtMs = now;
        return created.id;
    }
}

// EXTERNAL MODULE: ./src/lease/store.ts + 1 modules
var store = __webpack_require__(64314);
;// CONCATENATED MODULE: ./src/lease/wake.ts
/**
 * Sleeps until notified (a Docker event), a timeout (the polling fallback) or an abort. A
 * notification that arrives while the waiter is busy is kept, so an event that lands between
 * two reads is never lost.
 */
class Waker {
    clock;
    pending = false;
    current;
    constructor(clock) {
        this.clock = clock;
    }
    notify() {
        this.pending = true;
        this.current?.abort();
    }
    async wait(ms, signal) {
        if (this.pending || signal?.aborted) {
            this.pending = false;
            return;
        }
        const controller = new AbortController();
        this.current = controller;
        try {
            await this.clock.sleep(Math.max(0, ms), signal ? AbortSignal.any([controller.signal, signal]) : controller.signal);
        }
        finally {
            this.current = undefined;
            this.pending = false;
        }
    }
}

;// CONCATENATED MODULE: ./src/lease/acquire.ts










/**
 * Takes a lease owned by this process: queues a ticket, waits (woken by Docker events, polling
 * as a fallback) until the ticket is admissible, then admits itself under the mutex. Leaves the
 * queue cleanly on timeout, abort or error. To hand the lease to another process (the action's
 * monitor, the CLI's keeper), call transferLease afterwards.
 */
async function acquireLease(deps, request, options) {
    if (request.memoryBytes > options.budgetBytes) {
        throw new errors/* LeaseTooLargeError */.My(request.memoryBytes, options.budgetBytes, options.budgetDescription ?? (0,units/* formatBytes */.z3)(options.budgetBytes), request.project);
    }
    // A reader judges others' leases by its own lease-ttl at most (liveness.ts).
    const ctx = (0,context/* leaseContext */.kz)(deps, options.namespace, { leaseTtlCapMs: options.ttlMs, ...options.timings });
    return new Waiter(ctx, request, options).run();
}
class Waiter {
    ctx;
    request;
    options;
    id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    waker;
    tickets;
    seen = new Map();
    waitingForMutex = false;
    /** Containers in our way by ports or groups: all must go before we can be admitted. */
    overlapping = new Set();
    /** Earlier tickets that need memory and do not fit: each must be admitted or leave first. */
    unfitAhead = new Map();
    /** Holders (and admissible earlier tickets) whose memory keeps us out of the budget. */
    counted = new Map();
    /** Bytes we are short of the budget; we cannot fit before it drops to 0. */
    deficit = 0;
    /** Events since the current read began: replayed once the read has named our blockers. */
    sinceRead = [];
    startedMs;
    constructor(ctx, request, options) {
        this.ctx = ctx;
        this.request = request;
        this.options = options;
        this.waker = new Waker(ctx.deps.clock);
        this.startedMs = ctx.deps.clock.now();
        this.tickets = new TicketKeeper(ctx, this.id, request, options.budgetBytes, options.who, options.ttlMs);
    }
    async run() {
        const { clock } = this.ctx.deps;
        const { signal } = this.options;
        const watching = new AbortController();
        if (this.ctx.timings.useEvents) {
            void this.ctx.store.watch((event) => this.onEvent(event.action, (0,store/* eventSubject */.r)(event, this.ctx.store.namespace)), watching.signal, clock.sleep);
        }
        let admitted;
        try {
            await this.tickets.create();
            // The first report comes as soon as we know we wait, then every progressIntervalMs.
            let nextProgress = this.startedMs;
            for (;;) {
                if (signal?.aborted)
                    throw new errors/* LeaseAbortedError */.KF(clock.now() - this.startedMs);
                await this.tickets.renewIfDue();
                this.sinceRead = [];
                const snapshot = await this.ctx.store.snapshot();
                const existing = snapshot.leases.find((lease) => lease.id === this.id);
                if (existing)
                    return this.finish((admitted = existing), undefined);
                if (!snapshot.tickets.some((ticket) => ticket.id === this.id)) {
                    // Someone judged our ticket stale (clocks far apart?): queue again rather than fail.
                    await this.tickets.create();
                    continue;
                }
                const live = (0,context/* partitionLive */.FB)(snapshot, this.ctx.liveness());
                let verdict = (0,admission/* planAdmission */.X)(live.leases, live.tickets).get(this.id);
                if (verdict.admissible) {
                    const pass = await admissionPass(this.ctx, this.tickets.current());
                    if (pass.outcome === 'admitted')
                        return this.finish((admitted = pass.lease), pass.usedBytes);
                    if (pass.outcome === 'ticket-gone')
                        continue;
                    if (pass.outcome === 'busy') {
                        this.waitingForMutex = true;
                        await this.waker.wait(this.ctx.timings.mutexRetryMs, signal);
                        this.waitingForMutex = false;
                        continue;
                    }
                    if (!pass.verdict)
                        continue;
                    verdict = pass.verdict;
                }
                this.note(verdict);
                const now = clock.now();
                if (now - this.startedMs >= this.options.timeoutMs) {
                    throw new errors/* LeaseTimeoutError */.q5(now - this.startedMs, this.blockers(verdict), now);
                }
                if (now >= nextProgress) {
                    const position = live.tickets.findIndex((ticket) => ticket.id === this.id) + 1;
                    this.options.onProgress?.({ waitedMs: now - this.startedMs, position, blockers: this.blockers(verdict) });
                    nextProgress = now + this.ctx.timings.progressIntervalMs;
                }
                const until = Math.min(this.startedMs + this.options.timeoutMs, nextProgress, this.tickets.renewDueMs());
                await this.waker.wait(Math.min(this.ctx.timings.pollIntervalMs, until - now), signal);
            }
        }
        catch (error) {
            await this.leave(admitted);
            throw error;
        }
        finally {
            watching.abort();
        }
    }
    finish(lease, usedBytes) {
        const now = this.ctx.deps.clock.now();
        if (this.options.signal?.aborted)
            throw new errors/* LeaseAbortedError */.KF(now - this.startedMs);
        return {
            handle: { namespace: this.ctx.store.namespace, id: this.id, containerId: lease.containerId },
            record: lease,
            waitedMs: now - this.startedMs,
            waitedFor: [...this.seen.values()],
            usedBytes: usedBytes ?? lease.request.memoryBytes,
            budgetBytes: this.options.budgetBytes,
        };
    }
    /** Removes our ticket (every generation) and, when the abort raced an admission, the lease. */
    async leave(admitted) {
        const removals = this.tickets.containerIds().map((id) => this.ctx.store.remove(id));
        if (admitted)
            removals.push(this.ctx.store.remove(admitted.containerId));
        await Promise.allSettled(removals);
    }
    /**
     * What wakes us for a fresh read: the event may have made us admissible — nothing overlaps us
     * any more, no earlier ticket that does not fit is ahead, and enough memory was freed (events
     * carry the record's labels, so we know how much) — or the mutex was given back while we wait
     * for it. In a busy queue the other waiters sleep through a release instead of all reading the
     * daemon at once; the polling interval covers the rare indirect case.
     */
    onEvent(action, subject) {
        this.sinceRead.push({ action, subject });
        this.react(action, subject);
    }
    react(action, subject) {
        if (subject.leftMutex && this.waitingForMutex)
            this.waker.notify();
        const id = subject.containerId;
        let changed = false;
        if (action === 'destroy') {
            changed = this.overlapping.delete(id) || changed;
            changed = this.unfitAhead.delete(id) || changed;
            if (this.counted.has(id)) {
                this.deficit -= this.counted.get(id);
                this.counted.delete(id);
                changed = true;
            }
        }
        else if (action === 'rename' && subject.admitted && this.unfitAhead.has(id)) {
            // It holds its memory now.
            this.unfitAhead.delete(id);
            this.counted.set(id, subject.memoryBytes);
            this.deficit += subject.memoryBytes;
            changed = true;
        }
        if (changed && this.overlapping.size === 0 && this.unfitAhead.size === 0 && this.deficit <= 0)
            this.waker.notify();
    }
    blockers(verdict) {
        return verdict.blockers.map((blocker) => (0,describe/* holderView */.yP)(blocker.record, blocker));
    }
    note(verdict) {
        this.overlapping.clear();
        this.unfitAhead.clear();
        this.counted.clear();
        this.deficit = verdict.fits ? 0 : verdict.usedBytes + this.request.memoryBytes - this.options.budgetBytes;
        for (const blocker of verdict.blockers) {
            const id = blocker.record.containerId;
            if (blocker.ports.length > 0 || blocker.groups.length > 0)
                this.overlapping.add(id);
            if (blocker.memory && blocker.counted)
                this.counted.set(id, blocker.record.request.memoryBytes);
            else if (blocker.memory)
                this.unfitAhead.set(id, blocker.record.request.memoryBytes);
            this.seen.set(blocker.record.id, (0,describe/* holderView */.yP)(blocker.record, blocker));
        }
        // A blocker that left while we were reading must not be waited for until the next poll.
        for (const { action, subject } of this.sinceRead)
            this.react(action, subject);
    }
}


/***/ }),

/***/ 2679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ LeaseAbortedError),
/* harmony export */   My: () => (/* binding */ LeaseTooLargeError),
/* harmony export */   q5: () => (/* binding */ LeaseTimeoutError)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4081);


/** The request alone is larger than the whole budget: it could never be admitted. */
class LeaseTooLargeError extends Error {
    requestedBytes;
    budgetBytes;
    constructor(requestedBytes, budgetBytes, budgetDescription, 
    /** The Compose project, when the lease is for a stack. */
    project = '') {
        const asks = project
            ? `Stack ${project} reserves ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(requestedBytes)} of memory (memory limits plus tmpfs sizes)`
            : `The lock asks for ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(requestedBytes)} of memory`;
        const advice = project ? "Lower the services' memory limits or tmpfs sizes, or raise memory-budget." : 'Ask for less, or raise the memory budget.';
        super(`${asks}, more than the whole memory budget of ${budgetDescription}: it could never be admitted. ${advice}`);
        this.requestedBytes = requestedBytes;
        this.budgetBytes = budgetBytes;
        this.name = 'LeaseTooLargeError';
    }
}
/** Waited lock-timeout and gave up; names who held what we needed. */
class LeaseTimeoutError extends Error {
    waitedMs;
    blockers;
    constructor(waitedMs, blockers, nowMs) {
        const lines = blockers.map((blocker) => `  - ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBlocker */ .Gj)(blocker, nowMs)}`);
        super(`Gave up waiting for a lease after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(waitedMs)} (lock-timeout).${lines.length ? `\nIn the way:\n${lines.join('\n')}` : ''}\nRaise lock-timeout, or find out why these hold on so long (docker-stability status).`);
        this.waitedMs = waitedMs;
        this.blockers = blockers;
        this.name = 'LeaseTimeoutError';
    }
}
/** Waiting was cancelled (SIGINT/SIGTERM, or the caller's signal); we left the queue. */
class LeaseAbortedError extends Error {
    waitedMs;
    constructor(waitedMs) {
        super(`Stopped waiting for a lease after ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(waitedMs)}: cancelled. Left the queue.`);
        this.waitedMs = waitedMs;
        this.name = 'LeaseAbortedError';
    }
}


/***/ })

};
