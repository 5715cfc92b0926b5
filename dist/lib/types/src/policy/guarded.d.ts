import { type RuleId } from './catalog.js';
import type { RuleSeverity } from './config.js';
export declare const GUARDED_RULES: readonly RuleId[];
export declare function isGuarded(rule: string): boolean;
/** True when a configured severity is weaker than the rule's default (a way of turning it off). */
export declare function lowersSeverity(rule: RuleId, severity: RuleSeverity): boolean;
/** Why a file in the checked-out tree may not suppress a guarded rule (summary and SARIF). */
export declare const REFUSED_BY_TREE = "security rules can be turned off only by the workflow (the policy-allow input), not by a file in the checked-out tree, which the pull request itself controls";
