import { type RegressionThresholds } from '../baseline/inputs.js';
import { type HealthcheckDefaults } from '../compose/healthcheck-defaults.js';
import type { LimitDefaults } from '../compose/override.js';
import { type ComposeSettings } from './compose.js';
import { type LeaseSettings } from './lease.js';
import { type PolicyMode } from '../policy/inputs.js';
import { type FailCondition } from '../report/fail-on.js';
import { type RuleId } from '../policy/catalog.js';
import { type FileProbe } from '../ports/files.js';
import { type StackTarget } from '../compose/target.js';
import { type WaitFor } from '../stack/wait-for.js';
/** Everything the action (or `docker-stability run`) was asked to do, validated once. */
export interface Settings {
    stack: StackTarget;
    /** Paths must stay inside the workspace: the action's rule (a pull request's files on a runner); the CLI's with --confine. */
    confined: boolean;
    /** Bound for `docker compose up --wait`. */
    waitTimeoutMs: number;
    /** `up-flags`, and when images are pulled and built (services and compose-flags are in `stack`). */
    compose: ComposeSettings;
    policy: {
        mode: PolicyMode;
        /** The policy configuration file, when given (else .docker-stability.yml if present). */
        configFile?: string;
        sarifFile?: string;
        defaults: LimitDefaults;
        healthcheckDefaults?: HealthcheckDefaults;
        checkWorkflows: boolean;
        /** Accepted-findings file (`policy-baseline`), absolute; its findings become notes. */
        baselineFile?: string;
        /** Rules the workflow allows (policy-allow): their findings are suppressed, shown as allowed. */
        allow: RuleId[];
    };
    /** Preflight fails below this much free disk on Docker's data root. */
    minFreeDiskBytes: number;
    /** How often the monitor samples every container. */
    sampleIntervalMs: number;
    /** Conditions that fail the job in post, after cleaning up. */
    failOn: FailCondition[];
    lease: LeaseSettings;
    cleanup: {
        mode: CleanupMode;
        /** Grace before SIGKILL when tearing down; 0 kills at once. */
        stopTimeoutSeconds: number;
        removeBuiltImages: boolean;
    };
    history: {
        baseline: boolean;
        thresholds: RegressionThresholds;
        imageCache: boolean;
    };
    readiness: {
        /** Probes after `up --wait` (src/stack/wait-for.ts), within what is left of waitTimeoutMs. */
        waitFor: WaitFor[];
        /** Published ports as environment variables for later steps (and `run`'s command). */
        exportEnv: boolean;
    };
    logs: {
        upload: UploadLogsMode;
        /** The last this many bytes of each service's log are kept. */
        maxBytesPerService: number;
    };
}
export type UploadLogsMode = 'on-failure' | 'always' | 'never';
export type CleanupMode = 'always' | 'on-success' | 'never';
/** Bad inputs, all of them at once, each line naming its input. */
export declare class SettingsError extends Error {
    readonly problems: string[];
    constructor(problems: string[]);
}
export interface SettingsSources {
    /** Raw input by its action.yml name (the runner's INPUT_* variables, or CLI flags); '' when unset. */
    input: (name: string) => string;
    env: NodeJS.ProcessEnv;
    files: FileProbe;
    randomHex: () => string;
    /** Root of relative paths: GITHUB_WORKSPACE for the action, the current directory for the CLI. */
    workspace?: string;
    /** Whether paths must stay inside the workspace: true for the action (the default), false for the CLI. */
    confine?: boolean;
    /** The project name when none is given (the CLI uses Compose's own default). */
    defaultProjectName?: () => string;
}
/** Reads and validates every input; throws SettingsError listing every problem found. */
export declare function parseSettings(sources: SettingsSources): Settings;
