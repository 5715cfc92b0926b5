import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { ComposeSourceError, parseComposeSource } from '../../../src/compose/compose-source.js';
import { duplicateKeyOffset, excessiveNesting } from '../../../src/yaml/untrusted.js';

// The guards in front of the YAML parser: no document a YAML library writes (block or flow style,
// any scalars, up to 20 levels) is refused, and whatever text comes in, the only thing that
// escapes is a ComposeSourceError.

const documents = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 20 }), { maxKeys: 8 });

describe('compose source guards', () => {
  test('documents written by a YAML library, block or flow, are never refused as too deep or duplicated', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), (value, flow) => {
        const text = stringify(value, { collectionStyle: flow ? 'flow' : 'block' });
        expect(excessiveNesting(text, 100)).toBeUndefined();
        expect(duplicateKeyOffset(parseDocument(text, { uniqueKeys: false }))).toBeUndefined();
        expect(() => parseComposeSource('/p/compose.yaml', text)).not.toThrow();
      }),
    );
  });

  test('the duplicate found is the one the parser itself reports first', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', '"a"', '1', '"1"', '~'), { minLength: 1, maxLength: 8 }), (keys) => {
        const text = keys.map((key, index) => `${key}: ${index}`).join('\n');
        const own = parseDocument(text, { prettyErrors: false }).errors.find((error) => error.code === 'DUPLICATE_KEY');
        expect(duplicateKeyOffset(parseDocument(text, { uniqueKeys: false }))).toBe(own?.pos[0]);
      }),
    );
  });

  test('any text: parsed, or a ComposeSourceError naming the file', () => {
    const yamlish = fc.stringMatching(/^[-?:#&*!|>'"[\]{}, \nabc01]{0,200}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        try {
          parseComposeSource('/p/compose.yaml', text);
        } catch (error) {
          expect(error).toBeInstanceOf(ComposeSourceError);
          expect((error as ComposeSourceError).message.startsWith('/p/compose.yaml')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
