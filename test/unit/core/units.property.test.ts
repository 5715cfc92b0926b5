import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatBytes, parseDuration, parseSize } from '../../../src/core/units.js';

// Properties of the parsers every input goes through: they never throw, they accept exactly the
// grammar, and they round-trip what they print.

const UNIT_FACTORS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

describe('parseSize properties', () => {
  test('never throws; answers a byte count or an error naming the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseSize(text);
        if (typeof result === 'number') expect(Number.isSafeInteger(result) && result >= 0).toBe(true);
        else expect(result.error).toContain(text.length > 0 ? `'${text}'` : "''");
      }),
    );
  });

  test('an integer with a unit is that many units', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...Object.keys(UNIT_FACTORS)), fc.boolean(), (value, unit, upper) => {
        const text = `${value}${upper ? unit.toUpperCase() : unit}`;
        expect(parseSize(text)).toBe(value * UNIT_FACTORS[unit]!);
      }),
    );
  });

  test('negative numbers, exponents and unknown units are refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom('-', 'e', 'x', ' gigs', 'pb'), (value, junk) => {
        const text = junk === '-' ? `-${value}` : junk === 'e' ? `${value}e3` : `${value}${junk}`;
        expect(typeof parseSize(text)).toBe('object');
      }),
    );
  });

  test('what formatBytes prints parses back to within its rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), (bytes) => {
        const printed = formatBytes(bytes).replace(' ', '');
        const parsed = parseSize(printed);
        expect(typeof parsed).toBe('number');
        expect(Math.abs((parsed as number) - bytes)).toBeLessThanOrEqual(Math.max(1, bytes * 0.01));
      }),
    );
  });
});

describe('parseDuration properties', () => {
  test('never throws and is never negative', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseDuration(text);
        if (typeof result === 'number') expect(result).toBeGreaterThanOrEqual(0);
        else expect(result.error).toMatch(/duration/);
      }),
    );
  });

  test('hours, minutes and seconds add up in any combination Compose prints', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99 }), fc.nat({ max: 59 }), fc.nat({ max: 59 }), (h, m, s) => {
        const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
        expect(parseDuration(text)).toBe(((h * 60 + m) * 60 + s) * 1000);
      }),
    );
  });

  test('a bare integer is seconds', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e6 }), (seconds) => {
        expect(parseDuration(String(seconds))).toBe(seconds * 1000);
      }),
    );
  });
});
