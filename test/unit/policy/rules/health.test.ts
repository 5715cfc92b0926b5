import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../../src/compose/model.js';
import { HEALTH_RULES } from '../../../../src/policy/rules/health.js';
import type { ImageHealth } from '../../../../src/policy/service-facts.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// healthcheck, healthcheck-timing, depends-on-healthy: judged as the daemon will run the check,
// the image's own HEALTHCHECK filling in what the file leaves out — and said to be unknown
// when the image is not on the daemon.

/** The model as `docker compose config` gives it: a short depends_on list becomes service_started conditions. */
function canonical(yaml: string): ComposeModel {
  const model = parseYaml(yaml) as ComposeModel & { services: Record<string, { depends_on?: unknown }> };
  for (const service of Object.values(model.services)) {
    if (Array.isArray(service.depends_on)) service.depends_on = Object.fromEntries(service.depends_on.map((name: string) => [name, { condition: 'service_started' }]));
  }
  return model;
}

const context = (yaml: string, images?: Map<string, ImageHealth>, engine?: { startInterval: boolean }) => {
  const built = ruleContext(yaml, { model: canonical(yaml), ...(images ? { images } : {}) });
  return engine ? { ...built, engine } : built;
};

describe('healthcheck', () => {
  const yaml = `services:
  db:
    image: postgres:15
  api:
    image: api:1
    depends_on: [db, migrate]
    ports:
      - target: 8080
  migrate:
    image: tool:1
  worker:
    image: worker:1
`;

  test('a service others wait for, or one that publishes ports, needs a health check; the image\'s own is unknown without the daemon', () => {
    const hits = hitsOf(HEALTH_RULES, 'healthcheck', context(yaml));
    expect(placed(hits)).toEqual(['api@4', 'db@2', 'migrate@9']);
    expect(hits[1]!.message).toBe(
      'Service db has no health check although api depends on it, so "started" is all anyone can wait for and tests race its start-up (its image is not on this daemon, so whether that declares a HEALTHCHECK is unknown). Add a healthcheck (or declare the image\'s own here).',
    );
    expect(hits[0]!.message).toContain('although it publishes ports');
  });

  test('an image that declares its own HEALTHCHECK passes; one the daemon says has none is reported without the unknown', () => {
    const images = new Map<string, ImageHealth>([
      ['db', { known: true, healthcheck: { intervalMs: 10_000 } }],
      ['migrate', { known: true }],
    ]);
    const hits = hitsOf(HEALTH_RULES, 'healthcheck', context(yaml, images));
    expect(placed(hits)).toEqual(['api@4', 'migrate@9']);
    expect(hits[1]!.message).not.toContain('unknown');
  });

  test('a one-shot job awaited by its exit needs no health check', () => {
    const hits = hitsOf(HEALTH_RULES, 'healthcheck', ruleContext(`services:
  migrate:
    image: tool:1
  api:
    image: api:1
    healthcheck: { test: [CMD, "true"] }
    depends_on:
      migrate: { condition: service_completed_successfully }
`));
    expect(hits).toEqual([]);
  });
});

describe('healthcheck-timing', () => {
  test('an interval below the floor, a timeout not below the interval, each at the value', () => {
    const hits = hitsOf(HEALTH_RULES, 'healthcheck-timing', context(`services:
  app:
    image: app:1
    healthcheck:
      test: [CMD, "true"]
      interval: 2s
      timeout: 3s
`));
    expect(placed(hits)).toEqual(['app@6', 'app@7']);
    expect(hits[0]!.message).toMatch(/runs every 2\.0 s, below the floor of 5\.0 s: .* Use interval: 5s or more, with start_interval for a fast start on Docker Engine 25 or later\.$/);
    expect(hits[1]!.message).toContain('may take 3.0 s (timeout) but is meant to run every 2.0 s (interval)');
  });

  test.each([
    [{ startInterval: true }, ', with start_interval (e.g. 1s, this engine supports it) and a start_period for a fast start.'],
    [{ startInterval: false }, ' (this engine is older than 25 and refuses start_interval: keep a start_period instead).'],
  ])('the advice for a fast start follows the engine: %j', (engine, advice) => {
    const [hit] = hitsOf(HEALTH_RULES, 'healthcheck-timing', context('services:\n  app:\n    image: app:1\n    healthcheck:\n      test: [CMD, "true"]\n      interval: 1s\n      timeout: 500ms\n', undefined, engine));
    expect(hit!.message.endsWith(advice)).toBe(true);
  });

  test('start_interval on an engine that refuses it is an error, whatever the configured severity', () => {
    const yaml = 'services:\n  app:\n    image: app:1\n    healthcheck:\n      test: [CMD, "true"]\n      interval: 10s\n      timeout: 2s\n      start_interval: 1s\n';
    expect(hitsOf(HEALTH_RULES, 'healthcheck-timing', context(yaml, undefined, { startInterval: false }))).toEqual([expect.objectContaining({ severity: 'error', at: expect.objectContaining({ line: 8 }) })]);
    expect(hitsOf(HEALTH_RULES, 'healthcheck-timing', context(yaml, undefined, { startInterval: true }))).toEqual([]);
  });

  test.each<[string, ImageHealth | undefined, string | undefined]>([
    ['the image is not on the daemon: Docker\'s default, said to be unsure', undefined, "may take 30.0 s (timeout, Docker's default unless the image's own HEALTHCHECK sets another: unknown, as the image is not on this daemon)"],
    ['the image declares a long timeout', { known: true, healthcheck: { timeoutMs: 30_000 } }, "may take 30.0 s (timeout, from the image's own HEALTHCHECK)"],
    ['the image declares a short one', { known: true, healthcheck: { timeoutMs: 5000 } }, undefined],
    ['the image declares none: Docker\'s default', { known: true }, "may take 30.0 s (timeout, Docker's default (the image sets none))"],
  ])('a timeout the file leaves out: %s', (_name, image, words) => {
    const yaml = 'services:\n  app:\n    image: app:1\n    healthcheck:\n      test: [CMD, "true"]\n      interval: 20s\n';
    const hits = hitsOf(HEALTH_RULES, 'healthcheck-timing', context(yaml, image ? new Map([['app', image]]) : undefined));
    expect(hits.map((hit) => [hit.message, hit.at.line])).toEqual(words ? [[expect.stringContaining(words), 6]] : []);
  });

  test('slow starters (a database by its image, a JVM by its heap flag) need a start period of 10 s or more', () => {
    const hits = hitsOf(HEALTH_RULES, 'healthcheck-timing', context(`services:
  pg:
    image: postgres:15
    healthcheck:
      test: [CMD, pg_isready]
      interval: 10s
      timeout: 5s
  short:
    image: postgres:15
    healthcheck:
      test: [CMD, pg_isready]
      interval: 10s
      timeout: 5s
      start_period: 2s
  jvm:
    image: acme/app:1
    environment:
      JAVA_TOOL_OPTIONS: -Xmx512m
    healthcheck:
      test: [CMD, "true"]
      interval: 10s
      timeout: 5s
      start_period: 30s
  web:
    image: nginx:1.27
    healthcheck:
      test: [CMD, "true"]
      interval: 10s
      timeout: 5s
`));
    expect(placed(hits)).toEqual(['pg@4', 'short@14']);
    expect(hits[0]!.message).toMatch(/^pg runs postgres, which starts slowly, but its health check has no start_period \(Docker's default unless the image's own HEALTHCHECK sets another/);
    expect(hits[1]!.message).toContain("start period is only 2.0 s (start_period), below 10.0 s");
  });

  test('timing the action standardised stays a finding, as a note saying what it injected', () => {
    const yaml = 'services:\n  app:\n    image: app:1\n    healthcheck:\n      test: [CMD, "true"]\n      interval: 1s\n      timeout: 500ms\n';
    const built = context(yaml);
    const hits = hitsOf(HEALTH_RULES, 'healthcheck-timing', { ...built, standardised: new Map([['app', [{ service: 'app', field: 'interval', before: '1s', after: '5s' }]]]) });
    expect(hits).toEqual([expect.objectContaining({ severity: 'note', message: expect.stringMatching(/The action injected the standard timing for this run \(interval 1s → 5s\); fix the file to match\.$/) })]);
  });

  test('a check only the image declares is the image\'s to time: not judged here', () => {
    const images = new Map<string, ImageHealth>([['pg', { known: true, healthcheck: { intervalMs: 1000 } }]]);
    expect(hitsOf(HEALTH_RULES, 'healthcheck-timing', context('services:\n  pg:\n    image: postgres:15\n', images))).toEqual([]);
  });
});

describe('depends-on-healthy', () => {
  const yaml = `services:
  db:
    image: postgres:15
    healthcheck: { test: [CMD, pg_isready] }
  cache:
    image: redis:7
  api:
    image: api:1
    depends_on: [db, cache]
  chosen:
    image: api:1
    depends_on:
      db: { condition: service_started }
  healthy:
    image: api:1
    depends_on:
      db: { condition: service_healthy }
`;

  test('the short form on a service with a health check races its start-up; written out, it is a choice', () => {
    const hits = hitsOf(HEALTH_RULES, 'depends-on-healthy', context(yaml));
    expect(placed(hits)).toEqual(['api@9']);
    expect(hits[0]!.message).toMatch(/^api depends on db, which has a health check, but only waits for it to start/);
  });

  test('a dependency whose image declares the health check counts too, and says so', () => {
    const hits = hitsOf(HEALTH_RULES, 'depends-on-healthy', context(yaml, new Map([['cache', { known: true, healthcheck: {} }]])));
    expect(hits.map((hit) => hit.message.slice(0, 70))).toEqual([
      'api depends on db, which has a health check, but only waits for it to ',
      "api depends on cache, which has a health check (its image's own HEALTH",
    ]);
  });
});
