import { describe, expect, test } from 'vitest';
import { RESERVATION_MODEL } from '../../../src/compose/resources.js';
import { analyseMonitor, type MonitorReport } from '../../../src/monitor/analysis.js';
import { Recorder } from '../../../src/monitor/recorder.js';
import { MonitorState } from '../../../src/monitor/state.js';
import type { Finding } from '../../../src/policy/finding.js';
import { applyFailOn, runOutputs } from '../../../src/report/outputs.js';
import { emptyReport, type RunReport } from '../../../src/report/run-report.js';
import { renderSummary, verdictOf } from '../../../src/report/summary.js';
import { syntheticRecords } from '../../support/monitor-synthetic.js';

const MiB = 1024 ** 2;

function monitorOf(services: number, hours: number, intervalMs = 2000): { report: MonitorReport; fileBytes: number; peakFileBytes: number } {
  let fileBytes = 0;
  let peakFileBytes = 0;
  const recorder = new Recorder(
    new MonitorState(),
    {
      append: (text) => {
        fileBytes += Buffer.byteLength(text);
        peakFileBytes = Math.max(peakFileBytes, fileBytes);
      },
      replace: (text) => {
        fileBytes = Buffer.byteLength(text);
      },
    },
    8 * MiB,
  );
  for (const record of syntheticRecords({ services, hours, intervalMs })) recorder.write(record);
  return { report: analyseMonitor(recorder.state), fileBytes, peakFileBytes };
}

function runReport(monitor?: MonitorReport): RunReport {
  return {
    ...emptyReport('dsa-synthetic', monitor?.startedAtMs ?? 0),
    start: { ok: true, durationMs: 12_300, composeTail: [], failing: [] },
    monitor,
    teardown: { durationMs: 900, problems: [], leftovers: { containers: [], networks: [], volumes: [] } },
  };
}

describe('the summary of a long, large run', () => {
  const big = monitorOf(50, 6);

  test('50 services × 6 h at 2 s: the file stays bounded and the summary under 1 MiB', () => {
    // 10,800 ticks of 50 containers would be ~25 MB of raw lines; compaction keeps it near the cap.
    expect(big.peakFileBytes).toBeLessThanOrEqual(8 * MiB + 4096);
    const report = runReport(big.report);
    applyFailOn(report, [{ kind: 'oom' }]);
    const summary = renderSummary(report);
    const bytes = Buffer.byteLength(summary);
    expect(bytes).toBeLessThan(1024 * 1024);
    // Nothing had to be dropped at this size: charts and timeline are there.
    expect(summary).not.toContain('omitted to keep the summary');
    expect(summary.match(/```mermaid/g)).toHaveLength(2);
    expect(summary).toContain('### Events');
    expect(summary.match(/^\| (api|db|cache|queue|worker|search|auth|web)(-\d+)? \|/gm)).toHaveLength(50);
    console.log(`summary for 50 services × 6 h: ${(bytes / 1024).toFixed(1)} KiB; monitor file peak ${(big.peakFileBytes / MiB).toFixed(2)} MiB`);
  });

  test('every service keeps its peak and its counts through the compaction', () => {
    const straight = new MonitorState();
    for (const record of syntheticRecords({ services: 50, hours: 6, intervalMs: 2000 })) straight.apply(record);
    const expected = analyseMonitor(straight);
    expect(big.report.services.map((s) => [s.service, s.peakMemoryBytes, s.restarts, s.oomKills, s.unhealthy])).toEqual(
      expected.services.map((s) => [s.service, s.peakMemoryBytes, s.restarts, s.oomKills, s.unhealthy]),
    );
    expect(big.report.services.reduce((sum, s) => sum + s.oomKills, 0)).toBe(5);
  });
});

describe('verdict and sections', () => {
  const small = monitorOf(3, 0.5).report;

  test('a quiet run is clean', () => {
    const quiet = monitorOf(2, 0.1).report;
    expect(verdictOf(runReport(quiet))).toEqual({ verdict: 'clean', reasons: [] });
    expect(renderSummary(runReport(quiet))).toContain('✅ **Clean** — the stack started, ran and left nothing behind.');
  });

  test('an OOM kill fails the run under fail-on oom, and only warns without it', () => {
    const failing = runReport(small);
    expect(applyFailOn(failing, [{ kind: 'oom' }])).toEqual([]);
    const withOom = runReport(monitorOf(3, 1.1).report);
    expect(applyFailOn(withOom, [{ kind: 'oom' }])).toEqual(['oom: api OOM-killed once']);
    expect(verdictOf(withOom).verdict).toBe('failed');
    expect(renderSummary(withOom)).toMatch(/^❌ \*\*Failed\*\* — fail-on oom: api OOM-killed once/m);
    const warned = runReport(monitorOf(3, 1.1).report);
    applyFailOn(warned, []);
    expect(verdictOf(warned)).toMatchObject({ verdict: 'warnings' });
    expect(verdictOf(warned).reasons).toContain('api was OOM-killed');
  });

  test('outputs: peak memory, OOM kills and restarts', () => {
    const report = runReport(monitorOf(3, 1.1).report);
    expect(runOutputs(report, 12_345)).toEqual({
      startupSeconds: '12.3',
      peakMemoryBytes: String(report.monitor!.stackPeakMemoryBytes),
      oomKills: '1',
      restarts: '3',
    });
    expect(runOutputs(emptyReport('p', 0), undefined)).toEqual({});
  });

  test('a gap in sampling is named in the verdict and the timeline', () => {
    const gapped = { ...small, gaps: [{ fromMs: small.startedAtMs + 60_000, toMs: small.startedAtMs + 75_000, reason: 'the Docker daemon did not answer (connect ECONNREFUSED)' }] };
    const summary = renderSummary(runReport(gapped));
    expect(summary).toMatch(/^⚠️ \*\*Warnings\*\* — .*the Docker daemon was away once \(15\.0 s without samples\)/m);
    expect(summary).toMatch(/\| \+1m 00s \| \(daemon\) \| gap of 15\.0 s: the Docker daemon did not answer/);
  });

  test('policy findings, lease wait and cleanup results are shown when present', () => {
    const findings: Finding[] = [
      { rule: 'memory-limit', severity: 'error', service: 'db', file: 'compose.yaml', line: 4, column: 5, message: 'db has no memory limit' },
      { rule: 'tmpfs-size', severity: 'warning', service: 'db', file: 'compose.yaml', line: 9, column: 7, message: 'tmpfs | without size' },
    ];
    const report: RunReport = {
      ...runReport(small),
      policy: { findings, files: ['compose.yaml'], mode: 'error', counts: { error: 1, warning: 1, note: 0 }, suppressed: [], injected: [], standardised: [{ service: 'db', field: 'interval', before: '2.0 s', after: '10.0 s' }] },
      lease: { outcome: 'admitted', waitedMs: 95_000, waitedFor: ['dsa-812-1-api (run 812): 3 GiB'], budgetBytes: 12 * 1024 * MiB, usedBytes: 7 * 1024 * MiB, ownBytes: 1024 * MiB },
      cleanup: {
        removed: [{ kind: 'volume', name: 'dsa-old_data', why: 'owner job 700 is gone' }],
        left: [{ kind: 'network', name: 'dsa-x_default', why: 'in use by another container' }],
        staleProjects: [{ project: 'dsa-700-1-api-aaaaaa', removed: 3 }],
      },
    };
    const summary = renderSummary(report);
    expect(summary).toContain('| 🔴 error | memory-limit | db | compose.yaml:4:5 | db has no memory limit |');
    expect(summary).toContain('| db | interval | 2.0 s | 10.0 s |');
    expect(summary).toContain('tmpfs \\| without size');
    expect(summary).toContain('| Lease wait | 1m 35s for dsa-812-1-api (run 812): 3 GiB |');
    expect(summary).toContain('| Memory budget | 7 GiB of 12 GiB (this stack: 1 GiB) |');
    expect(summary).toContain('| removed | volume | dsa-old_data | owner job 700 is gone |');
    expect(summary).toContain('| **left** | network | dsa-x_default | in use by another container |');
    expect(summary).toContain('dsa-700-1-api-aaaaaa (3)');
    expect(verdictOf(report).reasons).toEqual(expect.arrayContaining(['1 policy error', '1 resources the sweep could not remove']));
  });

  test('a failed start with huge logs is cut to fit, dropping charts before the failure', () => {
    const longLine = 'x'.repeat(5000);
    const failing = Array.from({ length: 50 }, (_, index) => ({
      service: `svc${index}`,
      container: `p-svc${index}-1`,
      state: 'exited',
      exitCode: 1,
      oomKilled: false,
      restartCount: 0,
      healthLog: [{ exitCode: 1, output: longLine }],
      logTail: Array.from({ length: 50 }, () => longLine),
    }));
    const report: RunReport = { ...runReport(monitorOf(50, 1).report), start: { ok: false, durationMs: 1000, reason: 'failed', composeTail: [], failing } };
    const summary = renderSummary(report, { budgetBytes: 200 * 1024 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(200 * 1024);
    expect(summary).toContain('❌ **Failed**');
    expect(summary).toContain('svc0: exited, exit code 1');
    expect(summary).toContain('Health-check outputs and log tails omitted');
    // With one failing service everything fits, and log lines are cut to 400 characters.
    const one: RunReport = { ...report, start: { ok: false, durationMs: 1000, reason: 'failed', composeTail: [], failing: failing.slice(0, 1) } };
    const full = renderSummary(one);
    expect(full).toContain('svc0: health checks and last 50 log lines');
    expect(full).toContain('… (4600 more characters)');
    expect(full).not.toContain('omitted');
  });

  test('without a monitor the services table comes from the compose model', () => {
    const report: RunReport = {
      ...runReport(undefined),
      stack: { services: [{ service: 'db', image: 'postgres:15', replicas: 1, memoryLimitBytes: 512 * MiB, tmpfs: [{ target: '/var/lib/postgresql/data' }] }], reservationBytes: 512 * MiB, reservationModel: RESERVATION_MODEL, unlimited: [], unsizedTmpfs: [] },
      monitorProblems: ['the monitor could not start: spawn ENOENT'],
    };
    const summary = renderSummary(report);
    expect(summary).toContain('| db | postgres:15 | 512 MiB | not monitored |');
    expect(summary).toContain('/var/lib/postgresql/data (no size)');
    expect(summary).toContain('| Peak memory (stack) | not monitored |');
    expect(summary).toContain('- the monitor could not start: spawn ENOENT');
    // The reservation, and one sentence saying how it is counted.
    expect(summary).toContain('| Stack reservation | 512 MiB |');
    expect(summary).toContain(`\n\n${RESERVATION_MODEL}`);
  });
});
