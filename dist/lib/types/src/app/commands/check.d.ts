import { type ComposeCli } from '../../compose/compose-cli.js';
import type { DockerApi } from '../../ports/docker.js';
import { type PolicyIo } from '../../policy/check.js';
import type { MemoryBudget } from '../../policy/context.js';
import type { CliContext } from './index.js';
import { type StackFlags } from './stack-options.js';
import type { Files } from '../../ports/files.js';
export interface CheckFlags extends StackFlags {
    config?: string;
    format: string;
    output?: string;
    defaultMemoryLimit?: string;
    defaultCpuLimit?: string;
    /** As the action's memory-budget input (a share needs a daemon that answers). */
    memoryBudget?: string;
    writeOverride?: string;
    healthcheckDefaults?: string;
    /** `--workflows [DIR]`: true for the default .github/workflows, or a directory. */
    workflows?: string | boolean;
    /** Text: one line per finding instead of groups. */
    verbose?: boolean;
    /** An accepted-findings file to apply. */
    baseline?: string;
    /** Record today's findings in this file, then report against it. */
    writeBaseline?: string;
    /** `--policy-allow RULE[,RULE]` (repeatable): rules allowed as the workflow's policy-allow input does. */
    policyAllow?: string[];
}
export interface CheckDeps {
    compose: ComposeCli;
    /** Undefined when no daemon should be asked. */
    docker?: DockerApi;
    io: PolicyIo;
    files: Files;
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** The terminal's width when stdout is one; grouped text fits it. */
    columns?: number;
}
/** File access for the policy check: a missing file is an ENOENT error, as the policy expects. */
export declare function policyIoOf(files: Files): PolicyIo;
/** The budget as the action's `memory-budget` default (or the flag) says, when it can be resolved here. */
export declare function budgetFor(text: string, daemonMemoryBytes: number | undefined): MemoryBudget | undefined | {
    error: string;
};
/** Turns the errors that mean "bad input" into exit code 2, with their own words. */
export declare function asInputError(error: unknown): unknown;
export declare function runCheck(flags: CheckFlags, deps: CheckDeps): Promise<number>;
/** `docker-stability check` as the registry calls it. */
export declare function checkAction(flags: CheckFlags, context: CliContext): Promise<number>;
