import { describe, expect, test } from 'vitest';
import type { HealthcheckEngine } from '../../../src/compose/healthcheck-defaults.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import { evaluatePolicy } from '../../../src/policy/evaluate.js';

// The health-check advice depends on what the daemon's engine accepts: start_interval exists
// from Docker Engine 25 (API 1.44); 20.10 refuses it and Compose then stops before starting.

function timingMessages(model: ComposeModel, engine: HealthcheckEngine | undefined): string[] {
  const { findings } = evaluatePolicy({
    model,
    firstFile: '/w/compose.yaml',
    config: defaultPolicyConfig(),
    engine,
    displayPath: (file) => file,
  });
  return findings.filter((finding) => finding.rule === 'healthcheck-timing').map((finding) => `${finding.severity}: ${finding.message}`);
}

const frequent: ComposeModel = { name: 'p', services: { db: { image: 'dsa-test/busybox:1', healthcheck: { test: ['CMD', 'true'], interval: '2s', timeout: '1s' } } } };
const withStartInterval: ComposeModel = {
  name: 'p',
  services: { db: { image: 'dsa-test/busybox:1', healthcheck: { test: ['CMD', 'true'], interval: '10s', timeout: '5s', start_period: '20s', start_interval: '1s' } } },
};

describe('start_interval in the health-check advice', () => {
  test.each([
    ['engine 25 or later', { startInterval: true }, /with start_interval \(e\.g\. 1s, this engine supports it\)/],
    ['an older engine', { startInterval: false }, /older than 25 and refuses start_interval: keep a start_period/],
    ['no daemon asked (check)', undefined, /with start_interval for a fast start on Docker Engine 25 or later/],
  ])('a too frequent check on %s', (_, engine, advice) => {
    const [message] = timingMessages(frequent, engine);
    expect(message).toContain('runs every 2.0 s');
    expect(message).toMatch(advice);
  });

  test('a check that sets start_interval is an error on an older engine only (Compose would refuse the stack)', () => {
    expect(timingMessages(withStartInterval, { startInterval: false })).toEqual([
      expect.stringMatching(/^error: .*sets start_interval, which this daemon's engine refuses \(it needs Docker Engine 25 or later\): Compose will not start the stack/),
    ]);
    expect(timingMessages(withStartInterval, { startInterval: true })).toEqual([]);
    expect(timingMessages(withStartInterval, undefined)).toEqual([]);
  });
});
