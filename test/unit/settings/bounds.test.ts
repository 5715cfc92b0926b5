import { describe, expect, test } from 'vitest';
import { INPUTS } from '../../../src/settings/keys.js';
import { parseSettings, SettingsError, type SettingsSources } from '../../../src/settings/settings.js';
import { MAX_LIST_LENGTH, MAX_SCALAR_LENGTH, maxInputLength } from '../../../src/settings/bounds.js';
import { fakeFiles } from './fakes.js';

// Inputs come from the workflow, but nothing past these bounds may reach a parser, the file
// system or an argv: every input bounded in length (and the error quoting no more than the
// start of it), values Compose would read as flags refused, the policy-allow list checked, and
// the files the action reads or writes kept inside the workspace (SARIF also RUNNER_TEMP) once
// symlinks are followed.

const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/runner/_temp', GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'j' };

function sources(inputs: Record<string, string>, links: Record<string, string> = {}, files = ['/ws/compose.yaml', '/ws/policy.yml']): SettingsSources {
  return { input: (name) => inputs[name] ?? '', env, files: fakeFiles(files, links), randomHex: () => 'abc123' };
}

function problemsOf(inputs: Record<string, string>, links: Record<string, string> = {}): string[] {
  try {
    parseSettings(sources(inputs, links));
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('input bounds', () => {
  test.each(Object.values(INPUTS).map((input) => [input.name] as const))('%s: a value past its bound is refused without being echoed', (name) => {
    const value = `${'x'.repeat(maxInputLength(name))}SECRET-TAIL`;
    const problems = problemsOf({ [name]: value });
    expect(problems).toEqual([`${name}: the value is ${value.length} characters long; at most ${maxInputLength(name)} are accepted`]);
    expect(problems.join('\n')).not.toContain('xxxxxxxxxx');
  });

  test('lists take more than single values', () => {
    expect(maxInputLength('compose-files')).toBe(MAX_LIST_LENGTH);
    expect(maxInputLength('wait-timeout')).toBe(MAX_SCALAR_LENGTH);
  });

  test('a NUL or another control character is refused with its position', () => {
    expect(problemsOf({ 'compose-files': 'compose.yaml\u0000x' })).toEqual(['compose-files: the value contains a control character (code 0) at position 13']);
    expect(problemsOf({ 'project-name': 'a\u001bb' })).toEqual(['project-name: the value contains a control character (code 27) at position 2']);
  });

  test('a path with an over-long name is refused before the file system sees it, quoting its start only', () => {
    const problems = problemsOf({ 'compose-files': `${'n'.repeat(300)}.yaml` });
    expect(problems).toEqual([`compose-files: '${'n'.repeat(40)}…' (305 characters) has a name longer than 255 characters`]);
  });

  test.each<[Record<string, string>, string]>([
    [{ profiles: '-1' }, "profiles: '-1' is not a profile name; use letters, digits, '.', '_' and '-', starting with a letter or digit"],
    [{ profiles: 'db, --help' }, "profiles: '--help' is not a profile name"],
    [{ 'compose-files': '-x.yaml' }, "compose-files: compose file '-x.yaml' starts with '-', which Compose would read as a flag; write ./-x.yaml"],
    [{ 'env-files': '--env' }, "env-files: env file '--env' starts with '-'"],
    [{ 'project-name': '--dry-run' }, "project-name: '--dry-run' is not a valid Compose project name"],
  ])('%j is refused: it would reach docker compose as a flag', (inputs, message) => {
    expect(problemsOf(inputs).join('\n')).toContain(message);
  });

  test('a profile of letters, digits, dots, dashes and underscores, and *, is accepted', () => {
    expect(parseSettings(sources({ profiles: 'db, e2e_v1.2-x, *' })).stack.profiles).toEqual(['db', 'e2e_v1.2-x', '*']);
  });

  test('sizes in inputs have no space between number and unit', () => {
    expect(problemsOf({ 'min-free-disk': '512 MB' })).toEqual(["min-free-disk: '512 MB' is not a size: write the unit right after the number, like 512MB (b, k, m, g, t, optionally with iB or B; all binary)"]);
  });
});

describe('policy-allow', () => {
  test('rule ids, one per line or comma-separated, without repeats', () => {
    expect(parseSettings(sources({ 'policy-allow': 'privileged, devices\nprivileged' })).policy.allow).toEqual(['privileged', 'devices']);
  });

  test('an unknown rule is refused, naming the known ones', () => {
    expect(problemsOf({ 'policy-allow': 'everything' })).toEqual([expect.stringMatching(/^policy-allow: 'everything' is not a rule id \(known: memory-limit, .*privileged.*outside-workspace/)]);
  });
});

describe('paths the action reads and writes', () => {
  test.each<[string, Record<string, string>, string | undefined]>([
    ['a SARIF file in the workspace', {}, undefined],
    ['a SARIF file in a new folder of the workspace', {}, undefined],
    ['a SARIF file under RUNNER_TEMP', {}, undefined],
    ['a SARIF file outside both', {}, "sarif-file: '../elsewhere/results.sarif' leads to '/elsewhere/results.sarif', outside the workspace and RUNNER_TEMP; write it inside /ws or /runner/_temp"],
    ['a SARIF file through a linked folder', { '/ws/out': '/etc' }, "sarif-file: 'out/cron.d/x.sarif' leads to '/etc/cron.d/x.sarif', outside the workspace and RUNNER_TEMP; write it inside /ws or /runner/_temp"],
  ])('%s', (name, links, message) => {
    const file = {
      'a SARIF file in the workspace': 'results.sarif',
      'a SARIF file in a new folder of the workspace': 'reports/new/results.sarif',
      'a SARIF file under RUNNER_TEMP': '/runner/_temp/results.sarif',
      'a SARIF file outside both': '../elsewhere/results.sarif',
      'a SARIF file through a linked folder': 'out/cron.d/x.sarif',
    }[name]!;
    if (message) expect(problemsOf({ 'sarif-file': file }, links)).toEqual([message]);
    else expect(parseSettings(sources({ 'sarif-file': file }, links)).policy.sarifFile).toBe(file);
  });

  test.each<[string, Record<string, string>, string | undefined]>([
    ['policy.yml', {}, undefined],
    ['../policy.yml', {}, "policy-config: '../policy.yml' leads to '/policy.yml', outside the workspace /ws; it is not read"],
    ['policy.yml', { '/ws/policy.yml': '/etc/passwd' }, "policy-config: 'policy.yml' leads to '/etc/passwd', outside the workspace /ws; it is not read"],
  ])('policy-config %s (links %j)', (file, links, message) => {
    if (message) expect(problemsOf({ 'policy-config': file }, links)).toEqual([message]);
    else expect(parseSettings(sources({ 'policy-config': file }, links)).policy.configFile).toBe(file);
  });
});
