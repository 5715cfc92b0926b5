import { describe, expect, test } from 'vitest';
import { composeBase, configArgs, downArgs, downByNameArgs, stopByNameArgs, upArgs } from '../../../src/compose/argv.js';
import type { StackTarget } from '../../../src/compose/target.js';

const minimal: StackTarget = { workingDirectory: '/ws', files: ['compose.yaml'], projectName: 'p1', profiles: [], envFiles: [] };
const full: StackTarget = {
  workingDirectory: '/ws',
  files: ['a.yml', 'b.yml'],
  projectName: 'p2',
  profiles: ['db', 'cache'],
  envFiles: ['.env', '.env.ci'],
};

describe('compose argv', () => {
  test.each([
    [minimal, [], 'docker compose -f compose.yaml -p p1'],
    [full, [], 'docker compose -f a.yml -f b.yml -p p2 --profile db --profile cache --env-file .env --env-file .env.ci'],
    [minimal, ['/tmp/override.yml'], 'docker compose -f compose.yaml -f /tmp/override.yml -p p1'],
  ])('base %#', (target, overrides, expected) => {
    expect(composeBase(target, overrides).join(' ')).toBe(expected);
  });

  test.each([
    ['config', configArgs(minimal), 'docker compose -f compose.yaml -p p1 config --format json'],
    [
      'up rounds the wait up to whole seconds',
      upArgs(minimal, { waitTimeoutMs: 90_500 }),
      'docker compose -f compose.yaml -p p1 up --detach --wait --wait-timeout 91 --remove-orphans --pull missing',
    ],
    ['up never waits 0 s', upArgs(minimal, { waitTimeoutMs: 10 }).includes('0'), false],
    [
      'down kills at once and removes volumes and orphans',
      downArgs(full, { stopTimeoutSeconds: 0 }),
      'docker compose -f a.yml -f b.yml -p p2 --profile db --profile cache --env-file .env --env-file .env.ci down --volumes --remove-orphans --timeout 0',
    ],
    ['down by name', downByNameArgs('p3', 5), 'docker compose -p p3 down --volumes --remove-orphans --timeout 5'],
    ['a graceful stop by name (no files; nothing removed)', stopByNameArgs('p3', 5), 'docker compose -p p3 stop --timeout 5'],
  ])('%s', (_, argv, expected) => {
    expect(Array.isArray(argv) ? argv.join(' ') : argv).toBe(expected);
  });

  test.each<[string, StackTarget, string, string]>([
    ['a profile', { ...minimal, profiles: ['-1'] }, '-1', '--profile=-1'],
    ['a file', { ...minimal, files: ['--help'] }, '--help', '--file=--help'],
    ['an env file', { ...minimal, envFiles: ['-d'] }, '-d', '--env-file=-d'],
    ['a project name', { ...minimal, projectName: '--dry-run' }, '--dry-run', '--project-name=--dry-run'],
  ])('%s starting with - is passed as --flag=value, never as an argument of its own', (_what, target, hostile, joined) => {
    const argv = composeBase(target);
    expect(argv).toContain(joined);
    expect(argv).not.toContain(hostile);
  });

  test('down by name keeps a hostile project name a value', () => {
    expect(downByNameArgs('-x', 0).slice(0, 3)).toEqual(['docker', 'compose', '--project-name=-x']);
  });

  test('global flags come before the subcommand', () => {
    const argv = upArgs(full, { waitTimeoutMs: 1000 });
    expect(argv.indexOf('up')).toBeGreaterThan(argv.lastIndexOf('--env-file'));
  });
});
