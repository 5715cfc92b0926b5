import type { Severity } from './finding.js';
export declare const RULE_IDS: readonly ["memory-limit", "cpu-limit", "tmpfs-size", "memory-budget", "healthcheck", "healthcheck-timing", "depends-on-healthy", "restart-policy", "port-conflict", "port-bind-all", "container-name", "image-tag", "privileged", "docker-socket", "host-namespace", "capabilities", "unsafe-durability", "direct-compose", "unlocked-stack", "shared-resources", "memory-fit", "fixed-name", "host-path", "devices", "security-opt", "dangerous-capabilities", "cgroup-parent", "sysctls", "foreign-container", "outside-workspace", "suppression-reason"];
export type RuleId = (typeof RULE_IDS)[number];
export interface RuleInfo {
    id: RuleId;
    defaultSeverity: Severity;
    /** A short sentence: what the rule catches. */
    title: string;
    /** Why it matters and how to fix it (plain text; SARIF help and the docs). */
    help: string;
    tags: string[];
}
export declare const RULES: Record<RuleId, RuleInfo>;
export declare function isRuleId(text: string): text is RuleId;
