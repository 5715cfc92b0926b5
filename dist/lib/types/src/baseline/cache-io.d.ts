import type { ComposeModel } from '../compose/model.js';
import type { CacheStore } from '../ports/cache.js';
import type { Log } from '../ports/runtime.js';
import { type Baseline, type RunFigures } from './document.js';
import { type BaselineKeys, type RunIdentity } from './keys.js';
/** A small entry: a slow answer means a sick service, not a big download. */
export declare const BASELINE_TIMEOUT_MS = 30000;
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
export type BaselineRecall = {
    status: 'found';
    baseline: Baseline;
    key: string;
    durationMs: number;
} | {
    status: 'none';
    branches: string[];
    durationMs: number;
} | {
    status: 'unavailable';
    reason: string;
} | {
    status: 'failed';
    reason: string;
};
export type BaselineSave = {
    status: 'saved';
    key: string;
    durationMs: number;
} | {
    status: 'skipped' | 'not-saved' | 'failed' | 'unavailable';
    reason: string;
};
export declare function planBaseline(model: ComposeModel, stack: {
    projectName: string;
    workingDirectory: string;
}, env: NodeJS.ProcessEnv, readText: (file: string) => string | undefined): BaselinePlan;
/** Main, before `up`: the newest baseline of this stack for the base, default or current branch. */
export declare function recallBaseline(deps: BaselineDeps, plan: BaselinePlan): Promise<BaselineRecall>;
/** Post, once the report is built: this run's figures become a baseline for later runs. */
export declare function recordBaseline(deps: BaselineDeps, plan: BaselinePlan, report: RunFigures): Promise<BaselineSave>;
