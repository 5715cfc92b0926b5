import type { PolicyConfig } from './config.js';
import { isRuleId } from './catalog.js';
import { compareFindings, type Finding } from './finding.js';

/**
 * The configuration applied to findings made outside the compose rules (workflow lint): the
 * configured severity or `off`, and exemptions by subject (the job id for workflow findings).
 */
export function applyPolicyConfig(findings: Finding[], config: PolicyConfig): Finding[] {
  return findings
    .flatMap((finding): Finding[] => {
      if (!isRuleId(finding.rule)) return [finding];
      const rule = config.rules[finding.rule];
      if (rule.severity === 'off' || (finding.service && rule.exempt.includes(finding.service))) return [];
      return [{ ...finding, severity: rule.severity }];
    })
    .sort(compareFindings);
}
