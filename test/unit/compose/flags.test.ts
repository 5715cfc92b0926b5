import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GLOBAL_FLAG_RULES, parallelLimit, parseFlags, UP_FLAG_RULES } from '../../../src/compose/flags.js';

// up-flags and compose-flags: split as a shell splits words, never run by one, and judged flag
// by flag against what the lifecycle needs. What passes comes out as --long=value.

describe('up-flags', () => {
  test.each([
    ['', []],
    ['--timestamps', ['--timestamps']],
    ['--force-recreate -V', ['--force-recreate', '--renew-anon-volumes']],
    ['-t 5', ['--timeout=5']],
    ['-t5 --timeout=7 --timeout 9', ['--timeout=5', '--timeout=7', '--timeout=9']],
    ['  --no-color\n--no-log-prefix  ', ['--no-color', '--no-log-prefix']],
    ["'--quiet-pull' # the rest is a comment --build", ['--quiet-pull']],
  ])('%j passes as %j', (text, flags) => {
    expect(parseFlags(text, UP_FLAG_RULES)).toEqual({ flags });
  });

  test.each([
    ['-d', /'-d' is refused: every start is already detached/],
    ['--detach', /'--detach' is refused/],
    ['--wait', /'--wait' is refused: every start already waits/],
    ['--wait-timeout 30', /'--wait-timeout' is refused: use the wait-timeout input/],
    ['--wait-timeout=30', /'--wait-timeout' is refused/],
    ['--abort-on-container-exit', /needs `up` attached/],
    ['--exit-code-from web', /'--exit-code-from' is refused: it needs `up` attached/],
    ['--attach web', /'--attach' is refused/],
    ['--attach-dependencies', /refused/],
    ['--no-attach web', /refused/],
    ['--no-start', /nothing would start/],
    ['--build', /use the build input \(always\)/],
    ['--no-build', /use the build input \(never\)/],
    ['--pull always', /use the pull input/],
    ['--remove-orphans', /already removes orphans/],
    ['--scale web=3', /set scale \(or deploy.replicas\) in a compose file/],
    ['--no-deps', /services input/],
    ['-w', /never returns/],
    ['--watch', /never returns/],
    ['--dry-run', /nothing would start/],
    ['--menu', /interactive/],
    ['--yes', /'--yes' is not a flag this version knows \(known: --always-recreate-deps, /],
    ['-x', /'-x' is not a flag this version knows/],
    ['web', /'web' is not a flag; services go in the services input/],
    ['--timeout', /'--timeout' needs a value/],
    ['--timeout soon', /'--timeout': 'soon' is not a whole number/],
    ['--timestamps=yes', /'--timestamps' takes no value/],
    ['-dV', /'-dV': write short flags one by one/],
    ['-- web', /'--' ends the flags/],
    ['--timeout $T', /'\$T': variables are not expanded here; use \$\{\{ env.T \}\}/],
    ['--timestamps | tee x', /'\|' is shell syntax/],
    ['--timestamps; rm -rf /', /';' is shell syntax/],
    ['--timeout=*', /'--timeout=\*' is shell syntax/],
    ['--timeout ${', /cannot be split into words \(Bad substitution.*\); quote it/],
  ])('%j is refused', (text, reason) => {
    const parsed = parseFlags(text, UP_FLAG_RULES);
    expect('problems' in parsed && parsed.problems.join('\n')).toMatch(reason);
  });

  test('a word with a line break in it is quoted on one line', () => {
    expect(parseFlags('"web\n::error::x"', UP_FLAG_RULES)).toEqual({ problems: ["'web ::error::x' is not a flag; services go in the services input, and a flag's value after the flag"] });
  });

  test('every problem at once', () => {
    expect(parseFlags('-d --timestamps --build', UP_FLAG_RULES)).toEqual({
      problems: [expect.stringMatching(/^'-d' is refused/), expect.stringMatching(/^'--build' is refused/)],
    });
  });

  test('a value that starts with a dash stays the value, as Compose reads it, and goes out attached', () => {
    expect(parseFlags('--timeout -1', UP_FLAG_RULES)).toEqual({ flags: ['--timeout=-1'] });
    // The value of a refused flag is swallowed with it, not judged as a flag of its own.
    expect(parseFlags('--exit-code-from -d', UP_FLAG_RULES)).toEqual({ problems: [expect.stringMatching(/^'--exit-code-from' is refused/)] });
  });
});

describe('compose-flags', () => {
  test.each([
    ['--compatibility', ['--compatibility']],
    ['--ansi never --progress plain', ['--ansi=never', '--progress=plain']],
    ['--parallel 1', ['--parallel=1']],
  ])('%j passes as %j', (text, flags) => {
    expect(parseFlags(text, GLOBAL_FLAG_RULES)).toEqual({ flags });
  });

  test.each([
    ['-f other.yml', /use the compose-files input/],
    ['--file=other.yml', /use the compose-files input/],
    ['-p other', /use the project-name input/],
    ['--project-name other', /use the project-name input/],
    ['--project-directory /', /use the working-directory input/],
    ['--profile debug', /use the profiles input/],
    ['--env-file .env', /use the env-files input/],
    ['--dry-run', /nothing would start/],
    ['--ansi sometimes', /'sometimes' is not one of never, always, auto/],
    ['--parallel many', /not a whole number/],
    ['--timestamps', /not a flag this version knows \(known: --ansi, --compatibility/],
  ])('%j is refused', (text, reason) => {
    const parsed = parseFlags(text, GLOBAL_FLAG_RULES);
    expect('problems' in parsed && parsed.problems.join('\n')).toMatch(reason);
  });

  test.each([
    [[], undefined],
    [['--compatibility'], undefined],
    [['--parallel=2'], 2],
    [['--parallel=-1'], undefined],
    [['--parallel=1', '--parallel=3'], 3],
  ])('parallel limit of %j: %s', (flags, limit) => {
    expect(parallelLimit(flags)).toBe(limit);
  });
});

describe('over any text', () => {
  test('flags or problems, never a throw; what passes is a known flag, its value attached', () => {
    const known = new Set([...UP_FLAG_RULES, ...GLOBAL_FLAG_RULES].filter((rule) => !rule.refuse).map((rule) => rule.names[0]!));
    const words = fc.constantFrom('"a\nb"', "'--x\u2028y'", '-d', '-t', '5', '--timeout', '--wait', '--timestamps', '--ansi', 'never', '"a b"', "'", '"', '$X', '${', '|', '#', '--', '-', '=', '--no-color=1');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.array(words, { maxLength: 8 }).map((list) => list.join(' '))), (text) => {
        for (const rules of [UP_FLAG_RULES, GLOBAL_FLAG_RULES]) {
          const parsed = parseFlags(text, rules);
          if ('problems' in parsed) {
            expect(parsed.problems.length).toBeGreaterThan(0);
            for (const problem of parsed.problems) expect(problem).not.toMatch(/\n/);
          } else {
            for (const flag of parsed.flags) expect(known.has(flag.split('=')[0]!), flag).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
