import { describe, expect, test } from 'vitest';
import { compileLogPattern, LineMatcher } from '../../../src/stack/log-lines.js';
import { LOG_MATCH_CHARS } from '../../../src/stack/wait-for.js';

// wait-for's log probe: patterns a pull request writes run on RE2 (linear time), against lines
// cut out of a stream whose chunks split lines anywhere, never more than LOG_MATCH_CHARS of one.

describe('compileLogPattern', () => {
  test('RE2 syntax, with (?i) for any case', async () => {
    const ready = await compileLogPattern('(?i)ready to (accept|serve)');
    if ('error' in ready) throw new Error(ready.error);
    expect(ready('LOG:  database system is READY TO ACCEPT connections')).toBe(true);
    expect(ready('not yet')).toBe(false);
  });

  test.each([
    ['(a', 'missing closing )'],
    ['(a)\\1', 'invalid escape sequence'],
    ['(?=lookahead)', 'invalid or unsupported Perl syntax'],
  ])('%s is refused, saying why', async (pattern, why) => {
    const compiled = await compileLogPattern(pattern);
    expect('error' in compiled && compiled.error).toContain(`'${pattern}' is not an RE2 pattern`);
    expect('error' in compiled && compiled.error).toContain(why);
  });

  test('a pattern that backtracks exponentially in JavaScript is linear here', async () => {
    const evil = await compileLogPattern('^(a+)+$');
    if ('error' in evil) throw new Error(evil.error);
    // JavaScript's engine would take longer than the age of the universe on this line.
    expect(evil(`${'a'.repeat(LOG_MATCH_CHARS - 1)}!`)).toBe(false);
  });
});

describe('LineMatcher', () => {
  const seen: string[] = [];
  const matcher = (): LineMatcher =>
    new LineMatcher((line) => {
      seen.push(line);
      return line === 'ready';
    });

  test('lines split across chunks and streams are matched whole', () => {
    seen.length = 0;
    const lines = matcher();
    expect(lines.push('stdout', 'boot')).toBe(false);
    expect(lines.push('stderr', 'rea')).toBe(false);
    expect(lines.push('stdout', 'ing\nre')).toBe(false);
    expect(lines.push('stderr', 'dy\r\n')).toBe(true);
    expect(seen).toEqual(['booting', 'ready']);
    expect(lines.lines).toBe(2);
  });

  test('a last line without its newline is matched at the end of the stream', () => {
    const lines = matcher();
    expect(lines.push('stdout', 'x\nready')).toBe(false);
    expect(lines.end()).toBe(true);
  });

  test('only the start of a long line is matched, once; the rest of it is skipped, not kept', () => {
    seen.length = 0;
    const lines = matcher();
    const long = 'y'.repeat(LOG_MATCH_CHARS * 3);
    for (const piece of long.match(/.{1,1000}/g)!) expect(lines.push('stdout', piece)).toBe(false);
    expect(lines.push('stdout', '\nready\n')).toBe(true);
    expect(seen.map((line) => line.length)).toEqual([LOG_MATCH_CHARS, 5]);
  });
});
