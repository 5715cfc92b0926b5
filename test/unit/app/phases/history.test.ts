import { describe, expect, test } from 'vitest';
import { recallHistory, recordHistory } from '../../../../src/app/phases/history.js';
import { MemoryCache, runReport, serviceRun } from '../../baseline/fixtures.js';
import { settingsOf, type World } from '../pipeline-support.js';
import { HEALTHY_MODEL, world } from '../world.js';

// History across runs as the pipeline uses it: what the start recalls (and only when asked),
// what the finish records and compares, and where the cache is missing, that it is said.

const RUN = { GITHUB_REPOSITORY: 'o/r', GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'it', GITHUB_RUN_ATTEMPT: '1', GITHUB_REF_NAME: 'main' };

/** A job of the workflow, its files and the cache's files one store, as on a runner. */
function job(cache: MemoryCache, runId: string, inputs: Record<string, string> = {}): World {
  const w = world({ inputs: { baseline: 'true', ...inputs }, env: { ...RUN, GITHUB_RUN_ID: runId } });
  w.deps.cache = cache;
  const { readText, writeText } = w.deps.files;
  w.deps.files.readText = (file) => cache.readText(file) ?? readText(file);
  w.deps.files.writeText = (file, text) => (file.startsWith('/cache/') ? cache.writeFile(file, text) : writeText(file, text));
  return w;
}

describe('recallHistory', () => {
  test('baseline and image cache both off: nothing recalled, nothing said', async () => {
    const w = world({ inputs: { baseline: 'false', 'image-cache': 'false' } });
    expect(await recallHistory(w.deps, w.deps.runtime, settingsOf(w), HEALTHY_MODEL)).toBeUndefined();
    expect(w.events).toEqual([]);
  });

  test('no cache service: the baseline says so once and the run goes on', async () => {
    const w = world({ inputs: { baseline: 'true' } });
    const history = await recallHistory(w.deps, w.deps.runtime, settingsOf(w), HEALTHY_MODEL);
    expect(history?.baseline?.recall).toEqual({ status: 'unavailable', reason: 'no cache in this test' });
    expect(w.events).toEqual(['info: Baseline: not compared with earlier runs — no cache in this test.']);
  });

  test.each([
    ['always', 'pull: always — the image cache serves pull: missing'],
    ['never', 'pull: never — the image cache serves pull: missing'],
  ])('the image cache stands in for pulls of missing images only: pull %s → unavailable', async (pull, reason) => {
    const w = world({ inputs: { 'image-cache': 'true', pull } });
    const history = await recallHistory(w.deps, w.deps.runtime, settingsOf(w), HEALTHY_MODEL);
    expect(history?.imageCache?.prep).toMatchObject({ status: 'unavailable', reason });
  });
});

describe('recordHistory', () => {
  test('nothing recalled, nothing recorded', async () => {
    const w = world();
    expect(await recordHistory(w.deps, w.deps.runtime, undefined, runReport([serviceRun('db', 60)]), { startedAtMs: 1 })).toEqual({});
  });

  test('run 1 saves its figures; run 2 recalls them and warns of the regression it finds', async () => {
    const cache = new MemoryCache();
    const first = job(cache, '100');
    const recalled = await recallHistory(first.deps, first.deps.runtime, settingsOf(first), HEALTHY_MODEL);
    expect(recalled?.baseline?.recall.status).toBe('none');
    const one = await recordHistory(first.deps, first.deps.runtime, recalled, runReport([serviceRun('db', 60)]), { startedAtMs: 1 });
    expect(one.history?.baseline?.save).toMatchObject({ status: 'saved' });
    expect(one.verdict?.outputs).toEqual({ baselineFound: false, regressions: 0 });

    const second = job(cache, '101');
    const again = await recallHistory(second.deps, second.deps.runtime, settingsOf(second), HEALTHY_MODEL);
    expect(second.events).toContainEqual(expect.stringMatching(/^info: Baseline: run 100 on main \(/));
    const two = await recordHistory(second.deps, second.deps.runtime, again, runReport([serviceRun('db', 120)]), { startedAtMs: 1 });
    expect(two.verdict?.outputs).toEqual({ baselineFound: true, regressions: 1 });
    expect(second.events).toContainEqual(expect.stringMatching(/^warning: Regression against the baseline \(run 100 on main\): db: peak memory 120 MiB/));
  });
});
