import { describe, expect, test } from 'vitest';
import { ComposeSourceError, parseComposeSource } from '../../../src/compose/compose-source.js';

// Files that would cost the YAML parser minutes or crash node are refused in linear time, at
// the line that makes them bad; what the parser's own checks reported before is reported alike.

function failure(text: string): ComposeSourceError {
  try {
    parseComposeSource('/p/compose.yaml', text);
  } catch (error) {
    if (error instanceof ComposeSourceError) return error;
    throw error;
  }
  throw new Error('parsed');
}

/** One service whose labels map holds `count` keys, then `last` (a duplicate or not). */
function bigMap(count: number, last: string): string {
  const lines = ['services:', '  app:', '    image: x', '    labels:'];
  for (let index = 0; index < count; index += 1) lines.push(`      k${index}: v`);
  lines.push(last);
  return `${lines.join('\n')}\n`;
}

describe('duplicate keys, found in one pass', () => {
  // The parser's own check compares each key with every earlier one: 50 000 keys took 17 s
  // (100 000 took 89 s), against 0.6 s now; the unit timeout (10 s) is the bound.
  test('a map of 50 000 keys with a duplicate at the end is refused at the duplicate', () => {
    const error = failure(bigMap(50_000, '      k7: again'));
    expect(error).toMatchObject({ line: 50_005, column: 7 });
    expect(error.detail).toBe('invalid YAML: Map keys must be unique');
  });

  test('a map of 50 000 distinct keys parses', () => {
    expect(parseComposeSource('/p/compose.yaml', bigMap(50_000, '      last: v')).doc.errors).toEqual([]);
  });

  test.each([
    ['a flow map', 'a: {k: 1, k: 2}\n', { line: 1, column: 11 }],
    ['a tagged key equal to a plain one', 'a: 1\n!!str a: 2\n', { line: 2, column: 7 }],
    ['null written two ways', '~: 1\nnull: 2\n', { line: 2, column: 1 }],
    ['the earlier of a duplicate and a syntax error', 'a: 1\na: 2\nb: [1\nc: 3\n', { line: 2, column: 1 }],
  ])('%s', (_name, text, at) => {
    expect(failure(text)).toMatchObject({ ...at, detail: 'invalid YAML: Map keys must be unique' });
  });

  test.each([
    ['merge keys may repeat', 'a: &a {x: 1}\nb: &b {y: 1}\nc:\n  <<: *a\n  <<: *b\n'],
    ['a number and a string are different keys', '1: a\n"1": b\n'],
    ['equal keys in different maps', 'a: {k: 1}\nb: {k: 1}\n'],
  ])('%s', (_name, text) => {
    expect(() => parseComposeSource('/p/compose.yaml', text)).not.toThrow();
  });

  test('a syntax error before a duplicate is the one reported', () => {
    expect(failure('a: [1\nb: 1\nb: 2\n').detail).toMatch(/^invalid YAML: (?!Map keys)/);
  });
});

describe('nesting, refused before parsing', () => {
  test.each([
    // 10 MB of `[` ran 48 s in the parser and then crashed node.
    ['10 MB of [', `services:\n  a:\n    labels: ${'['.repeat(10 * 1024 * 1024)}\n`, { line: 3, column: 113 }],
    ['10 MB of {', `x: ${'{'.repeat(10 * 1024 * 1024)}\n`, { line: 1, column: 104 }],
    ['a line of 5 million `- `', `${'- '.repeat(5_000_000)}a\n`, { line: 1, column: 201 }],
    ['flow nesting spread over lines', `x:\n${'  [\n'.repeat(200)}`, { line: 102, column: 3 }],
    // A scanner without the grammar took the quote in the block scalar as opening a string.
    ['after a quote inside a block scalar', `a: |\n  "\nb: ${'['.repeat(10 * 1024 * 1024)}\n`, { line: 3, column: 104 }],
    ['after an unclosed quote in a plain scalar', `a: echo 'x\nb: ${'['.repeat(10 * 1024 * 1024)}\n`, { line: 2, column: 104 }],
  ])('%s', (_name, text, at) => {
    const started = Date.now();
    const error = failure(text);
    expect(error).toMatchObject(at);
    expect(error.detail).toBe('nests more than 100 levels deep here: refused (such files nest a few levels)');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test.each([
    ['brackets in quoted scalars', `a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)} it''s'\n`],
    ['brackets in comments', `# ${'['.repeat(500)}\na: 1 # ${'{'.repeat(500)}\n`],
    ['100 levels of flow nesting', `a: ${'['.repeat(100)}${']'.repeat(100)}\n`],
    ['balanced brackets in plain scalars, many times', `${Array.from({ length: 500 }, (_, index) => `k${index}: echo [x] {y}`).join('\n')}\n`],
    ['a quote inside a plain scalar does not hide what follows', `a: it's\nb: [1]\n`],
  ])('%s is not refused', (_name, text) => {
    expect(() => parseComposeSource('/p/compose.yaml', text)).not.toThrow();
  });
});
