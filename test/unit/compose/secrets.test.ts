import { describe, expect, test } from 'vitest';
import { parseEnvFile, redactValues, referencedVariables } from '../../../src/compose/secrets.js';

describe('keeping interpolated values out of Compose error messages', () => {
  test('variables referenced in every spelling', () => {
    expect([...referencedVariables(['image: ${REGISTRY}/app:$TAG', 'ports: ["${PORT:-80}:80"]', 'price: $$5'])].sort()).toEqual(['PORT', 'REGISTRY', 'TAG']);
  });

  test('env files: quotes, export and comments', () => {
    expect(parseEnvFile('# comment\nexport A=1\nB="two words"\nC=\'x\'\n\nnot a line\n')).toEqual({ A: '1', B: 'two words', C: 'x' });
  });

  test('values of referenced variables are blanked, longest first; others and short ones are kept', () => {
    const message = 'Invalid hostPort: hunter2-s3cr3t (from hunter2); PATH=/usr/bin; yes';
    const redacted = redactValues(message, new Set(['SECRET_PORT', 'PART', 'ANSWER']), [
      { SECRET_PORT: 'hunter2-s3cr3t', PATH: '/usr/bin', ANSWER: 'yes' },
      { PART: 'hunter2' },
    ]);
    expect(redacted).toBe('Invalid hostPort: *** (from ***); PATH=/usr/bin; yes');
  });
});
