import { describe, expect, test } from 'vitest';
import { defaultPolicyConfig, loadPolicyConfig, parsePolicyConfig, type PolicyConfigError } from '../../../src/policy/config.js';
import { RULE_IDS, RULES } from '../../../src/policy/catalog.js';

describe('policy configuration', () => {
  test('defaults: every rule at its catalog severity, no exemptions', () => {
    const config = defaultPolicyConfig();
    expect(Object.keys(config.rules).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(config.rules[id]).toEqual({ severity: RULES[id].defaultSeverity, exempt: [], line: 0 });
    expect(config.healthcheckTiming.minIntervalMs).toBe(5000);
    expect(config.healthcheckTiming.minStartPeriodMs).toBe(10_000);
  });

  test('severities, off, exemptions and thresholds', () => {
    const config = parsePolicyConfig(
      [
        'policy:',
        '  rules:',
        '    cpu-limit: off',
        '    port-bind-all: false',
        '    restart-policy: error',
        '    image-tag: { severity: note, exempt: [builder, "cache"] }',
        '    healthcheck-timing:',
        '      min-interval: 10s',
        '      slow-starters: [Keycloak]',
        '      min-start-period: 20s',
        '    capabilities:',
        '      allow: [cap_net_admin]',
      ].join('\n'),
      '.docker-stability.yml',
    );
    expect(config.rules['cpu-limit'].severity).toBe('off');
    expect(config.rules['port-bind-all'].severity).toBe('off');
    expect(config.rules['restart-policy'].severity).toBe('error');
    expect(config.rules['image-tag']).toEqual({ severity: 'note', exempt: ['builder', 'cache'], line: 6 });
    expect(config.healthcheckTiming).toEqual({ minIntervalMs: 10_000, slowStarters: ['keycloak'], minStartPeriodMs: 20_000 });
    expect(config.capabilities.allow).toEqual(['NET_ADMIN']);
    expect(config.rules['memory-limit'].severity).toBe('error');
  });

  test.each([
    ['an unknown rule', 'policy:\n  rules:\n    cpu-limits: off\n', "line 3: unknown rule 'cpu-limits'"],
    ['an unknown top-level key', 'polcy:\n  rules: {}\n', "line 1: unknown key 'polcy' in the top level"],
    ['an unknown policy key', 'policy:\n  rule: {}\n', "line 2: unknown key 'rule' in policy"],
    ['an unknown rule key', 'policy:\n  rules:\n    image-tag: { exemptions: [a] }\n', "line 3: unknown key 'exemptions' for rule image-tag"],
    ['a bad severity', 'policy:\n  rules:\n    image-tag: fatal\n', 'line 3: image-tag: severity must be one of error, warning, note, off'],
    ['a threshold of another rule', 'policy:\n  rules:\n    image-tag: { min-interval: 5s }\n', "unknown key 'min-interval' for rule image-tag"],
    ['exempt on a stack-wide rule', 'policy:\n  rules:\n    memory-budget: { exempt: [a] }\n', "unknown key 'exempt' for rule memory-budget"],
    ['a bad duration', 'policy:\n  rules:\n    healthcheck-timing: { min-interval: soon }\n', "healthcheck-timing.min-interval: 'soon' is not a duration"],
    ['a list that is not names', 'policy:\n  rules:\n    image-tag: { exempt: [{a: 1}] }\n', 'image-tag.exempt: expected a list of names'],
    ['invalid YAML', 'policy: [\n', 'invalid YAML'],
    ['a repeated key', 'policy:\n  rules: {}\n  rules: {}\n', 'line 3: invalid YAML: Map keys must be unique'],
    ['absurd nesting', `policy: ${'['.repeat(200)}\n`, 'line 1: nests more than 100 levels deep here'],
  ])('%s is an error naming the line', (_name, text, message) => {
    expect(() => parsePolicyConfig(text, 'cfg.yml')).toThrow(message);
  });

  test('every problem is listed at once', () => {
    try {
      parsePolicyConfig('policy:\n  rules:\n    a: off\n    b: off\n', 'cfg.yml');
      throw new Error('parsed');
    } catch (error) {
      expect((error as PolicyConfigError).problems).toHaveLength(2);
    }
  });

  test('an empty file is the defaults', () => {
    expect(parsePolicyConfig('', 'cfg.yml')).toEqual(defaultPolicyConfig());
  });

  const files = (map: Record<string, string>) => (file: string) => {
    if (!(file in map)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return map[file]!;
  };

  test.each([
    ['the named file', { explicit: 'ci/policy.yml' }, { '/w/ci/policy.yml': 'policy: {rules: {cpu-limit: off}}' }, 'ci/policy.yml'],
    ['.docker-stability.yml in the working directory', {}, { '/w/app/.docker-stability.yml': 'policy: {rules: {cpu-limit: off}}' }, 'app/.docker-stability.yml'],
    ['.docker-stability.yaml too', {}, { '/w/app/.docker-stability.yaml': 'policy: {rules: {cpu-limit: off}}' }, 'app/.docker-stability.yaml'],
  ])('loads %s', (_name, where, map, shown) => {
    const loaded = loadPolicyConfig(files(map), { base: '/w', workingDirectory: '/w/app', ...where });
    expect(loaded.file).toBe(shown);
    expect(loaded.config.rules['cpu-limit'].severity).toBe('off');
  });

  test('no file means the defaults; a named file that is missing is an error', () => {
    expect(loadPolicyConfig(files({}), { base: '/w', workingDirectory: '/w' })).toEqual({ config: defaultPolicyConfig() });
    expect(() => loadPolicyConfig(files({}), { base: '/w', workingDirectory: '/w', explicit: 'nope.yml' })).toThrow('nope.yml: the policy configuration file does not exist');
  });

  test('a policy file that leads outside the workspace is refused without being read', () => {
    const read: string[] = [];
    const reader = (file: string): string => {
      read.push(file);
      return 'policy: {}';
    };
    const realPath = (file: string): string => (file === '/w/.docker-stability.yml' ? '/etc/passwd' : file);
    expect(() => loadPolicyConfig(reader, { base: '/w', workingDirectory: '/w', within: { root: '/w', realPath } })).toThrow(
      '.docker-stability.yml: leads outside the workspace (to /etc/passwd); a policy file is read only from inside /w',
    );
    expect(() => loadPolicyConfig(reader, { base: '/w', workingDirectory: '/w', explicit: '../x.yml', within: { root: '/w', realPath } })).toThrow('leads outside the workspace (to /x.yml)');
    expect(read).toEqual([]);
  });

  test('the file read is kept with the config, and each rule with its line and reason', () => {
    const loaded = loadPolicyConfig(files({ '/w/.docker-stability.yml': 'policy:\n  rules:\n    cpu-limit:\n      severity: off\n      reason: limits come from the runner\n    capabilities: {allow: [CHOWN]}\n' }), { base: '/w', workingDirectory: '/w' });
    expect(loaded.config.file).toBe('/w/.docker-stability.yml');
    expect(loaded.config.rules['cpu-limit']).toEqual({ severity: 'off', exempt: [], line: 3, reason: 'limits come from the runner' });
    expect(loaded.config.capabilities).toEqual({ allow: ['CHOWN'], allowLine: 6 });
  });

  test.each([
    ['an empty reason', 'policy:\n  rules:\n    cpu-limit: { severity: off, reason: "" }\n', 'line 3: cpu-limit.reason: expected a sentence saying why'],
    ['a key of a whole line of another file', `policy:\n  rules:\n    ${'k'.repeat(300)}: off\n`, `unknown rule '${'k'.repeat(40)}…' (300 characters)`],
  ])('%s is an error that quotes no more than the start', (_name, text, message) => {
    expect(() => parsePolicyConfig(text, 'cfg.yml')).toThrow(message);
  });
});
