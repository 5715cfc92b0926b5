import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { code, codeBlock, details, inline, table } from '../../../src/core/markdown.js';
import { escapeMarkdown, fence, inertLine, inertText, looksLikeCommand, Redactor, splitLines, stopCommandsBlock, stopToken } from '../../../src/core/untrusted.js';
import { HOSTILE_LINES, MARKER } from '../../support/hostile.js';
import { commandLikeLinesOutsideBlocks, readAsRunner } from '../../support/workflow-commands.js';

const hex = (): string => Math.random().toString(16).slice(2).padEnd(13, '0');

describe('the runner takes no command from untrusted text', () => {
  test('the hostile payloads are commands when printed bare (so the tests can fail)', () => {
    const reading = readAsRunner(HOSTILE_LINES.join('\n'));
    const names = new Set(reading.obeyed.map((command) => command.name));
    for (const name of ['add-mask', 'error', 'warning', 'set-output', 'set-env', 'add-path', 'save-state', 'stop-commands', 'group']) expect(names).toContain(name);
    // Through CR, LF, leading spaces, tabs, NBSP, U+2028 and NEL, and the legacy form anywhere.
    const masks = reading.obeyed.filter((command) => command.name === 'add-mask').map((command) => command.data);
    expect(masks).toEqual(expect.arrayContaining([`${MARKER}-after-cr`, `${MARKER}-leading-spaces`, `${MARKER}-line-separator`, `${MARKER}-nel`]));
  });

  test.each(HOSTILE_LINES.map((line) => [JSON.stringify(line).slice(0, 60), line]))('inert as plain lines: %s', (_name, line) => {
    const printed = inertText(line);
    const reading = readAsRunner(printed);
    expect(reading.obeyed).toEqual([]);
    expect(commandLikeLinesOutsideBlocks(reading)).toEqual([]);
    // Still readable: what the container said is there, escapes aside.
    if (line.includes(MARKER)) expect(printed).toContain(MARKER);
  });

  test('all of them at once, in a stop-commands block, are obeyed by nothing but the block', () => {
    const lines = HOSTILE_LINES.flatMap(splitLines);
    const token = stopToken(hex, lines);
    const reading = readAsRunner(stopCommandsBlock(lines, token).join('\n'));
    expect(reading.obeyed.map((command) => command.name)).toEqual(['stop-commands', token]);
    expect(reading.unclosedToken).toBeUndefined();
    expect(reading.lines.every((line) => line.inBlock)).toBe(true);
    // Inside, a container's `::` lines are shown as they are; `##[` never (the log viewer formats it).
    expect(reading.lines.map((line) => line.text)).toContain(`::add-mask::${MARKER}-mask`);
    expect(reading.lines.some((line) => line.text.includes('##['))).toBe(false);
  });

  test('the token is random, never taken from the content, and drawn again if the content holds it', () => {
    const draws = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb'];
    expect(stopToken(() => draws.shift()!, ['x dsaaaaaaaaaaaaaaaaaa y'])).toBe('dsabbbbbbbbbbbbbbbb');
    expect(() => stopCommandsBlock(['has dsa0123456789abcdef inside'], 'dsa0123456789abcdef')).toThrow(/holds the token/);
    expect(() => stopToken(() => 'short', [])).toThrow(/at least 13/);
    expect(stopToken(hex, [])).not.toBe(stopToken(hex, []));
  });

  test('any text at all: no line of it is ever obeyed', () => {
    const piece = fc.constantFrom('::', '##[', ']', ' ', '\r', '\n', '\u2028', '\u0085', '\t', '\u00a0', 'add-mask', 'error', 'x', '%', '\x1b[1m', '\x1c');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const reading = readAsRunner(inertText(pieces.join('')));
        expect(reading.obeyed).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('inertLine changes command-shaped lines only', () => {
    expect(inertLine('database system is ready')).toBe('database system is ready');
    expect(inertLine('  ::add-mask::x')).toBe('  %3A:add-mask::x');
    expect(inertLine('a ##[error]b')).toBe('a ##%5Berror]b');
    expect(inertLine('a\x00b\x1b[32mgreen\x1b[0m\x1b]0;title\x07')).toBe('a\ufffdb\x1b[32mgreen\x1b[0m\ufffd]0;title\ufffd');
    expect(looksLikeCommand('::debug::x')).toBe(true);
    expect(looksLikeCommand(inertLine('::debug::x'))).toBe(false);
  });

  test('splitLines cuts at every line break a runner, terminal or browser acts on', () => {
    expect(splitLines('a\r\nb\rc\nd\u2028e\u2029f\u0085g\vh\fi')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  test('very long lines stay whole and inert', () => {
    const long = `::add-mask::${'y'.repeat(100_000)}`;
    const printed = inertText(long);
    expect(printed.length).toBe(long.length + 2);
    expect(readAsRunner(printed).obeyed).toEqual([]);
  });
});

describe('secrets are blanked in every encoding our outputs give them', () => {
  const redactor = new Redactor();
  redactor.add(['pa|ss<wo>rd"\\x', 'db', 'multi-line-one\nmulti-line-two']);

  test.each([
    ['plain', (value: string) => value],
    ['JSON', (value: string) => JSON.stringify({ value })],
    ['markdown', (value: string) => escapeMarkdown(value)],
    ['a table cell', (value: string) => table(['h'], [[value]])],
    ['HTML', (value: string) => details(value, '')],
  ])('%s', (_name, encode) => {
    const text = encode('pa|ss<wo>rd"\\x');
    expect(redactor.redact(text)).not.toContain('ss');
    expect(redactor.redact(text)).toContain('***');
  });

  test('short values are not secrets; lines of a multi-line value are', () => {
    expect(redactor.redact('db is up')).toBe('db is up');
    expect(redactor.redact('got multi-line-two')).toBe('got ***');
  });

  test('redactJson redacts every string and key, and leaves the original alone', () => {
    const report = { a: ['x pa|ss<wo>rd"\\x y'], 'pa|ss<wo>rd"\\x': 1 };
    expect(redactor.redactJson(report)).toEqual({ a: ['x *** y'], '***': 1 });
    expect(report.a[0]).toContain('pa|ss');
  });

  test('values for the runner to mask are handed on, others not', () => {
    const masked: string[] = [];
    const withRunner = new Redactor((value) => masked.push(value));
    withRunner.add(['from-the-workflow'], { maskInRunner: true });
    withRunner.add(['from-a-file']);
    expect(masked).toEqual(['from-the-workflow']);
    expect(withRunner.values()).toEqual(['from-the-workflow', 'from-a-file']);
  });
});

describe('markdown renders untrusted text as text', () => {
  const rendered = (markdown: string): string => marked.parse(markdown, { async: false, gfm: true });
  const rawHtml = (markdown: string): string[] =>
    marked.lexer(markdown, { gfm: true }).flatMap(function walk(token): string[] {
      const own = token.type === 'html' ? [token.raw] : [];
      const children = 'tokens' in token && token.tokens ? token.tokens.flatMap(walk) : [];
      const items = 'items' in token && Array.isArray(token.items) ? (token.items as typeof token[]).flatMap(walk) : [];
      const cells = token.type === 'table' ? [...token.header, ...token.rows.flat()].flatMap((cell: { tokens: typeof token[] }) => cell.tokens.flatMap(walk)) : [];
      return [...own, ...children, ...items, ...cells];
    });

  test.each(HOSTILE_LINES.map((line) => [JSON.stringify(line).slice(0, 60), line]))('inline, in a list item and a table cell: %s', (_name, line) => {
    for (const markdown of [`- ${inline(line)}`, table(['What'], [[line]]), `Text ${code(line)} text`]) {
      // <br> joins a cell's lines: the one tag we write ourselves.
      expect(rawHtml(markdown).filter((html) => html !== '<br>')).toEqual([]);
      const html = rendered(markdown);
      expect(html).not.toMatch(/<(img|a|h1|details|script)\b/);
      expect(html).not.toMatch(/<h[1-6]>/);
    }
  });

  test('the hostile lines fenced stay inside one code block', () => {
    const markdown = details('health checks', codeBlock(HOSTILE_LINES.join('\n')));
    const tokens = marked.lexer(markdown, { gfm: true });
    expect(tokens.filter((token) => token.type === 'code')).toHaveLength(1);
    expect(tokens.filter((token) => token.type === 'html').map((token) => token.raw.trim())).toEqual(['<details><summary>health checks</summary>', '</details>']);
  });

  test('a fence outlasts any backtick run, inline code too', () => {
    expect(fence('a ``````` b').startsWith('````````\n')).toBe(true);
    expect(code('`x`')).toBe('`` `x` ``');
    expect(rendered(code('a ``` b'))).toContain('<code>a ``` b</code>');
  });

  test('ordinary text stays readable in the raw markdown', () => {
    expect(escapeMarkdown('db: unhealthy, exit 1 (12.3 s) dev-postgres ACTIONS_CACHE_URL')).toBe('db: unhealthy, exit 1 (12.3 s) dev-postgres ACTIONS_CACHE_URL');
  });
});
