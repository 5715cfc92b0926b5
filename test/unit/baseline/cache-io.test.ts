import { describe, expect, test } from 'vitest';
import { parseBaseline } from '../../../src/baseline/document.js';
import { planBaseline, recallBaseline, recordBaseline, type BaselinePlan } from '../../../src/baseline/cache-io.js';
import { renderBaselineSection, baselineVerdict } from '../../../src/baseline/section.js';
import type { Baseline } from '../../../src/baseline/document.js';
import type { BaselineRecall } from '../../../src/baseline/cache-io.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import { MemoryCache, runReport, serviceRun } from './fixtures.js';

const model = (project: string): ComposeModel => ({
  name: project,
  services: { db: { image: 'dsa-test/postgres:15', environment: { FILL: '24' } }, web: { image: 'dsa-test/busybox:1' } },
  networks: { default: { name: `${project}_default` } },
});
const env = (runId: string, branch = 'main') => ({ GITHUB_REPOSITORY: 'o/r', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'it', GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_REF_NAME: branch });
const plan = (runId: string, project: string, branch?: string): BaselinePlan =>
  planBaseline(model(project), { projectName: project, workingDirectory: '/w' }, env(runId, branch), () => undefined);

function deps(cache: MemoryCache) {
  const log: string[] = [];
  return {
    log,
    deps: {
      cache,
      log: { info: (m: string) => log.push(`info ${m}`), warning: (m: string) => log.push(`warning ${m}`) },
      readText: cache.readText,
      writeFile: cache.writeFile,
      now: () => Date.UTC(2026, 10, 27, 9, 0),
    },
  };
}

describe('a baseline across runs, through the cache port', () => {
  test('run 1 finds none and saves; run 2 (another project name) finds run 1 and sees its deltas', async () => {
    const cache = new MemoryCache();
    const first = plan('100', 'dsa-100-1-it-aaaaaa');
    const one = deps(cache);
    expect(await recallBaseline(one.deps, first)).toEqual({ status: 'none', branches: ['main'], durationMs: 3 });
    expect(one.log).toEqual([expect.stringMatching(/^info Baseline: none yet for this stack \([0-9a-f]{16}\) on main; this run's figures become the first\.$/)]);
    const saved = await recordBaseline(one.deps, first, runReport([serviceRun('db', 60), serviceRun('web', 10, { hasHealthcheck: false })]));
    expect(saved).toEqual({ status: 'saved', key: first.keys.saveKey, durationMs: 9 });
    const stored = parseBaseline(cache.entries[0]!.files.get('baseline.json')!);
    expect(stored).toMatchObject({ runId: '100', branch: 'main', startupMs: 5000, services: [{ service: 'db', timeToHealthyMs: 2000 }, { service: 'web' }] });
    // web has no health check: no time to healthy is remembered for it.
    expect('error' in stored ? undefined : stored.services[1]).toEqual({ service: 'web', peakMemoryBytes: 10 * 1024 ** 2, meanCpuPercent: 1.5 });
    expect(cache.entries[0]!.files.get('baseline.json')!.length).toBeLessThan(2048);

    const second = plan('101', 'dsa-101-1-it-bbbbbb');
    expect(second.stackHash).toBe(first.stackHash);
    const two = deps(cache);
    const recall = await recallBaseline(two.deps, second);
    expect(recall).toMatchObject({ status: 'found', key: first.keys.saveKey, baseline: { runId: '100' } });
    const verdict = baselineVerdict(recall, runReport([serviceRun('db', 120), serviceRun('web', 10, { hasHealthcheck: false })]), { memory: 0.25, startup: 0.25 });
    expect(verdict.outputs).toEqual({ baselineFound: true, regressions: 1 });
    expect(verdict.warnings).toEqual(['Regression against the baseline (run 100 on main): db: peak memory 120 MiB, +100% over the baseline\'s 60 MiB (threshold 25%)']);
    // Entry directories are removed once used.
    expect(cache.calls.filter((call) => call.startsWith('discard'))).toHaveLength(3);
    expect(cache.files.size).toBe(0);
  });

  test('a pull request compares with its base branch before its own', async () => {
    const cache = new MemoryCache();
    const onRelease = plan('200', 'p1', 'release');
    await recordBaseline(deps(cache).deps, onRelease, runReport([serviceRun('db', 60)]));
    const onFeature = plan('201', 'p2', 'feature');
    await recordBaseline(deps(cache).deps, onFeature, runReport([serviceRun('db', 70)]));
    const pr = planBaseline(model('p3'), { projectName: 'p3', workingDirectory: '/w' }, { ...env('202'), GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'release' }, () => undefined);
    expect(await recallBaseline(deps(cache).deps, pr)).toMatchObject({ status: 'found', baseline: { runId: '200', branch: 'release' } });
  });

  test('without a cache service: said once in main, nothing in post, and the verdict has no baseline', async () => {
    const cache = new MemoryCache();
    cache.available = false;
    const { deps: d, log } = deps(cache);
    const recall = await recallBaseline(d, plan('300', 'p'));
    expect(recall).toEqual({ status: 'unavailable', reason: 'no Actions cache service here (test)' });
    expect(await recordBaseline(d, plan('300', 'p'), runReport([serviceRun('db', 60)]))).toEqual({ status: 'unavailable', reason: 'no Actions cache service here (test)' });
    expect(log).toEqual(['info Baseline: not compared with earlier runs — no Actions cache service here (test).']);
    expect(cache.calls).toEqual([]);
    expect(baselineVerdict(recall, runReport([serviceRun('db', 60)]), {}).outputs).toEqual({ baselineFound: false, regressions: 0 });
  });

  test('a failing service or an unreadable entry is a logged answer, not an exception', async () => {
    const cache = new MemoryCache();
    cache.failRestore = 'no answer within 30 s';
    expect(await recallBaseline(deps(cache).deps, plan('400', 'p'))).toEqual({ status: 'failed', reason: 'no answer within 30 s' });
    cache.failRestore = undefined;
    cache.entries.push({ key: plan('399', 'p').keys.saveKey, files: new Map([['baseline.json', '{"schema":"docker-stability/baseline@9"}']]) });
    const { deps: d, log } = deps(cache);
    expect(await recallBaseline(d, plan('400', 'p'))).toMatchObject({ status: 'failed', reason: expect.stringContaining("schema 'docker-stability/baseline@9' is not docker-stability/baseline@1") });
    expect(log[0]).toMatch(/^warning Baseline: the cached baseline .* is unreadable/);
    cache.failSave = 'network down';
    const save = deps(cache);
    expect(await recordBaseline(save.deps, plan('400', 'p'), runReport([serviceRun('db', 60)]))).toEqual({ status: 'failed', reason: 'network down' });
    expect(save.log).toEqual(["warning Baseline: this run's figures were not saved — network down."]);
  });

  test('a file system that fails (a full disk) is an answer, not an exception', async () => {
    const cache = new MemoryCache();
    const { deps: d, log } = deps(cache);
    const full = { ...d, writeFile: () => { throw new Error('ENOSPC: no space left on device'); } };
    expect(await recordBaseline(full, plan('450', 'p'), runReport([serviceRun('db', 60)]))).toEqual({
      status: 'failed',
      reason: "saving this run's figures failed: ENOSPC: no space left on device",
    });
    expect(log).toEqual(["warning Baseline: saving this run's figures failed: ENOSPC: no space left on device."]);
    expect(cache.calls).toEqual(['discard /cache/baseline']);
  });

  test('a run whose stack did not start saves nothing', async () => {
    const cache = new MemoryCache();
    const report = runReport([serviceRun('db', 60)]);
    report.start = { ok: false, durationMs: 120_000, reason: 'timeout', composeTail: [], failing: [] };
    expect(await recordBaseline(deps(cache).deps, plan('500', 'p'), report)).toEqual({ status: 'skipped', reason: 'the stack did not start' });
    expect(cache.calls).toEqual([]);
  });
});

describe('the summary section', () => {
  const thresholds = { memory: 0.25, startup: 0.25 };
  test.each<[string, BaselineRecall, string]>([
    ['unavailable', { status: 'unavailable', reason: 'no Actions cache service here (ACTIONS_CACHE_URL is not set)' }, 'No comparison: no Actions cache service here (ACTIONS_CACHE_URL is not set).'],
    ['none', { status: 'none', branches: ['release', 'main'], durationMs: 3 }, "No baseline yet for this stack on `release`, `main`. This run's figures were saved as a baseline (9 ms)."],
  ])('%s', (_, recall, text) => {
    const section = renderBaselineSection(recall, baselineVerdict(recall, runReport([serviceRun('db', 60)]), thresholds), { status: 'saved', key: 'k', durationMs: 9 }, thresholds);
    expect(section).toBe(`### Compared with earlier runs\n\n${text}`);
  });

  test('found: regressions first, then one row per service with this run, the baseline and the change', () => {
    const baseline: Baseline = { schema: 'docker-stability/baseline@1', stackHash: 'h', branch: 'main', runId: '100', runAttempt: '1', savedAtMs: Date.UTC(2026, 10, 26, 8, 30), startupMs: 5000, stackPeakMemoryBytes: 70 * 1024 ** 2, services: [{ service: 'db', peakMemoryBytes: 60 * 1024 ** 2, meanCpuPercent: 2, timeToHealthyMs: 2000 }, { service: 'old', peakMemoryBytes: 1024 ** 2, meanCpuPercent: 0 }] };
    const recall: BaselineRecall = { status: 'found', baseline, key: 'k', durationMs: 5 };
    const report = runReport([serviceRun('db', 120), serviceRun('new|svc', 5, { hasHealthcheck: false })], 5200);
    const section = renderBaselineSection(recall, baselineVerdict(recall, report, thresholds), undefined, thresholds);
    expect(section).toBe(
      [
        '### Compared with earlier runs',
        '',
        'Baseline: run 100 (attempt 1) on `main`, 2026-11-26 08:30 UTC. Thresholds: peak memory +25%, start-up and time to healthy +25%.',
        '',
        '**⚠️ 1 regression:**',
        "- db: peak memory 120 MiB, +100% over the baseline's 60 MiB (threshold 25%)",
        '',
        '| Service | Peak memory | Average CPU | Time to healthy |',
        '| --- | --- | --- | --- |',
        '| db | 120 MiB (was 60 MiB, +100% ⚠️) | 1.5% (was 2.0%, −25%) | 2.0 s (was 2.0 s, +0%) |',
        '| new\\|svc (new) | 5 MiB (new) | 1.5% (new) | — |',
        '| old (gone) | — (was 1 MiB) | — (was 0.0%) | — |',
        '',
        'Stack start-up: 5.2 s (was 5.0 s, +4%); stack peak memory: 125 MiB (was 70 MiB, +79%).',
      ].join('\n'),
    );
  });
});
