import { expect, test } from 'vitest';
import { errorMessage } from '../../../src/core/errors.js';

// One line for whatever was thrown: an Error's message, a string as it is, anything else as JSON
// (and something JSON cannot print, as String() prints it).

const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;

test.each([
  ['an Error', new Error('the daemon went away'), 'the daemon went away'],
  ['an Error subclass', new TypeError('x is not a function'), 'x is not a function'],
  ['a string', 'plain words', 'plain words'],
  ['an object', { code: 'EPIPE', errno: -32 }, 'Unexpected failure: {"code":"EPIPE","errno":-32}'],
  ['a number', 42, 'Unexpected failure: 42'],
  ['null', null, 'Unexpected failure: null'],
  ['undefined', undefined, 'Unexpected failure: undefined'],
])('%s → %j', (_name, thrown, message) => {
  expect(errorMessage(thrown)).toBe(message);
});

test('what JSON cannot print is printed as String() prints it', () => {
  expect(errorMessage(circular)).toBe('Unexpected failure: [object Object]');
  expect(errorMessage(10n)).toBe('Unexpected failure: 10');
});
