import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../../../src/settings/keys.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post: string; 'post-if'?: string };
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const readme = readFileSync('README.md', 'utf8');

describe('action.yml', () => {
  test('declares exactly the inputs the code reads, with the same defaults', () => {
    const declared = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
    const coded = Object.fromEntries(Object.values(INPUTS).map((input) => [input.name, input.default]));
    expect(declared).toEqual(coded);
  });

  test('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUTS).sort());
  });

  test('inputs are kebab-case and described', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(input.description.length).toBeGreaterThan(10);
    }
  });

  test('runs on node24 with a post step that always runs', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js' });
  });
});

/** Rows of the first table under a heading: first cell (backticks stripped) → second cell. */
function tableUnder(heading: string): Map<string, string> {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has a '${heading}' section`).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/\n#{1,3} /);
  const rows = new Map<string, string>();
  for (const line of (end >= 0 ? rest.slice(0, end) : rest).split('\n')) {
    const cells = /^\| `([a-z0-9-]+)` \| ([^|]*) \|/.exec(line);
    if (cells) rows.set(cells[1]!, cells[2]!.trim());
  }
  return rows;
}

describe('README', () => {
  test('documents every input with its default, and nothing else', () => {
    const rows = tableUnder('### Inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = rows.get(name)!.replace(/^`|`$/g, '');
      expect(shown, `default of ${name}`).toBe(input.default === '' || input.default === undefined ? '' : input.default);
    }
  });

  test('documents every output, and nothing else', () => {
    expect([...tableUnder('### Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
