import { expect, test } from 'vitest';
import { RULE_IDS } from '../../../../src/policy/catalog.js';
import { ALL_RULES } from '../../../../src/policy/rules/index.js';
import { ruleContext } from '../rule-context.js';

// The list evaluatePolicy runs: a family left out of it would never report, a rule listed twice
// would report twice.

/** Rules that are not compose rules: the workflow lint's, and the evaluator's own. */
const ELSEWHERE = ['direct-compose', 'unlocked-stack', 'suppression-reason'];

test('every compose rule of the catalog is run, once', () => {
  const ids = ALL_RULES.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(RULE_IDS.filter((id) => !ELSEWHERE.includes(id)).sort());
});

test('each rule reports only under its own id', () => {
  const context = ruleContext(`services:
  app:
    image: redis
    privileged: true
    restart: always
    network_mode: host
    cap_add: [SYS_ADMIN, CHOWN]
    container_name: fixed
    ports: ["8080:80"]
`);
  const reporting = new Set<string>();
  for (const rule of ALL_RULES) {
    for (const hit of rule.check(context)) {
      expect(hit.rule).toBe(rule.id);
      reporting.add(rule.id);
    }
  }
  // The stack breaks many rules at once, so the check above saw them report.
  expect([...reporting]).toEqual(expect.arrayContaining(['privileged', 'restart-policy', 'host-namespace', 'dangerous-capabilities', 'capabilities', 'container-name', 'image-tag', 'memory-limit']));
});
