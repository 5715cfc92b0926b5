import { describe, expect, test } from 'vitest';
import { serviceRun, runReport } from '../baseline/fixtures.js';
import type { RunReport } from '../../../src/report/run-report.js';
import { verdictOf } from '../../../src/report/verdict.js';

// The summary's one-word verdict and the reasons behind it, most serious first: what fails a run,
// what only warns, and what fail-on already counted is not said twice.

const clean = (): RunReport => ({ ...runReport([serviceRun('db', 60)]), teardown: { durationMs: 900, problems: [], leftovers: { containers: [], networks: [], volumes: [] } } });

describe('verdictOf', () => {
  test('a run where nothing happened is clean', () => {
    expect(verdictOf(clean())).toEqual({ verdict: 'clean', reasons: [] });
  });

  test.each<[string, (report: RunReport) => void, string]>([
    ['main failed (first line only)', (r) => (r.mainError = 'Preflight failed: disk\nmore detail'), 'Preflight failed: disk'],
    ['a preflight check failed', (r) => r.preflight.push({ id: 'disk', title: 'Free disk', status: 'fail', detail: '' }), 'preflight: Free disk'],
    ['the stack did not become healthy', (r) => (r.start = { ok: false, durationMs: 1, composeTail: [], failing: [{ service: 'db' } as never] }), 'the stack did not become healthy (db)'],
    ['a fail-on condition was met', (r) => (r.failOn = { conditions: ['oom'], met: ['oom: db OOM-killed once'] }), 'fail-on oom: db OOM-killed once'],
    ['no lease in time', (r) => (r.lease = { outcome: 'timed-out', waitedMs: 1, waitedFor: [] }), 'no lease was granted in time'],
    ['something was left behind', (r) => (r.teardown = { durationMs: 1, problems: [], leftovers: { containers: ['p-db-1'], networks: ['p_default'], volumes: [] } }), '2 resources left after cleanup'],
  ])('failed: %s', (_name, change, reason) => {
    const report = clean();
    change(report);
    expect(verdictOf(report)).toEqual({ verdict: 'failed', reasons: [reason] });
  });

  test.each<[string, (report: RunReport) => void, string]>([
    ['a preflight warning', (r) => r.preflight.push({ id: 'load', title: 'Runner load', status: 'warn', detail: '' }), 'preflight: Runner load'],
    ['an OOM kill fail-on did not cover', (r) => (r.monitor!.services = [serviceRun('db', 60, { oomKills: 1 })]), 'db was OOM-killed'],
    ['restarts', (r) => (r.monitor!.services = [serviceRun('db', 60, { restarts: 3 })]), 'db restarted 3×'],
    ['a service that turned unhealthy', (r) => (r.monitor!.services = [serviceRun('db', 60, { unhealthy: 1 })]), 'db turned unhealthy'],
    ['the daemon away twice', (r) => (r.monitor!.gaps = [{ fromMs: 0, toMs: 3000, reason: 'x' }, { fromMs: 5000, toMs: 7000, reason: 'y' }]), 'the Docker daemon was away 2 times (5.0 s without samples)'],
    ['a monitor problem (the first)', (r) => (r.monitorProblems = ['the monitor was killed', 'another']), 'monitor: the monitor was killed'],
    ['pulls that needed retries', (r) => (r.pull = { policy: 'missing', durationMs: 1, images: [{ image: 'pg:15', services: ['db'], outcome: 'pulled', why: '', attempts: [{}, {}] as never, durationMs: 1 }] }), 'pg:15 pulled only after retries'],
    ['policy errors under policy: warn', (r) => (r.policy = { findings: [{ severity: 'error' } as never], files: [], mode: 'warn', counts: { error: 1, warning: 0, note: 0 }, suppressed: [], injected: [], standardised: [] }), '1 policy error'],
    ['cleanup problems', (r) => (r.teardown!.problems = ['a', 'b']), '2 cleanup problems'],
    ['what the sweep could not remove', (r) => (r.cleanup = { removed: [], left: [{ kind: 'volume', name: 'v', why: 'in use' }] }), '1 resources the sweep could not remove'],
  ])('warnings: %s', (_name, change, reason) => {
    const report = clean();
    change(report);
    expect(verdictOf(report)).toEqual({ verdict: 'warnings', reasons: [reason] });
  });

  test('what fail-on already made a failure is not warned about again', () => {
    const report = clean();
    report.monitor!.services = [serviceRun('db', 60, { oomKills: 1, restarts: 2 })];
    report.failOn = { conditions: ['oom'], met: ['oom: db OOM-killed once'] };
    expect(verdictOf(report)).toEqual({ verdict: 'failed', reasons: ['fail-on oom: db OOM-killed once', 'db restarted 2×'] });
  });

  test('failures first, then the warnings', () => {
    const report = clean();
    report.preflight.push({ id: 'load', title: 'Runner load', status: 'warn', detail: '' }, { id: 'disk', title: 'Free disk', status: 'fail', detail: '' });
    report.mainError = 'Preflight failed: Free disk';
    expect(verdictOf(report).reasons).toEqual(['Preflight failed: Free disk', 'preflight: Free disk', 'preflight: Runner load']);
  });
});
