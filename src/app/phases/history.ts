import { planBaseline, recallBaseline, recordBaseline } from '../../baseline/cache-io.js';
import { baselineVerdict, type BaselineVerdict } from '../../baseline/section.js';
import type { RunFigures } from '../../baseline/document.js';
import type { ComposeModel } from '../../compose/model.js';
import { prepareImages } from '../../image-cache/prepare.js';
import { recordImageCache } from '../../image-cache/record.js';
import type { Log } from '../../ports/runtime.js';
import type { HistorySection } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';

// History across runs through the Actions cache: the start recalls the baseline and gets the
// images (from the cache only while that was measured faster); the finish records both. Nothing
// here fails the job: without a cache service each says so once and the run goes on.

function cacheDeps(deps: Deps, log: Log) {
  return {
    cache: deps.cache,
    log,
    readText: (file: string) => deps.files.readText(file),
    writeFile: (file: string, text: string) => deps.files.writeText(file, text),
    now: () => deps.clock.now(),
    images: deps.images,
  };
}

/** Before `up`: the baseline to compare with, and the images fetched the faster way. */
export async function recallHistory(deps: Deps, log: Log, settings: Settings, model: ComposeModel): Promise<HistorySection | undefined> {
  const history: HistorySection = {};
  if (settings.history.baseline) {
    const plan = planBaseline(model, settings.stack, deps.runtime.env, (file) => deps.files.readText(file));
    const recall = await recallBaseline(cacheDeps(deps, log), plan);
    if (recall.status === 'found') log.info(`Baseline: run ${recall.baseline.runId} on ${recall.baseline.branch} (${recall.key}).`);
    history.baseline = { plan, recall, thresholds: settings.history.thresholds };
  }
  if (settings.history.imageCache) {
    // The cache stands in for pulls of missing images; `pull: always` pulls anyway, `never` not at all.
    const pull = settings.compose.pull;
    history.imageCache = {
      prep:
        pull === 'missing'
          ? await prepareImages(cacheDeps(deps, log), model)
          : { status: 'unavailable', references: [], missing: [], imageIds: {}, reason: `pull: ${pull} — the image cache serves pull: missing` },
    };
  }
  return history.baseline || history.imageCache ? history : undefined;
}

/** Once the run's figures are known: save them, compare, warn on regressions. */
export async function recordHistory(
  deps: Deps,
  log: Log,
  history: HistorySection | undefined,
  figures: RunFigures,
  run: { startedAtMs: number },
): Promise<{ history?: HistorySection; verdict?: BaselineVerdict }> {
  if (!history) return {};
  const recorded: HistorySection = { ...history };
  let verdict: BaselineVerdict | undefined;
  if (history.baseline) {
    recorded.baseline = { ...history.baseline, save: await recordBaseline(cacheDeps(deps, log), history.baseline.plan, figures) };
    verdict = baselineVerdict(history.baseline.recall, figures, history.baseline.thresholds);
    for (const warning of verdict.warnings) log.warning(warning);
  }
  if (history.imageCache) {
    const env = deps.runtime.env;
    recorded.imageCache = {
      ...history.imageCache,
      record: await recordImageCache(cacheDeps(deps, log), history.imageCache.prep, {
        runId: env.GITHUB_RUN_ID ?? String(run.startedAtMs),
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
      }),
    };
  }
  return { history: recorded, verdict };
}
