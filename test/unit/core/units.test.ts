import { describe, expect, test } from 'vitest';
import { formatBytes, formatDuration, parseDuration, parsePercent, parseSize } from '../../../src/core/units.js';

describe('parseSize', () => {
  test.each([
    ['512m', 512 * 1024 ** 2],
    ['6g', 6 * 1024 ** 3],
    ['6GiB', 6 * 1024 ** 3],
    ['6GB', 6 * 1024 ** 3],
    ['1.5g', 1.5 * 1024 ** 3],
    ['1048576', 1048576],
    ['64k', 65536],
    ['0', 0],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  test.each(['6 gigs', '-1', '1e99', '', 'g', '12x', '1.2.3m', '99999999999999999999t', '512 MB', '6 g', '1mbit'])('%s is refused with the value named', (text) => {
    const result = parseSize(text);
    expect(result).toEqual({ error: expect.stringContaining(`'${text}'`) });
  });

  test('a space between number and unit is refused with the spelling to use', () => {
    expect(parseSize('512 MB')).toEqual({ error: expect.stringContaining('like 512MB') });
  });
});

describe('parseDuration', () => {
  test.each([
    ['90s', 90_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['60', 60_000],
    ['1.5s', 1500],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  test.each(['', '-1', '1e99', 'soon', '10 minutes', '5d', 's', '1m30'])('%s is refused', (text) => {
    expect(parseDuration(text)).toEqual({ error: expect.stringContaining('duration') });
  });
});

describe('parsePercent', () => {
  test.each([
    ['75%', 0.75],
    ['100%', 1],
    ['12.5 %', 0.125],
  ])('%s', (text, value) => expect(parsePercent(text)).toBe(value));

  test.each(['0%', '101%', '75', 'half'])('%s is refused', (text) => {
    expect(parsePercent(text)).toEqual({ error: expect.stringContaining(text) });
  });
});

describe('formatting', () => {
  test.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [512 * 1024 ** 2, '512 MiB'],
    [6.25 * 1024 ** 3, '6.25 GiB'],
    [123.4 * 1024 ** 2, '123.4 MiB'],
  ])('formatBytes(%d) = %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  test.each([
    [850, '850 ms'],
    [12_400, '12.4 s'],
    [185_000, '3m 05s'],
    [7_800_000, '2h 10m'],
  ])('formatDuration(%d) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
