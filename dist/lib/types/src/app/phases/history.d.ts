import { type BaselineVerdict } from '../../baseline/section.js';
import type { RunFigures } from '../../baseline/document.js';
import type { ComposeModel } from '../../compose/model.js';
import type { Log } from '../../ports/runtime.js';
import type { HistorySection } from '../../report/run-report.js';
import type { Settings } from '../../settings/settings.js';
import type { Deps } from '../deps.js';
/** Before `up`: the baseline to compare with, and the images fetched the faster way. */
export declare function recallHistory(deps: Deps, log: Log, settings: Settings, model: ComposeModel): Promise<HistorySection | undefined>;
/** Once the run's figures are known: save them, compare, warn on regressions. */
export declare function recordHistory(deps: Deps, log: Log, history: HistorySection | undefined, figures: RunFigures, run: {
    startedAtMs: number;
}): Promise<{
    history?: HistorySection;
    verdict?: BaselineVerdict;
}>;
