import { planBaseline, recallBaseline, recordBaseline } from '../../baseline/memory.js';
import { baselineVerdict, type BaselineVerdict } from '../../baseline/section.js';
import type { ComposeModel } from '../../compose/model.js';
import { prepareImages } from '../../image-cache/prepare.js';
import { recordImageCache } from '../../image-cache/record.js';
import type { Log } from '../../ports/runtime.js';
import type { RunReport } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../wiring.js';

// Memory across runs through the Actions cache: main recalls the baseline and gets the images
// (from the cache only while that was measured faster); post records both. Nothing here fails
// the job: without a cache service each says so once and the run goes on.

function memoryDeps(deps: Deps, log: Log) {
  return { cache: deps.cache, log, readText: deps.readText, writeFile: deps.writeFile, now: deps.clock.now, images: deps.images };
}

/** Main, before `up`. */
export async function recallMemory(deps: Deps, log: Log, settings: Settings, model: ComposeModel, report: RunReport): Promise<void> {
  const memory: NonNullable<RunReport['memory']> = {};
  if (settings.memory.baseline) {
    const plan = planBaseline(model, settings.stack, deps.runtime.env, deps.readText);
    const recall = await recallBaseline(memoryDeps(deps, log), plan);
    if (recall.status === 'found') log.info(`Baseline: run ${recall.baseline.runId} on ${recall.baseline.branch} (${recall.key}).`);
    memory.baseline = { plan, recall, thresholds: settings.memory.thresholds };
  }
  if (settings.memory.imageCache) memory.imageCache = { prep: await prepareImages(memoryDeps(deps, log), model) };
  if (memory.baseline || memory.imageCache) report.memory = memory;
}

/** Post, once the report has the run's figures: save them, compare, warn on regressions. */
export async function recordMemory(deps: Deps, log: Log, report: RunReport): Promise<BaselineVerdict | undefined> {
  const memory = report.memory;
  if (!memory) return undefined;
  let verdict: BaselineVerdict | undefined;
  if (memory.baseline) {
    memory.baseline.save = await recordBaseline(memoryDeps(deps, log), memory.baseline.plan, report);
    verdict = baselineVerdict(memory.baseline.recall, report, memory.baseline.thresholds);
    for (const warning of verdict.warnings) log.warning(warning);
  }
  if (memory.imageCache) {
    const env = deps.runtime.env;
    memory.imageCache.record = await recordImageCache(memoryDeps(deps, log), memory.imageCache.prep, {
      runId: env.GITHUB_RUN_ID ?? String(report.startedAtMs),
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    });
  }
  return verdict;
}
