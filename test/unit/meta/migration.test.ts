import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as shellWords } from 'shell-quote';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkOwnCalls, lintWorkflow } from '../../../scripts/lint-actions.js';
import { parseSettings } from '../../../src/settings/settings.js';
import { fakeFiles } from '../settings/fakes.js';

// docs/migrating.md's tables, applied row by row to its "Before" step (written for
// hoverkraft-tech/compose-action's inputs), must give the step of
// examples/workflows/from-compose-action.yml — which our settings accept and actionlint passes.
// Change a row, and the example (and this test's verdict) follows the table, not a copy of it.

const doc = readFileSync('docs/migrating.md', 'utf8');
const EXAMPLE = 'examples/workflows/from-compose-action.yml';
const example = readFileSync(EXAMPLE, 'utf8');

/** The body of a `## heading` section. */
function section(heading: string): string {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, `docs/migrating.md has '## ${heading}'`).toBeGreaterThanOrEqual(0);
  const rest = doc.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return end >= 0 ? rest.slice(0, end) : rest;
}

/** Table rows: first and second cell, backticks stripped; '—' becomes undefined. */
function rows(heading: string): Array<[string, string | undefined]> {
  return [...section(heading).matchAll(/^\| `([^`]+)` \| (?:`([^`]+)`|—) \|/gm)].map((match) => [match[1]!, match[2]]);
}

function yamlBlock(heading: string): { uses: string; with: Record<string, string> } {
  const block = /```yaml\n([\s\S]*?)```/.exec(section(heading))![1]!;
  return (parse(block) as Array<{ uses: string; with: Record<string, string> }>)[0]!;
}

const inputs = new Map(rows('The inputs'));
/** "up-flags: --wait-timeout <n>" → the input, the flag's words ("--rmi local": two), its value's placeholder. */
const flags = rows('Their flags').map(([theirs, ours]) => {
  const match = /^([a-z-]+): (\S+(?: [a-z]+)?)(?: (<[a-z]+>))?$/.exec(theirs);
  expect(match, `a row of the flags table: ${theirs}`).not.toBeNull();
  return { input: match![1]!, words: match![2]!.split(' '), placeholder: match![3], ours };
});
const FLAG_INPUTS = ['up-flags', 'down-flags', 'compose-flags'];

/** Their step's inputs, as the tables map them onto ours. */
function migrate(theirs: Record<string, string>): Record<string, string> {
  const ours: Record<string, string> = {};
  const add = (assignment: string): void => {
    const [name, ...value] = assignment.split(': ');
    ours[name!] = ours[name!] ? `${ours[name!]}\n${value.join(': ')}` : value.join(': ');
  };
  for (const [name, raw] of Object.entries(theirs)) {
    expect(inputs.has(name), `the inputs table has a row for '${name}'`).toBe(true);
    const value = String(raw).trim();
    if (!FLAG_INPUTS.includes(name)) {
      const mapped = inputs.get(name);
      // Paths relative to the workspace, as ours are.
      if (mapped) ours[mapped] = name === 'cwd' ? path.posix.normalize(value) : value;
      continue;
    }
    const words = shellWords(value).filter((word): word is string => typeof word === 'string');
    const kept: string[] = [];
    for (let index = 0; index < words.length; index += 1) {
      const row = flags.find((candidate) => candidate.input === name && candidate.words.every((word, offset) => words[index + offset] === word));
      if (!row) {
        kept.push(words[index]!);
        continue;
      }
      index += row.words.length - 1;
      const argument = row.placeholder ? words[(index += 1)]! : '';
      if (row.ours) add(row.placeholder ? row.ours.replace(row.placeholder, argument) : row.ours);
    }
    if (kept.length) {
      expect(inputs.get(name), `'${name}' keeps flags only where it has an input of ours`).toBeDefined();
      ours[inputs.get(name)!] = kept.join(' ');
    }
  }
  return ours;
}

const trimmed = (values: Record<string, unknown>): Record<string, string> => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value).trim()]));

describe('moving over from hoverkraft-tech/compose-action', () => {
  const before = yamlBlock('Before');
  const after = yamlBlock('After');
  const workflow = parse(example) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> };
  const step = Object.values(workflow.jobs)[0]!.steps.find((candidate) => candidate.uses?.startsWith('org/docker-stability-action@'))!;

  test('the "Before" step is written for their action, with every input the tables cover', () => {
    expect(before.uses).toMatch(/^hoverkraft-tech\/compose-action@/);
    for (const name of Object.keys(before.with)) expect(inputs.has(name)).toBe(true);
  });

  test('the tables map it onto the "After" step, which is the example workflow\'s step', () => {
    expect(migrate(before.with)).toEqual(trimmed(after.with));
    expect(trimmed(step.with!)).toEqual(trimmed(after.with));
  });

  test('our settings accept the migrated inputs (no flag refused, every value valid)', () => {
    const files = ['/ws/stack/docker-compose.yml', '/ws/stack/docker-compose.ci.yml'];
    const settings = parseSettings({ input: (name) => String(step.with![name] ?? ''), env: { GITHUB_WORKSPACE: '/ws' }, files: fakeFiles(files), randomHex: () => 'abc123', workspace: '/ws' });
    expect(settings.stack).toMatchObject({ workingDirectory: '/ws/stack', services: ['api', 'worker'], profiles: ['e2e'], composeFlags: ['--compatibility'] });
    expect(settings.compose).toEqual({ upFlags: ['--timestamps'], build: 'always', pull: 'missing' });
    expect(settings.waitTimeoutMs).toBe(90_000);
    expect(settings.cleanup).toMatchObject({ stopTimeoutSeconds: 5, removeBuiltImages: true });
  });

  test('the example workflow is actionlint-clean and calls the action with inputs it declares', async () => {
    expect(await lintWorkflow(example, EXAMPLE)).toEqual([]);
    expect(checkOwnCalls(example, EXAMPLE)).toEqual([]);
  });

  test('a flag the tables do not know, refused by us, is caught by the settings', () => {
    const migrated = migrate({ 'up-flags': '--abort-on-container-exit' });
    expect(() => parseSettings({ input: (name) => migrated[name] ?? '', env: {}, files: fakeFiles(['/ws/compose.yaml']), randomHex: () => 'abc123', workspace: '/ws' })).toThrow(
      /up-flags: '--abort-on-container-exit' is refused/,
    );
  });
});
