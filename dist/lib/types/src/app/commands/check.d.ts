import { type ComposeCli } from '../../compose/compose-cli.js';
import type { DockerApi } from '../../ports/docker.js';
import { type PolicyIo } from '../../policy/check.js';
import type { MemoryBudget } from '../../policy/context.js';
import type { RegisterCommand } from './index.js';
import { type StackFlags } from './stack-options.js';
export interface CheckFlags extends StackFlags {
    config?: string;
    format: string;
    output?: string;
    defaultMemoryLimit?: string;
    defaultCpuLimit?: string;
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
}
export interface CheckDeps {
    compose: ComposeCli;
    /** Undefined when no daemon should be asked. */
    docker?: DockerApi;
    io: PolicyIo;
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** The terminal's width when stdout is one; grouped text fits it. */
    columns?: number;
}
/** File access for the policy check through node:fs. */
export declare const nodePolicyIo: PolicyIo;
/** The budget when nothing else is given: 75 % of the daemon's memory, if a daemon answers. */
export declare function daemonBudget(docker: DockerApi | undefined): Promise<MemoryBudget | undefined>;
/** The errors that mean "bad input": the files, the configuration or the flags, not the daemon. */
export declare function isInputError(error: unknown): error is Error;
/** Turns the errors that mean "bad input" into exit code 2, with their own words. */
export declare function asInputError(error: unknown): unknown;
export declare function runCheck(flags: CheckFlags, deps: CheckDeps): Promise<number>;
export declare const registerCheck: RegisterCommand;
