import type { DaemonResources } from '../compose/declared-resources.js';
import type { HealthcheckChange, HealthcheckEngine } from '../compose/healthcheck-defaults.js';
import type { ComposeModel } from '../compose/model.js';
import type { ComposeSources, FileReference } from '../compose/positions.js';
import { type RuleId } from './catalog.js';
import type { PolicyConfig } from './config.js';
import { type InjectedLimits, type MemoryBudget } from './context.js';
import { type Finding } from './finding.js';
import { type HostFacts } from './host.js';
import type { ImageHealth } from './service-facts.js';
import type { Suppressions } from './suppress.js';
export interface EvaluateInput {
    model: ComposeModel;
    /** Parsed compose files, for positions; without them findings carry no line. */
    sources?: ComposeSources;
    /** Absolute path of the first compose file: where stack-wide findings point without sources. */
    firstFile: string;
    config: PolicyConfig;
    memoryBudget?: MemoryBudget;
    engine?: HealthcheckEngine;
    injected?: ReadonlyMap<string, InjectedLimits>;
    standardised?: ReadonlyMap<string, HealthcheckChange[]>;
    /** The daemon's volumes and networks, when a daemon was asked. */
    daemon?: DaemonResources;
    /** Each service's image HEALTHCHECK as the daemon reports it; absent means unknown. */
    images?: ReadonlyMap<string, ImageHealth>;
    /** Absolute path → the path findings show ("compose.yaml", "ci/compose.test.yaml"). */
    displayPath: (absolutePath: string) => string;
    /** Inline suppressions per absolute file path. */
    suppressions?: ReadonlyMap<string, Suppressions>;
    /** The host binds land on; without it paths are judged as written, the workspace being the first file's directory. */
    host?: HostFacts;
    /** Files Compose reads beyond the compose files (from sources, plus the project's .env). */
    references?: FileReference[];
    /** Rules the workflow's policy-allow input allows: their findings are suppressed, whatever the tree says. */
    allow?: readonly RuleId[];
}
/** Where a suppression is written. */
export type SuppressionSource = 'inline' | 'config' | 'input';
export interface SuppressedFinding {
    finding: Finding;
    /** The reason given; '' when none was. */
    reason: string;
    /** An inline comment of a compose file, the policy file, or the workflow's policy-allow input. */
    source: SuppressionSource;
    /** The comment's or policy-file entry's file (as the user gave it) and line; absent for the input. */
    file?: string;
    line?: number;
    /** Set when the suppression was refused: why. The finding then stands among the findings. */
    refused?: string;
}
export interface Evaluation {
    findings: Finding[];
    /** Every suppression that matched a finding: applied ones, and refused ones (with `refused`). */
    suppressed: SuppressedFinding[];
}
export declare function evaluatePolicy(input: EvaluateInput): Evaluation;
