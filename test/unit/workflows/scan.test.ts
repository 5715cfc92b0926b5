import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { composeLifecycleCall } from '../../../src/workflows/direct-compose.js';
import { simpleCommands } from '../../../src/workflows/shell-commands.js';
import { scanWorkflow, WorkflowParseError } from '../../../src/workflows/scan.js';

const fixture = (name: string): { path: string; text: string } => ({
  path: `.github/workflows/${name}`,
  text: readFileSync(`test/fixtures/workflows/${name}`, 'utf8'),
});

describe('direct compose calls', () => {
  test.each([
    ['docker compose up -d --wait', 'docker compose up'],
    ['docker-compose up -d', 'docker-compose up'],
    ['sudo -E docker-compose up -d', 'docker-compose up'],
    ['sudo -u ci docker compose down', 'docker compose down'],
    ['FOO=1 BAR=2 docker compose run --rm tests', 'docker compose run'],
    ['env FOO=1 docker compose -f a.yml -p x --profile db up', 'docker compose up'],
    ['timeout 300 docker compose up', 'docker compose up'],
    ['docker --context remote compose stop', 'docker compose stop'],
    ['/usr/local/bin/docker-compose rm -f', 'docker-compose rm'],
    ['docker compose --project-directory d --env-file .env restart', 'docker compose restart'],
  ])('%s → %s', (script, expected) => {
    const call = composeLifecycleCall(simpleCommands(script)[0]!.words);
    expect(call && `${call.tool} ${call.subcommand}`).toBe(expected);
  });

  test.each([
    'docker compose logs db',
    'docker compose ps',
    'docker compose -f up.yml config',
    'docker compose exec db psql',
    'docker build .',
    'echo docker compose up',
    'docker run compose up',
    'composer install',
  ])('%s is not a lifecycle call', (script) => {
    expect(composeLifecycleCall(simpleCommands(script)[0]!.words)).toBeUndefined();
  });

  test('scripts split at operators, continuations joined, heredoc bodies skipped, comments dropped', () => {
    const script = 'a && b || c; d | e\nf \\\n  g\ncat <<EOF\ndocker compose up\nEOF\nh # docker compose up\n${{ matrix.cmd }} up';
    expect(simpleCommands(script).map((command) => `${command.line}:${command.words.join(' ')}`)).toEqual([
      '0:a',
      '0:b',
      '0:c',
      '0:d',
      '0:e',
      '1:f g',
      '3:cat EOF',
      '6:h',
      '7:GITHUB_EXPRESSION up',
    ]);
  });
});

describe('scanWorkflow', () => {
  test('finds direct calls in every form, at their lines', () => {
    const findings = scanWorkflow(fixture('direct.yml'));
    expect(findings.map((f) => `${f.rule} ${f.service} ${f.line}:${f.column}`)).toEqual([
      'direct-compose plain 8:14',
      'direct-compose plain 10:24',
      'direct-compose prefixes 16:19',
      'direct-compose prefixes 17:45',
      'direct-compose prefixes 21:11',
      'direct-compose continued 30:11',
      'direct-compose continued 33:11',
      'direct-compose continued 34:11',
    ]);
    expect(findings[0]!.message).toContain("runs 'docker compose up' directly");
    expect(findings.every((f) => f.severity === 'warning' && f.file === '.github/workflows/direct.yml')).toBe(true);
  });

  test('jobs that use the action, and look-only commands, are not flagged', () => {
    expect(scanWorkflow(fixture('clean.yml'))).toEqual([]);
  });

  test('the same stack in two jobs, or in every matrix leg, without a lock group', () => {
    const findings = scanWorkflow(fixture('shared-stack.yml'));
    expect(findings.map((f) => `${f.rule} ${f.service} ${f.line}`)).toEqual(['unlocked-stack unit 7', 'unlocked-stack e2e 13', 'unlocked-stack matrix 36']);
    expect(findings[0]!.message).toContain("Jobs 'unit' and 'e2e' start the same stack (compose.yaml) without a lock group");
    expect(findings[2]!.message).toContain("Job 'matrix' starts the same stack (matrix.yaml) in every leg of its matrix");
  });

  test('severity is configurable', () => {
    const findings = scanWorkflow(fixture('direct.yml'), { severity: { 'direct-compose': 'error' } });
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error']));
  });

  test('malformed YAML is an error with file and line', () => {
    expect(() => scanWorkflow({ path: 'w.yml', text: 'jobs:\n  a:\n    steps: [\n' })).toThrow(WorkflowParseError);
    try {
      scanWorkflow({ path: 'w.yml', text: 'on: push\njobs:\n  a: {steps: [}\n' });
    } catch (error) {
      expect((error as Error).message).toMatch(/^w\.yml:3: /);
    }
  });

  test('absurd nesting and repeated keys are refused with their line, in one pass', () => {
    expect(() => scanWorkflow({ path: 'deep.yml', text: `jobs:\n  a: ${'['.repeat(1_000_000)}\n` })).toThrow(/^deep\.yml:2: nests more than 100 levels deep/);
    expect(() => scanWorkflow({ path: 'dup.yml', text: 'jobs:\n  a: {}\n  a: {}\n' })).toThrow('dup.yml:3: invalid YAML: Map keys must be unique');
  });

  test('an alias bomb is refused at its first alias, without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), 'jobs: {}'].join('\n');
    const started = Date.now();
    expect(() => scanWorkflow({ path: 'bomb.yml', text: bomb })).toThrow(/^bomb\.yml:2: its aliases expand to \d+ nodes from \d+ written .*: refused as an alias bomb$/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
