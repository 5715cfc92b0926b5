import { expect, test } from 'vitest';
import { applyPolicyConfig } from '../../../src/policy/apply-config.js';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import type { Finding } from '../../../src/policy/finding.js';

// The policy configuration applied to findings made outside the compose rules (the workflow
// lint): the configured severity, `off`, and exemptions by subject (the job id).

const finding = (rule: string, service: string, line: number, severity: Finding['severity'] = 'warning'): Finding => ({
  rule,
  severity,
  service,
  file: '.github/workflows/ci.yml',
  line,
  column: 7,
  message: `${rule} in ${service}`,
});

function config(rules: Record<string, { severity?: 'error' | 'warning' | 'note' | 'off'; exempt?: string[] }>) {
  const base = defaultPolicyConfig();
  for (const [id, change] of Object.entries(rules)) Object.assign(base.rules[id as keyof typeof base.rules], change);
  return base;
}

test('the configured severity replaces the one the lint gave', () => {
  const findings = applyPolicyConfig([finding('direct-compose', 'test', 10, 'warning')], config({ 'direct-compose': { severity: 'error' } }));
  expect(findings.map((each) => each.severity)).toEqual(['error']);
});

test('a rule turned off reports nothing; an exempt job nothing for that rule', () => {
  const findings = applyPolicyConfig(
    [finding('direct-compose', 'test', 10), finding('direct-compose', 'deploy', 20), finding('unlocked-stack', 'test', 30)],
    config({ 'direct-compose': { exempt: ['deploy'] }, 'unlocked-stack': { severity: 'off' } }),
  );
  expect(findings.map((each) => `${each.rule}/${each.service}`)).toEqual(['direct-compose/test']);
});

test('findings of no known rule pass through as they are', () => {
  const odd = finding('workflow-parse', '', 1, 'error');
  expect(applyPolicyConfig([odd], defaultPolicyConfig())).toEqual([odd]);
});

test('sorted as every output is: most severe first, then by line', () => {
  const findings = applyPolicyConfig(
    [finding('unlocked-stack', 'a', 30), finding('direct-compose', 'b', 20), finding('direct-compose', 'c', 5)],
    config({ 'unlocked-stack': { severity: 'error' }, 'direct-compose': { severity: 'note' } }),
  );
  expect(findings.map((each) => `${each.severity}@${each.line}`)).toEqual(['error@30', 'note@5', 'note@20']);
});
