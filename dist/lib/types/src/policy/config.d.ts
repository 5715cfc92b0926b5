import { type RealPath } from '../core/paths.js';
import { type RuleId } from './catalog.js';
import type { Severity } from './finding.js';
/** Top-level sections of the file. Other capabilities that read it add theirs here. */
export declare const CONFIG_SECTIONS: readonly ["policy"];
export type RuleSeverity = Severity | 'off';
export interface RuleConfig {
    severity: RuleSeverity;
    /** Services the rule does not apply to. */
    exempt: string[];
    /** Why the file turns the rule off, lowers it or exempts services (`reason:`). */
    reason?: string;
    /** 1-based line of the rule's entry in the policy file; 0 when the file does not name it. */
    line: number;
}
export interface PolicyConfig {
    rules: Record<RuleId, RuleConfig>;
    healthcheckTiming: {
        /** Intervals below this are reported. */
        minIntervalMs: number;
        /** Image names (last path segment, prefix match) that start slowly and need a start period. */
        slowStarters: string[];
        /** A slow starter's start period below this is reported (`start_period: 1s` on a database). */
        minStartPeriodMs: number;
    };
    capabilities: {
        /** Capabilities (upper case, without CAP_) that are not reported. */
        allow: string[];
        /** Line of `allow:` in the policy file (0 when unset), for a refused allowance. */
        allowLine: number;
    };
    /** Absolute path of the policy file read; undefined for the defaults. */
    file?: string;
}
export declare const DEFAULT_SLOW_STARTERS: string[];
export declare function defaultPolicyConfig(): PolicyConfig;
export declare class PolicyConfigError extends Error {
    readonly file: string;
    readonly problems: string[];
    constructor(file: string, problems: string[]);
}
/** Parses the configuration file's text; every problem is listed at once, each with its line. */
export declare function parsePolicyConfig(text: string, file: string): PolicyConfig;
/** `cap_net_admin`, `CAP_NET_ADMIN` and `NET_ADMIN` name the same capability. */
export declare function normalizeCapability(name: string): string;
/** Names looked for in the working directory when no configuration file is given. */
export declare const DEFAULT_CONFIG_FILES: string[];
export interface ConfigLocation {
    /** The file the user named (`--config`, `policy-config`), resolved against `base`; must exist. */
    explicit?: string;
    /** Absolute directory `explicit` is relative to (the CLI's cwd, the workspace). */
    base: string;
    /** Absolute directory searched for the default names. */
    workingDirectory: string;
    /**
     * The tree the file must stay in, symlinks followed: the pull request controls the workspace,
     * so a `.docker-stability.yml` linked to a file elsewhere is refused without being read.
     */
    within?: {
        root: string;
        realPath: RealPath;
    };
}
/**
 * The configuration in force: the named file, else the first default name in the working
 * directory, else the defaults. Errors name the file as the user would find it.
 */
export declare function loadPolicyConfig(readText: (absolutePath: string) => string, where: ConfigLocation): {
    config: PolicyConfig;
    file?: string;
};
