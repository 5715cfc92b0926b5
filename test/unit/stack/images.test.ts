import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { planBuilds, planPulls, serviceImage, type ImagePolicy } from '../../../src/stack/images.js';

const model: ComposeModel = {
  name: 'ci7',
  services: {
    db: { image: 'postgres:15' },
    replica: { image: 'postgres:15', pull_policy: 'always' },
    cache: { image: 'redis:7', pull_policy: 'never' },
    queue: { image: 'rabbitmq:3', pull_policy: 'daily' },
    api: { build: { context: '/ws/api' } },
    worker: { build: { context: '/ws/worker' }, image: 'acme/worker:dev' },
    tool: { build: { context: '/ws/tool' }, pull_policy: 'build' },
  },
};

const actions = (plan: ReturnType<typeof planPulls>): string[] => plan.map((entry) => `${entry.image} ${entry.action} (${entry.why}) [${entry.services.join(',')}]`);

describe('what the pull phase pulls', () => {
  test.each<[ImagePolicy, string[], string[]]>([
    [
      'missing',
      [],
      [
        'postgres:15 fetch (not on the daemon) [db,replica]',
        'rabbitmq:3 fetch (not on the daemon) [queue]',
        'redis:7 absent (not on the daemon, and pull_policy: never forbids to pull it) [cache]',
      ],
    ],
    [
      'missing',
      ['postgres:15', 'redis:7', 'rabbitmq:3'],
      ['postgres:15 fetch (pull_policy: always) [db,replica]', 'rabbitmq:3 present (on the daemon) [queue]', 'redis:7 present (on the daemon) [cache]'],
    ],
    [
      'always',
      ['postgres:15', 'redis:7', 'rabbitmq:3'],
      ['postgres:15 fetch (pull: always) [db,replica]', 'rabbitmq:3 fetch (pull: always) [queue]', 'redis:7 fetch (pull: always) [cache]'],
    ],
    [
      'never',
      ['redis:7'],
      [
        'postgres:15 absent (not on the daemon, and pull: never forbids to pull it) [db,replica]',
        'rabbitmq:3 absent (not on the daemon, and pull: never forbids to pull it) [queue]',
        'redis:7 present (on the daemon) [cache]',
      ],
    ],
  ])('pull: %s with %j on the daemon', (policy, present, expected) => {
    expect(actions(planPulls(model, policy, new Set(present)))).toEqual(expected);
  });

  test('a refresh policy counts a present image as fresh, and says so', () => {
    expect(planPulls({ name: 'p', services: { q: { image: 'rabbitmq:3', pull_policy: 'daily' } } }, 'missing', new Set())[0]!.why).toBe('not on the daemon');
    expect(planPulls({ name: 'p', services: { q: { image: 'rabbitmq:3', pull_policy: 'daily' } } }, 'missing', new Set(['rabbitmq:3']))[0]!.action).toBe('present');
  });

  test('services that build are never pulled', () => {
    expect(planPulls(model, 'always', new Set()).flatMap((entry) => entry.services)).not.toContain('worker');
  });
});

describe('what the build phase builds', () => {
  test('image names: its own, or Compose\'s <project>-<service>', () => {
    expect(serviceImage(model, 'api')).toBe('ci7-api');
    expect(serviceImage(model, 'worker')).toBe('acme/worker:dev');
  });

  test.each<[ImagePolicy, string[], string[]]>([
    ['missing', [], ['ci7-api fetch (not on the daemon) [api]', 'ci7-tool fetch (pull_policy: build) [tool]', 'acme/worker:dev fetch (not on the daemon) [worker]']],
    ['missing', ['ci7-api', 'ci7-tool', 'acme/worker:dev'], ['ci7-api present (on the daemon) [api]', 'ci7-tool fetch (pull_policy: build) [tool]', 'acme/worker:dev present (on the daemon) [worker]']],
    ['always', ['ci7-api', 'ci7-tool', 'acme/worker:dev'], ['ci7-api fetch (build: always) [api]', 'ci7-tool fetch (build: always) [tool]', 'acme/worker:dev fetch (build: always) [worker]']],
    [
      'never',
      ['ci7-api'],
      [
        'ci7-api present (on the daemon) [api]',
        'ci7-tool absent (not on the daemon, and build: never forbids to build it) [tool]',
        'acme/worker:dev absent (not on the daemon, and build: never forbids to build it) [worker]',
      ],
    ],
  ])('build: %s with %j on the daemon', (policy, present, expected) => {
    expect(actions(planBuilds(model, policy, new Set(present)))).toEqual(expected);
  });
});
