import { describe, expect, test } from 'vitest';
import { compareModels, formatDivergenceMarkdown } from '../../../src/policy/compare.js';
import { fixture, recordedModel } from '../../fixtures/policy/fixtures.js';

describe('compare dev and test', () => {
  const divergence = compareModels(recordedModel(fixture('dev')), recordedModel(fixture('test')), { dev: 'dev.yaml', test: 'test.yaml' });

  test('services pair by name, else by image repository; the rest is one side only', () => {
    expect(divergence.services.map(({ dev, test, matchedBy }) => [dev, test, matchedBy])).toEqual([
      ['cache', 'cache', 'name'],
      ['dev-postgres', 'test-postgres', 'image'],
    ]);
    expect(divergence.onlyInDev).toEqual(['adminer']);
    expect(divergence.onlyInTest).toEqual(['runner']);
  });

  test.each([
    ['dev-postgres', 'Storage', 'named volume → /var/lib/postgresql/data', 'tmpfs (no size) → /var/lib/postgresql/data'],
    ['dev-postgres', 'Health check', 'none', 'interval 2.0 s, timeout 1.0 s, start period default, retries default'],
    ['dev-postgres', 'Restart policy', 'unless-stopped', 'no'],
    ['dev-postgres', 'Durability switches', 'none', 'fsync=off'],
    ['dev-postgres', 'Published ports', '5432→5432/tcp', '5433→5432/tcp'],
    ['cache', 'Memory limit', 'none', '256 MiB'],
    ['cache', 'CPU limit', 'none', 'none'],
  ])('%s %s: %s vs %s', (service, setting, dev, test) => {
    const row = divergence.services.find((entry) => entry.dev === service)!.rows.find((entry) => entry.setting === setting)!;
    expect(row).toEqual({ setting, dev, test, same: dev === test });
  });

  test('markdown: one table, differences marked, a final line for one-side-only services', () => {
    const markdown = formatDivergenceMarkdown(divergence);
    expect(markdown).toContain('| dev-postgres ↔ test-postgres | Storage | named volume → /var/lib/postgresql/data | tmpfs (no size) → /var/lib/postgresql/data | ≠ |');
    expect(markdown).toContain('| cache | CPU limit | none | none |  |');
    expect(markdown.trim().split('\n').at(-1)).toBe('| (one side only) | Services | adminer | runner | ≠ |');
    expect(markdown).toContain('2 paired services, 6 differing settings.');
  });
});
