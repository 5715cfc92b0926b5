import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INPUTS } from '../../../src/settings/keys.js';
import { parseSettings, SettingsError, type Settings, type SettingsSources } from '../../../src/settings/settings.js';
import { fakeFiles } from './fakes.js';

// The settings parser as a whole, over random input maps: it answers Settings or a
// SettingsError and nothing else; every problem names the input it is about, and only inputs
// that were given can be wrong (the defaults are valid; a working directory without a compose
// file makes compose-files wrong); values that are valid on their own are
// accepted together.

const NAMES = Object.values(INPUTS).map((input) => input.name);
const WORKSPACE = '/ws';
const FILES = ['/ws/compose.yaml', '/ws/ci/compose.ci.yaml', '/ws/.env'];

/** Values users write, valid and not, for any input; plus arbitrary text. */
const TRICKY = [
  '', ' ', '0', '-1', '1e99', '6 gigs', '6g', '6GiB', '512m', '75%', '0%', '101%', '90s', '1m30s', '500ms', '2h', '99999999999999999999h',
  'true', 'false', 'maybe', 'always', 'never', 'on-success', 'error', 'warn', 'off', 'oom', 'oom,restart', 'memory-over:90%', 'none',
  'compose.yaml', 'ci/compose.ci.yaml', 'missing.yaml', '../outside.yaml', '/etc/passwd', '.', '..', 'ci', '.env', 'a,b', 'a\nb',
  '# only a comment', 'interval=10s,timeout=5s', 'memory=25%,startup=off', 'Bad Name!', 'dsa-project_1', '\u0000', '💥', 'NaN', 'Infinity',
];
const anyValue = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }));
const inputMaps = fc.dictionary(fc.constantFrom(...NAMES), anyValue, { maxKeys: NAMES.length });

function sources(inputs: Record<string, string>): SettingsSources {
  return {
    input: (name) => inputs[name] ?? '',
    env: { GITHUB_WORKSPACE: WORKSPACE, GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'test' },
    files: fakeFiles(FILES, { '/ws/escape': '/elsewhere' }),
    randomHex: () => 'c0ffee',
  };
}

function outcome(inputs: Record<string, string>): { settings: Settings } | { problems: string[] } {
  try {
    return { settings: parseSettings(sources(inputs)) };
  } catch (error) {
    if (error instanceof SettingsError) return { problems: error.problems };
    throw error;
  }
}

/** The input a problem line is about: its first words up to ': ' must be an input's name. */
function inputOf(problem: string): string | undefined {
  return NAMES.filter((name) => problem.startsWith(`${name}: `)).sort((a, b) => b.length - a.length)[0];
}

describe('parseSettings over random inputs', () => {
  test('answers Settings or a SettingsError, never anything else', () => {
    fc.assert(
      fc.property(inputMaps, (inputs) => {
        expect(() => outcome(inputs)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  test('every problem names an input that was given, and is one line', () => {
    fc.assert(
      fc.property(inputMaps, (inputs) => {
        const result = outcome(inputs);
        if (!('problems' in result)) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          const name = inputOf(problem);
          expect(name, problem).toBeDefined();
          // The default compose file is looked for in the working directory given.
          const given = 'working-directory' in inputs ? [...Object.keys(inputs), 'compose-files'] : Object.keys(inputs);
          expect(given, problem).toContain(name);
          expect(problem.includes('\n') ? inputs[name!]!.includes('\n') : true, problem).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('a bad value in one input does not hide a bad value in another', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['memory-budget', 'wait-timeout', 'min-free-disk', 'lock-timeout', 'lease-ttl', 'sample-interval', 'stop-timeout'], { minLength: 1 }), fc.constantFrom('6 gigs', '-1', '1e99', 'x'), (names, bad) => {
        const result = outcome(Object.fromEntries(names.map((name) => [name, bad])));
        expect('problems' in result).toBe(true);
        const named = new Set((result as { problems: string[] }).problems.map(inputOf));
        expect([...named].sort()).toEqual([...names].sort());
      }),
    );
  });

  test('valid sizes, durations and shares are accepted together, and mean what they say', () => {
    const UNIT_BYTES = { m: 1024 ** 2, MiB: 1024 ** 2, g: 1024 ** 3, GiB: 1024 ** 3 };
    const size = fc.tuple(fc.integer({ min: 1, max: 4096 }), fc.constantFrom(...(Object.keys(UNIT_BYTES) as Array<keyof typeof UNIT_BYTES>))).map(([value, unit]) => ({ text: `${value}${unit}`, bytes: value * UNIT_BYTES[unit] }));
    const seconds = fc.integer({ min: 1, max: 3600 });
    fc.assert(
      fc.property(size, seconds, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 60 }), (disk, wait, share, sample) => {
        const result = outcome({ 'min-free-disk': disk.text, 'wait-timeout': `${wait}s`, 'memory-budget': `${share}%`, 'sample-interval': `${sample}s`, 'lock-timeout': String(wait) });
        expect(result).toHaveProperty('settings');
        const { settings } = result as { settings: Settings };
        expect(settings.waitTimeoutMs).toBe(wait * 1000);
        expect(settings.lease.lockTimeoutMs).toBe(wait * 1000);
        expect(settings.sampleIntervalMs).toBe(sample * 1000);
        expect(settings.lease.memoryBudget).toMatchObject({ kind: 'share', fraction: share / 100 });
        expect(settings.minFreeDiskBytes).toBe(disk.bytes);
      }),
    );
  });

  test('paths never resolve outside the workspace, whatever is asked', () => {
    const segment = fc.constantFrom('..', '.', 'ci', 'escape', 'compose.yaml', 'compose.ci.yaml', '/etc', '', 'x');
    const relative = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(relative, relative, (workingDirectory, file) => {
        const result = outcome({ 'working-directory': workingDirectory, 'compose-files': file });
        if ('settings' in result) {
          const { stack } = result.settings;
          expect(stack.workingDirectory === WORKSPACE || stack.workingDirectory.startsWith(`${WORKSPACE}/`)).toBe(true);
          expect(stack.workingDirectory.startsWith(`${WORKSPACE}/escape`)).toBe(false);
          for (const name of stack.files) expect(FILES).toContain(path.resolve(stack.workingDirectory, name));
        } else {
          for (const problem of result.problems) expect(['working-directory', 'compose-files']).toContain(inputOf(problem));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
