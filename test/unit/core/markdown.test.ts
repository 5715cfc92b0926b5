import { describe, expect, test } from 'vitest';
import { codeBlock, escapeCell, table } from '../../../src/core/markdown.js';

describe('markdown', () => {
  test('cells cannot break a table', () => {
    expect(escapeCell('a|b\nc')).toBe('a\\|b<br>c');
  });
  test('table with right-aligned numbers', () => {
    expect(table(['Service', 'Peak'], [['db', '512 MiB']], ['left', 'right'])).toBe('| Service | Peak |\n| --- | ---: |\n| db | 512 MiB |');
  });
  test('a code block fence outlasts backticks inside', () => {
    const block = codeBlock('log line with ``` inside');
    expect(block.startsWith('````\n')).toBe(true);
    expect(block.endsWith('\n````')).toBe(true);
  });
});
