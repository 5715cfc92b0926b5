import { type Redactor } from '../core/untrusted.js';
import { type ReadText } from './positions.js';
import type { ComposeModel } from './model.js';
import type { StackTarget } from './target.js';
/** Names of the variables a compose file's text interpolates (`$NAME`, `${NAME}`, `${NAME:-x}`). */
export declare function referencedVariables(texts: string[]): Set<string>;
/** KEY=VALUE lines of an env file (quotes stripped, comments and blank lines skipped). */
export declare function parseEnvFile(text: string): Record<string, string>;
/** The message with every value of a referenced variable (from any source) replaced by ***. */
export declare function redactValues(message: string, names: Set<string>, sources: Array<Record<string, string | undefined>>): string;
/** The env files Compose reads for a stack: the given ones, else the project directory's .env. */
export declare function envFilePaths(workingDirectory: string, envFiles: string[]): string[];
export interface StackSecrets {
    /** Every value to blank. */
    values: string[];
    /** Those the runner should mask too (from the workflow's environment). */
    maskInRunner: string[];
}
export interface StackSecretSources {
    model: ComposeModel;
    /** Text of every compose file (included and extended ones too). */
    composeTexts: string[];
    /** The environment Compose interpolates from (the runner's). */
    env: Record<string, string | undefined>;
    /** `env-files` (or the project's .env), parsed. */
    envFiles: Array<Record<string, string>>;
}
export declare function stackSecrets(sources: StackSecretSources): StackSecrets;
/** Whether a value written into a file of the stack is too ordinary to be a secret. */
export declare function isOrdinary(name: string, value: string, stackNames: ReadonlySet<string>): boolean;
/** The names a stack shows anyway: services, images and their parts, containers, networks, volumes. */
export declare function stackNames(model: ComposeModel): Set<string>;
/** The secret values of a loaded stack, reading its compose and env files (unreadable ones skipped). */
export declare function readStackSecrets(target: StackTarget, model: ComposeModel, env: Record<string, string | undefined>, readText: ReadText): StackSecrets;
/** Reads the stack's secret values and hands them to a redactor: the one call after loading the model. */
export declare function rememberStackSecrets(redactor: Pick<Redactor, 'add'>, stack: {
    target: StackTarget;
    model: ComposeModel;
    env: Record<string, string | undefined>;
    readText: ReadText;
}): StackSecrets;
