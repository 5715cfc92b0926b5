import { describe, expect, test } from 'vitest';
import { canonicalStack, stackHash } from '../../../src/baseline/stack-hash.js';
import type { ComposeModel } from '../../../src/compose/model.js';

// The model as `docker compose config --format json` prints it for project `name`, in `dir`.
function model(name: string, dir = '/home/runner/work/app/app', changes: (m: ComposeModel) => void = () => undefined): ComposeModel {
  const m: ComposeModel = {
    name,
    services: {
      db: {
        image: 'dsa-test/postgres:15',
        environment: { POSTGRES_PASSWORD: 's3cr3t-value', POSTGRES_DB: 'app' },
        networks: { default: null },
        volumes: [{ type: 'volume', source: 'data', target: '/var/lib/postgresql/data' }],
        mem_limit: '268435456',
      },
      api: {
        build: { context: `${dir}/api`, dockerfile: 'Dockerfile', args: { NPM_TOKEN: 'npm_abcdef' } },
        image: `${name}-api`,
        depends_on: { db: { condition: 'service_healthy', required: true } },
        volumes: [{ type: 'bind', source: `${dir}/fixtures`, target: '/fixtures' }],
        networks: { default: null },
      },
    },
    networks: { default: { name: `${name}_default` } },
    volumes: { data: { name: `${name}_data` } },
    secrets: { token: { name: `${name}_token`, environment: 'TOKEN', content: 'inline-secret' } },
  };
  changes(m);
  return m;
}

const hash = (m: ComposeModel, dir = '/home/runner/work/app/app'): string => stackHash(m, { projectName: m.name, projectDirectory: dir });

describe('stackHash', () => {
  test('is the same for two runs with unique project names and runner directories', () => {
    const first = hash(model('dsa-812-1-integration-a1b2c3'));
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(hash(model('dsa-913-2-integration-ffee00'))).toBe(first);
    expect(hash(model('dsa-913-2-integration-ffee00', '/actions-runner-2/_work/app/app'), '/actions-runner-2/_work/app/app')).toBe(first);
  });

  test('ignores the values of environment variables, build args and inline secret content', () => {
    const base = hash(model('p'));
    expect(hash(model('p', undefined, (m) => (m.services.db!.environment!.POSTGRES_PASSWORD = 'other')))).toBe(base);
    expect(hash(model('p', undefined, (m) => ((m.services.api!.build as { args: Record<string, string> }).args.NPM_TOKEN = 'x')))).toBe(base);
    expect(hash(model('p', undefined, (m) => ((m.secrets as Record<string, { content: string }>).token!.content = 'y')))).toBe(base);
  });

  test.each([
    ['another image', (m: ComposeModel) => (m.services.db!.image = 'dsa-test/postgres:16')],
    ['another memory limit', (m: ComposeModel) => (m.services.db!.mem_limit = '536870912')],
    ['a new environment variable', (m: ComposeModel) => (m.services.db!.environment!.EXTRA = '1')],
    ['a new service', (m: ComposeModel) => (m.services.cache = { image: 'dsa-test/redis:7' })],
    ['a command', (m: ComposeModel) => (m.services.db!.command = ['postgres', '-c', 'fsync=off'])],
  ])('changes with %s', (_, change) => {
    expect(hash(model('p', undefined, change))).not.toBe(hash(model('p')));
  });

  test('does not depend on the order of keys', () => {
    const m = model('p');
    const reordered: ComposeModel = { volumes: m.volumes, secrets: m.secrets, services: { api: m.services.api!, db: m.services.db! }, networks: m.networks, name: 'p' };
    expect(hash(reordered)).toBe(hash(m));
  });

  test('the hashed text holds no secret value, project name or runner directory', () => {
    const text = canonicalStack(model('dsa-812-1-integration-a1b2c3'), { projectName: 'dsa-812-1-integration-a1b2c3', projectDirectory: '/home/runner/work/app/app' });
    for (const secret of ['s3cr3t-value', 'npm_abcdef', 'inline-secret', 'dsa-812', '/home/runner']) expect(text).not.toContain(secret);
    expect(text).toContain('POSTGRES_PASSWORD');
    expect(text).toContain('<project>_default');
    expect(text).toContain('<project-dir>/api');
  });
});
