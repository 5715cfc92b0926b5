import { describe, expect, test } from 'vitest';
import { ComposeSourceError, ComposeSources } from '../../../src/compose/positions.js';
import { evaluateFixture, lineOf } from '../policy/support.js';

// Model paths back to the text: merge keys, anchors, x- extensions, several -f files, extends
// and include. In-memory files for the mechanics, the positions fixture end to end.

function reader(files: Record<string, string>): (file: string) => string {
  return (file) => {
    const text = files[file];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return text;
  };
}

const at = (line: number, column: number, file = '/p/compose.yaml'): { file: string; line: number; column: number } => ({ file, line, column });

describe('ComposeSources', () => {
  const main = [
    'x-a: &a', //                 1
    '  mem_limit: 1g', //         2
    '  restart: always', //       3
    'x-b: &b', //                 4
    '  mem_limit: 2g', //         5
    '  cpus: 2', //               6
    '  <<: *a', //                7
    'x-size: &size 512m', //      8
    'services:', //               9
    '  web:', //                  10
    '    <<: [*a, *b]', //        11
    '    restart: "no"', //       12
    '    command:', //            13
    '    ports:', //              14
    '      - "8080:80"', //       15
    '  db:', //                   16
    '    <<: *b', //              17
    '    mem_reservation: *size', // 18
    '  child:', //                19
    '    extends: web', //        20
    '    image: x', //            21
  ].join('\n');
  const override = ['services:', '  web:', '    cpus: 4', '    ports:', '      - target: 81', '        published: "8081"'].join('\n');
  const sources = ComposeSources.load(['/p/compose.yaml', '/p/override.yaml'], reader({ '/p/compose.yaml': main, '/p/override.yaml': override }));

  test.each([
    ['explicit keys win over merge keys', 'web', ['restart'], at(12, 14)],
    ['earlier merge sources win over later ones', 'web', ['mem_limit'], at(2, 14)],
    ['a later -f file wins', 'web', ['cpus'], at(3, 11, '/p/override.yaml')],
    ['merge keys inside an anchor are followed', 'db', ['restart'], at(3, 12)],
    ['a scalar alias points at the anchored value', 'db', ['mem_reservation'], at(8, 15)],
    ['an empty value points at its key', 'web', ['command'], at(13, 5)],
    ['extends (same file) is followed', 'child', ['mem_limit'], at(2, 14)],
    ['the service itself wins over what it extends', 'child', ['image'], at(21, 12)],
  ] as const)('%s', (_name, service, path, expected) => {
    expect(sources.value(service, path)).toEqual(expected);
  });

  test('what is not written anywhere has no position', () => {
    expect(sources.value('web', ['healthcheck', 'interval'])).toBeUndefined();
    expect(sources.value('nope', ['image'])).toBeUndefined();
  });

  test('list entries are searched in every file, the winning file first', () => {
    const matchTarget = (target: number) => ({ value }: { value: unknown }) =>
      (typeof value === 'string' && value.endsWith(`:${target}`)) || (typeof value === 'object' && (value as { target?: number }).target === target);
    expect(sources.entry('web', ['ports'], matchTarget(80))).toEqual(at(15, 9));
    expect(sources.entry('web', ['ports'], matchTarget(81))).toEqual(at(5, 9, '/p/override.yaml'));
    expect(sources.entry('web', ['ports'], matchTarget(82))).toBeUndefined();
    expect(sources.key('web', ['ports'])).toEqual(at(4, 5, '/p/override.yaml'));
  });

  test('a service is declared in the first file that defines it; its keys are known in every file', () => {
    expect(sources.service('web')).toEqual(at(10, 3));
    expect(sources.serviceKeys('web')).toEqual([at(2, 3, '/p/override.yaml'), at(10, 3)]);
    expect(sources.top('services')).toEqual(at(9, 1));
  });
});

describe('refusing what Compose should not see', () => {
  const load = (text: string): ComposeSources => ComposeSources.load(['/p/compose.yaml'], reader({ '/p/compose.yaml': text }));
  const failure = (text: string): ComposeSourceError => {
    try {
      load(text);
    } catch (error) {
      if (error instanceof ComposeSourceError) return error;
      throw error;
    }
    throw new Error('loaded');
  };

  test('malformed YAML is reported with its line and column', () => {
    const error = failure('services:\n  app:\n    image: x\n    command: [sleep, "1"\n  other: {}\n');
    expect(error.line).toBeGreaterThanOrEqual(4);
    expect(error.message).toMatch(/^\/p\/compose\.yaml:\d+:\d+: invalid YAML: /);
  });

  test('a duplicate key is an error at the duplicate', () => {
    expect(failure('services:\n  app:\n    image: x\n    image: y\n')).toMatchObject({ line: 4 });
  });

  test('an alias bomb is refused without expanding it', () => {
    const levels = ['x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [previous, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) {
      levels.push(`x-${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = Date.now();
    expect(failure(`${levels.join('\n')}\nservices: {}\n`).detail).toMatch(/alias bomb/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('anchors shared by many services are not a bomb', () => {
    const services = Array.from({ length: 500 }, (_, index) => `  s${index}:\n    <<: *common\n    image: x`).join('\n');
    const sources = load(`x-common: &common\n  mem_limit: 64m\n  cpus: 1\n  restart: "no"\nservices:\n${services}\n`);
    expect(sources.value('s499', ['mem_limit'])).toEqual(at(2, 14));
  });

  test('an alias to no anchor is named', () => {
    expect(failure('services:\n  a:\n    <<: *nothing\n').detail).toMatch(/\*nothing names no anchor/);
  });

  test('a missing main file is named; a missing included file is left to Compose', () => {
    expect(() => ComposeSources.load(['/p/missing.yaml'], reader({}))).toThrow(/\/p\/missing\.yaml: the file does not exist/);
    const sources = ComposeSources.load(['/p/compose.yaml'], reader({ '/p/compose.yaml': 'include: [gone.yaml]\nservices:\n  a: {image: x}\n' }));
    expect(sources.service('a')).toEqual(at(3, 3));
  });
});

describe('top-level values and the files a compose file names', () => {
  const files = {
    '/p/compose.yaml': [
      'include:', //                                   1
      '  - shared/db.yaml', //                         2
      '  - path: [more.yaml]', //                      3
      '    env_file: ../outside.env', //               4
      'services:', //                                  5
      '  app:', //                                     6
      '    image: x', //                               7
      '    env_file: [app.env, {path: opt.env}]', //   8
      '    extends: {file: base/base.yaml, service: b}', // 9
      'volumes:', //                                   10
      '  data:', //                                    11
      '    driver_opts: {device: /srv/data}', //       12
    ].join('\n'),
    '/p/ci/override.yaml': 'volumes:\n  data:\n    driver_opts:\n      device: /srv/ci\nservices:\n  app:\n    env_file: ci.env\n',
    '/p/shared/db.yaml': 'services:\n  db:\n    image: x\n    env_file: db.env\n',
    '/p/base/base.yaml': 'services:\n  b:\n    image: x\n    env_file: b.env\n',
  };
  const sources = ComposeSources.load(['/p/compose.yaml', '/p/ci/override.yaml'], reader(files), { canRead: (file) => !file.includes('more') });

  test('a top-level value is found in the file that wins', () => {
    expect(sources.topValue(['volumes', 'data', 'driver_opts', 'device'])?.position).toEqual(at(4, 15, '/p/ci/override.yaml'));
    expect(sources.topValue(['volumes', 'nope'])).toBeUndefined();
  });

  test('include entries, extends files and env files, each resolved as Compose resolves it and placed where it is written', () => {
    const references = sources.references().map((reference) => `${reference.kind} ${reference.target} ${reference.service ?? '-'} ${reference.at.file}:${reference.at.line}:${reference.at.column}`);
    expect(references.sort()).toEqual(
      [
        'include /p/shared/db.yaml - /p/compose.yaml:2:5',
        'include /p/more.yaml - /p/compose.yaml:3:12',
        'env_file /outside.env - /p/compose.yaml:4:15',
        // Main files resolve against the project directory (the first file's), others their own.
        'env_file /p/app.env app /p/compose.yaml:8:16',
        'env_file /p/opt.env app /p/compose.yaml:8:32',
        'env_file /p/ci.env app /p/ci/override.yaml:7:15',
        'env_file /p/shared/db.env db /p/shared/db.yaml:4:15',
        'extends /p/base/base.yaml app /p/compose.yaml:9:21',
        'env_file /p/base/b.env b /p/base/base.yaml:4:15',
      ].sort(),
    );
  });
});

describe('the positions fixture: x- extensions, merge keys, two -f files, extends and include', () => {
  const { findings } = evaluateFixture('positions');
  const find = (rule: string, service: string): string[] =>
    findings.filter((finding) => finding.rule === rule && finding.service === service).map((finding) => `${finding.file}:${finding.line}:${finding.column}`);

  test.each([
    ['restart-policy', 'merged', 'compose.yaml', '  restart: always', 12],
    ['healthcheck-timing', 'merged', 'compose.yaml', '  interval: 1s', 13],
    ['restart-policy', 'overridden', 'compose.yaml', 'restart: unless-stopped', 14],
    ['container-name', 'overridden', 'ci.yaml', 'container_name: ci-name', 21],
    ['port-conflict', 'overridden', 'ci.yaml', '"127.0.0.1:5432:5433"', 9],
    ['privileged', 'extended', 'common.yaml', 'privileged: true', 17],
    ['restart-policy', 'from-include', 'included.yaml', 'restart: always', 14],
  ] as const)('%s of %s points at %s "%s"', (rule, service, file, snippet, column) => {
    expect(find(rule, service)).toContain(`${file}:${lineOf('positions', file, snippet)}:${column}`);
  });

  test('findings through an anchor name the service they apply to', () => {
    const line = lineOf('positions', 'compose.yaml', '  restart: always');
    const atAnchor = findings.filter((finding) => finding.file === 'compose.yaml' && finding.line === line);
    expect(atAnchor.map((finding) => finding.service).sort()).toEqual(['merged']);
  });

  test('the conflicting port names the entry of the other file', () => {
    const [conflict] = findings.filter((finding) => finding.rule === 'port-conflict');
    expect(conflict!.message).toContain(`another entry of overridden (compose.yaml:${lineOf('positions', 'compose.yaml', '"127.0.0.1:5432:5432"')})`);
  });
});
