import { describe, expect, test } from 'vitest';
import { baselineKeys, keyPart, runIdentity } from '../../../src/baseline/keys.js';

const env = {
  GITHUB_REPOSITORY: 'octo-org/shop',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'integration',
  GITHUB_RUN_ID: '812',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REF_NAME: 'main',
  GITHUB_EVENT_PATH: '/runner/event.json',
};
const payload = (defaultBranch: string): ((file: string) => string | undefined) => (file) =>
  file === '/runner/event.json' ? JSON.stringify({ repository: { default_branch: defaultBranch } }) : undefined;

describe('runIdentity', () => {
  test('a push: the ref name, and the default branch from the event payload', () => {
    expect(runIdentity(env, payload('main'))).toEqual({
      repository: 'octo-org/shop', workflow: 'CI', job: 'integration', runId: '812', runAttempt: '2',
      branch: 'main', baseBranch: undefined, defaultBranch: 'main',
    });
  });

  test('a pull request: the head branch (not 42/merge) and the base branch', () => {
    const identity = runIdentity({ ...env, GITHUB_REF_NAME: '42/merge', GITHUB_HEAD_REF: 'feature/faster', GITHUB_BASE_REF: 'release' }, payload('main'));
    expect(identity).toMatchObject({ branch: 'feature/faster', baseBranch: 'release', defaultBranch: 'main' });
  });

  test.each([
    ['no payload file', () => undefined],
    ['a payload that is not JSON', () => '{oops'],
    ['a payload without a repository', () => '{"schedule":"0 * * * *"}'],
  ])('%s: no default branch', (_, readText) => {
    expect(runIdentity(env, readText).defaultBranch).toBeUndefined();
  });
});

describe('baselineKeys', () => {
  const identity = runIdentity({ ...env, GITHUB_HEAD_REF: 'feature/x', GITHUB_BASE_REF: 'release' }, payload('main'));

  test('saves under the current branch with the run; restores base, default, then current', () => {
    const keys = baselineKeys(identity, '0123456789abcdef');
    const stack = 'docker-stability-baseline:v1:octo-org/shop:CI:integration:0123456789abcdef';
    expect(keys).toEqual({
      saveKey: `${stack}:feature/x:812-2`,
      restoreKeys: [`${stack}:release:`, `${stack}:main:`, `${stack}:feature/x:`],
      branches: ['release', 'main', 'feature/x'],
    });
    // The saved key is found again by its branch's prefix, and by no other branch's.
    expect(keys.restoreKeys.filter((prefix) => keys.saveKey.startsWith(prefix))).toEqual([`${stack}:feature/x:`]);
  });

  test('a push to the default branch tries that branch once', () => {
    const keys = baselineKeys(runIdentity(env, payload('main')), 'ffff');
    expect(keys.branches).toEqual(['main']);
  });

  test('the prefix of main does not match a key of main-next', () => {
    const main = baselineKeys(runIdentity(env, payload('main')), 'ffff');
    const next = baselineKeys(runIdentity({ ...env, GITHUB_REF_NAME: 'main-next' }, payload('main')), 'ffff');
    expect(next.saveKey.startsWith(main.restoreKeys[0]!)).toBe(false);
  });

  test('workflow names with commas and spaces make valid keys (no comma, at most 512 characters)', () => {
    const keys = baselineKeys(runIdentity({ ...env, GITHUB_WORKFLOW: 'Build, test & deploy: '.repeat(20) }, payload('main')), 'ffff');
    expect(keys.saveKey).not.toContain(',');
    expect(keys.saveKey.length).toBeLessThanOrEqual(512);
  });
});

describe('keyPart', () => {
  test.each([
    ['main', 'main'],
    ['feature/x-1.2', 'feature/x-1.2'],
    ['octo-org/shop', 'octo-org/shop'],
  ])("'%s' is kept", (text, expected) => {
    expect(keyPart(text)).toBe(expected);
  });

  test('other characters are replaced and a hash keeps apart what replacing merged', () => {
    expect(keyPart('a,b')).toMatch(/^a_b~[0-9a-f]{8}$/);
    expect(keyPart('a,b')).not.toBe(keyPart('a b'));
    expect(keyPart('a:b')).not.toContain(':');
    expect(keyPart('x'.repeat(100))).toHaveLength(57);
  });
});
