import type { DaemonResources } from '../compose/declared-resources.js';
import type { HealthcheckChange } from '../compose/healthcheck-defaults.js';
import type { ComposeModel } from '../compose/model.js';
import type { ComposeSources } from '../compose/positions.js';
import type { PolicyConfig } from './config.js';
import { type InjectedLimits, type MemoryBudget } from './context.js';
import { type Finding } from './finding.js';
import type { Suppressions } from './suppress.js';
export interface EvaluateInput {
    model: ComposeModel;
    /** Parsed compose files, for positions; without them findings carry no line. */
    sources?: ComposeSources;
    /** Absolute path of the first compose file: where stack-wide findings point without sources. */
    firstFile: string;
    config: PolicyConfig;
    memoryBudget?: MemoryBudget;
    injected?: ReadonlyMap<string, InjectedLimits>;
    standardised?: ReadonlyMap<string, HealthcheckChange[]>;
    /** The daemon's volumes and networks, when a daemon was asked. */
    daemon?: DaemonResources;
    /** Absolute path → the path findings show ("compose.yaml", "ci/compose.test.yaml"). */
    displayPath: (absolutePath: string) => string;
    /** Inline suppressions per absolute file path. */
    suppressions?: ReadonlyMap<string, Suppressions>;
}
export interface SuppressedFinding {
    finding: Finding;
    reason: string;
}
export interface Evaluation {
    findings: Finding[];
    suppressed: SuppressedFinding[];
}
export declare function evaluatePolicy(input: EvaluateInput): Evaluation;
