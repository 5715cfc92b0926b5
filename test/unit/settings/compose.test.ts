import { describe, expect, test } from 'vitest';
import { parseComposeInputs } from '../../../src/settings/compose.js';

// The inputs that say what Compose starts and how, parsed on their own: every problem is named
// (settings.ts merges them with the rest), never only the first.

const raw = (overrides: Partial<Parameters<typeof parseComposeInputs>[0]> = {}) => ({ services: '', upFlags: '', composeFlags: '', build: 'missing', pull: 'missing', ...overrides });

describe('parseComposeInputs', () => {
  test('the defaults: every service, no flags, images fetched when missing', () => {
    expect(parseComposeInputs(raw())).toEqual({ compose: { upFlags: [], build: 'missing', pull: 'missing' }, services: [], composeFlags: [] });
  });

  test('services listed once each, in the order given; flags normalised to --name=value', () => {
    expect(parseComposeInputs(raw({ services: 'web, db\nweb', upFlags: '-t 5 --no-color', composeFlags: '--ansi never', build: 'always', pull: 'never' }))).toEqual({
      compose: { upFlags: ['--timeout=5', '--no-color'], build: 'always', pull: 'never' },
      services: ['web', 'db'],
      composeFlags: ['--ansi=never'],
    });
  });

  test.each([
    ['a service that would read as a flag', { services: '-d' }, "services: '-d' is not a service name; use letters, digits, '.', '_' and '-', starting with a letter or digit"],
    ['a service with a space', { services: '"a b"' }, `services: '"a b"' is not a service name; use letters, digits, '.', '_' and '-', starting with a letter or digit`],
    ['an up flag the lifecycle refuses', { upFlags: '--no-start' }, "up-flags: '--no-start' is refused: nothing would start, and waiting for the services would fail"],
    ['a global flag another input covers', { composeFlags: '-p other' }, "compose-flags: '-p' is refused: use the project-name input"],
    ['a build policy that is not one', { build: 'sometimes' }, "build: 'sometimes' is not a policy; use missing, always, never"],
    ['a pull policy that is not one', { pull: 'if-not-present' }, "pull: 'if-not-present' is not a policy; use missing, always, never"],
  ])('%s → named', (_name, overrides, problem) => {
    expect(parseComposeInputs(raw(overrides))).toEqual({ problems: [problem] });
  });

  test('every problem at once', () => {
    const parsed = parseComposeInputs(raw({ services: '-x', upFlags: '--wait', composeFlags: '--env-file x', build: 'no', pull: 'no' }));
    expect('problems' in parsed && parsed.problems.map((problem) => problem.split(':')[0])).toEqual(['services', 'up-flags', 'compose-flags', 'build', 'pull']);
  });
});
