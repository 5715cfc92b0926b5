import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { parseEnvFile, redactValues, referencedVariables, stackNames, stackSecrets } from '../../../src/compose/secrets.js';

describe('keeping interpolated values out of Compose error messages', () => {
  test('variables referenced in every spelling', () => {
    expect([...referencedVariables(['image: ${REGISTRY}/app:$TAG', 'ports: ["${PORT:-80}:80"]', 'price: $$5'])].sort()).toEqual(['PORT', 'REGISTRY', 'TAG']);
  });

  test('env files: quotes, export and comments', () => {
    expect(parseEnvFile('# comment\nexport A=1\nB="two words"\nC=\'x\'\n\nnot a line\n')).toEqual({ A: '1', B: 'two words', C: 'x' });
  });

  test('values of referenced variables are blanked, longest first; others and short ones are kept', () => {
    const message = 'Invalid hostPort: hunter2-s3cr3t (from hunter2); PATH=/usr/bin; yes';
    const redacted = redactValues(message, new Set(['SECRET_PORT', 'PART', 'ANSWER']), [
      { SECRET_PORT: 'hunter2-s3cr3t', PATH: '/usr/bin', ANSWER: 'yes' },
      { PART: 'hunter2' },
    ]);
    expect(redacted).toBe('Invalid hostPort: *** (from ***); PATH=/usr/bin; yes');
  });
});

describe('which values of a stack are secret', () => {
  const model = (environment: Record<string, string | null>, extra: Partial<ComposeModel['services'][string]> = {}): ComposeModel => ({
    name: 'shop',
    services: { postgres: { image: 'dsa-test/postgres:15', environment, ...extra } },
    volumes: { data: { name: 'shop_data' } },
  });

  test('interpolated values from the runner, env-files and .env, at 4 characters or more, wherever they go', () => {
    const secrets = stackSecrets({
      model: model({ A: 'runner-secret', B: 'file-secret' }),
      composeTexts: ['image: registry/${TAG}\nenvironment:\n  A: ${RUNNER_SECRET}\n  B: ${FROM_FILE}\n  C: ${SHORT}\n  D: ${FLAG}'],
      env: { RUNNER_SECRET: 'runner-secret', TAG: 'latest', SHORT: 'abc', FLAG: 'true', UNUSED: 'never-referenced' },
      envFiles: [{ FROM_FILE: 'file-secret' }],
    });
    expect(secrets.values.sort()).toEqual(['file-secret', 'latest', 'runner-secret']);
    // Only the workflow's own values go to the runner's masking.
    expect(secrets.maskInRunner.sort()).toEqual(['latest', 'runner-secret']);
  });

  test('the runner public variables are not secrets, unless their name says so', () => {
    const secrets = stackSecrets({
      model: model({}),
      composeTexts: ['${GITHUB_WORKSPACE} ${HOME} ${RUNNER_TEMP} ${GITHUB_TOKEN} ${ACTIONS_RUNTIME_TOKEN}'],
      env: { GITHUB_WORKSPACE: '/home/runner/work/x', HOME: '/home/runner', RUNNER_TEMP: '/tmp/r', GITHUB_TOKEN: 'ghs_token_value', ACTIONS_RUNTIME_TOKEN: 'runtime-token' },
      envFiles: [],
    });
    expect(secrets.values.sort()).toEqual(['ghs_token_value', 'runtime-token']);
  });

  test('a value passed through (environment: [NAME]) counts as interpolated', () => {
    const secrets = stackSecrets({ model: model({ PASSED: 'passed-through' }), composeTexts: [''], env: { PASSED: 'passed-through' }, envFiles: [] });
    expect(secrets).toEqual({ values: ['passed-through'], maskInRunner: ['passed-through'] });
  });

  test.each([
    ['a literal password', 'POSTGRES_PASSWORD', 'hunter2', true],
    ['a letters-only password (its name says so)', 'DB_PASS', 'correcthorse', true],
    ['a canary from an env_file', 'APP_SETTING', 'canary-4f9a', true],
    ['a URL with credentials', 'DATABASE_URL', 'postgres://u:p@postgres/shop', true],
    ['an ordinary word', 'LOG_LEVEL', 'debug', false],
    ['the service name', 'POSTGRES_USER', 'postgres', false],
    ['the service name, secret-named', 'POSTGRES_PASSWORD', 'postgres', false],
    ['a host and port of the stack', 'DB_HOST', 'postgres:5432', false],
    ['a part of the image', 'TAG', 'dsa-test', false],
    ['a volume name', 'VOLUME', 'shop_data', false],
    ['a number', 'PORT', '54321', false],
    ['a size', 'CACHE', '512m', false],
    ['a path', 'PGDATA', '/var/lib/postgresql/data', false],
    ['a locale', 'LANG', 'en_US.UTF-8', false],
    ['a boolean', 'ENABLED', 'false', false],
    ['too short', 'KEY', 'abc', false],
  ])('written in the files: %s', (_name, key, value, secret) => {
    const secrets = stackSecrets({ model: model({ [key]: value }), composeTexts: [''], env: {}, envFiles: [] });
    expect(secrets.values).toEqual(secret ? [value] : []);
    expect(secrets.maskInRunner).toEqual([]);
  });

  test('stackNames: services, images and their parts, containers, networks, volumes, the project', () => {
    const names = stackNames({ name: 'p', services: { web: { image: 'ghcr.io/org/app:1.2@sha256:abc', container_name: 'web-x' } }, networks: { default: { name: 'p_default' } } });
    expect([...names].sort()).toEqual(['1.2', 'app', 'default', 'ghcr.io', 'ghcr.io/org/app:1.2@sha256:abc', 'org', 'p', 'p_default', 'sha256', 'abc', 'web', 'web-x'].sort());
  });
});
