import { describe, expect, test } from 'vitest';
import { healthcheckOverride, parseHealthcheckDefaults } from '../../../src/compose/healthcheck-defaults.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import { renderOverride } from '../../../src/compose/override.js';

describe('parseHealthcheckDefaults', () => {
  test('the audit standard', () => {
    expect(parseHealthcheckDefaults('interval=10s,timeout=5s,retries=5,start-period=20s')).toEqual({
      intervalMs: 10_000,
      timeoutMs: 5000,
      retries: 5,
      startPeriodMs: 20_000,
    });
  });
  test('empty is off; a subset is fine; start_period spelled as in compose', () => {
    expect(parseHealthcheckDefaults('  ')).toBeUndefined();
    expect(parseHealthcheckDefaults('interval=15s\nstart_period=1m')).toEqual({ intervalMs: 15_000, startPeriodMs: 60_000 });
  });
  test.each([
    ['interval=soon', "interval: 'soon' is not a duration"],
    ['timeout=500ms', "timeout: '500ms' is shorter than Docker's minimum of 1s"],
    ['retries=0', "retries: '0' is not a whole number from 1 to 100"],
    ['retries=many', "retries: 'many' is not a whole number"],
    ['period=10s', "'period=10s': unknown field 'period'"],
    ['interval', "'interval': unknown field 'interval'"],
  ])('%s is refused with the field named', (text, message) => {
    const result = parseHealthcheckDefaults(text);
    expect(result && 'problems' in result ? result.problems.join('\n') : '').toContain(message);
  });
});

describe('healthcheckOverride', () => {
  const model: ComposeModel = {
    name: 'p',
    services: {
      aggressive: { healthcheck: { test: ['CMD', 'pg_isready'], interval: '2s', timeout: '1s', retries: 3 } },
      relaxed: { healthcheck: { test: ['CMD', 'true'], interval: '30s', timeout: '10s', retries: 10, start_period: '1m' } },
      unset: { healthcheck: { test: ['CMD-SHELL', 'true'] } },
      none: {},
      disabled: { healthcheck: { test: ['NONE'] } },
    },
  };
  const defaults = { intervalMs: 10_000, timeoutMs: 5000, retries: 5, startPeriodMs: 20_000 };

  test('only more aggressive timing changes; tests and services without checks are never touched', () => {
    const { override, changes } = healthcheckOverride(model, defaults);
    expect(changes.map((c) => `${c.service}.${c.field}: ${c.before} → ${c.after}`)).toEqual([
      'aggressive.interval: 2.0 s → 10.0 s',
      'aggressive.timeout: 1.0 s → 5.0 s',
      'aggressive.retries: 3 → 5',
      'aggressive.start-period: unset → 20.0 s',
      'unset.retries: unset → 5',
      'unset.start-period: unset → 20.0 s',
    ]);
    expect(override.services).toEqual({
      aggressive: { healthcheck: { interval: '10s', timeout: '5s', retries: 5, start_period: '20s' } },
      unset: { healthcheck: { retries: 5, start_period: '20s' } },
    });
    expect(renderOverride(override)).not.toContain('test');
  });
});
