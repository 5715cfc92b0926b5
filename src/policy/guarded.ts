import { RULES, type RuleId } from './catalog.js';
import type { Severity } from './finding.js';
import type { RuleSeverity } from './config.js';

// Security rules guard the runner against the pull request whose files they judge, so the
// checked-out tree cannot switch them off: not by an inline comment, not by the policy file
// (off, a lower severity, exempt services). Only the workflow — written by whoever owns the
// runner's trust, not by the pull request's files — can, with the `policy-allow` input.

export const GUARDED_RULES: readonly RuleId[] = [
  'privileged',
  'docker-socket',
  'host-namespace',
  'capabilities',
  'host-path',
  'devices',
  'security-opt',
  'dangerous-capabilities',
  'cgroup-parent',
  'sysctls',
  'foreign-container',
  'outside-workspace',
];

export function isGuarded(rule: string): boolean {
  return (GUARDED_RULES as readonly string[]).includes(rule);
}

const RANK: Record<RuleSeverity, number> = { error: 3, warning: 2, note: 1, off: 0 };

/** True when a configured severity is weaker than the rule's default (a way of turning it off). */
export function lowersSeverity(rule: RuleId, severity: RuleSeverity): boolean {
  return RANK[severity] < RANK[RULES[rule].defaultSeverity as Severity];
}

/** Why a file in the checked-out tree may not suppress a guarded rule (summary and SARIF). */
export const REFUSED_BY_TREE =
  'security rules can be turned off only by the workflow (the policy-allow input), not by a file in the checked-out tree, which the pull request itself controls';
