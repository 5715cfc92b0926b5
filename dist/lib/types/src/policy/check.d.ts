import { type ComposeCli } from '../compose/compose-cli.js';
import type { ComposeModel } from '../compose/model.js';
import type { DaemonResources } from '../compose/declared-resources.js';
import { type HealthcheckChange, type HealthcheckDefaults, type HealthcheckEngine } from '../compose/healthcheck-defaults.js';
import { type ComposeOverride, type InjectedLimit, type LimitDefaults } from '../compose/override.js';
import { type ReadText } from '../compose/positions.js';
import { type StackReservation } from '../compose/resources.js';
import type { StackTarget } from '../compose/target.js';
import type { DockerApi } from '../ports/docker.js';
import type { RuleId } from './catalog.js';
import type { PolicyConfig } from './config.js';
import { type HostFacts } from './host.js';
import type { MemoryBudget } from './context.js';
import { type SuppressedFinding } from './evaluate.js';
import { type Finding, type FindingCounts } from './finding.js';
/** File access the check needs; the app layer hands in node:fs, tests hand in a map. */
export interface PolicyIo {
    readText: ReadText;
    writeText(absolutePath: string, text: string): void;
}
export interface PolicyCheckOptions {
    config: PolicyConfig;
    /**
     * Resolved budget; undefined when unknown (the rule then reports a note that it was skipped).
     * May be a promise: the app asks the daemon while Compose loads the model.
     */
    memoryBudget?: MemoryBudget | Promise<MemoryBudget | undefined>;
    /** Remediation: limits to inject into services that have none. */
    defaults?: LimitDefaults;
    /** Standard health-check timing for services whose checks are more aggressive. */
    healthcheckDefaults?: HealthcheckDefaults;
    /** What the daemon accepts (start_interval); undefined when no daemon was asked. */
    engine?: HealthcheckEngine;
    /** Absolute path for the generated override file; required for remediation. */
    overridePath?: string;
    /** Absolute directory that findings' paths are relative to (the CLI's cwd, GITHUB_WORKSPACE). */
    displayBase: string;
    /** The environment Compose interpolates from, so its values can be kept out of error messages. */
    env?: NodeJS.ProcessEnv;
    /** The daemon's volumes and networks (listDaemonResources), for `shared-resources`; undefined offline. */
    daemonResources?: DaemonResources;
    /** The daemon, to read the images' own HEALTHCHECK (nothing is pulled); without it they are unknown. */
    images?: Pick<DockerApi, 'inspectImage'>;
    /**
     * The host the stack's binds land on (workspace, runner directories, symlink resolution); by
     * default the display base is the workspace and paths are judged as written.
     */
    host?: HostFacts;
    /** Rules the workflow's policy-allow input allows. */
    allow?: readonly RuleId[];
}
export interface PolicyResult {
    findings: Finding[];
    suppressed: SuppressedFinding[];
    counts: FindingCounts;
    /** The model as Compose will run it, the generated override included. */
    model: ComposeModel;
    reservation: StackReservation;
    injected: InjectedLimit[];
    /** Health-check timing changed by the standard timing, per field. */
    standardised: HealthcheckChange[];
    /** Services whose standard start_interval was not written: the engine does not support it. */
    startIntervalSkipped: string[];
    /** What the override file holds (limits, health-check timing); others may add to it. */
    override: ComposeOverride;
    /** Absolute path of the override written for remediation; pass it to up/down as an extra -f. */
    overrideFile?: string;
}
/** Input the check cannot use: malformed suppressions, unknown rules, profiles no service declares. */
export declare class PolicyInputError extends Error {
    readonly problems: string[];
    constructor(problems: string[]);
}
export declare function runPolicyCheck(compose: ComposeCli, target: StackTarget, io: PolicyIo, options: PolicyCheckOptions): Promise<PolicyResult>;
/**
 * Paths as the user gave them: a compose file named on the command line (or in the input) is
 * shown as written when it resolves the same from the display base; other files (included,
 * extended) relative to the display base. Always with forward slashes, as annotations expect.
 */
export declare function displayPathFor(target: StackTarget, displayBase: string): (absolutePath: string) => string;
/** Why the step fails under the `policy` input, or undefined when it does not. */
export declare function policyFailure(counts: FindingCounts, mode: 'error' | 'warn' | 'off'): string | undefined;
