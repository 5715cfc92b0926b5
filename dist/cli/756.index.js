export const id = 756;
export const ids = [756];
export const modules = {

/***/ 83375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandEnv: () => (/* binding */ commandEnv),
  runAction: () => (/* binding */ runAction),
  runRun: () => (/* binding */ runRun)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/terminal-runtime.ts
var terminal_runtime = __webpack_require__(36143);
// EXTERNAL MODULE: ./src/cleanup/leftovers.ts
var cleanup_leftovers = __webpack_require__(7460);
// EXTERNAL MODULE: ./src/baseline/section.ts + 1 modules
var section = __webpack_require__(11071);
// EXTERNAL MODULE: ./src/core/untrusted.ts
var untrusted = __webpack_require__(72613);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
;// CONCATENATED MODULE: ./src/image-cache/section.ts


// The job summary's "Image cache" section (pure): both numbers, the choice and why.
function renderImageCacheSection(prep, record) {
    const lines = ['### Image cache', ''];
    if (prep.status === 'no-images')
        return [...lines, 'Nothing to cache: every service of the stack is built, not pulled.'].join('\n');
    if (prep.status === 'unavailable')
        return [...lines, `Off for this run: ${(0,untrusted/* escapeMarkdown */.FV)(prep.reason ?? 'no cache service')}.`].join('\n');
    if (prep.status === 'failed')
        return [...lines, `Not used: ${(0,untrusted/* escapeMarkdown */.FV)(prep.reason ?? 'preparing the images failed')}; the pull phase pulled what was missing.`].join('\n');
    if (prep.status === 'to-pull')
        return [...lines, `Not used: the ${prep.missing.length} missing images were to be pulled, and the pull phase did not run.`].join('\n');
    if (prep.status === 'present')
        return [...lines, `All ${prep.references.length} images were already on this runner: nothing was pulled or loaded.`].join('\n');
    const ledger = record?.next ?? prep.ledger;
    const pullRow = prep.pull
        ? [`Pull (${prep.pull.images} images)`, (0,units/* formatDuration */.a3)(prep.pull.durationMs), prep.pull.failed.length ? `this run; failed: ${prep.pull.failed.join(', ')}` : 'this run']
        : ledger?.pull
            ? [`Pull (${ledger.pull.images} images)`, (0,units/* formatDuration */.a3)(ledger.pull.durationMs), `run ${ledger.pull.runId}`]
            : ['Pull', '—', 'not measured yet'];
    const load = prep.load ?? ledger?.load;
    const loadRow = load
        ? [
            `Load from the cache (${load.images} images)`,
            (0,units/* formatDuration */.a3)(load.durationMs),
            `${prep.load ? 'this run' : `run ${ledger.load.runId}`}: restore ${(0,units/* formatDuration */.a3)(load.restoreMs)} + docker load ${(0,units/* formatDuration */.a3)(load.loadMs)}`,
        ]
        : ['Load from the cache', '—', 'not measured yet'];
    const choice = prep.choice;
    lines.push((0,markdown/* table */.tp)(['Way', 'Time', 'Measured'], [pullRow, loadRow], ['left', 'right', 'left']), '', `**Choice: ${prep.status === 'loaded' ? 'restored from the cache' : 'pulled'}** — ${(0,untrusted/* escapeMarkdown */.FV)(choice.reason)}.`);
    if (prep.fallback)
        lines.push('', `The cache was chosen but not used: ${(0,untrusted/* escapeMarkdown */.FV)(prep.fallback)}.`);
    if (record)
        lines.push('', archiveLine(record.archive));
    return lines.join('\n');
}
function archiveLine(archive) {
    switch (archive.status) {
        case 'saved':
            return `Saved the images for the next run in ${(0,units/* formatDuration */.a3)(archive.saveMs ?? 0)} (${(0,units/* formatBytes */.z3)(archive.sizeBytes ?? 0)} before compression).`;
        case 'exists':
            return 'These images are already in the cache.';
        case 'failed':
            return `The images were not saved: ${(0,untrusted/* escapeMarkdown */.FV)(archive.reason ?? 'unknown')}.`;
        default:
            return `The images were not saved: ${(0,untrusted/* escapeMarkdown */.FV)(archive.reason ?? '')}.`;
    }
}

// EXTERNAL MODULE: ./src/stack/diagnose.ts
var diagnose = __webpack_require__(33198);
;// CONCATENATED MODULE: ./src/report/charts.ts

// Mermaid xy charts for the job summary, rendered by GitHub itself (no image service).
// `xychart-beta` is the keyword GitHub's renderer has accepted longest. xy charts have no
// legend, so the lines get a fixed palette and a legend of coloured squares under the chart.
/** Points per line: enough to see the shape, few enough to keep the summary small. */
const CHART_POINTS = 100;
/** Lines per chart; the services with the highest peaks are drawn, the rest are in the table. */
const CHART_LINES = 8;
const PALETTE = [
    { square: '🟦', hex: '#1f6feb' },
    { square: '🟧', hex: '#f0883e' },
    { square: '🟩', hex: '#2da44e' },
    { square: '🟥', hex: '#cf222e' },
    { square: '🟪', hex: '#8250df' },
    { square: '🟫', hex: '#8c5a2b' },
    { square: '🟨', hex: '#d4a72c' },
    { square: '⬛', hex: '#24292f' },
];
/** Memory (MiB) or CPU (%) of the busiest containers over the run; undefined with no samples. */
function metricChart(report, metric) {
    const durationMs = Math.max(1, report.endedAtMs - report.startedAtMs);
    const lines = [...report.series]
        .map((series) => ({ series, peak: Math.max(0, ...series[metric].map(([, value]) => value)) }))
        .filter(({ peak }) => peak > 0)
        .sort((a, b) => b.peak - a.peak || a.series.name.localeCompare(b.series.name))
        .slice(0, CHART_LINES);
    if (lines.length === 0)
        return undefined;
    const scale = metric === 'memory' ? 1024 * 1024 : 1;
    // No more points than samples: a 10-second run sampled every second gets 10, not 100 mostly empty.
    const points = Math.max(2, Math.min(CHART_POINTS, Math.round(durationMs / Math.max(1, report.intervalMs))));
    const gaps = report.gaps.map((gap) => [gap.fromMs - report.startedAtMs, gap.toMs - report.startedAtMs]);
    const binned = lines.map(({ series }) => bin(series, metric, durationMs, points, gaps).map((value) => value / scale));
    const top = Math.max(...binned.flat());
    const axis = timeAxis(durationMs);
    const title = metric === 'memory' ? 'Memory in use per container (MiB)' : 'CPU per container (% of one core)';
    const mermaid = [
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE.slice(0, lines.length).map((p) => p.hex).join(', ')}"}}}}%%`,
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis "${axis.label}" 0 --> ${axis.end}`,
        `  y-axis "${metric === 'memory' ? 'MiB' : 'CPU %'}" 0 --> ${niceCeiling(top)}`,
        ...binned.map((values) => `  line [${values.map(formatValue).join(', ')}]`),
    ].join('\n');
    const legend = lines.map(({ series }, index) => `${PALETTE[index].square} ${(0,untrusted/* escapeMarkdown */.FV)(series.name)}`).join(' · ');
    return { mermaid, legend };
}
/**
 * Resamples a series onto `points` equal bins over the run: memory takes the bin's peak, CPU
 * its mean. An empty bin between two samples repeats the one before (the series was merged
 * coarser than the bins); before the first sample, after the last and in a gap of the
 * daemon it is 0 — nothing was running or nothing is known.
 */
function bin(series, metric, durationMs, points, gaps = []) {
    const sums = new Array(points).fill(0);
    const counts = new Array(points).fill(0);
    for (const [offset, value] of series[metric]) {
        const index = Math.min(points - 1, Math.max(0, Math.floor((offset / durationMs) * points)));
        if (metric === 'memory')
            sums[index] = Math.max(sums[index], value);
        else
            sums[index] += value;
        counts[index] += 1;
    }
    const values = sums.map((sum, index) => (metric === 'memory' || counts[index] === 0 ? sum : sum / counts[index]));
    const first = counts.findIndex((count) => count > 0);
    const last = counts.findLastIndex((count) => count > 0);
    for (let index = first + 1; first >= 0 && index < last; index += 1) {
        const start = (index / points) * durationMs;
        const inGap = gaps.some(([from, to]) => start + durationMs / points > from && start < to);
        if (counts[index] === 0 && !inGap)
            values[index] = values[index - 1];
    }
    return values;
}
function timeAxis(durationMs) {
    if (durationMs < 2 * 60_000)
        return { label: 'seconds since start', end: Math.ceil(durationMs / 1000) };
    if (durationMs < 2 * 3_600_000)
        return { label: 'minutes since start', end: Math.ceil(durationMs / 60_000) };
    return { label: 'hours since start', end: Math.ceil(durationMs / 360_000) / 10 };
}
/** 1, 2 or 5 times a power of ten, at or above the value (a readable axis end). */
function niceCeiling(value) {
    if (!(value > 0))
        return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 2, 5, 10])
        if (step * power >= value)
            return step * power;
    return 10 * power;
}
function formatValue(value) {
    return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

;// CONCATENATED MODULE: ./src/report/images-section.ts


// The summary's images (pure): how long the pulls and the builds took — apart from the start-up,
// which no longer includes them — each image's way, its attempts, and a failed build's last lines.
// Image names, registry messages and build output are untrusted: table() and codeBlock() escape.
/** Rows for the metrics table: "Pull" and "Build", when the phase ran. */
function imageMetricRows(report) {
    const rows = [];
    const { pull, build } = report;
    if (pull) {
        const pulled = pull.images.filter((image) => image.outcome === 'pulled');
        const retried = pull.images.filter((image) => image.attempts.length > 1).length;
        rows.push(['Pull', `${(0,units/* formatDuration */.a3)(pull.durationMs)} (${count(pulled.length, 'image')} pulled${retried ? `, ${retried} after retries` : ''}${pull.failure ? ', failed' : ''})`]);
    }
    if (build) {
        const built = build.services.filter((service) => service.outcome === 'built');
        rows.push(['Build', `${(0,units/* formatDuration */.a3)(build.durationMs)} (${built.length ? built.map((service) => `${service.service} ${(0,units/* formatDuration */.a3)(service.durationMs)}`).join(', ') : 'nothing built'}${build.failure ? ', failed' : ''})`]);
    }
    return rows;
}
/** `### Images`: one row per image pulled or built (or left as it was), then a failed build's output. */
function renderImagesSection(report) {
    const { pull, build } = report;
    if (!pull && !build)
        return undefined;
    const rows = [
        ...(pull?.images ?? []).map((image) => [image.services.join(', '), image.image, PULL_WORDS[image.outcome], image.outcome === 'pulled' || image.outcome === 'failed' ? (0,units/* formatDuration */.a3)(image.durationMs) : '—', pullNote(image)]),
        ...(build?.services ?? []).map((service) => [service.service, service.image, BUILD_WORDS[service.outcome], service.outcome === 'built' || service.outcome === 'failed' ? (0,units/* formatDuration */.a3)(service.durationMs) : '—', service.why]),
    ];
    const lines = ['### Images', '', policyLine(pull, build), ''];
    lines.push(rows.length ? (0,markdown/* table */.tp)(['Service', 'Image', 'Way', 'Time', 'Note'], rows, ['left', 'left', 'left', 'right', 'left']) : 'No service has an image to pull or build.');
    for (const failed of build?.services.filter((service) => service.outcome === 'failed' && service.tail?.length) ?? []) {
        lines.push('', (0,markdown/* details */.zH)(`${failed.service}: last ${failed.tail.length} lines of the build`, (0,markdown/* codeBlock */.DV)(failed.tail.join('\n'))));
    }
    if (pull?.rateLimited && pull.failure)
        lines.push('', (0,markdown/* codeBlock */.DV)(pull.failure));
    return lines.join('\n');
}
const PULL_WORDS = { pulled: 'pulled', present: 'already here', absent: 'missing', failed: 'pull failed', cancelled: 'not pulled (stopped)' };
const BUILD_WORDS = {
    built: 'built',
    present: 'already here',
    absent: 'missing',
    failed: 'build failed',
    cancelled: 'not built (stopped)',
};
function pullNote(image) {
    if (image.attempts.length <= 1)
        return image.attempts[0]?.error ?? image.why;
    const waited = image.attempts.reduce((sum, attempt) => sum + (attempt.waitMs ?? 0), 0);
    const errors = image.attempts.filter((attempt) => attempt.error).map((attempt) => attempt.error);
    return `${image.attempts.length} attempts (waited ${(0,units/* formatDuration */.a3)(waited)}): ${[...new Set(errors)].join('; ')}`;
}
function policyLine(pull, build) {
    const parts = [pull ? `pull: ${pull.policy}` : '', build ? `build: ${build.policy}` : ''].filter(Boolean);
    return (0,markdown.md)(`Fetched before \`up\`, which pulls and builds nothing, so the start-up time is the start-up alone (${parts.join(', ')}).`).markdown;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/logs-section.ts


const FILE_ROWS = 30;
function logsSection(logs) {
    if (!logs)
        return undefined;
    const total = logs.files.reduce((sum, file) => sum + file.bytes, 0);
    const cut = logs.files.filter((file) => file.truncated).map((file) => file.service);
    const lines = [
        '### Service logs',
        logs.files.length
            ? `Every service's log (stdout and stderr, timestamped) was kept in ${(0,untrusted/* inlineCode */.ti)(logs.dir)}: ${logs.files.length} ${logs.files.length === 1 ? 'file' : 'files'}, ${(0,units/* formatBytes */.z3)(total)}, written in ${(0,units/* formatDuration */.a3)(logs.durationMs)}.`
            : `No service had a container left to read a log from; ${(0,untrusted/* inlineCode */.ti)(logs.dir)} is empty.`,
    ];
    if (cut.length)
        lines.push(`Cut to their last part (logs-max-size): ${cut.slice(0, FILE_ROWS).map(untrusted/* escapeMarkdown */.FV).join(', ')}${cut.length > FILE_ROWS ? ' …' : ''}.`);
    if (logs.upload)
        lines.push(uploadLine(logs.upload));
    for (const problem of logs.problems)
        lines.push(`- ${(0,untrusted/* escapeMarkdown */.FV)(problem)}`);
    return lines.join('\n\n');
}
function uploadLine(upload) {
    if (upload.outcome === 'uploaded') {
        const name = (0,untrusted/* escapeMarkdown */.FV)(upload.name ?? 'logs');
        // The address is built from the runner's own variables; anything unexpected is shown, not linked.
        const link = upload.url && /^https?:\/\/[^\s()<>]+$/.test(upload.url) ? `[${name}](${upload.url})` : name;
        return `Uploaded as the workflow artifact ${link} (${(0,units/* formatBytes */.z3)(upload.sizeBytes ?? 0)} zipped, ${(0,units/* formatDuration */.a3)(upload.durationMs ?? 0)}; ${(0,untrusted/* escapeMarkdown */.FV)(upload.reason)}).`;
    }
    if (upload.outcome === 'skipped')
        return `Not uploaded as an artifact: ${(0,untrusted/* escapeMarkdown */.FV)(upload.reason)}.`;
    if (upload.outcome === 'unavailable')
        return `Not uploaded: ${(0,untrusted/* escapeMarkdown */.FV)(upload.reason)}.`;
    return `The artifact upload failed: ${(0,untrusted/* escapeMarkdown */.FV)(upload.reason)}. The files stay on the runner until the job ends.`;
}

;// CONCATENATED MODULE: ./src/report/readiness-section.ts



/** Rows per table; a stack of many services and replicas still fits the summary. */
const ROWS = 60;
const LOG_LINE_CHARS = 400;
function readinessSection(readiness) {
    if (!readiness)
        return undefined;
    const parts = [];
    if (readiness.probes.length) {
        const rows = readiness.probes.flatMap((probe) => probeRows(probe));
        parts.push(readiness.ok ? '### Readiness' : '### Readiness: wait-for not met', (0,markdown/* table */.tp)(['Service', 'Waited for', 'Ready', 'Detail'], rows.slice(0, ROWS)), ...(rows.length > ROWS ? [`_${rows.length - ROWS} more rows in report.json._`] : []));
    }
    const ports = Object.entries(readiness.ports);
    if (ports.length) {
        const rows = ports.flatMap(([service, bindings]) => Object.entries(bindings).map(([port, at]) => [service, port, (0,markdown.md)((0,untrusted/* inlineCode */.ti)(at))]));
        const exported = Object.keys(readiness.variables ?? {});
        parts.push('### Published ports', (0,markdown/* table */.tp)(['Service', 'Container port', 'Reach it at'], rows.slice(0, ROWS)), exported.length ? `Exported for later steps: ${exported.slice(0, ROWS).map(untrusted/* inlineCode */.ti).join(', ')}${exported.length > ROWS ? ' …' : ''}.` : '');
    }
    for (const problem of readiness.problems ?? [])
        parts.push(`- ${(0,untrusted/* escapeMarkdown */.FV)(problem)}`);
    if (readiness.failing?.length)
        parts.push(...readiness.failing.map(diagnosisDetails));
    const text = parts.filter(Boolean).join('\n\n');
    return text || undefined;
}
function probeRows(probe) {
    if (probe.problem && probe.replicas.length === 0)
        return [[probe.service, probe.target, (0,markdown.md)('❌'), probe.problem]];
    const rows = probe.replicas.map((replica) => [replicaName(probe, replica), probe.target, readyCell(replica), replica.detail]);
    if (probe.problem)
        rows.push([probe.service, probe.target, (0,markdown.md)('❌'), probe.problem]);
    return rows;
}
function replicaName(probe, replica) {
    return probe.replicas.length > 1 ? `${probe.service} #${replica.replica}` : probe.service;
}
/** "✅ 4.2 s after start (waited 1.3 s)" — the container's time to ready when the daemon said when it started. */
function readyCell(replica) {
    if (!replica.ready)
        return (0,markdown.md)('❌');
    const waited = replica.waitedMs !== undefined ? (0,units/* formatDuration */.a3)(replica.waitedMs) : '';
    return (0,markdown.md)(replica.sinceStartMs !== undefined ? `✅ ${(0,units/* formatDuration */.a3)(replica.sinceStartMs)} after start (waited ${waited})` : `✅ after ${waited}`);
}
function diagnosisDetails(diagnosis) {
    const health = diagnosis.healthLog.map((entry) => `exit ${entry.exitCode}: ${cut(entry.output)}`).join('\n');
    return [
        `- ${(0,untrusted/* escapeMarkdown */.FV)((0,diagnose/* describeFailure */.Ic)(diagnosis))}`,
        (0,markdown/* details */.zH)(`${diagnosis.service}: health checks and last ${diagnosis.logTail.length} log lines`, [health ? `Health checks:\n\n${(0,markdown/* codeBlock */.DV)(health)}` : '', `Log:\n\n${(0,markdown/* codeBlock */.DV)(diagnosis.logTail.map(cut).join('\n') || '(empty)')}`].filter(Boolean).join('\n\n')),
    ].join('\n\n');
}
function cut(line) {
    return line.length > LOG_LINE_CHARS ? `${line.slice(0, LOG_LINE_CHARS)}… (${line.length - LOG_LINE_CHARS} more characters)` : line;
}

// EXTERNAL MODULE: ./src/policy/finding.ts
var finding = __webpack_require__(20891);
// EXTERNAL MODULE: ./src/policy/format/text.ts
var format_text = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/policy/format/suppressions.ts


// The summary's account of suppressions: what was suppressed, by whom (a comment in the compose
// file, the policy file, the workflow's policy-allow input) and why; and what the checked-out
// tree tried to suppress but may not — those findings stand, and the table says why.
/** Rows shown per table; report.json and SARIF keep every one. */
const SUPPRESSION_ROWS = 50;
/** Who suppressed it, as a table cell: the file (a pull request's path) escaped, our words not. */
function suppressionOrigin(entry) {
    const at = entry.file ? (0,untrusted/* escapeMarkdown */.FV)(`${entry.file}${entry.line ? `:${entry.line}` : ''}`) : '';
    if (entry.source === 'inline')
        return (0,markdown.md)(`comment in the compose file (${at})`);
    if (entry.source === 'config')
        return (0,markdown.md)(`policy file${at ? ` (${at})` : ''}`);
    return (0,markdown.md)('workflow input `policy-allow`');
}
/** The sentence under a table that was cut, or '' when it shows every entry. */
function overflow(count) {
    return count > SUPPRESSION_ROWS ? `${count - SUPPRESSION_ROWS} more are in report.json and the SARIF file.` : '';
}
/** Markdown for the suppressions (empty when there are none). */
function suppressionsMarkdown(suppressed) {
    const parts = [];
    const accepted = suppressed.filter((entry) => !entry.refused);
    const refused = suppressed.filter((entry) => entry.refused);
    if (accepted.length > 0) {
        const allowed = [...new Set(accepted.filter((entry) => entry.source === 'input').map((entry) => entry.finding.rule))];
        parts.push([
            `**Suppressed** (${accepted.length}): not counted, listed here and in SARIF with their reason.`,
            ...(allowed.length > 0 ? [`The workflow's \`policy-allow\` input allows ${allowed.map((rule) => `\`${rule}\``).join(', ')}.`] : []),
        ].join(' '), (0,markdown/* table */.tp)(['Rule', 'Service', 'Where', 'Suppressed by', 'Reason'], accepted.slice(0, SUPPRESSION_ROWS).map((entry) => [entry.finding.rule, entry.finding.service || '—', (0,format_text/* formatLocation */.j$)(entry.finding), suppressionOrigin(entry), entry.reason || '(none given)'])));
        if (overflow(accepted.length))
            parts.push(overflow(accepted.length));
    }
    if (refused.length > 0) {
        parts.push(`**Suppressions refused** (${refused.length}): these findings stand.`, (0,markdown/* table */.tp)(['Rule', 'Service', 'Where', 'Attempted by', 'Reason given', 'Refused because'], refused.slice(0, SUPPRESSION_ROWS).map((entry) => [
            entry.finding.rule,
            entry.finding.service || '—',
            (0,format_text/* formatLocation */.j$)(entry.finding),
            suppressionOrigin(entry),
            entry.reason || '(none given)',
            entry.refused,
        ])));
        if (overflow(refused.length))
            parts.push(overflow(refused.length));
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/policy/format/summary.ts




const ICON = { error: '🔴 error', warning: '🟡 warning', note: '🔵 note' };
function policySummaryMarkdown(input) {
    const { findings, counts } = input;
    const parts = ['### Compose policy'];
    const verdict = counts.error > 0
        ? input.mode === 'error'
            ? 'Error findings fail this step (`policy: error`).'
            : 'Error findings are reported only (`policy: warn`).'
        : 'No error findings.';
    parts.push(findings.length === 0 ? `No findings. ${verdict}` : `${(0,format_text/* formatCounts */.gM)(counts)}. ${verdict}${baselineSentence(findings)}`);
    if (findings.length > 0) {
        parts.push((0,markdown/* table */.tp)(['Severity', 'Rule', 'Service', 'Where', 'Finding'], findings.map((finding) => [`${ICON[finding.severity]}${baselineNote(finding)}`, finding.rule, finding.service || '—', (0,format_text/* formatLocation */.j$)(finding), finding.message])));
    }
    const omitted = input.omitted;
    const hidden = omitted ? omitted.error + omitted.warning + omitted.note : 0;
    if (omitted && hidden > 0) {
        parts.push(`The runner shows at most 10 annotations of each kind per step; ${(0,format_text/* formatCounts */.gM)(omitted)} are listed only in this table.`);
    }
    if (input.injected.length > 0) {
        parts.push(`**Injected limits** (generated override file, services that set none):\n\n${(0,markdown/* table */.tp)(['Service', 'Memory limit', 'CPU limit'], input.injected.map((entry) => [entry.service, entry.memoryBytes !== undefined ? (0,units/* formatBytes */.z3)(entry.memoryBytes) : '—', entry.cpus !== undefined ? String(entry.cpus) : '—']))}`);
    }
    const suppressions = suppressionsMarkdown(input.suppressed);
    if (suppressions)
        parts.push(suppressions);
    return `${parts.join('\n\n')}\n`;
}
/** What the accepted-findings file did, when one was applied (findings carry its marks). */
function baselineSentence(findings) {
    if (!findings.some((finding) => finding.baseline))
        return '';
    const accepted = findings.filter((finding) => finding.baseline?.state === 'unchanged' && !finding.baseline.kept).length;
    const kept = findings.filter((finding) => finding.baseline?.kept).length;
    const fresh = findings.filter((finding) => finding.baseline?.state === 'new').length;
    const keptText = kept > 0 ? `; ${kept} security finding${kept === 1 ? ' is' : 's are'} listed there but not silenced` : '';
    return ` Baseline (policy-baseline): ${accepted} accepted as notes, ${fresh} new${keptText}.`;
}
function baselineNote(finding) {
    const mark = finding.baseline;
    if (!mark)
        return '';
    if (mark.state === 'new')
        return ' · new';
    return mark.kept ? ' · in baseline, security: not silenced' : ` · accepted (was ${mark.severity})`;
}

;// CONCATENATED MODULE: ./src/report/sections.ts




// The summary's sections, each a pure function of the report. Rows are bounded so that 50
// services and a noisy 6-hour run still fit GitHub's 1 MiB summary limit.
const TIMELINE_ROWS = 80;
const CLEANUP_ROWS = 50;
/** One row per service: declared limits next to what the monitor saw. */
function servicesSection(report) {
    const declared = new Map((report.stack?.services ?? []).map((service) => [service.service, service]));
    const seen = new Map((report.monitor?.services ?? []).map((service) => [service.service, service]));
    const names = [...new Set([...declared.keys(), ...seen.keys()])].sort();
    if (names.length === 0)
        return undefined;
    const rows = names.map((name) => serviceRow(name, declared.get(name), seen.get(name), report.monitor !== undefined));
    return [
        '### Services',
        (0,markdown/* table */.tp)(['Service', 'Image', 'Memory limit', 'Peak memory', 'CPU avg / peak', 'Restarts', 'OOM kills', 'Time to healthy', 'Unhealthy', 'tmpfs'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left']),
    ].join('\n\n');
}
function serviceRow(name, declared, seen, monitored) {
    const limit = declared?.memoryLimitBytes ?? seen?.memoryLimitBytes;
    const tmpfs = declared?.tmpfs.length
        ? declared.tmpfs.map((mount) => `${mount.target} (${mount.sizeBytes ? (0,units/* formatBytes */.z3)(mount.sizeBytes) : 'no size'})`).join(', ')
        : '—';
    if (!seen) {
        const none = monitored ? 'not running' : 'not monitored';
        return [name, declared?.image ?? '', limit ? (0,units/* formatBytes */.z3)(limit) : 'none', none, '', '', '', '', '', tmpfs];
    }
    const share = limit && seen.peakMemoryBytes ? ` (${Math.round((seen.peakMemoryBytes / limit) * 100)}%)` : '';
    return [
        name,
        seen.image || declared?.image || '',
        limit ? (0,units/* formatBytes */.z3)(limit) : 'none',
        `${(0,units/* formatBytes */.z3)(seen.peakMemoryBytes)}${share}`,
        `${seen.meanCpuPercent.toFixed(1)}% / ${seen.peakCpuPercent.toFixed(1)}%`,
        String(seen.restarts),
        seen.oomKills > 0 ? (0,markdown.md)(`**${seen.oomKills}**`) : '0',
        seen.timeToHealthyMs !== undefined ? (0,units/* formatDuration */.a3)(seen.timeToHealthyMs) : seen.hasHealthcheck ? 'not seen' : 'no health check',
        String(seen.unhealthy),
        tmpfs,
    ];
}
/** Host memory, the stack's own peak, and the lease when there is one. */
function hostSection(report) {
    const rows = [];
    const monitor = report.monitor;
    if (monitor?.host) {
        rows.push(['Host memory, peak in use', `${(0,units/* formatBytes */.z3)(monitor.host.peakUsedBytes)} of ${(0,units/* formatBytes */.z3)(monitor.host.totalBytes)} (${Math.round((monitor.host.peakUsedBytes / monitor.host.totalBytes) * 100)}%)`]);
    }
    if (monitor)
        rows.push(['Stack memory, peak of all containers together', (0,units/* formatBytes */.z3)(monitor.stackPeakMemoryBytes)]);
    if (report.stack) {
        const floor = report.stack.unlimited.length || report.stack.unsizedTmpfs.length ? ' (a floor: some services are unbounded)' : '';
        rows.push(['Stack reservation', `${(0,units/* formatBytes */.z3)(report.stack.reservationBytes)}${floor}`]);
    }
    if (report.lease)
        rows.push(...leaseRows(report.lease));
    if (monitor)
        rows.push(['Sampled', `every ${(0,units/* formatDuration */.a3)(monitor.intervalMs)} for ${(0,units/* formatDuration */.a3)(monitor.endedAtMs - monitor.startedAtMs)}`]);
    const model = report.stack?.reservationModel;
    return rows.length ? ['### Host', (0,markdown/* table */.tp)(['Measure', 'Value'], rows), ...(model ? [model] : [])].join('\n\n') : undefined;
}
function leaseRows(lease) {
    const rows = [['Lease', `${lease.outcome}${lease.detail ? ` — ${lease.detail}` : ''}`]];
    rows.push(['Lease wait', lease.waitedMs > 0 ? `${(0,units/* formatDuration */.a3)(lease.waitedMs)} for ${lease.waitedFor.join('; ') || 'other jobs'}` : 'none']);
    if (lease.budgetBytes !== undefined) {
        const used = lease.usedBytes !== undefined ? `${(0,units/* formatBytes */.z3)(lease.usedBytes)} of ` : '';
        const own = lease.ownBytes !== undefined ? ` (this stack: ${(0,units/* formatBytes */.z3)(lease.ownBytes)})` : '';
        rows.push(['Memory budget', `${used}${(0,units/* formatBytes */.z3)(lease.budgetBytes)}${own}`]);
    }
    return rows;
}
/** OOM kills, exits, restarts and health changes, with times relative to the start. */
function timelineSection(monitor, maxRows = TIMELINE_ROWS) {
    if (!monitor)
        return undefined;
    const firstStart = new Set();
    const rows = [];
    for (const event of monitor.events) {
        const what = describeEvent(event, firstStart);
        if (what)
            rows.push({ t: event.t, cells: [relative(event.t - monitor.startedAtMs), event.service, what] });
    }
    for (const gap of monitor.gaps) {
        rows.push({
            t: gap.fromMs,
            cells: [relative(gap.fromMs - monitor.startedAtMs), '(daemon)', `gap of ${(0,units/* formatDuration */.a3)(gap.toMs - gap.fromMs)}: ${gap.reason}; no samples, events may be missing`],
        });
    }
    if (rows.length === 0)
        return undefined;
    rows.sort((a, b) => a.t - b.t);
    const dropped = Object.values(monitor.droppedEvents).reduce((sum, count) => sum + count, 0);
    const shown = rows.slice(0, maxRows);
    const notes = [
        rows.length > shown.length ? `${rows.length - shown.length} more rows in report.json.` : '',
        dropped > 0 ? `${dropped} events in the middle of the run were counted but not kept (${Object.entries(monitor.droppedEvents).map(([action, count]) => `${action} ${count}`).join(', ')}).` : '',
    ].filter(Boolean);
    return ['### Events', (0,markdown/* table */.tp)(['At', 'Service', 'What happened'], shown.map((row) => row.cells)), ...notes].join('\n\n');
}
function describeEvent(event, started) {
    switch (event.action) {
        case 'oom':
            return (0,markdown.md)('**OOM kill**: the kernel killed a process for exceeding the memory limit');
        case 'die':
            return `exited${event.exitCode !== undefined ? ` with code ${event.exitCode}` : ''}`;
        case 'start':
            if (!started.has(event.id)) {
                started.add(event.id);
                return undefined;
            }
            return 'restarted';
        case 'health_status: healthy':
            return 'health: healthy';
        case 'health_status: unhealthy':
            return (0,markdown.md)('**health: unhealthy**');
        default:
            return undefined;
    }
}
/** "+1m 05s" from ms since the start. */
function relative(ms) {
    return `+${(0,units/* formatDuration */.a3)(Math.max(0, ms))}`;
}
/** The policy's full table (P's renderer), plus the health-check timing the action standardised. */
function policySection(policy) {
    if (!policy)
        return undefined;
    if (policy.mode === 'off')
        return '### Compose policy\n\nOff (`policy: off`): the rules were not applied.';
    const parts = [
        policySummaryMarkdown({
            findings: [...policy.findings].sort(finding/* compareFindings */.Eg),
            counts: policy.counts,
            suppressed: policy.suppressed,
            injected: policy.injected,
            omitted: policy.omitted,
            mode: policy.mode,
        }),
    ];
    if (policy.standardised.length > 0) {
        parts.push(`**Standard health-check timing** (healthcheck-defaults, generated override file):\n\n${(0,markdown/* table */.tp)(['Service', 'Field', 'Before', 'After'], policy.standardised.map((change) => [change.service, change.field, change.before, change.after]))}`);
    }
    return parts.join('\n\n');
}
function cleanupSection(report) {
    const cleanup = report.cleanup;
    const parts = [];
    if (cleanup) {
        const rows = [
            ...cleanup.removed.map((item) => ['removed', item.kind, item.name, item.why ?? '']),
            ...cleanup.left.map((item) => [(0,markdown.md)('**left**'), item.kind, item.name, item.why]),
            ...(cleanup.kept ?? []).map((item) => ['kept', item.kind, item.name, item.why]),
        ];
        if (rows.length > 0) {
            parts.push((0,markdown/* table */.tp)(['', 'Kind', 'Name', 'Why'], rows.slice(0, CLEANUP_ROWS)));
            if (rows.length > CLEANUP_ROWS)
                parts.push(`${rows.length - CLEANUP_ROWS} more rows in report.json.`);
        }
        if (cleanup.staleProjects?.length) {
            parts.push(`Leftovers of dead jobs swept: ${cleanup.staleProjects.map((stale) => `${(0,untrusted/* escapeMarkdown */.FV)(stale.project)} (${stale.removed})`).join(', ')}.`);
        }
    }
    const leftovers = report.teardown?.leftovers;
    if (leftovers && leftovers.containers.length + leftovers.networks.length + leftovers.volumes.length > 0) {
        parts.push('**Left behind:**', (0,markdown/* table */.tp)(['Kind', 'Names'], ['containers', 'networks', 'volumes'].filter((kind) => leftovers[kind].length > 0).map((kind) => [kind, leftovers[kind].join(', ')])));
    }
    if (report.teardown?.problems.length)
        parts.push(report.teardown.problems.map((problem) => `- ${(0,untrusted/* escapeMarkdown */.FV)(problem)}`).join('\n'));
    return parts.length ? ['### Cleanup', ...parts].join('\n\n') : undefined;
}

;// CONCATENATED MODULE: ./src/report/timings.ts

// "Where the job's time went": the segments of main and post in one line each, so a user (and
// the benchmarks, which read the same report.json) see what the action cost besides the stack.
function segments(timings) {
    return timings
        .filter((timing) => timing.ms > 0 || timing.parts)
        .map((timing) => {
        const parts = timing.parts ? Object.entries(timing.parts).sort((a, b) => b[1] - a[1]).slice(0, 3) : [];
        return `${timing.phase} ${(0,units/* formatDuration */.a3)(timing.ms)}${parts.length ? ` (${parts.map(([name, ms]) => `${name} ${(0,units/* formatDuration */.a3)(ms)}`).join(', ')} side by side)` : ''}`;
    })
        .join(' · ');
}
function timingsLine(report) {
    const timings = report.timings;
    if (!timings || timings.start.length === 0)
        return undefined;
    const total = (list) => (0,units/* formatDuration */.a3)(list.reduce((sum, timing) => sum + timing.ms, 0));
    return [
        `Where the job's time went — main ${total(timings.start)}: ${segments(timings.start)}.`,
        ...(timings.finish?.length ? [`Post ${total(timings.finish)}: ${segments(timings.finish)}.`] : []),
    ].join('  \n');
}

;// CONCATENATED MODULE: ./src/report/verdict.ts



/** The verdict and the reasons behind it, most serious first. */
function verdictOf(report) {
    const failures = [];
    const warnings = [];
    if (report.mainError)
        failures.push(report.mainError.split('\n')[0]);
    for (const check of report.preflight) {
        if (check.status === 'fail')
            failures.push(`preflight: ${check.title}`);
        if (check.status === 'warn')
            warnings.push(`preflight: ${check.title}`);
    }
    if (report.start && !report.start.ok) {
        const services = report.start.failing.map((diagnosis) => diagnosis.service);
        failures.push(`the stack did not become healthy${services.length ? ` (${services.join(', ')})` : ''}`);
    }
    failures.push(...(report.failOn?.met ?? []).map((met) => `fail-on ${met}`));
    // What happened while the stack ran, when fail-on did not already make it a failure.
    const met = new Set((report.failOn?.met ?? []).map((line) => line.split(':')[0]));
    for (const service of report.monitor?.services ?? []) {
        if (service.oomKills > 0 && !met.has('oom'))
            warnings.push(`${service.service} was OOM-killed`);
        if (service.restarts > 0 && !met.has('restart'))
            warnings.push(`${service.service} restarted ${service.restarts}×`);
        if (service.unhealthy > 0 && !met.has('unhealthy'))
            warnings.push(`${service.service} turned unhealthy`);
    }
    const gaps = report.monitor?.gaps ?? [];
    if (gaps.length > 0) {
        const away = gaps.reduce((sum, gap) => sum + (gap.toMs - gap.fromMs), 0);
        warnings.push(`the Docker daemon was away ${gaps.length === 1 ? 'once' : `${gaps.length} times`} (${(0,units/* formatDuration */.a3)(away)} without samples)`);
    }
    if (report.monitorProblems?.length)
        warnings.push(`monitor: ${report.monitorProblems[0]}`);
    // A registry that needed retries works today and may not tomorrow.
    const retried = (report.pull?.images ?? []).filter((image) => image.outcome === 'pulled' && image.attempts.length > 1);
    if (retried.length)
        warnings.push(`${retried.map((image) => image.image).join(', ')} pulled only after retries`);
    const policy = report.policy?.findings ?? [];
    const policyErrors = policy.filter((finding) => finding.severity === 'error').length;
    if (policyErrors > 0)
        warnings.push(`${policyErrors} policy ${policyErrors === 1 ? 'error' : 'errors'}`);
    if (report.lease?.outcome === 'timed-out')
        failures.push('no lease was granted in time');
    const baseline = report.history?.baseline;
    if (baseline?.recall.status === 'found') {
        const regressions = (0,section/* baselineVerdict */.NV)(baseline.recall, report, baseline.thresholds).outputs.regressions;
        if (regressions > 0)
            warnings.push(`${regressions} ${regressions === 1 ? 'regression' : 'regressions'} against the baseline`);
    }
    const left = report.teardown?.leftovers ? (0,cleanup_leftovers/* leftoverCount */.P$)(report.teardown.leftovers) : 0;
    if (left > 0)
        failures.push(`${left} resources left after cleanup`);
    if (report.teardown?.problems.length)
        warnings.push(`${report.teardown.problems.length} cleanup problems`);
    if (report.cleanup?.left.length)
        warnings.push(`${report.cleanup.left.length} resources the sweep could not remove`);
    if (failures.length > 0)
        return { verdict: 'failed', reasons: [...failures, ...warnings] };
    if (warnings.length > 0)
        return { verdict: 'warnings', reasons: warnings };
    return { verdict: 'clean', reasons: [] };
}

;// CONCATENATED MODULE: ./src/report/summary.ts














/** GitHub drops a step's whole summary above 1 MiB; we stay well below, in bytes. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Log lines longer than this are cut in the summary (report.json keeps them whole). */
const summary_LOG_LINE_CHARS = 400;
const VERDICT_LINE = {
    clean: '✅ **Clean**',
    warnings: '⚠️ **Warnings**',
    failed: '❌ **Failed**',
};
/** The job summary: verdict first, then metrics, services, host, events, charts, findings. */
function renderSummary(report, options = {}) {
    const { verdict, reasons } = verdictOf(report);
    const sections = [
        { text: `## Docker stack ${(0,untrusted/* inlineCode */.ti)(report.projectName)}` },
        { text: `${VERDICT_LINE[verdict]}${reasons.length ? ` — ${reasons.map(untrusted/* escapeMarkdown */.FV).join('; ')}` : ' — the stack started, ran and left nothing behind.'}` },
        { text: metricsTable(report) },
    ];
    const add = (text, dropOrder, dropped) => {
        if (text)
            sections.push({ text, dropOrder, dropped: dropped ?? (dropOrder !== undefined ? `_${firstLine(text)} omitted to keep the summary under 1 MiB; see report.json._` : undefined) });
    };
    if (report.start && !report.start.ok) {
        const { failing, composeTail } = report.start;
        // Too large with every log tail: the one-line diagnoses stay, the logs go to report.json.
        add(startFailureSection(failing, composeTail, true), 5, `${startFailureSection(failing, composeTail, false)}\n\n_Health-check outputs and log tails omitted to keep the summary under 1 MiB; see report.json._`);
    }
    add(renderImagesSection(report), 4);
    add(readinessSection(report.readiness), 5);
    add(servicesSection(report), 6);
    add(hostSection(report));
    add(report.monitorProblems?.length ? `### Monitor\n\n${report.monitorProblems.map((problem) => `- ${(0,untrusted/* escapeMarkdown */.FV)(problem)}`).join('\n')}` : undefined);
    add(timelineSection(report.monitor), 3);
    for (const metric of ['memory', 'cpu']) {
        const chart = report.monitor ? metricChart(report.monitor, metric) : undefined;
        if (chart)
            add(`### ${metric === 'memory' ? 'Memory' : 'CPU'} over time\n\n${(0,markdown/* codeBlock */.DV)(chart.mermaid, 'mermaid')}\n\n${chart.legend}`, metric === 'memory' ? 2 : 1);
    }
    add(policySection(report.policy), 4);
    if (report.preflight.length > 0) {
        add(['### Preflight', (0,markdown/* table */.tp)(['Check', 'Result', 'Detail'], report.preflight.map((check) => [check.title, check.status === 'skip' ? 'not checked' : check.status, check.detail]))].join('\n\n'));
    }
    add(historySections(report), 4);
    add(cleanupSection(report), 4);
    add(logsSection(report.logs));
    if (report.failOn)
        add(`fail-on: ${(0,untrusted/* escapeMarkdown */.FV)(report.failOn.conditions.join(', ') || 'none')}${report.failOn.met.length ? ` — met: ${(0,untrusted/* escapeMarkdown */.FV)(report.failOn.met.join('; '))}` : ' — none met'}.`);
    add(timingsLine(report));
    if (options.reportFile)
        add(`Machine-readable report: ${(0,untrusted/* inlineCode */.ti)(options.reportFile)}`);
    return fitToBudget(sections, options.budgetBytes ?? SUMMARY_BUDGET_BYTES);
}
/** History across runs: the comparison with the baseline and the image cache's choice. */
function historySections(report) {
    const history = report.history;
    const parts = [];
    if (history?.baseline) {
        const { recall, thresholds, save } = history.baseline;
        parts.push((0,section/* renderBaselineSection */.tc)(recall, (0,section/* baselineVerdict */.NV)(recall, report, thresholds), save, thresholds));
    }
    if (history?.imageCache)
        parts.push(renderImageCacheSection(history.imageCache.prep, history.imageCache.record));
    return parts.length ? parts.join('\n\n') : undefined;
}
/** The audit's success metrics for this run. */
function metricsTable(report) {
    const start = report.start;
    const leftovers = report.teardown?.leftovers;
    const monitor = report.monitor;
    const total = (key) => (monitor ? String(monitor.services.reduce((sum, s) => sum + s[key], 0)) : 'not monitored');
    return (0,markdown/* table */.tp)(['Metric', 'Value'], [
        ['Start-up', start ? `${(0,units/* formatDuration */.a3)(start.durationMs)}${start.ok ? '' : ` (${start.reason})`}` : 'not started'],
        ...imageMetricRows(report),
        ['Peak memory (stack)', monitor ? (0,units/* formatBytes */.z3)(monitor.stackPeakMemoryBytes) : 'not monitored'],
        ['OOM kills', total('oomKills')],
        ['Restarts', total('restarts')],
        ['Teardown', report.teardown ? (0,units/* formatDuration */.a3)(report.teardown.durationMs) : 'not run'],
        ['Left after cleanup', leftovers ? String((0,cleanup_leftovers/* leftoverCount */.P$)(leftovers)) : 'not counted'],
    ]);
}
function startFailureSection(failing, composeTail, withLogs) {
    const parts = ['### Why the stack did not start'];
    if (!withLogs)
        return [...parts, failing.map((diagnosis) => `- ${(0,untrusted/* escapeMarkdown */.FV)((0,diagnose/* describeFailure */.Ic)(diagnosis))}`).join('\n')].join('\n\n');
    for (const diagnosis of failing) {
        const health = diagnosis.healthLog.map((entry) => `exit ${entry.exitCode}: ${summary_cut(entry.output)}`).join('\n');
        parts.push(`- ${(0,untrusted/* escapeMarkdown */.FV)((0,diagnose/* describeFailure */.Ic)(diagnosis))}`, (0,markdown/* details */.zH)(`${diagnosis.service}: health checks and last ${diagnosis.logTail.length} log lines`, [health ? `Health checks:\n\n${(0,markdown/* codeBlock */.DV)(health)}` : '', `Log:\n\n${(0,markdown/* codeBlock */.DV)(diagnosis.logTail.map(summary_cut).join('\n') || '(empty)')}`].filter(Boolean).join('\n\n')));
    }
    if (failing.length === 0 && composeTail.length > 0)
        parts.push((0,markdown/* details */.zH)('docker compose output', (0,markdown/* codeBlock */.DV)(composeTail.map(summary_cut).join('\n'))));
    return parts.join('\n\n');
}
/** Drops the least important sections (charts, then the timeline…) until the summary fits. */
function fitToBudget(sections, budgetBytes) {
    const render = () => `${sections.map((section) => section.text).join('\n\n')}\n`;
    let text = render();
    const droppable = sections.filter((section) => section.dropOrder !== undefined).sort((a, b) => a.dropOrder - b.dropOrder);
    for (const section of droppable) {
        if (Buffer.byteLength(text) <= budgetBytes)
            break;
        section.text = section.dropped;
        text = render();
    }
    if (Buffer.byteLength(text) > budgetBytes) {
        // Still too large (a huge error message): cut, never exceed.
        text = `${Buffer.from(text).subarray(0, budgetBytes - 200).toString('utf8')}\n\n_…cut to stay under 1 MiB; see report.json._\n`;
    }
    return text;
}
function summary_cut(line) {
    return line.length > summary_LOG_LINE_CHARS ? `${line.slice(0, summary_LOG_LINE_CHARS)}… (${line.length - summary_LOG_LINE_CHARS} more characters)` : line;
}
function firstLine(text) {
    return text.split('\n')[0].replace(/^#+\s*/, '');
}

;// CONCATENATED MODULE: ./src/report/terminal.ts



// What `docker-stability run` prints when the command is done: one row per service and the
// verdict, as plain text for a terminal (the markdown summary goes to --summary).
function renderTerminalReport(report) {
    const { verdict, reasons } = verdictOf(report);
    const lines = [];
    const services = report.monitor?.services ?? [];
    if (services.length > 0) {
        const rows = [
            ['SERVICE', 'PEAK MEM', 'LIMIT', 'CPU AVG', 'CPU PEAK', 'RESTARTS', 'OOM', 'HEALTHY AFTER'],
            ...services.map((service) => [
                service.service,
                (0,units/* formatBytes */.z3)(service.peakMemoryBytes),
                service.memoryLimitBytes ? `${(0,units/* formatBytes */.z3)(service.memoryLimitBytes)} (${Math.round((100 * service.peakMemoryBytes) / service.memoryLimitBytes)}%)` : 'none',
                `${service.meanCpuPercent.toFixed(1)}%`,
                `${service.peakCpuPercent.toFixed(1)}%`,
                String(service.restarts),
                String(service.oomKills),
                service.timeToHealthyMs !== undefined ? (0,units/* formatDuration */.a3)(service.timeToHealthyMs) : service.hasHealthcheck ? 'not seen' : '—',
            ]),
        ];
        const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
        for (const row of rows)
            lines.push(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
        lines.push('');
    }
    // Pulls and builds are not in the start-up time: said beside it when they took any.
    const fetched = [
        report.pull && report.pull.images.some((image) => image.outcome === 'pulled') ? `pulled in ${(0,units/* formatDuration */.a3)(report.pull.durationMs)}` : '',
        report.build && report.build.services.some((service) => service.outcome === 'built') ? `built in ${(0,units/* formatDuration */.a3)(report.build.durationMs)}` : '',
    ].filter(Boolean);
    const start = `${fetched.length ? `${fetched.join(', ')}, ` : ''}` + (report.start ? `started in ${(0,units/* formatDuration */.a3)(report.start.durationMs)}${report.start.ok ? '' : ` (${report.start.reason})`}` : 'not started');
    const peak = report.monitor ? `, peak ${(0,units/* formatBytes */.z3)(report.monitor.stackPeakMemoryBytes)}` : '';
    const left = report.teardown?.leftovers ? `, ${(0,cleanup_leftovers/* leftoverCount */.P$)(report.teardown.leftovers)} left after cleanup` : '';
    lines.push(`${report.projectName}: ${start}${peak}${left}`);
    lines.push(`${verdict.toUpperCase()}${reasons.length ? `: ${reasons.join('; ')}` : ''}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/app/deps.ts + 5 modules
var app_deps = __webpack_require__(39517);
// EXTERNAL MODULE: ./src/app/pipeline/finish.ts + 2 modules
var finish = __webpack_require__(23113);
// EXTERNAL MODULE: ./src/app/pipeline/start.ts + 20 modules
var start = __webpack_require__(33254);
// EXTERNAL MODULE: ./src/app/run-files.ts + 1 modules
var run_files = __webpack_require__(43215);
// EXTERNAL MODULE: ./src/app/commands/exit.ts
var exit = __webpack_require__(99436);
// EXTERNAL MODULE: ./src/app/commands/settings-flags.ts
var settings_flags = __webpack_require__(54431);
;// CONCATENATED MODULE: ./src/app/commands/run.ts











/** `deps.runtime` carries the inputs (from the flags or the library's options). */
async function runRun(command, flags, deps, cwd) {
    const { runtime } = deps;
    const settings = (0,settings_flags/* settingsOfRuntime */.bQ)(deps, cwd, { confine: flags.confine === true });
    const runDir = (0,run_files/* runDirectory */.xw)(deps.files, runtime.env, deps.self.temporaryDirectory(), settings.stack.projectName);
    const interrupt = deps.self.interruptSignal();
    let commandExit;
    let failure;
    let badInput = false;
    try {
        const started = await (0,start/* startRun */.A)(deps, settings, { runDir, workspace: cwd, namespace: settings.lease.namespace, signal: interrupt.signal, keeper: 'self', monitor: true });
        if (started.ok) {
            runtime.info(`── ${command.join(' ')}`);
            const result = await deps.self.runForeground(command, { ...commandEnv(runtime.env, settings, started.run.overrideFile), ...started.sections.readiness?.variables });
            if (result.error)
                runtime.error(result.error);
            commandExit = result.exitCode;
        }
        else {
            failure = started.failure;
            badInput = Boolean(started.badInput);
        }
        await started.stopRenewal?.();
        const finished = await (0,finish/* finishRun */.J)(deps, started.run, started.sections, { takeBackLease: false });
        if (finished.failOnMet.length)
            failure ??= `fail-on: ${finished.failOnMet.join('; ')}`;
        const { report } = finished;
        if (flags.report)
            (0,run_files/* writeReportJson */.eU)(deps.files, external_node_path_default().resolve(cwd, flags.report), report, runtime.redactor);
        if (flags.summary) {
            deps.files.writeText(external_node_path_default().resolve(cwd, flags.summary), renderSummary(runtime.redactor.redactJson(report), { reportFile: flags.report }));
            runtime.info(`Summary written to ${flags.summary}.`);
        }
        runtime.info(renderTerminalReport(report).trimEnd());
        if (report.logs?.files.length)
            runtime.info(`Every service's log: ${report.logs.dir}`);
        failure ??= (0,cleanup_leftovers/* cleanupFailure */.bC)(report.teardown, settings.stack.projectName);
    }
    finally {
        interrupt.dispose();
    }
    if (failure)
        runtime.error(failure);
    if (commandExit !== undefined && commandExit !== 0)
        return commandExit;
    // Bad input is exit 2 here as in `check`: the same compose file, the same answer.
    if (badInput)
        return exit/* EXIT */.d.usage;
    return failure ? exit/* EXIT */.d.failed : exit/* EXIT */.d.ok;
}
/** CMD talks to the stack with plain `docker compose`: project, files (ours included), profiles. */
function commandEnv(env, settings, overrideFile) {
    const files = [...settings.stack.files.map((file) => external_node_path_default().resolve(settings.stack.workingDirectory, file)), overrideFile];
    return {
        ...env,
        COMPOSE_PROJECT_NAME: settings.stack.projectName,
        COMPOSE_FILE: files.join((external_node_path_default()).delimiter),
        ...(settings.stack.profiles.length ? { COMPOSE_PROFILES: settings.stack.profiles.join(',') } : {}),
    };
}
/** `docker-stability run [flags] -- CMD...` as the registry calls it. */
async function runAction(command, flags, context) {
    const { self } = context;
    const deps = (0,app_deps/* realDeps */.b)(self.env, (0,terminal_runtime/* terminalRuntime */.j)({ inputs: (0,settings_flags/* inputsFromFlags */.h$)(flags, self.env), env: self.env }));
    return runRun(command, flags, deps, self.cwd());
}


/***/ }),

/***/ 23113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ finishRun)
});

// UNUSED EXPORTS: keepReason

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(52184);
// EXTERNAL MODULE: ./src/lease/lifecycle.ts
var lifecycle = __webpack_require__(75854);
// EXTERNAL MODULE: ./src/report/fail-on.ts
var fail_on = __webpack_require__(97616);
;// CONCATENATED MODULE: ./src/report/outputs.ts

function runOutputs(report, startupMs) {
    const services = report.monitor?.services;
    return {
        startupSeconds: startupMs !== undefined ? (startupMs / 1000).toFixed(1) : undefined,
        peakMemoryBytes: report.monitor ? String(report.monitor.stackPeakMemoryBytes) : undefined,
        oomKills: services ? String(services.reduce((sum, s) => sum + s.oomKills, 0)) : undefined,
        restarts: services ? String(services.reduce((sum, s) => sum + s.restarts, 0)) : undefined,
        ...phaseSeconds(report),
    };
}
/** pull-seconds and build-seconds: each phase's wall time, when it ran (main sets them too). */
function phaseSeconds(report) {
    return {
        ...(report.pull ? { pullSeconds: (report.pull.durationMs / 1000).toFixed(1) } : {}),
        ...(report.build ? { buildSeconds: (report.build.durationMs / 1000).toFixed(1) } : {}),
    };
}
/**
 * What fail-on sees: the monitor's services, plus OOM kills that main's diagnosis of a failed
 * start found (a service killed during `up` may have died before the monitor sampled it).
 */
function failOnOutcomes(report) {
    const outcomes = new Map();
    for (const service of report.monitor?.services ?? []) {
        outcomes.set(service.service, {
            service: service.service,
            oomKills: service.oomKills,
            restarts: service.restarts,
            unhealthy: service.unhealthy,
            peakMemoryBytes: service.peakMemoryBytes,
            memoryLimitBytes: service.memoryLimitBytes,
        });
    }
    for (const diagnosis of report.start?.failing ?? []) {
        const outcome = outcomes.get(diagnosis.service) ?? { service: diagnosis.service, oomKills: 0, restarts: 0, unhealthy: 0 };
        outcome.oomKills = Math.max(outcome.oomKills, diagnosis.oomKilled ? 1 : 0);
        outcome.restarts = Math.max(outcome.restarts, diagnosis.restartCount);
        outcome.unhealthy = Math.max(outcome.unhealthy, diagnosis.health === 'unhealthy' ? 1 : 0);
        outcomes.set(diagnosis.service, outcome);
    }
    return [...outcomes.values()];
}
/** Evaluates fail-on, records the result in the report, returns the conditions met. */
function applyFailOn(report, conditions) {
    const met = evaluateFailOn(conditions, failOnOutcomes(report));
    report.failOn = { conditions: conditions.map(describeCondition), met };
    return met;
}

// EXTERNAL MODULE: ./src/settings/keys.ts
var keys = __webpack_require__(38445);
// EXTERNAL MODULE: ./src/app/monitoring.ts + 6 modules
var monitoring = __webpack_require__(38087);
// EXTERNAL MODULE: ./src/app/phases/history.ts + 5 modules
var phases_history = __webpack_require__(28681);
// EXTERNAL MODULE: ./src/app/phases/logs.ts + 2 modules
var phases_logs = __webpack_require__(18884);
// EXTERNAL MODULE: ./src/app/phases/launch.ts + 1 modules
var launch = __webpack_require__(11438);
// EXTERNAL MODULE: ./src/app/phases/teardown.ts + 1 modules
var phases_teardown = __webpack_require__(63281);
// EXTERNAL MODULE: ./src/app/pipeline/phase-clock.ts
var phase_clock = __webpack_require__(40614);
;// CONCATENATED MODULE: ./src/app/pipeline/report.ts
function assembleReport(start, finish) {
    const monitorProblems = [...(start.monitorProblems ?? []), ...(finish?.monitorProblems ?? [])];
    const cleanup = finish?.cleanup || start.swept?.length
        ? {
            removed: finish?.cleanup?.removed ?? [],
            left: finish?.cleanup?.left ?? [],
            ...(finish?.cleanup?.kept?.length ? { kept: finish.cleanup.kept } : {}),
            ...(start.swept?.length ? { staleProjects: start.swept } : {}),
        }
        : undefined;
    return {
        projectName: start.projectName,
        startedAtMs: start.startedAtMs,
        ...(start.engine ? { engine: start.engine } : {}),
        preflight: start.preflight,
        ...(start.stack ? { stack: start.stack } : {}),
        ...(start.policy ? { policy: start.policy } : {}),
        ...(start.lease ? { lease: start.lease } : {}),
        ...(start.pull ? { pull: start.pull } : {}),
        ...(start.build ? { build: start.build } : {}),
        ...(start.start ? { start: start.start } : {}),
        ...(start.readiness ? { readiness: start.readiness } : {}),
        ...((finish?.logs ?? start.logs) ? { logs: finish?.logs ?? start.logs } : {}),
        ...(start.failure ? { mainError: start.failure } : {}),
        ...(finish?.monitor ? { monitor: finish.monitor } : {}),
        ...(monitorProblems.length ? { monitorProblems } : {}),
        ...(cleanup ? { cleanup } : {}),
        ...(finish ? { teardown: finish.teardown } : {}),
        ...(finish?.failOn ? { failOn: finish.failOn } : {}),
        ...((finish?.history ?? start.history) ? { history: finish?.history ?? start.history } : {}),
        timings: { start: start.timings, ...(finish ? { finish: finish.timings } : {}) },
    };
}

;// CONCATENATED MODULE: ./src/app/pipeline/finish.ts













async function finishRun(deps, run, start, options) {
    const log = deps.runtime;
    const { settings } = run;
    const clock = new phase_clock/* PhaseClock */.w(deps.clock);
    if (options.bootMs !== undefined)
        clock.record('node start', options.bootMs);
    // Ours again before the monitor stops, so no sweep takes the stack while we tear it down.
    if (run.lease && options.takeBackLease) {
        const lease = run.lease;
        await clock.time('lease back', () => (0,lifecycle/* transferLease */.gH)(deps, lease).catch((error) => log.warning(`The stack's lease could not be taken back: ${(0,errors/* errorMessage */.g)(error)}`)));
    }
    let monitored = { problems: [] };
    if (run.monitor) {
        const handle = run.monitor;
        // Before the teardown, so its kills are not recorded as crashes.
        monitored = await clock.time('monitor', () => log.group('Monitor', async () => {
            const outcome = await (0,monitoring/* finishMonitoring */._S)(deps, handle);
            for (const problem of outcome.problems)
                log.warning(`Monitor: ${problem}`);
            if (outcome.monitor)
                log.info(monitorLine(outcome.monitor));
            return outcome;
        }));
    }
    // Every service's log, before the teardown removes the containers (main kept a failed start's).
    const startedStack = run.phase === 'starting' || run.phase === 'started';
    const keptLogs = start.logs ?? (startedStack ? await clock.time('logs', () => log.group('Service logs', () => (0,phases_logs/* keepServiceLogs */.Uh)(deps, log, settings, run.runDir, 'finish'))) : undefined);
    const failOnMet = (0,fail_on/* evaluateFailOn */.fg)(settings.failOn, failOnOutcomes({ ...assembleReport(start), ...(monitored.monitor ? { monitor: monitored.monitor } : {}) }));
    const keep = keepReason(settings, run.phase, start.failure, failOnMet, deps.runtime.env);
    let teardown;
    let cleanup;
    if (run.phase === 'validated' || run.phase === 'admitted') {
        teardown = { durationMs: 0, problems: [], skipped: 'the stack was never started' };
    }
    else if (keep) {
        teardown = { durationMs: 0, problems: [], skipped: `kept: ${keep}` };
    }
    else {
        const result = await clock.time('teardown', () => log.group(`Clean up ${settings.stack.projectName}`, () => (0,phases_teardown/* tearDownStack */.Rb)(deps, log, settings, { ...run, ...(options.deadOwner ? { deadOwner: options.deadOwner } : {}) })));
        teardown = { durationMs: result.durationMs, problems: result.problems, ...(result.leftovers ? { leftovers: result.leftovers } : {}) };
        cleanup = {
            removed: (result.swept?.removed ?? []).map((removal) => ({ kind: removal.resource.kind, name: removal.resource.name, why: removal.reason })),
            left: (result.swept?.failed ?? []).map((failure) => ({ kind: failure.resource.kind, name: failure.resource.name, why: failure.error })),
            kept: result.kept,
        };
    }
    const leaseProblem = await clock.time('lease', () => settleLease(deps, run, keep));
    if (leaseProblem)
        teardown.problems.push(leaseProblem);
    // After the lease is released: other stacks need not wait for the upload.
    const logs = keptLogs && {
        ...keptLogs,
        upload: await clock.time('upload', () => (0,phases_logs/* uploadServiceLogs */.GA)(deps, log, settings, keptLogs, (0,phases_logs/* runFailure */.A9)(start.failure, failOnMet, deps.runtime.env))),
    };
    const recorded = await clock.time('history', () => (0,phases_history/* recordHistory */.c)(deps, log, start.history, { start: start.start, ...(monitored.monitor ? { monitor: monitored.monitor } : {}) }, run));
    const finish = {
        ...(monitored.monitor ? { monitor: monitored.monitor } : {}),
        monitorProblems: monitored.problems,
        teardown,
        ...(cleanup ? { cleanup } : {}),
        failOn: { conditions: settings.failOn.map(fail_on/* describeCondition */.pu), met: failOnMet },
        ...(recorded.history ? { history: recorded.history } : {}),
        ...(logs ? { logs } : {}),
        timings: clock.timings,
    };
    return { report: assembleReport(start, finish), keep, failOnMet, verdict: recorded.verdict };
}
/** Why the stack stays up (cleanup: never, or on-success after a failure), or undefined. */
function keepReason(settings, phase, startFailure, failOnMet, env) {
    // The start tears a failed start down whatever `cleanup` says: nothing is left to keep.
    if (phase === 'start-failed')
        return undefined;
    if (settings.cleanup.mode === 'never')
        return 'cleanup: never';
    if (settings.cleanup.mode !== 'on-success')
        return undefined;
    // A start that failed on its way up (an exception: the daemon lost, the CLI gone) abandoned
    // its stack too, or tried to: what a lost daemon kept is torn down now, not kept.
    if (startFailure && phase !== 'started')
        return undefined;
    if (startFailure)
        return 'cleanup: on-success, and main failed';
    if (failOnMet.length > 0)
        return `cleanup: on-success, and fail-on was met (${failOnMet.join('; ')})`;
    if (env[keys/* JOB_STATUS_ENV */.tf] === 'failure')
        return `cleanup: on-success, and a step reported the job failed (${keys/* JOB_STATUS_ENV */.tf}=failure)`;
    return undefined;
}
/**
 * The lease goes last: released once the stack is gone, or — when the stack is kept — handed to
 * an owner nobody can check, so it lasts until lease-ttl (no sweep takes a kept stack earlier).
 * Returns a problem to report, or undefined.
 */
async function settleLease(deps, run, keep) {
    const log = deps.runtime;
    if (!run.lease)
        return undefined;
    if (!keep)
        return (await (0,phases_teardown/* releaseOrKeep */.YM)(deps, log, run.lease)) ? `lease ${run.lease.id} could not be released` : undefined;
    try {
        await (0,lifecycle/* transferLease */.gH)(deps, run.lease, (0,launch/* ttlOnlyOwner */.O_)(deps.host.processIdentity()?.hostname ?? ''), { ttlMs: run.settings.lease.leaseTtlMs });
        log.info(`The lease stays with the kept stack until lease-ttl (${run.settings.lease.leaseTtlMs / 3_600_000} h) runs out.`);
        return undefined;
    }
    catch (error) {
        log.warning(`Could not hand lease ${run.lease.id} to the kept stack: ${(0,errors/* errorMessage */.g)(error)}; it ends with its TTL or its owner.`);
        return `lease ${run.lease.id}: ${(0,errors/* errorMessage */.g)(error)}`;
    }
}
function monitorLine(monitor) {
    const total = (key) => monitor.services.reduce((sum, service) => sum + service[key], 0);
    const samples = monitor.services.reduce((sum, service) => sum + service.samples, 0);
    return `Monitor: ${samples} samples of ${monitor.services.length} services; peak memory of the stack ${(0,units/* formatBytes */.z3)(monitor.stackPeakMemoryBytes)}; ${total('oomKills')} OOM kills; ${total('restarts')} restarts; ${monitor.gaps.length} gaps.`;
}


/***/ })

};
