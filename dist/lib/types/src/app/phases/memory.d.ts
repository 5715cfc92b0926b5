import { type BaselineVerdict } from '../../baseline/section.js';
import type { ComposeModel } from '../../compose/model.js';
import type { Log } from '../../ports/runtime.js';
import type { RunReport } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../wiring.js';
/** Main, before `up`. */
export declare function recallMemory(deps: Deps, log: Log, settings: Settings, model: ComposeModel, report: RunReport): Promise<void>;
/** Post, once the report has the run's figures: save them, compare, warn on regressions. */
export declare function recordMemory(deps: Deps, log: Log, report: RunReport): Promise<BaselineVerdict | undefined>;
