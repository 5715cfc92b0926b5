import type { PolicyConfig } from './config.js';
import { type Finding } from './finding.js';
/**
 * The configuration applied to findings made outside the compose rules (workflow lint): the
 * configured severity or `off`, and exemptions by subject (the job id for workflow findings).
 */
export declare function applyPolicyConfig(findings: Finding[], config: PolicyConfig): Finding[];
