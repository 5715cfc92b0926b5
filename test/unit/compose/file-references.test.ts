import { describe, expect, test } from 'vitest';
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import { parseComposeSource } from '../../../src/compose/compose-source.js';
import { envEntries, includedFiles } from '../../../src/compose/file-references.js';

// The files a compose file makes Compose read besides itself, as written and where: `include`
// entries (short, long, their env files) and a service's `env_file` in every form.

const FILE = '/repo/ci/compose.yaml';

function pairOf(map: unknown, key: string): Pair | undefined {
  return isMap(map) ? ((map as YAMLMap).items as Pair[]).find((pair) => isScalar(pair.key) && pair.key.value === key) : undefined;
}

describe('includedFiles', () => {
  test('short and long entries, their env files, resolved from the including file\'s directory', () => {
    const source = parseComposeSource(
      FILE,
      `include:
  - ../base.yaml
  - path: [db.yaml, /abs/cache.yaml]
    env_file: db.env
  - path: \${SHARED}/x.yaml
  - project_directory: .
services: {}
`,
    );
    const found = includedFiles(source, pairOf(source.doc.contents, 'include'));
    expect(found.map((reference) => [reference.kind, reference.target, reference.at.line, reference.at.column])).toEqual([
      ['include', '/repo/base.yaml', 2, 5],
      ['include', '/repo/ci/db.yaml', 3, 12],
      ['include', '/abs/cache.yaml', 3, 21],
      ['env_file', '/repo/ci/db.env', 4, 15],
    ]);
  });

  test('no include, or one that is not a list: nothing', () => {
    const source = parseComposeSource(FILE, 'include: base.yaml\nservices: {}\n');
    expect(includedFiles(source, pairOf(source.doc.contents, 'include'))).toEqual([]);
    expect(includedFiles(source, undefined)).toEqual([]);
  });

  test('an include list behind an alias is followed', () => {
    const source = parseComposeSource(FILE, 'x-files: &files\n  - other.yaml\ninclude: *files\n');
    expect(includedFiles(source, pairOf(source.doc.contents, 'include')).map((reference) => reference.target)).toEqual(['/repo/ci/other.yaml']);
  });
});

describe('envEntries', () => {
  test.each([
    ['a path', 'env_file: app.env', [['app.env', 4]]],
    ['a list', 'env_file:\n      - a.env\n      - b.env', [['a.env', 5], ['b.env', 6]]],
    ['path entries', 'env_file:\n      - path: a.env\n        required: false', [['a.env', 5]]],
    ['an interpolated path (its value is unknown here)', 'env_file: ${ENV_FILE}', []],
  ])('%s', (_name, written, expected) => {
    const source = parseComposeSource(FILE, `services:\n  app:\n    image: x\n    ${written}\n`);
    const app = pairOf(pairOf(source.doc.contents, 'services')?.value, 'app')?.value;
    expect(envEntries(source, pairOf(app, 'env_file')).map((entry) => [entry.path, entry.at.line])).toEqual(expected);
  });
});
