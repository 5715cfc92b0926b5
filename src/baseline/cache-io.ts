import path from 'node:path';
import type { ComposeModel } from '../compose/model.js';
import type { CacheStore } from '../ports/cache.js';
import type { Log } from '../ports/runtime.js';
import { BASELINE_FILE, baselineDocument, figuresFromReport, parseBaseline, type Baseline, type RunFigures } from './document.js';
import { baselineKeys, runIdentity, type BaselineKeys, type RunIdentity } from './keys.js';
import { stackHash } from './stack-hash.js';

// Restoring the baseline in main and saving this run's in post, through the cache port. Never
// throws: without a cache service it says so once (in main) and the job goes on.

/** A small entry: a slow answer means a sick service, not a big download. */
export const BASELINE_TIMEOUT_MS = 30_000;
const DIRECTORY = 'baseline';

export interface BaselineDeps {
  cache: CacheStore;
  log: Pick<Log, 'info' | 'warning'>;
  readText: (file: string) => string | undefined;
  writeFile: (file: string, text: string) => void;
  now: () => number;
}

/** What main works out once and post needs again (JSON: goes into the run state as it is). */
export interface BaselinePlan {
  identity: RunIdentity;
  stackHash: string;
  keys: BaselineKeys;
}

export type BaselineRecall =
  | { status: 'found'; baseline: Baseline; key: string; durationMs: number }
  | { status: 'none'; branches: string[]; durationMs: number }
  | { status: 'unavailable'; reason: string }
  | { status: 'failed'; reason: string };

export type BaselineSave =
  | { status: 'saved'; key: string; durationMs: number }
  | { status: 'skipped' | 'not-saved' | 'failed' | 'unavailable'; reason: string };

export function planBaseline(
  model: ComposeModel,
  stack: { projectName: string; workingDirectory: string },
  env: NodeJS.ProcessEnv,
  readText: (file: string) => string | undefined,
): BaselinePlan {
  const identity = runIdentity(env, readText);
  const hash = stackHash(model, { projectName: stack.projectName, projectDirectory: stack.workingDirectory });
  return { identity, stackHash: hash, keys: baselineKeys(identity, hash) };
}

/** Main, before `up`: the newest baseline of this stack for the base, default or current branch. */
export async function recallBaseline(deps: BaselineDeps, plan: BaselinePlan): Promise<BaselineRecall> {
  const availability = deps.cache.availability();
  if (!availability.available) {
    deps.log.info(`Baseline: not compared with earlier runs — ${availability.reason}.`);
    return { status: 'unavailable', reason: availability.reason };
  }
  return guarded(deps, 'restoring the baseline', async () => recallFrom(deps, plan, deps.cache.freshDirectory(DIRECTORY)));
}

async function recallFrom(deps: BaselineDeps, plan: BaselinePlan, directory: string): Promise<BaselineRecall> {
  try {
    const result = await deps.cache.restore({
      directory,
      primaryKey: plan.keys.saveKey,
      restoreKeys: plan.keys.restoreKeys,
      timeoutMs: BASELINE_TIMEOUT_MS,
    });
    if (result.kind === 'unavailable' || result.kind === 'failed') {
      deps.log.info(`Baseline: not compared with earlier runs — ${result.reason}.`);
      return { status: result.kind, reason: result.reason };
    }
    if (result.kind === 'miss') {
      deps.log.info(`Baseline: none yet for this stack (${plan.stackHash}) on ${plan.keys.branches.join(', ')}; this run's figures become the first.`);
      return { status: 'none', branches: plan.keys.branches, durationMs: result.durationMs };
    }
    const parsed = parseBaseline(deps.readText(path.join(directory, BASELINE_FILE)) ?? '');
    if ('error' in parsed) {
      const reason = `the cached baseline ${result.key} is unreadable: ${parsed.error}`;
      deps.log.warning(`Baseline: ${reason}.`);
      return { status: 'failed', reason };
    }
    deps.log.info(`Baseline: run ${parsed.runId} on ${parsed.branch} (${result.key}), restored in ${result.durationMs} ms.`);
    return { status: 'found', baseline: parsed, key: result.key, durationMs: result.durationMs };
  } finally {
    deps.cache.discard(directory);
  }
}

/** Post, once the report is built: this run's figures become a baseline for later runs. */
export async function recordBaseline(deps: BaselineDeps, plan: BaselinePlan, report: RunFigures): Promise<BaselineSave> {
  const figures = figuresFromReport(report);
  if ('skip' in figures) return { status: 'skipped', reason: figures.skip };
  const availability = deps.cache.availability();
  if (!availability.available) return { status: 'unavailable', reason: availability.reason };
  const document = baselineDocument(figures, {
    stackHash: plan.stackHash,
    branch: plan.identity.branch,
    runId: plan.identity.runId,
    runAttempt: plan.identity.runAttempt,
    savedAtMs: deps.now(),
  });
  return guarded(deps, "saving this run's figures", async () => {
    const directory = deps.cache.freshDirectory(DIRECTORY);
    try {
      deps.writeFile(path.join(directory, BASELINE_FILE), JSON.stringify(document));
      const result = await deps.cache.save({ directory, key: plan.keys.saveKey, timeoutMs: BASELINE_TIMEOUT_MS });
      if (result.kind === 'saved') return { status: 'saved', key: result.key, durationMs: result.durationMs };
      if (result.kind !== 'unavailable') deps.log.warning(`Baseline: this run's figures were not saved — ${result.reason}.`);
      return { status: result.kind, reason: result.reason };
    } finally {
      deps.cache.discard(directory);
    }
  });
}

/** The file system under the entry directory can fail too (a full disk): an answer, not a throw. */
async function guarded<T extends { status: string }>(deps: BaselineDeps, what: string, body: () => Promise<T>): Promise<T | { status: 'failed'; reason: string }> {
  try {
    return await body();
  } catch (error) {
    const reason = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
    deps.log.warning(`Baseline: ${reason}.`);
    return { status: 'failed', reason };
  }
}
