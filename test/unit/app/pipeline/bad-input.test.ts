import { expect, test } from 'vitest';
import { isInputError } from '../../../../src/app/pipeline/bad-input.js';
import { ComposeConfigError } from '../../../../src/compose/compose-cli.js';
import { ComposeSourceError } from '../../../../src/compose/positions.js';
import { PolicyInputError } from '../../../../src/policy/check.js';
import { PolicyConfigError } from '../../../../src/policy/config.js';
import { DockerUnavailableError } from '../../../../src/ports/docker.js';
import { CommandError } from '../../../../src/ports/command.js';
import { SettingsError } from '../../../../src/settings/settings.js';

// The CLI exits 2 for bad input (the files, the configuration, the inputs) and 1 for trouble
// with the daemon or the stack: the two must not be confused.

test.each([
  ['a settings problem', new SettingsError(['wait-timeout: soon is not a duration']), true],
  ['an unparsable compose file', new ComposeSourceError('compose.yaml', 3, 1, 'a tab where YAML wants spaces'), true],
  ['a bad policy file', new PolicyConfigError('.docker-stability.yaml', ['rules: not a mapping']), true],
  ['a policy input problem', new PolicyInputError(['no compose file']), true],
  ['a model Compose refused', new ComposeConfigError(['compose.yaml'], 'services.db.image must be a string'), true],
  ['a daemon that does not answer', new DockerUnavailableError('unix:///x.sock', 'ping', new Error('ECONNREFUSED'), false), false],
  ['a failed command', new CommandError(['docker', 'compose', 'up'], 1, 'boom', 'exit'), false],
  ['a plain error', new Error('something else'), false],
  ['not an error at all', 'a string', false],
])('%s → bad input: %s', (_name, error, expected) => {
  expect(isInputError(error)).toBe(expected);
});
