export const id = 422;
export const ids = [422,828];
export const modules = {

/***/ 26591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



/* unused reexport */ __webpack_require__(5335);
exports.parse = __webpack_require__(42696);


/***/ }),

/***/ 42696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 13532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ProcessCommandRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ports_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30205);


/** How long a command gets between SIGTERM and SIGKILL once its time is up. */
const KILL_GRACE_MS = 2000;
/** Output kept in memory per stream; `docker compose config` of a 10 MB file stays well below. */
const MAX_STDOUT_BYTES = 64 * 1024 * 1024;
const STDERR_TAIL_BYTES = 16 * 1024;
/**
 * Runs processes with a timeout and fails on any non-zero exit, empty stderr or not.
 * Each command gets its own process group: `docker compose` is a CLI plugin that `docker`
 * starts as a child, and killing only `docker` would leave the plugin running.
 */
class ProcessCommandRunner {
    run(argv, options) {
        const [file, ...args] = argv;
        if (!file)
            return Promise.reject(new _ports_command_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Q(argv, null, 'empty command', 'spawn'));
        const started = Date.now();
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: true,
            });
            const stdout = new OutputBuffer(MAX_STDOUT_BYTES, false);
            const stderr = new OutputBuffer(STDERR_TAIL_BYTES, true);
            let reason;
            let killTimer;
            const killGroup = (signal) => {
                try {
                    if (child.pid)
                        process.kill(-child.pid, signal);
                }
                catch {
                    // Already gone.
                }
            };
            const stop = (why) => {
                if (reason)
                    return;
                reason = why;
                killGroup('SIGTERM');
                killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
            };
            const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
            const onAbort = () => stop('aborted');
            options.signal?.addEventListener('abort', onAbort, { once: true });
            if (options.signal?.aborted)
                onAbort();
            const lines = { stdout: new LineSplitter(), stderr: new LineSplitter() };
            child.stdout.on('data', (chunk) => {
                stdout.push(chunk);
                if (options.onLine)
                    lines.stdout.push(chunk, (line) => options.onLine?.(line, 'stdout'));
            });
            child.stderr.on('data', (chunk) => {
                stderr.push(chunk);
                if (options.onLine)
                    lines.stderr.push(chunk, (line) => options.onLine?.(line, 'stderr'));
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.stdin ?? '');
            const finish = () => {
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
            };
            child.on('error', (error) => {
                finish();
                clearTimeout(killTimer);
                reject(new _ports_command_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Q(argv, null, error.message, 'spawn'));
            });
            child.on('close', (code, signal) => {
                finish();
                clearTimeout(killTimer);
                if (options.onLine) {
                    lines.stdout.flush((line) => options.onLine?.(line, 'stdout'));
                    lines.stderr.flush((line) => options.onLine?.(line, 'stderr'));
                }
                const exitCode = code ?? (signal ? 128 + (SIGNAL_NUMBERS[signal] ?? 0) : 1);
                const result = { stdout: stdout.text(), stderr: stderr.text(), exitCode, durationMs: Date.now() - started };
                if (reason)
                    reject(new _ports_command_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Q(argv, exitCode, result.stderr, reason, result.stdout));
                else if (exitCode !== 0)
                    reject(new _ports_command_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandError */ .Q(argv, exitCode, result.stderr, 'exit', result.stdout));
                else
                    resolve(result);
            });
        });
    }
}
const SIGNAL_NUMBERS = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
/** Keeps the head (stdout, parsed whole) or the tail (stderr, for error messages) of a stream. */
class OutputBuffer {
    limit;
    keepTail;
    chunks = [];
    size = 0;
    constructor(limit, keepTail) {
        this.limit = limit;
        this.keepTail = keepTail;
    }
    push(chunk) {
        if (!this.keepTail && this.size >= this.limit)
            return;
        this.chunks.push(chunk);
        this.size += chunk.length;
        if (this.keepTail && this.size > this.limit * 2) {
            const joined = Buffer.concat(this.chunks);
            this.chunks = [joined.subarray(joined.length - this.limit)];
            this.size = this.limit;
        }
    }
    text() {
        const joined = Buffer.concat(this.chunks);
        const kept = this.keepTail ? joined.subarray(Math.max(0, joined.length - this.limit)) : joined.subarray(0, this.limit);
        return kept.toString('utf8');
    }
}
class LineSplitter {
    pending = '';
    push(chunk, emit) {
        const parts = (this.pending + chunk.toString('utf8')).split(/\r?\n/);
        this.pending = parts.pop() ?? '';
        for (const line of parts)
            emit(line);
    }
    flush(emit) {
        if (this.pending !== '')
            emit(this.pending);
        this.pending = '';
    }
}


/***/ }),

/***/ 16828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nodeFiles: () => (/* binding */ nodeFiles),
/* harmony export */   readFileTail: () => (/* binding */ readFileTail),
/* harmony export */   readTextFile: () => (/* binding */ readTextFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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

/***/ 23609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ defaultCliProjectName),
/* harmony export */   Q: () => (/* binding */ stackFromFlags)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_node_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16828);
/* harmony import */ var _settings_stack_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72355);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99436);





/**
 * The stack the flags describe, relative to the current directory. Unlike the action's inputs
 * (confined to GITHUB_WORKSPACE), they may lead anywhere the user can read: `-f ../compose.yaml`
 * from a subdirectory is what a developer means. `--confine` restores the action's rule (the
 * check sub-action runs the CLI in the workspace with it). Bad flags exit with 2.
 */
function stackFromFlags(flags, cwd, env) {
    const workingDirectory = flags.projectDirectory ?? '.';
    const resolved = (0,_settings_stack_target_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveStackTarget */ .EN)({
        workspace: cwd,
        confine: flags.confine === true,
        workingDirectory,
        files: flags.file,
        projectName: flags.projectName ?? env.COMPOSE_PROJECT_NAME ?? defaultCliProjectName(cwd, workingDirectory),
        profiles: flags.profile,
        envFiles: flags.envFile,
    }, _adapters_node_files_js__WEBPACK_IMPORTED_MODULE_1__.nodeFiles, { files: '-f/--file', workingDirectory: '--project-directory', projectName: '-p/--project-name', envFiles: '--env-file', profiles: '--profile' });
    if ('problems' in resolved)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitError */ .R(_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage, resolved.problems.join('\n'));
    return resolved.target;
}
/** Compose's own default: the working directory's name, lower-cased, invalid characters dropped. */
function defaultCliProjectName(cwd, workingDirectory) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, workingDirectory)).toLowerCase().replace(/[^a-z0-9_-]/g, '');
    return /^[a-z0-9]/.test(name) ? name : `stack${name}`;
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

/***/ 76407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ ComposeConfigError),
  D: () => (/* binding */ DockerComposeCli)
});

// EXTERNAL MODULE: ./src/ports/command.ts
var command = __webpack_require__(30205);
;// CONCATENATED MODULE: ./src/compose/argv.ts
// `docker compose` argument arrays, built by pure functions and tested as tables.
// Global flags (files, project, profiles, env files, `compose-flags`) go before the subcommand,
// as Compose requires. Every value is attached to its flag (`--file=x`) and services follow
// `--`, so no value from an input — a file, a profile, a service — can be read as a flag.
/** `docker compose --file=… --project-name=… --profile=… --env-file=…`, plus generated override files. */
function composeBase(target, overrideFiles = []) {
    return [
        'docker',
        'compose',
        ...[...target.files, ...overrideFiles].map((file) => `--file=${file}`),
        `--project-name=${target.projectName}`,
        ...target.profiles.map((profile) => `--profile=${profile}`),
        ...target.envFiles.map((file) => `--env-file=${file}`),
        ...(target.composeFlags ?? []),
    ];
}
/** `-- svc…` when the target names services; nothing when it starts them all. */
function serviceArgs(services) {
    return services?.length ? ['--', ...services] : [];
}
/** The model as Compose will run it: the selected services and their dependencies only. */
function configArgs(target, overrideFiles = []) {
    return [...composeBase(target, overrideFiles), 'config', '--format', 'json', ...serviceArgs(target.services)];
}
/**
 * `up --detach --wait`, pulling and building nothing: the pull and build phases did that, so
 * the time `up` takes is the start-up alone, and a missing image fails here rather than being
 * fetched behind the policy's back.
 */
function upArgs(target, options) {
    return [
        ...composeBase(target, options.overrideFiles),
        'up',
        '--detach',
        '--wait',
        '--wait-timeout',
        String(Math.max(1, Math.ceil(options.waitTimeoutMs / 1000))),
        '--remove-orphans',
        '--pull',
        'never',
        '--no-build',
        ...(options.upFlags ?? []),
        ...serviceArgs(target.services),
    ];
}
/** One service's image, from its registry (the service's platform and the user's credentials, as Compose has them). */
function pullArgs(target, service, overrideFiles = []) {
    return [...composeBase(target, overrideFiles), 'pull', '--quiet', ...serviceArgs([service])];
}
/** One service's image, built (with the override's labels; `cache_from`/`cache_to` as the file says). */
function buildArgs(target, service, overrideFiles = []) {
    return [...composeBase(target, overrideFiles), 'build', ...serviceArgs([service])];
}
/**
 * Tear-down of a disposable stack: no grace period by default (a PID 1 that ignores SIGTERM
 * would cost 10 s per container), volumes and orphans included. Never limited to the selected
 * services: the whole project goes.
 */
function downArgs(target, options) {
    return [
        ...composeBase(target, options.overrideFiles),
        'down',
        '--volumes',
        '--remove-orphans',
        '--timeout',
        String(options.stopTimeoutSeconds),
    ];
}
/** Tear-down by project name alone, for when the compose files are gone or no longer parse. */
function downByNameArgs(projectName, stopTimeoutSeconds) {
    return ['docker', 'compose', `--project-name=${projectName}`, 'down', '--volumes', '--remove-orphans', '--timeout', String(stopTimeoutSeconds)];
}
/** A graceful stop by project name (the teardown then removes what it owns by label). */
function stopByNameArgs(projectName, stopTimeoutSeconds) {
    return ['docker', 'compose', `--project-name=${projectName}`, 'stop', '--timeout', String(stopTimeoutSeconds)];
}
function versionArgs() {
    return ['docker', 'compose', 'version', '--short'];
}

;// CONCATENATED MODULE: ./src/compose/compose-cli.ts


/** A compose file Compose refused to load, with Compose's own words. */
class ComposeConfigError extends Error {
    files;
    detail;
    constructor(files, detail) {
        super(`Compose could not load ${files.join(', ')}: ${detail}`);
        this.files = files;
        this.detail = detail;
        this.name = 'ComposeConfigError';
    }
}
/** Slack on top of Compose's own --wait-timeout, for pulls, creation and its own shutdown. */
const UP_SLACK_MS = 60_000;
/** Compose needs ~25 s for a 10 MB file of 16 000 services here; a loaded runner more. */
const CONFIG_TIMEOUT_MS = 120_000;
class DockerComposeCli {
    runner;
    env;
    neutralDirectory;
    constructor(runner, env = {}, 
    /**
     * Where calls by project name alone run (its files may be gone, and a directory holding a
     * compose file would be read by Compose): the file system's root exists everywhere.
     */
    neutralDirectory = '/') {
        this.runner = runner;
        this.env = env;
        this.neutralDirectory = neutralDirectory;
    }
    async version(options = {}) {
        const result = await this.runner.run(versionArgs(), { timeoutMs: 10_000, env: this.env, signal: options.signal });
        return result.stdout.trim();
    }
    async config(target, overrideFiles = []) {
        try {
            const result = await this.runner.run(configArgs(target, overrideFiles), {
                cwd: target.workingDirectory,
                timeoutMs: CONFIG_TIMEOUT_MS,
                env: this.env,
            });
            return JSON.parse(result.stdout);
        }
        catch (error) {
            if (error instanceof command/* CommandError */.Q && error.reason === 'exit') {
                throw new ComposeConfigError([...target.files, ...overrideFiles], error.stderrTail.trim() || `exit code ${error.exitCode}`);
            }
            throw error;
        }
    }
    async up(target, options) {
        const output = [];
        const result = await this.runner.run(upArgs(target, options), {
            cwd: target.workingDirectory,
            timeoutMs: options.waitTimeoutMs + UP_SLACK_MS,
            env: this.env,
            signal: options.signal,
            onLine: (line) => {
                output.push(line);
                options.onLine?.(line);
            },
        });
        return { durationMs: result.durationMs, output };
    }
    async pull(target, service, options) {
        return this.imageCommand(pullArgs(target, service, options.overrideFiles), target, options);
    }
    async build(target, service, options) {
        return this.imageCommand(buildArgs(target, service, options.overrideFiles), target, options);
    }
    async imageCommand(argv, target, options) {
        const result = await this.runner.run(argv, {
            cwd: target.workingDirectory,
            timeoutMs: options.timeoutMs,
            env: this.env,
            signal: options.signal,
            onLine: options.onLine,
        });
        return { durationMs: result.durationMs };
    }
    async down(target, options) {
        const argv = options.byNameOnly
            ? downByNameArgs(target.projectName, options.stopTimeoutSeconds)
            : downArgs(target, options);
        await this.runner.run(argv, {
            // By name alone, run where no compose file can be picked up by accident.
            cwd: options.byNameOnly ? this.neutralDirectory : target.workingDirectory,
            timeoutMs: options.timeoutMs,
            env: this.env,
        });
    }
    async stop(projectName, options) {
        // By name alone, where no compose file can be picked up by accident: the files may be gone.
        await this.runner.run(stopByNameArgs(projectName, options.stopTimeoutSeconds), { cwd: this.neutralDirectory, timeoutMs: options.timeoutMs, env: this.env });
    }
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

/***/ 69167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ UP_FLAG_RULES),
/* harmony export */   FY: () => (/* binding */ GLOBAL_FLAG_RULES),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   pg: () => (/* binding */ parallelLimit)
/* harmony export */ });
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26591);

const integer = (value) => (/^-?\d+$/.test(value) ? undefined : `'${show(value)}' is not a whole number`);
const oneOf = (...values) => (value) => values.includes(value) ? undefined : `'${show(value)}' is not one of ${values.join(', ')}`;
const ATTACHED = 'it needs `up` attached to the containers, but the stack is started detached (`up --detach --wait`) so the steps after this one can use it';
const JUDGED = 'the policy, the preflight and the lease judge what starts from the compose files';
/** `docker compose up` flags (Compose 2.26 and later). */
const UP_FLAG_RULES = [
    { names: ['--always-recreate-deps'] },
    { names: ['--force-recreate'] },
    { names: ['--no-recreate'] },
    { names: ['--renew-anon-volumes', '-V'] },
    { names: ['--timestamps'] },
    { names: ['--no-color'] },
    { names: ['--no-log-prefix'] },
    { names: ['--quiet-pull'] },
    { names: ['--timeout', '-t'], value: true, check: integer },
    { names: ['--detach', '-d'], refuse: 'every start is already detached (`up --detach --wait`); remove it' },
    { names: ['--wait'], refuse: 'every start already waits for each service to be running and healthy; remove it' },
    { names: ['--wait-timeout'], value: true, refuse: 'use the wait-timeout input' },
    { names: ['--abort-on-container-exit'], refuse: ATTACHED },
    { names: ['--exit-code-from'], value: true, refuse: ATTACHED },
    { names: ['--attach'], value: true, refuse: ATTACHED },
    { names: ['--attach-dependencies'], refuse: ATTACHED },
    { names: ['--no-attach'], value: true, refuse: ATTACHED },
    { names: ['--no-start'], refuse: 'nothing would start, and waiting for the services would fail' },
    { names: ['--build'], refuse: 'builds are a phase of their own: use the build input (always)' },
    { names: ['--no-build'], refuse: 'builds are a phase of their own: use the build input (never)' },
    { names: ['--pull'], value: true, refuse: 'pulls are a phase of their own: use the pull input (missing, always or never)' },
    { names: ['--remove-orphans'], refuse: 'every start already removes orphans; remove it' },
    { names: ['--scale'], value: true, refuse: `${JUDGED}: set scale (or deploy.replicas) in a compose file, e.g. one more file in compose-files` },
    { names: ['--no-deps'], refuse: `${JUDGED}, dependencies included; name the services to start in the services input` },
    { names: ['--watch', '-w'], refuse: 'it watches the sources in the foreground and never returns' },
    { names: ['--menu'], refuse: 'it is interactive' },
    { names: ['--dry-run'], refuse: 'nothing would start' },
];
/** Global `docker compose` flags (before the subcommand). */
const GLOBAL_FLAG_RULES = [
    { names: ['--ansi'], value: true, check: oneOf('never', 'always', 'auto') },
    { names: ['--compatibility'] },
    { names: ['--parallel'], value: true, check: integer },
    { names: ['--progress'], value: true },
    { names: ['--dry-run'], refuse: 'nothing would start' },
    { names: ['--file', '-f'], value: true, refuse: 'use the compose-files input' },
    { names: ['--project-name', '-p'], value: true, refuse: 'use the project-name input' },
    { names: ['--project-directory'], value: true, refuse: 'use the working-directory input' },
    { names: ['--profile'], value: true, refuse: 'use the profiles input' },
    { names: ['--env-file'], value: true, refuse: 'use the env-files input' },
];
/** A word of the input as a problem quotes it: on one line, and not endless. */
function show(word) {
    // eslint-disable-next-line no-control-regex -- line breaks and controls are what this removes
    const line = word.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
/** Splits and judges a flags input; the flags as they will be passed, or every problem found. */
function parseFlags(text, rules) {
    const problems = [];
    const words = [];
    let entries;
    try {
        entries = (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.parse)(text, (name) => ({ variable: name }));
    }
    catch (error) {
        // shell-quote refuses a `${` it cannot close ("Bad substitution").
        return { problems: [`cannot be split into words (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()}); quote it`] };
    }
    for (const entry of entries) {
        if (typeof entry === 'string')
            words.push(entry);
        else if ('variable' in entry)
            problems.push(`'$${show(entry.variable)}': variables are not expanded here; use \${{ env.${show(entry.variable)} }} in the workflow`);
        else if ('comment' in entry)
            break;
        else
            problems.push(`'${show('pattern' in entry ? entry.pattern : entry.op)}' is shell syntax; flags are split like a shell's words but never run by a shell (quote it)`);
    }
    const flags = [];
    for (let index = 0; index < words.length; index += 1) {
        const word = words[index];
        const parsed = splitFlag(word, rules);
        if ('problem' in parsed) {
            problems.push(parsed.problem);
            continue;
        }
        const { rule, name } = parsed;
        let value = parsed.value;
        if (rule.value && value === undefined) {
            // As Compose's own parser does: the next word is the value, whatever it starts with.
            value = words[index + 1];
            index += 1;
            if (value === undefined) {
                problems.push(`'${show(name)}' needs a value`);
                continue;
            }
        }
        if (rule.refuse) {
            problems.push(`'${show(name)}' is refused: ${rule.refuse}`);
            continue;
        }
        const wrong = value !== undefined ? rule.check?.(value) : undefined;
        if (wrong)
            problems.push(`'${show(name)}': ${wrong}`);
        else
            flags.push(value === undefined ? rule.names[0] : `${rule.names[0]}=${value}`);
    }
    return problems.length ? { problems } : { flags };
}
function splitFlag(word, rules) {
    const known = rules.map((rule) => rule.names.join('/')).join(', ');
    if (word === '--')
        return { problem: "'--' ends the flags; services go in the services input" };
    if (!word.startsWith('-') || word === '-')
        return { problem: `'${show(word)}' is not a flag; services go in the services input, and a flag's value after the flag` };
    if (word.startsWith('--')) {
        const equals = word.indexOf('=');
        const name = equals < 0 ? word : word.slice(0, equals);
        const rule = rules.find((candidate) => candidate.names.includes(name));
        if (!rule)
            return { problem: `'${show(name)}' is not a flag this version knows (known: ${known})` };
        if (equals >= 0 && !rule.value)
            return { problem: `'${show(name)}' takes no value` };
        return { rule, name, ...(equals >= 0 ? { value: word.slice(equals + 1) } : {}) };
    }
    const name = word.slice(0, 2);
    const rule = rules.find((candidate) => candidate.names.includes(name));
    if (!rule)
        return { problem: `'${show(name)}' is not a flag this version knows (known: ${known})` };
    if (word.length === 2)
        return { rule, name };
    if (!rule.value)
        return { problem: `'${show(word)}': write short flags one by one` };
    return { rule, name, value: word.slice(2).replace(/^=/, '') };
}
/** `--parallel=N` among the global flags: how many pulls or builds may run at once (undefined: all). */
function parallelLimit(composeFlags = []) {
    const value = composeFlags.findLast((flag) => flag.startsWith('--parallel='))?.slice('--parallel='.length);
    const limit = value === undefined ? NaN : Number(value);
    return Number.isInteger(limit) && limit > 0 ? limit : undefined;
}


/***/ }),

/***/ 36101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XJ: () => (/* binding */ healthcheckOverride),
/* harmony export */   sI: () => (/* binding */ supportsStartInterval),
/* harmony export */   ui: () => (/* binding */ parseHealthcheckDefaults)
/* harmony export */ });
/* unused harmony export START_INTERVAL_API */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);
/* harmony import */ var _override_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35318);


const FIELDS = {
    interval: 'intervalMs',
    timeout: 'timeoutMs',
    retries: 'retries',
    'start-period': 'startPeriodMs',
    'start-interval': 'startIntervalMs',
};
/** The first Engine API version that accepts healthcheck StartInterval (Docker Engine 25.0). */
const START_INTERVAL_API = '1.44';
/** Whether an engine of this API version ("1.41", "1.51") honours `start_interval`. */
function supportsStartInterval(apiVersion) {
    const [major = 0, minor = 0] = apiVersion.split('.').map(Number);
    const [wantMajor = 0, wantMinor = 0] = START_INTERVAL_API.split('.').map(Number);
    return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}
/**
 * "interval=10s,timeout=5s,retries=5,start-period=20s" (any subset). Empty means off. Every
 * problem names its field.
 */
function parseHealthcheckDefaults(text) {
    const entries = text
        .split(/[\n,]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
    if (entries.length === 0)
        return undefined;
    const defaults = {};
    const problems = [];
    for (const entry of entries) {
        const [rawField = '', value = ''] = entry.split('=', 2).map((part) => part.trim());
        const field = rawField.replace('_', '-');
        if (!(field in FIELDS) || !entry.includes('=')) {
            problems.push(`'${entry}': unknown field '${rawField}'; use ${Object.keys(FIELDS).join(', ')} as field=value`);
            continue;
        }
        if (field === 'retries') {
            const retries = /^\d+$/.test(value) ? Number(value) : NaN;
            if (!(retries >= 1 && retries <= 100))
                problems.push(`retries: '${value}' is not a whole number from 1 to 100`);
            else
                defaults.retries = retries;
            continue;
        }
        const ms = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value);
        if (typeof ms !== 'number')
            problems.push(`${field}: ${ms.error}`);
        else if (ms < 1000 && field !== 'start-period')
            problems.push(`${field}: '${value}' is shorter than Docker's minimum of 1s`);
        else
            defaults[FIELDS[field]] = ms;
    }
    return problems.length ? { problems } : defaults;
}
/** Docker's own defaults for what a health check leaves unset. */
const DOCKER_DEFAULTS = { intervalMs: 30_000, timeoutMs: 30_000, retries: 3, startPeriodMs: 0, startIntervalMs: 5000 };
function hasHealthcheck(service) {
    const check = service.healthcheck;
    if (!check || check.disable)
        return false;
    const test = Array.isArray(check.test) ? check.test : check.test ? [check.test] : [];
    return test.length > 0 && test[0] !== 'NONE';
}
function durationOf(text) {
    if (text === undefined)
        return undefined;
    const parsed = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text);
    return typeof parsed === 'number' ? parsed : undefined;
}
/** "10s", "1m 30s": how Compose accepts durations in a file (no spaces). */
function composeDuration(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
/**
 * The standard timing for each service whose check is more aggressive: checks more often,
 * times out sooner, gives up after fewer failures, or has a shorter (or no) start period.
 * Such a service also gets the standard `start_interval` when it sets none (or a shorter one)
 * and the engine supports it; `skipped` says why it was not written otherwise.
 */
function healthcheckOverride(model, defaults, base = (0,_override_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyOverride */ .w2)(), engine = { startInterval: false }) {
    let override = base;
    const changes = [];
    const skipped = [];
    for (const [name, service] of Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        if (!hasHealthcheck(service))
            continue;
        const check = service.healthcheck;
        const current = {
            intervalMs: durationOf(check.interval),
            timeoutMs: durationOf(check.timeout),
            retries: check.retries,
            startPeriodMs: durationOf(check.start_period),
            startIntervalMs: durationOf(check.start_interval),
        };
        const patch = {};
        for (const [field, key] of Object.entries(FIELDS)) {
            const standard = defaults[key];
            if (standard === undefined || key === 'startIntervalMs')
                continue;
            const effective = current[key] ?? DOCKER_DEFAULTS[key];
            if (effective >= standard)
                continue;
            const show = (value) => (value === undefined ? 'unset' : key === 'retries' ? String(value) : (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(value));
            changes.push({ service: name, field, before: show(current[key]), after: show(standard) });
            if (key === 'retries')
                patch.retries = standard;
            else if (key === 'intervalMs')
                patch.interval = composeDuration(standard);
            else if (key === 'timeoutMs')
                patch.timeout = composeDuration(standard);
            else
                patch.start_period = composeDuration(standard);
        }
        const startInterval = defaults.startIntervalMs;
        if (Object.keys(patch).length > 0 && startInterval !== undefined && (current.startIntervalMs === undefined || current.startIntervalMs < startInterval)) {
            if (engine.startInterval) {
                changes.push({ service: name, field: 'start-interval', before: current.startIntervalMs === undefined ? 'unset' : (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(current.startIntervalMs), after: (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(startInterval) });
                patch.start_interval = composeDuration(startInterval);
            }
            else {
                skipped.push(name);
            }
        }
        if (Object.keys(patch).length > 0)
            override = (0,_override_js__WEBPACK_IMPORTED_MODULE_1__/* .addToService */ .QN)(override, name, { healthcheck: patch });
    }
    return { override, changes, skipped };
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


/***/ }),

/***/ 56107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   _j: () => (/* binding */ resolveExisting),
/* harmony export */   c0: () => (/* binding */ isControl),
/* harmony export */   os: () => (/* binding */ shortText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The path with the symlinks of its longest existing prefix followed and the rest appended:
 * `/ws/link/new.sarif` with `/ws/link → /etc` is `/etc/new.sarif`. `realPath` answers the path
 * itself for a missing path (and for an existing one without links), so the walk goes up until
 * a prefix resolves elsewhere or the root is reached; a path without links comes back unchanged.
 */
function resolveExisting(absolutePath, realPath) {
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(absolutePath);
    const rest = [];
    for (let current = normalized;; current = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(current)) {
        const real = realPath(current);
        if (real !== current)
            return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(real, ...rest.reverse());
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(current);
        if (parent === current)
            return normalized;
        rest.push(node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(current));
    }
}
/** True when `candidate` is `root` or lies below it (both absolute, already resolved). */
function isWithin(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}
/** A value for an error message: short values whole, long ones cut with their length named. */
function shortText(value, max = 80) {
    const oneLine = Array.from(value, (char) => (isControl(char) ? '?' : char)).join('');
    return oneLine.length <= max ? `'${oneLine}'` : `'${oneLine.slice(0, max)}…' (${value.length} characters)`;
}
/** A C0 control character or DEL: never shown, never part of a name or a path. */
function isControl(char) {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
}


/***/ }),

/***/ 72613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   vb: () => (/* binding */ MIN_SECRET_LENGTH)
/* harmony export */ });
/* unused harmony exports looksLikeCommand, stopToken, stopCommandsBlock */
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


/***/ }),

/***/ 15725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ parseDefaultCpuLimit),
/* harmony export */   lA: () => (/* binding */ parsePolicyMode),
/* harmony export */   pV: () => (/* binding */ parseSarifFile),
/* harmony export */   tS: () => (/* binding */ parseDefaultMemoryLimit)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);

/** `policy`: error (fail the step on error findings, the default), warn, or off. */
function parsePolicyMode(raw) {
    const value = raw.trim().toLowerCase() || 'error';
    return value === 'error' || value === 'warn' || value === 'off'
        ? value
        : { error: `'${raw}' is not a policy mode; use error (fail on error findings), warn or off` };
}
/** Docker refuses memory limits below 6 MiB. */
const MIN_MEMORY_LIMIT = 6 * 1024 * 1024;
/** `default-memory-limit`: empty for none, else a size of at least 6 MiB. */
function parseDefaultMemoryLimit(raw) {
    if (raw.trim() === '')
        return undefined;
    const bytes = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .DB)(raw);
    if (typeof bytes !== 'number')
        return bytes;
    if (bytes < MIN_MEMORY_LIMIT)
        return { error: `'${raw}' is below Docker's minimum memory limit of 6 MiB; use e.g. 512m or 1g` };
    return bytes;
}
/** `default-cpu-limit`: empty for none, else a positive number of CPUs ("1", "0.5"). */
function parseDefaultCpuLimit(raw) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    const cpus = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(cpus > 0 && cpus <= 1024))
        return { error: `'${raw}' is not a CPU count; use a positive number like 1 or 0.5` };
    return cpus;
}
/** `sarif-file` / `--output`: empty for none, else a relative or absolute path to a file. */
function parseSarifFile(raw) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    if (text.endsWith('/') || text.includes('\n'))
        return { error: `'${raw}' is not a file path` };
    return text;
}


/***/ }),

/***/ 30205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ CommandError)
/* harmony export */ });
// The one way this product runs a process (docker compose, docker, the user's test command).
/** A command that failed, timed out or could not start; carries what is needed to explain it. */
class CommandError extends Error {
    argv;
    exitCode;
    stderrTail;
    reason;
    stdout;
    constructor(argv, exitCode, stderrTail, reason, stdout = '') {
        super(CommandError.describe(argv, exitCode, stderrTail, reason));
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
        this.reason = reason;
        this.stdout = stdout;
        this.name = 'CommandError';
    }
    static describe(argv, exitCode, stderrTail, reason) {
        const what = argv.join(' ');
        const head = reason === 'timeout'
            ? `'${what}' timed out and was killed`
            : reason === 'aborted'
                ? `'${what}' was interrupted`
                : reason === 'spawn'
                    ? `'${what}' could not be started`
                    : `'${what}' failed with exit code ${exitCode}`;
        const tail = stderrTail.trim();
        return tail ? `${head}:\n${tail}` : head;
    }
}


/***/ }),

/***/ 97616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   fg: () => (/* binding */ evaluateFailOn),
/* harmony export */   pu: () => (/* binding */ describeCondition)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52184);

const SIMPLE = ['oom', 'restart', 'unhealthy'];
/**
 * "oom, restart" / one per line / "memory-over:90%" / "none". Returns the conditions or the
 * problems, each quoting the bad entry and listing what is accepted.
 */
function parseFailOn(text) {
    const entries = text
        .split(/[\n,]/)
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '' && !entry.startsWith('#'));
    if (entries.length === 1 && entries[0] === 'none')
        return [];
    const conditions = [];
    const problems = [];
    for (const entry of entries) {
        if (SIMPLE.includes(entry)) {
            if (!conditions.some((condition) => condition.kind === entry))
                conditions.push({ kind: entry });
            continue;
        }
        const memory = /^memory-over:(.*)$/.exec(entry);
        if (memory) {
            const fraction = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePercent */ .lo)(memory[1]);
            if (typeof fraction === 'number')
                conditions.push({ kind: 'memory-over', fraction });
            else
                problems.push(`'${entry}': ${fraction.error} (like memory-over:90%)`);
            continue;
        }
        problems.push(`'${entry}' is not a condition; use oom, restart, unhealthy, memory-over:NN% or none`);
    }
    return problems.length > 0 ? { problems } : conditions;
}
function describeCondition(condition) {
    return condition.kind === 'memory-over' ? `memory-over:${Math.round(condition.fraction * 1000) / 10}%` : condition.kind;
}
/** One line per condition met, naming the services: "oom: db killed 1 time". Empty when none. */
function evaluateFailOn(conditions, services) {
    const reasons = [];
    for (const condition of conditions) {
        const hits = services.flatMap((service) => {
            switch (condition.kind) {
                case 'oom':
                    return service.oomKills > 0 ? [`${service.service} OOM-killed ${times(service.oomKills)}`] : [];
                case 'restart':
                    return service.restarts > 0 ? [`${service.service} restarted ${times(service.restarts)}`] : [];
                case 'unhealthy':
                    return service.unhealthy > 0 ? [`${service.service} turned unhealthy ${times(service.unhealthy)}`] : [];
                case 'memory-over': {
                    const { peakMemoryBytes: peak, memoryLimitBytes: limit } = service;
                    if (!peak || !limit || peak <= limit * condition.fraction)
                        return [];
                    return [`${service.service} peaked at ${((peak / limit) * 100).toFixed(0)}% of its memory limit`];
                }
            }
        });
        if (hits.length > 0)
            reasons.push(`${describeCondition(condition)}: ${hits.join(', ')}`);
    }
    return reasons;
}
function times(count) {
    return count === 1 ? 'once' : `${count} times`;
}


/***/ }),

/***/ 13136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PW: () => (/* binding */ flagLikeProblem),
/* harmony export */   rb: () => (/* binding */ readablePathProblem),
/* harmony export */   wN: () => (/* binding */ inputBoundProblem),
/* harmony export */   x2: () => (/* binding */ writablePathProblem),
/* harmony export */   z9: () => (/* binding */ pathProblem)
/* harmony export */ });
/* unused harmony exports MAX_LIST_LENGTH, MAX_PATH_LENGTH, MAX_SEGMENT_LENGTH, MAX_SCALAR_LENGTH, maxInputLength */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56107);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38445);



// Bounds every input must keep before any parser, file system call or argv sees it. A 10 KB
// value reached stat() and came back as a raw ENAMETOOLONG that echoed all of it; a profile `-1`
// reached `docker compose` as a flag. Errors here name the input and the bound, and quote at
// most the start of the value.
/** Inputs that take a list (one per line or comma-separated): many files or rules fit. */
const LIST_INPUTS = new Set([_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.composeFiles, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.envFiles, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.profiles, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.lockGroup, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.failOn, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.policyAllow].map((input) => input.name));
/** Inputs that name one path. */
const PATH_INPUTS = new Set([_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.workingDirectory, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.policyConfig, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUTS */ .mc.sarifFile].map((input) => input.name));
const MAX_LIST_LENGTH = 8192;
/** Linux's PATH_MAX, less the terminating byte. */
const MAX_PATH_LENGTH = 4095;
/** Linux's NAME_MAX: one segment of a path. */
const MAX_SEGMENT_LENGTH = 255;
const MAX_SCALAR_LENGTH = 256;
/** The longest value an input takes. */
function maxInputLength(name) {
    return LIST_INPUTS.has(name) ? MAX_LIST_LENGTH : PATH_INPUTS.has(name) ? MAX_PATH_LENGTH : MAX_SCALAR_LENGTH;
}
/** What is wrong with an input's raw value before parsing, or undefined. */
function inputBoundProblem(name, value) {
    const max = maxInputLength(name);
    if (value.length > max)
        return `${name}: the value is ${value.length} characters long; at most ${max} are accepted`;
    // A NUL makes node's file functions throw with the whole value; other control characters
    // have no place in a name or a path (newlines separate list items, tabs are blanks).
    const index = Array.from(value).findIndex((char) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isControl */ .c0)(char) && char !== '\n' && char !== '\r' && char !== '\t');
    if (index >= 0)
        return `${name}: the value contains a control character (code ${Array.from(value)[index].charCodeAt(0)}) at position ${index + 1}`;
    return undefined;
}
/** A path the file system can be asked about: bounded length and segments. */
function pathProblem(field, value) {
    if (value.length > MAX_PATH_LENGTH)
        return `${field}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(value, 40)} is longer than ${MAX_PATH_LENGTH} characters`;
    const segment = value.split(/[\\/]/).find((part) => part.length > MAX_SEGMENT_LENGTH);
    if (segment)
        return `${field}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(value, 40)} has a name longer than ${MAX_SEGMENT_LENGTH} characters`;
    return undefined;
}
/** A value that would reach an argv, refused when Compose could take it for a flag. */
function flagLikeProblem(field, value, what, instead) {
    return value.startsWith('-') ? `${field}: ${what} ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(value, 40)} starts with '-', which Compose would read as a flag; ${instead}` : undefined;
}
/**
 * A file the action writes (the SARIF report): inside the workspace or RUNNER_TEMP once the
 * symlinks of its existing part are followed, so neither the file nor a folder made for it lands
 * anywhere else.
 */
function writablePathProblem(field, value, roots, probe) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(roots[0], value);
    const real = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveExisting */ ._j)(absolute, probe.realPath);
    const realRoots = roots.map((root) => probe.realPath(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root)));
    if (realRoots.some((root) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(root, real)))
        return undefined;
    return `${field}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(value, 80)} leads to ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(real, 120)}, outside the workspace${roots.length > 1 ? ' and RUNNER_TEMP' : ''}; write it inside ${realRoots.join(' or ')}`;
}
/** A file the action reads (the policy file): inside the workspace, symlinks followed. */
function readablePathProblem(field, value, workspace, probe) {
    const real = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveExisting */ ._j)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, value), probe.realPath);
    const root = probe.realPath(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace));
    return (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(root, real) ? undefined : `${field}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(value, 80)} leads to ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(real, 120)}, outside the workspace ${root}; it is not read`;
}


/***/ }),

/***/ 65649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ SettingsError),
  P: () => (/* binding */ parseSettings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/baseline/inputs.ts
// The inputs of history across runs, parsed once with precise errors (pure).
const DEFAULT_REGRESSION = '25%';
const METRICS = ['memory', 'startup', 'cpu'];
/** A `true|false` input as GitHub's core.getBooleanInput reads it (YAML 1.2 core schema words). */
function parseSwitch(input, text, fallback) {
    const trimmed = text.trim();
    if (trimmed === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(trimmed))
        return true;
    if (['false', 'False', 'FALSE'].includes(trimmed))
        return false;
    return { error: `${input}: '${text}' is not a boolean; use true or false` };
}
/**
 * `baseline-regression`: `25%` (memory and start-up), or per metric `memory=25%, startup=40%,
 * cpu=50%` (comma or newline separated; a metric not named keeps its default; `off` turns one
 * off). Growth can exceed 100 %, so this is not parsePercent (a share in (0, 1]).
 */
function parseRegressionThresholds(text, input = 'baseline-regression') {
    const items = (text.trim() === '' ? DEFAULT_REGRESSION : text).split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
    const thresholds = { memory: 0.25, startup: 0.25 };
    const problems = [];
    const seen = new Set();
    for (const item of items) {
        const named = /^([a-z-]+)\s*=\s*(.*)$/i.exec(item);
        const metric = named ? named[1].toLowerCase() : 'memory,startup';
        const value = named ? named[2].trim() : item;
        if (named && !METRICS.includes(metric)) {
            problems.push(`${input}: unknown metric '${named[1]}' in '${item}'; use memory, startup or cpu`);
            continue;
        }
        if (seen.has(metric) || (metric === 'memory,startup' && (seen.has('memory') || seen.has('startup')))) {
            problems.push(`${input}: '${item}' sets ${metric === 'memory,startup' ? 'memory and startup' : metric} a second time`);
            continue;
        }
        const fraction = parseGrowth(value);
        if (typeof fraction === 'object') {
            problems.push(`${input}: ${fraction.error} (in '${item}')`);
            continue;
        }
        for (const key of metric.split(',')) {
            seen.add(key);
            thresholds[key] = fraction;
        }
        if (metric === 'memory,startup')
            seen.add(metric);
    }
    return problems.length ? { problems } : thresholds;
}
function parseGrowth(text) {
    if (/^off$/i.test(text))
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    const value = match ? Number(match[1]) : NaN;
    if (!match || !(value > 0 && value <= 1000))
        return { error: `'${text}' is not a growth between 0% and 1000% (or off)` };
    return value / 100;
}

// EXTERNAL MODULE: ./src/compose/healthcheck-defaults.ts
var healthcheck_defaults = __webpack_require__(36101);
// EXTERNAL MODULE: ./src/compose/flags.ts
var compose_flags = __webpack_require__(69167);
// EXTERNAL MODULE: ./src/core/lists.ts
var lists = __webpack_require__(10402);
// EXTERNAL MODULE: ./src/stack/images.ts
var stack_images = __webpack_require__(91332);
// EXTERNAL MODULE: ./src/settings/keys.ts
var keys = __webpack_require__(38445);
;// CONCATENATED MODULE: ./src/settings/compose.ts




/**
 * Compose's own rule for service names, with a letter or digit first: a name is never read as
 * a flag (argv puts services after `--` as well).
 */
const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
function parseComposeInputs(raw) {
    const problems = [];
    const services = [...new Set((0,lists/* splitList */.r)(raw.services))];
    for (const service of services) {
        if (!SERVICE_NAME.test(service))
            problems.push(`${keys/* INPUTS */.mc.services.name}: '${service}' is not a service name; use letters, digits, '.', '_' and '-', starting with a letter or digit`);
    }
    const flags = (name, text, rules) => {
        const parsed = (0,compose_flags/* parseFlags */.bQ)(text, rules);
        if ('problems' in parsed)
            problems.push(...parsed.problems.map((problem) => `${name}: ${problem}`));
        return 'flags' in parsed ? parsed.flags : [];
    };
    const upFlags = flags(keys/* INPUTS */.mc.upFlags.name, raw.upFlags, compose_flags/* UP_FLAG_RULES */.FH);
    const composeFlags = flags(keys/* INPUTS */.mc.composeFlags.name, raw.composeFlags, compose_flags/* GLOBAL_FLAG_RULES */.FY);
    const policy = (name, value) => {
        if (stack_images/* IMAGE_POLICIES */.pu.includes(value))
            return value;
        problems.push(`${name}: '${value}' is not a policy; use ${stack_images/* IMAGE_POLICIES */.pu.join(', ')}`);
        return 'missing';
    };
    const build = policy(keys/* INPUTS */.mc.build.name, raw.build);
    const pull = policy(keys/* INPUTS */.mc.pull.name, raw.pull);
    if (problems.length)
        return { problems };
    return { compose: { upFlags, build, pull }, services, composeFlags };
}

// EXTERNAL MODULE: ./src/settings/lease.ts
var settings_lease = __webpack_require__(3391);
// EXTERNAL MODULE: ./src/policy/inputs.ts
var inputs = __webpack_require__(15725);
// EXTERNAL MODULE: ./src/report/fail-on.ts
var fail_on = __webpack_require__(97616);
// EXTERNAL MODULE: ./src/settings/stack-target.ts
var stack_target = __webpack_require__(72355);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/policy/catalog.ts
var catalog = __webpack_require__(96333);
// EXTERNAL MODULE: ./src/settings/bounds.ts
var settings_bounds = __webpack_require__(13136);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/stack/wait-for.ts
var wait_for = __webpack_require__(64605);
;// CONCATENATED MODULE: ./src/settings/settings.ts

















const UPLOAD_LOGS_MODES = ['on-failure', 'always', 'never'];
/** Bounds of logs-max-size per service: a useful tail at least, and not a runner's disk. */
const LOGS_MAX_SIZE_RANGE = { min: 64 * 1024, max: 1024 ** 3 };
const CLEANUP_MODES = ['always', 'on-success', 'never'];
/** Bad inputs, all of them at once, each line naming its input. */
class SettingsError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid inputs:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
        this.problems = problems;
        this.name = 'SettingsError';
    }
}
/** Sampling faster than this costs the runner more than it tells; slower misses short spikes. */
const SAMPLE_INTERVAL_RANGE = { min: 500, max: 60_000 };
const STOP_TIMEOUT_MAX_SECONDS = 600;
/** Reads and validates every input; throws SettingsError listing every problem found. */
function parseSettings(sources) {
    // Bounds first: nothing else may see (or echo) a value past them.
    const bounds = Object.values(keys/* INPUTS */.mc).flatMap((input) => (0,settings_bounds/* inputBoundProblem */.wN)(input.name, sources.input(input.name)) ?? []);
    if (bounds.length > 0)
        throw new SettingsError(bounds);
    const problems = [];
    const raw = (key) => {
        const value = sources.input(keys/* INPUTS */.mc[key].name).trim();
        return value === '' ? keys/* INPUTS */.mc[key].default : value;
    };
    const named = (key, result) => {
        problems.push(result.error.startsWith(`${keys/* INPUTS */.mc[key].name}:`) ? result.error : `${keys/* INPUTS */.mc[key].name}: ${result.error}`);
    };
    /** A parser's value, or its error recorded (under the input's name) and a fallback. */
    const value = (key, parsed, fallback) => {
        if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
            named(key, parsed);
            return fallback;
        }
        return parsed;
    };
    const duration = (key, min, max) => {
        const parsed = value(key, (0,units/* parseDuration */.E9)(raw(key)), min);
        if (parsed < min || parsed > max)
            problems.push(`${keys/* INPUTS */.mc[key].name}: '${raw(key)}' is out of range; use between ${min / 1000}s and ${max / 1000}s`);
        return parsed;
    };
    const list = (key, parsed, fallback) => {
        if (typeof parsed === 'object' && parsed !== null && 'problems' in parsed) {
            problems.push(...parsed.problems.map((problem) => `${keys/* INPUTS */.mc[key].name}: ${problem}`));
            return fallback;
        }
        return parsed;
    };
    const flag = (key) => value(key, parseSwitch(keys/* INPUTS */.mc[key].name, raw(key), keys/* INPUTS */.mc[key].default === 'true'), false);
    const waitTimeoutMs = duration('waitTimeout', 1000, 6 * 3_600_000);
    const minFreeDiskBytes = value('minFreeDisk', (0,units/* parseSize */.DB)(raw('minFreeDisk')), 0);
    const sampleIntervalMs = duration('sampleInterval', SAMPLE_INTERVAL_RANGE.min, SAMPLE_INTERVAL_RANGE.max);
    const failOn = list('failOn', (0,fail_on/* parseFailOn */.XV)(raw('failOn')), []);
    // Relative to the current directory when nothing names the workspace (path.resolve decides).
    const workspace = sources.workspace ?? (sources.env.GITHUB_WORKSPACE || '.');
    const configFile = raw('policyConfig') || undefined;
    if (configFile) {
        const problem = (0,settings_bounds/* pathProblem */.z9)(keys/* INPUTS */.mc.policyConfig.name, configFile) ?? (sources.confine === false ? undefined : (0,settings_bounds/* readablePathProblem */.rb)(keys/* INPUTS */.mc.policyConfig.name, configFile, workspace, sources.files));
        if (problem)
            problems.push(problem);
    }
    const sarifFile = value('sarifFile', (0,inputs/* parseSarifFile */.pV)(raw('sarifFile')), undefined);
    if (sarifFile) {
        const roots = [workspace, ...(sources.env.RUNNER_TEMP ? [sources.env.RUNNER_TEMP] : [])];
        const problem = (0,settings_bounds/* pathProblem */.z9)(keys/* INPUTS */.mc.sarifFile.name, sarifFile) ?? (0,settings_bounds/* writablePathProblem */.x2)(keys/* INPUTS */.mc.sarifFile.name, sarifFile, roots, sources.files);
        if (problem)
            problems.push(problem);
    }
    const allow = (0,lists/* splitList */.r)(raw('policyAllow'));
    for (const rule of allow.filter((entry) => !(0,catalog/* isRuleId */.KX)(entry))) {
        problems.push(`${keys/* INPUTS */.mc.policyAllow.name}: ${(0,paths/* shortText */.os)(rule, 40)} is not a rule id (known: ${catalog/* RULE_IDS */.Iu.join(', ')})`);
    }
    const policy = {
        mode: value('policy', (0,inputs/* parsePolicyMode */.lA)(raw('policy')), 'error'),
        configFile,
        sarifFile,
        defaults: {
            memoryBytes: value('defaultMemoryLimit', (0,inputs/* parseDefaultMemoryLimit */.tS)(raw('defaultMemoryLimit')), undefined),
            cpus: value('defaultCpuLimit', (0,inputs/* parseDefaultCpuLimit */.I3)(raw('defaultCpuLimit')), undefined),
        },
        healthcheckDefaults: list('healthcheckDefaults', (0,healthcheck_defaults/* parseHealthcheckDefaults */.ui)(raw('healthcheckDefaults')), undefined),
        checkWorkflows: flag('checkWorkflows'),
        baselineFile: undefined,
        allow: [...new Set(allow.filter(catalog/* isRuleId */.KX))],
    };
    const lease = (0,settings_lease/* parseLeaseSettings */.v)({
        lockGroup: raw('lockGroup'),
        memoryBudget: raw('memoryBudget'),
        lockTimeout: raw('lockTimeout'),
        leaseTtl: raw('leaseTtl'),
        leaseNamespace: raw('leaseNamespace'),
    });
    if ('problems' in lease)
        problems.push(...lease.problems);
    const cleanupMode = raw('cleanup');
    if (!CLEANUP_MODES.includes(cleanupMode))
        problems.push(`${keys/* INPUTS */.mc.cleanup.name}: '${raw('cleanup')}' is not a cleanup mode; use ${CLEANUP_MODES.join(', ')}`);
    const stopTimeoutMs = value('stopTimeout', (0,units/* parseDuration */.E9)(raw('stopTimeout')), 0);
    if (stopTimeoutMs > STOP_TIMEOUT_MAX_SECONDS * 1000)
        problems.push(`${keys/* INPUTS */.mc.stopTimeout.name}: '${raw('stopTimeout')}' is longer than ${STOP_TIMEOUT_MAX_SECONDS}s`);
    const removeBuiltImages = flag('removeBuiltImages');
    const baseline = flag('baseline');
    const imageCache = flag('imageCache');
    // Its problems already name the input.
    const regression = parseRegressionThresholds(raw('baselineRegression'), keys/* INPUTS */.mc.baselineRegression.name);
    if ('problems' in regression)
        problems.push(...regression.problems);
    const thresholds = 'problems' in regression ? {} : regression;
    policy.baselineFile = acceptedFindingsFile(raw('policyBaseline'), workspace, sources, problems);
    const composeInputs = parseComposeInputs({ services: raw('services'), upFlags: raw('upFlags'), composeFlags: raw('composeFlags'), build: raw('build'), pull: raw('pull') });
    if ('problems' in composeInputs)
        problems.push(...composeInputs.problems);
    const waitFor = list('waitFor', (0,wait_for/* parseWaitFor */.AD)(raw('waitFor')), []);
    const exportEnv = flag('exportEnv');
    const uploadLogs = raw('uploadLogs');
    if (!UPLOAD_LOGS_MODES.includes(uploadLogs))
        problems.push(`${keys/* INPUTS */.mc.uploadLogs.name}: '${raw('uploadLogs')}' is not one of ${UPLOAD_LOGS_MODES.join(', ')}`);
    const logsMaxBytes = value('logsMaxSize', (0,units/* parseSize */.DB)(raw('logsMaxSize')), LOGS_MAX_SIZE_RANGE.min);
    if (logsMaxBytes < LOGS_MAX_SIZE_RANGE.min || logsMaxBytes > LOGS_MAX_SIZE_RANGE.max)
        problems.push(`${keys/* INPUTS */.mc.logsMaxSize.name}: '${raw('logsMaxSize')}' is out of range; use between 64k and 1g`);
    const resolved = (0,stack_target/* resolveStackTarget */.EN)({
        workspace,
        confine: sources.confine,
        workingDirectory: raw('workingDirectory'),
        files: (0,lists/* splitList */.r)(raw('composeFiles')),
        projectName: raw('projectName') || (sources.defaultProjectName?.() ?? (0,stack_target/* defaultProjectName */.Y7)(sources.env, sources.randomHex())),
        profiles: (0,lists/* splitList */.r)(raw('profiles')),
        envFiles: (0,lists/* splitList */.r)(raw('envFiles')),
        ...('services' in composeInputs ? { services: composeInputs.services, composeFlags: composeInputs.composeFlags } : {}),
    }, sources.files, {
        files: keys/* INPUTS */.mc.composeFiles.name,
        workingDirectory: keys/* INPUTS */.mc.workingDirectory.name,
        projectName: keys/* INPUTS */.mc.projectName.name,
        envFiles: keys/* INPUTS */.mc.envFiles.name,
        profiles: keys/* INPUTS */.mc.profiles.name,
    });
    if ('problems' in resolved)
        problems.push(...resolved.problems);
    if (problems.length > 0 || !('target' in resolved) || !('settings' in lease) || !('compose' in composeInputs))
        throw new SettingsError(problems);
    return {
        stack: resolved.target,
        confined: sources.confine !== false,
        waitTimeoutMs,
        compose: composeInputs.compose,
        policy,
        minFreeDiskBytes,
        sampleIntervalMs,
        failOn,
        lease: lease.settings,
        cleanup: { mode: cleanupMode, stopTimeoutSeconds: Math.ceil(stopTimeoutMs / 1000), removeBuiltImages },
        history: { baseline, thresholds, imageCache },
        readiness: { waitFor, exportEnv },
        logs: { upload: uploadLogs, maxBytesPerService: logsMaxBytes },
    };
}
/** `policy-baseline`: empty for none, else a file that exists (inside the workspace for the action). */
function acceptedFindingsFile(raw, workspace, sources, problems) {
    if (raw === '')
        return undefined;
    const name = keys/* INPUTS */.mc.policyBaseline.name;
    const root = sources.files.realPath(external_node_path_default().resolve(workspace));
    const absolute = external_node_path_default().resolve(root, raw);
    const relative = external_node_path_default().relative(root, sources.files.realPath(absolute));
    if (sources.confine !== false && (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))) {
        problems.push(`${name}: '${raw}' is outside the workspace ${root}`);
    }
    else if (!sources.files.isFile(absolute)) {
        problems.push(`${name}: '${raw}' does not exist (looked at ${absolute}); write it with docker-stability check --write-baseline ${raw}`);
    }
    else {
        return absolute;
    }
    return undefined;
}


/***/ }),

/***/ 72355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ resolveStackTarget),
/* harmony export */   Y7: () => (/* binding */ defaultProjectName),
/* harmony export */   zB: () => (/* binding */ DEFAULT_COMPOSE_FILES)
/* harmony export */ });
/* unused harmony export projectSlug */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56107);
/* harmony import */ var _bounds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13136);



/** Names Compose looks for when no `-f` is given, in its order of preference. */
const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/** Compose's own rule for project names (compose-go `NormalizeProjectName` / loader). */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** Profile names as the Compose specification allows them; `*` enables every profile. */
const PROFILE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** Validates paths and names; returns the target or the list of problems, each naming its field. */
function resolveStackTarget(input, probe, fieldNames) {
    const problems = [];
    // Lengths before any file system call: stat() of an over-long path throws ENAMETOOLONG.
    for (const [field, values] of [[fieldNames.workingDirectory, [input.workingDirectory]], [fieldNames.files, input.files], [fieldNames.envFiles, input.envFiles]]) {
        for (const value of values) {
            const problem = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .pathProblem */ .z9)(field, value);
            if (problem)
                problems.push(problem);
        }
    }
    for (const file of input.files) {
        const problem = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .flagLikeProblem */ .PW)(fieldNames.files, file, 'compose file', `write ./${file.slice(0, 40)}`);
        if (problem)
            problems.push(problem);
    }
    for (const file of input.envFiles) {
        const problem = (0,_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .flagLikeProblem */ .PW)(fieldNames.envFiles, file, 'env file', `write ./${file.slice(0, 40)}`);
        if (problem)
            problems.push(problem);
    }
    for (const profile of input.profiles.filter((name) => name !== '*' && !PROFILE_NAME.test(name))) {
        problems.push(`${fieldNames.profiles ?? 'profiles'}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(profile, 40)} is not a profile name; use letters, digits, '.', '_' and '-', starting with a letter or digit`);
    }
    if (problems.length > 0)
        return { problems };
    const workspace = probe.realPath(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(input.workspace));
    const workingDirectory = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, input.workingDirectory || '.');
    const inside = (absolute) => {
        if (input.confine === false)
            return true;
        const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, probe.realPath(absolute));
        return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
    };
    if (!inside(workingDirectory)) {
        problems.push(`${fieldNames.workingDirectory}: '${input.workingDirectory}' is outside the workspace ${workspace}`);
    }
    else if (!probe.isDirectory(workingDirectory)) {
        problems.push(`${fieldNames.workingDirectory}: '${input.workingDirectory}' is not a directory (looked at ${workingDirectory})`);
    }
    if (problems.length > 0)
        return { problems };
    let files = input.files;
    if (files.length === 0) {
        const found = DEFAULT_COMPOSE_FILES.find((name) => probe.isFile(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workingDirectory, name)));
        if (!found) {
            problems.push(`${fieldNames.files}: no compose file given and none found in ${workingDirectory} (looked for ${DEFAULT_COMPOSE_FILES.join(', ')})`);
        }
        // As Compose does without -f: the file, then its override file when there is one.
        const override = found?.replace(/\.(ya?ml)$/, '.override.$1');
        files = found ? [found, ...(override && probe.isFile(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workingDirectory, override)) ? [override] : [])] : [];
    }
    const checkFiles = (list, field, what) => {
        for (const file of list) {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workingDirectory, file);
            if (!inside(absolute))
                problems.push(`${field}: '${file}' is outside the workspace ${workspace}`);
            else if (!probe.isFile(absolute))
                problems.push(`${field}: ${what} '${file}' does not exist (looked at ${absolute})`);
        }
    };
    checkFiles(files, fieldNames.files, 'compose file');
    checkFiles(input.envFiles, fieldNames.envFiles, 'env file');
    if (!PROJECT_NAME.test(input.projectName)) {
        problems.push(`${fieldNames.projectName}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .shortText */ .os)(input.projectName, 80)} is not a valid Compose project name; use lowercase letters, digits, '-' and '_', starting with a letter or digit`);
    }
    if (problems.length > 0)
        return { problems };
    return {
        target: {
            workingDirectory,
            files,
            projectName: input.projectName,
            profiles: input.profiles,
            envFiles: input.envFiles,
            ...(input.services?.length ? { services: input.services } : {}),
            ...(input.composeFlags?.length ? { composeFlags: input.composeFlags } : {}),
        },
    };
}
/** Lower-case slug usable inside a project name ("Build & Test" → "build-test"). */
function projectSlug(text, maxLength = 24) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, maxLength)
        .replace(/-+$/, '');
}
/**
 * A project name unique per job and attempt: run id, attempt and job id from the runner, plus a
 * random suffix because matrix legs of one job share all three and may share a daemon.
 */
function defaultProjectName(env, randomHex) {
    const parts = ['dsa', env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, projectSlug(env.GITHUB_JOB ?? '')]
        .filter((part) => Boolean(part));
    return [...parts, randomHex].join('-');
}


/***/ }),

/***/ 91332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ planPulls),
/* harmony export */   Dr: () => (/* binding */ serviceImage),
/* harmony export */   pu: () => (/* binding */ IMAGE_POLICIES),
/* harmony export */   zu: () => (/* binding */ planBuilds)
/* harmony export */ });
/* unused harmony export imagesToLookUp */
/* harmony import */ var _compose_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44781);

const IMAGE_POLICIES = ['missing', 'always', 'never'];
/** The image a service runs: its `image`, or the name Compose gives what it builds (`<project>-<service>`). */
function serviceImage(model, name) {
    const image = model.services[name]?.image;
    return typeof image === 'string' && image !== '' ? image : `${model.name}-${name}`;
}
/** The images of the services that pull (no `build:`), grouped by reference. */
function planPulls(model, policy, present) {
    return group(Object.entries(model.services)
        .filter(([, service]) => !(0,_compose_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isBuilt */ .T)(service) && typeof service.image === 'string' && service.image !== '')
        .map(([name, service]) => decide(name, service.image, effectivePull(policy, service.pull_policy), present.has(service.image), 'pull')));
}
/** The services that build, one entry each (each build is its own `docker compose build`). */
function planBuilds(model, policy, present) {
    return Object.entries(model.services)
        .filter(([, service]) => (0,_compose_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isBuilt */ .T)(service))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, service]) => {
        const image = serviceImage(model, name);
        // `pull_policy: build` is Compose's "always build this one".
        const wanted = policy === 'missing' && service.pull_policy === 'build' ? { mode: 'always', why: 'pull_policy: build' } : { mode: policy, why: `build: ${policy}` };
        return decide(name, image, wanted, present.has(image), 'build');
    });
}
/** Every image the plans need to know about, to ask the daemon which are here. */
function imagesToLookUp(model) {
    return [...new Set(Object.keys(model.services).map((name) => serviceImage(model, name)))].sort();
}
/** The input's `always`/`never` win; with `missing`, the service's own pull_policy decides. */
function effectivePull(policy, pullPolicy) {
    if (policy !== 'missing')
        return { mode: policy, why: `pull: ${policy}` };
    if (pullPolicy === 'always' || pullPolicy === 'never')
        return { mode: pullPolicy, why: `pull_policy: ${pullPolicy}` };
    // missing, if_not_present, and the refresh policies (daily, weekly, every_…): this run has no
    // record of when an image was last pulled, so a present image counts as fresh.
    return { mode: 'missing', why: pullPolicy && pullPolicy !== 'missing' ? `pull_policy: ${pullPolicy}, taken as missing` : 'pull: missing' };
}
function decide(service, image, wanted, here, verb) {
    const base = { image, services: [service] };
    if (wanted.mode === 'always')
        return { ...base, action: 'fetch', why: wanted.why };
    if (here)
        return { ...base, action: 'present', why: 'on the daemon' };
    if (wanted.mode === 'never')
        return { ...base, action: 'absent', why: `not on the daemon, and ${wanted.why} forbids to ${verb} it` };
    return { ...base, action: 'fetch', why: 'not on the daemon' };
}
const ACTION_RANK = { fetch: 0, absent: 1, present: 2 };
/** One entry per image: fetched when any of its services wants it fetched. */
function group(entries) {
    const byImage = new Map();
    for (const entry of entries) {
        const seen = byImage.get(entry.image);
        if (!seen)
            byImage.set(entry.image, entry);
        else {
            const first = ACTION_RANK[entry.action] < ACTION_RANK[seen.action] ? entry : seen;
            byImage.set(entry.image, { ...first, services: [...seen.services, ...entry.services].sort() });
        }
    }
    return [...byImage.values()].sort((a, b) => a.image.localeCompare(b.image));
}


/***/ }),

/***/ 64605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ parseWaitFor),
/* harmony export */   RK: () => (/* binding */ LOG_MATCH_CHARS),
/* harmony export */   WH: () => (/* binding */ describeProbe),
/* harmony export */   rl: () => (/* binding */ unknownServices)
/* harmony export */ });
/* unused harmony export splitWaitFor */
// The `wait-for` input: what "ready" means for a service beyond Compose's own wait (running, and
// healthy when it has a health check). Most official images ship no HEALTHCHECK, so `up --wait`
// returns while the database still boots; a probe from the runner closes that race.
//
// The grammar (one probe per line; commas separate probes too, except that a log probe's pattern
// runs to the end of its line, so it may hold commas):
//
//   probe   = service ":" ( tcp | http | log )
//   service = a Compose service name: [a-zA-Z0-9][a-zA-Z0-9_.-]*
//   tcp     = port [ "/tcp" ]             db:5432        a TCP connection to the host port published
//                                                        for the container's port 5432
//   http    = [ port ":" ] "http:" path   api:http:/healthz, api:8080:http:/healthz
//                                         a GET answered 2xx, on the published port of the given
//                                         container port (default: the service's lowest published
//                                         TCP port); path starts with "/", no spaces, query allowed
//   log     = "log:/" pattern "/"         worker:log:/ready to accept/
//                                         a line of the container's log (stdout or stderr) matching
//                                         the RE2 pattern (linear time: no back-references or
//                                         look-around; "(?i)" for any case); lines are matched on
//                                         their first LOG_MATCH_CHARS characters
//   port    = 1..65535, the port inside the container (the target of the file's `ports:`)
//
// Every replica of the service must pass. Ports are read from the daemon after `up`, never from
// the YAML: an ephemeral host port ("5432" without a host side) is found all the same.
/** Only the start of a long line is matched: bounds the work per line whatever the pattern. */
const LOG_MATCH_CHARS = 4096;
const MAX_PATTERN_CHARS = 1000;
const MAX_PATH_CHARS = 2048;
const MAX_PROBES = 100;
const SERVICE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const PORT = /^[1-9][0-9]{0,4}$/;
/** Splits the input into probe texts: lines, then commas, except within a log probe's pattern. */
function splitWaitFor(raw) {
    const entries = [];
    for (const line of raw.split(/\r?\n/)) {
        let rest = line;
        while (rest.trim() !== '') {
            const comma = rest.indexOf(',');
            const log = rest.search(/:log:\//);
            if (log >= 0 && (comma < 0 || log < comma)) {
                entries.push(rest.trim());
                break;
            }
            entries.push((comma < 0 ? rest : rest.slice(0, comma)).trim());
            rest = comma < 0 ? '' : rest.slice(comma + 1);
        }
    }
    return entries.filter((entry) => entry !== '');
}
/** Parses the `wait-for` input; the problems name each bad probe and say what would do. */
function parseWaitFor(raw) {
    const probes = [];
    const problems = [];
    const texts = splitWaitFor(raw);
    if (texts.length > MAX_PROBES)
        return { problems: [`${texts.length} probes; at most ${MAX_PROBES}`] };
    for (const text of texts) {
        const parsed = parseProbe(text);
        if ('problem' in parsed)
            problems.push(`'${text}': ${parsed.problem}`);
        else
            probes.push(parsed);
    }
    return problems.length ? { problems } : probes;
}
function parseProbe(text) {
    const colon = text.indexOf(':');
    if (colon < 0)
        return { problem: 'expected service:port, service:http:/path or service:log:/pattern/' };
    const service = text.slice(0, colon);
    const rest = text.slice(colon + 1);
    if (!SERVICE.test(service))
        return { problem: `'${service}' is not a Compose service name` };
    if (rest.startsWith('log:')) {
        const body = rest.slice('log:'.length);
        if (!body.startsWith('/') || !body.endsWith('/') || body.length < 3)
            return { problem: 'a log probe is log:/pattern/ (the pattern between slashes, not empty)' };
        const pattern = body.slice(1, -1);
        if (pattern.length > MAX_PATTERN_CHARS)
            return { problem: `the pattern is longer than ${MAX_PATTERN_CHARS} characters` };
        return { service, kind: 'log', pattern, text };
    }
    const http = /^(?:([^:]+):)?http:(.*)$/.exec(rest);
    if (http) {
        const port = http[1] === undefined ? undefined : parsePort(http[1]);
        if (typeof port === 'object')
            return port;
        const path = http[2];
        if (!path.startsWith('/'))
            return { problem: 'an HTTP probe is [port:]http:/path (the path starts with /)' };
        if (/\s/.test(path) || path.length > MAX_PATH_CHARS)
            return { problem: `the path may hold no spaces and at most ${MAX_PATH_CHARS} characters` };
        return { service, kind: 'http', ...(port !== undefined ? { port } : {}), path, text };
    }
    const port = parsePort(rest.replace(/\/tcp$/, ''));
    if (typeof port === 'object') {
        return /^\d+\/udp$/.test(rest) ? { problem: 'UDP ports cannot be probed from the runner; probe the log instead' } : port;
    }
    return { service, kind: 'tcp', port, text };
}
function parsePort(text) {
    const port = PORT.test(text) ? Number(text) : NaN;
    return port >= 1 && port <= 65535 ? port : { problem: `'${text}' is not a port (1-65535, the port inside the container)` };
}
/**
 * Probes naming a service the stack does not have (as Compose resolved it: a service in a profile
 * that is not enabled is not there), told before anything starts rather than after the wait.
 */
function unknownServices(probes, services) {
    const known = new Set(services);
    const unknown = probes.filter((probe) => !known.has(probe.service));
    if (unknown.length === 0)
        return undefined;
    return `wait-for: ${unknown.map((probe) => `'${probe.text}'`).join(', ')} ${unknown.length === 1 ? 'names a service' : 'name services'} the stack does not have (its services: ${[...known].sort().join(', ') || 'none'}; one in a profile that is not enabled is not started)`;
}
/** How a probe reads in the log and the summary: "TCP 5432", "HTTP GET :8080/healthz", "log /ready/". */
function describeProbe(probe) {
    if (probe.kind === 'tcp')
        return `TCP ${probe.port}`;
    if (probe.kind === 'http')
        return `HTTP GET ${probe.port !== undefined ? `:${probe.port}` : ''}${probe.path}`;
    return `log /${probe.pattern}/`;
}


/***/ })

};
