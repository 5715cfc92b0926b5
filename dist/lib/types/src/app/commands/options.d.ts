import type { Command } from 'commander';
import { type InputKey } from '../../settings/keys.js';
export declare const collect: (value: string, previous: string[]) => string[];
/** -f, -p, --profile, --env-file, --project-directory, --confine. */
export declare function addStackOptions(command: Command): Command;
/** --timeout, --memory-budget, --lease-ttl, --namespace: the lease commands' options. */
export declare function addLeaseOptions(command: Command, options?: {
    timeout?: boolean;
}): Command;
/** Flags named after the action's inputs, with the same defaults. */
export declare const INPUT_FLAGS: readonly ["waitTimeout", "policy", "defaultMemoryLimit", "defaultCpuLimit", "healthcheckDefaults", "policyBaseline", "minFreeDisk", "sampleInterval", "failOn", "memoryBudget", "lockTimeout", "leaseTtl", "cleanup", "stopTimeout", "removeBuiltImages", "policyAllow", "upFlags", "composeFlags", "build", "pull", "waitFor", "exportEnv", "uploadLogs", "logsMaxSize"];
/** Flags without a value (on when given). */
export declare const SWITCH_FLAGS: ReadonlySet<InputKey>;
/** Flags given once per value (`--wait-for db:5432 --wait-for api:http:/healthz`). */
export declare const REPEATED_FLAGS: ReadonlySet<InputKey>;
export declare const FLAG_HELP: Partial<Record<InputKey, string>>;
/** Adds the input flags (`--wait-timeout` …) to a command, with the action's defaults in the help. */
export declare function addInputFlags(command: Command, defaults?: Partial<Record<InputKey, string>>): Command;
