import { describe, expect, test } from 'vitest';
import { healthcheckOverride, parseHealthcheckDefaults, supportsStartInterval } from '../../../src/compose/healthcheck-defaults.js';
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

describe('start-interval (Docker Engine 25, API 1.44)', () => {
  test.each([
    ['1.41', false],
    ['1.43', false],
    ['1.44', true],
    ['1.51', true],
    ['2.0', true],
    ['', false],
  ])('API %s supports start_interval: %s', (api, supported) => {
    expect(supportsStartInterval(api)).toBe(supported);
  });

  test('parsed in either spelling', () => {
    expect(parseHealthcheckDefaults('interval=10s,start-interval=1s')).toEqual({ intervalMs: 10_000, startIntervalMs: 1000 });
    expect(parseHealthcheckDefaults('start_interval=2s')).toEqual({ startIntervalMs: 2000 });
  });

  const model: ComposeModel = {
    name: 'p',
    services: {
      fast: { healthcheck: { test: ['CMD', 'pg_isready'], interval: '2s' } },
      'own-start': { healthcheck: { test: ['CMD', 'true'], interval: '2s', start_interval: '3s' } },
      'short-start': { healthcheck: { test: ['CMD', 'true'], interval: '2s', start_interval: '100ms' } },
      relaxed: { healthcheck: { test: ['CMD', 'true'], interval: '30s' } },
    },
  };
  const defaults = { intervalMs: 10_000, startIntervalMs: 1000 };

  test('services the standard slows down keep a fast start where the engine supports it', () => {
    const { override, changes, skipped } = healthcheckOverride(model, defaults, undefined, { startInterval: true });
    expect(skipped).toEqual([]);
    expect(changes.filter((c) => c.field === 'start-interval').map((c) => `${c.service}: ${c.before} → ${c.after}`)).toEqual([
      'fast: unset → 1.0 s',
      'short-start: 100 ms → 1.0 s',
    ]);
    expect(override.services.fast).toEqual({ healthcheck: { interval: '10s', start_interval: '1s' } });
    // Its own start_interval of 3s is not more aggressive than 1s: kept.
    expect(override.services['own-start']).toEqual({ healthcheck: { interval: '10s' } });
    // Not slowed down by the standard: nothing added.
    expect(override.services.relaxed).toBeUndefined();
    expect(renderOverride(override)).toContain('start_interval: 1s');
  });

  test('an engine older than 25 (or one not asked) gets no start_interval, and the services are named', () => {
    for (const engine of [{ startInterval: false }, undefined]) {
      const { override, changes, skipped } = healthcheckOverride(model, defaults, undefined, engine);
      expect(skipped).toEqual(['fast', 'short-start']);
      expect(changes.some((c) => c.field === 'start-interval')).toBe(false);
      expect(renderOverride(override)).not.toContain('start_interval');
      expect(override.services.fast).toEqual({ healthcheck: { interval: '10s' } });
    }
  });
});
