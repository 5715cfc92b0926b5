import { expect, test } from 'vitest';
import { isProjectName, OWN_LABELS, OWN_PREFIX, projectFilter } from '../../../src/compose/labels.js';

// Label values are anyone's text: only a Compose project name is repeated in a message.

test.each([
  ['p1', true],
  ['dsa-812-1-api', true],
  ['a_b', true],
  ['0day', true],
  ['x'.repeat(63), true],
  ['x'.repeat(64), false],
  ['', false],
  ['-leading', false],
  ['_leading', false],
  ['Upper', false],
  ['with space', false],
  ['a.b', false],
  ['p1\n::error::x', false],
])('isProjectName(%j) → %s', (value, expected) => {
  expect(isProjectName(value)).toBe(expected);
});

test('the project filter selects by Compose\'s label', () => {
  expect(projectFilter('p1')).toBe('com.docker.compose.project=p1');
});

test('every label this product writes carries its prefix', () => {
  for (const key of Object.values(OWN_LABELS)) expect(key.startsWith(OWN_PREFIX)).toBe(true);
  // The sweep of dead owners goes by `owner`; images carry built-by, a key of their own.
  expect(OWN_LABELS.builtBy).not.toBe(OWN_LABELS.owner);
});
