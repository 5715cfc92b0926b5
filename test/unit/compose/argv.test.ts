import { describe, expect, test } from 'vitest';
import { buildArgs, composeBase, configArgs, downArgs, downByNameArgs, pullArgs, stopByNameArgs, upArgs } from '../../../src/compose/argv.js';
import type { StackTarget } from '../../../src/compose/target.js';

const minimal: StackTarget = { workingDirectory: '/ws', files: ['compose.yaml'], projectName: 'p1', profiles: [], envFiles: [] };
const full: StackTarget = {
  workingDirectory: '/ws',
  files: ['a.yml', 'b.yml'],
  projectName: 'p2',
  profiles: ['db', 'cache'],
  envFiles: ['.env', '.env.ci'],
};
const subset: StackTarget = { ...minimal, services: ['web', 'worker'], composeFlags: ['--compatibility', '--parallel=2'] };
/** Values a pull request could choose: each must stay a value. */
const hostile: StackTarget = { ...minimal, files: ['--dry-run'], profiles: ['-d'], envFiles: ['--file=/etc/passwd'], services: ['--build'] };

describe('compose argv', () => {
  test.each([
    [minimal, [], 'docker compose --file=compose.yaml --project-name=p1'],
    [full, [], 'docker compose --file=a.yml --file=b.yml --project-name=p2 --profile=db --profile=cache --env-file=.env --env-file=.env.ci'],
    [minimal, ['/tmp/override.yml'], 'docker compose --file=compose.yaml --file=/tmp/override.yml --project-name=p1'],
    [subset, [], 'docker compose --file=compose.yaml --project-name=p1 --compatibility --parallel=2'],
  ])('base %#', (target, overrides, expected) => {
    expect(composeBase(target, overrides).join(' ')).toBe(expected);
  });

  test.each([
    ['config', configArgs(minimal), 'docker compose --file=compose.yaml --project-name=p1 config --format json'],
    ['config of the selected services (Compose adds their dependencies)', configArgs(subset), 'docker compose --file=compose.yaml --project-name=p1 --compatibility --parallel=2 config --format json -- web worker'],
    [
      'up rounds the wait up to whole seconds, and pulls and builds nothing',
      upArgs(minimal, { waitTimeoutMs: 90_500 }),
      'docker compose --file=compose.yaml --project-name=p1 up --detach --wait --wait-timeout 91 --remove-orphans --pull never --no-build',
    ],
    ['up never waits 0 s', upArgs(minimal, { waitTimeoutMs: 10 }).includes('0'), false],
    [
      'up with up-flags, then the services after --',
      upArgs(subset, { waitTimeoutMs: 1000, upFlags: ['--timestamps', '--timeout=5'] }),
      'docker compose --file=compose.yaml --project-name=p1 --compatibility --parallel=2 up --detach --wait --wait-timeout 1 --remove-orphans --pull never --no-build --timestamps --timeout=5 -- web worker',
    ],
    ['pull of one service', pullArgs(subset, 'web', ['/run/o.yml']), 'docker compose --file=compose.yaml --file=/run/o.yml --project-name=p1 --compatibility --parallel=2 pull --quiet -- web'],
    ['build of one service', buildArgs(minimal, 'api'), 'docker compose --file=compose.yaml --project-name=p1 build -- api'],
    [
      'down kills at once and removes volumes and orphans',
      downArgs(full, { stopTimeoutSeconds: 0 }),
      'docker compose --file=a.yml --file=b.yml --project-name=p2 --profile=db --profile=cache --env-file=.env --env-file=.env.ci down --volumes --remove-orphans --timeout 0',
    ],
    ['down takes the whole project, whatever was selected', downArgs(subset, { stopTimeoutSeconds: 0 }).includes('web'), false],
    ['down by name', downByNameArgs('p3', 5), 'docker compose --project-name=p3 down --volumes --remove-orphans --timeout 5'],
    ['a graceful stop by name (no files; nothing removed)', stopByNameArgs('p3', 5), 'docker compose --project-name=p3 stop --timeout 5'],
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
    expect(argv.indexOf('up')).toBeGreaterThan(argv.findLastIndex((arg) => arg.startsWith('--env-file')));
  });

  test.each([
    ['config', configArgs(hostile)],
    ['up', upArgs(hostile, { waitTimeoutMs: 1000 })],
    ['pull', pullArgs(hostile, '--build')],
    ['build', buildArgs(hostile, '--build')],
    ['down', downArgs(hostile, { stopTimeoutSeconds: 0 })],
  ])('%s: a value from an input never becomes a flag of its own', (_, argv) => {
    const ours = new Set(['--detach', '--wait', '--wait-timeout', '--remove-orphans', '--pull', '--no-build', '--quiet', '--format', '--volumes', '--timeout', '--']);
    const separator = argv.indexOf('--');
    for (const [index, arg] of argv.entries()) {
      if (separator >= 0 && index > separator) continue; // services: positional after --
      if (!arg.startsWith('-')) continue;
      // Every other dash-word is either ours or a flag with its value attached.
      expect(ours.has(arg) || /^--(file|project-name|profile|env-file)=/.test(arg), `${arg} in ${argv.join(' ')}`).toBe(true);
    }
    expect(argv).not.toContain('--dry-run');
    expect(argv).not.toContain('-d');
  });
});
