import { describe, expect, test } from 'vitest';
import { compareModels, formatDivergenceJson, formatDivergenceMarkdown, SETTINGS, type SettingRow } from '../../../src/policy/compare.js';
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

  test('markdown: only the differing rows by default, every row with --all; a final line for one-side-only services', () => {
    const markdown = formatDivergenceMarkdown(divergence);
    expect(markdown).toContain('| dev-postgres ↔ test-postgres | Storage | named volume → /var/lib/postgresql/data | tmpfs (no size) → /var/lib/postgresql/data | ≠ |');
    expect(markdown).not.toContain('| cache | CPU limit | none | none |  |');
    expect(markdown.trim().split('\n').at(-1)).toBe('| (one side only) | Services | adminer | runner | ≠ |');
    expect(markdown).toContain('2 paired services, 8 differing settings (12 identical rows not shown; --all shows them).');
    const all = formatDivergenceMarkdown(divergence, { all: true });
    expect(all).toContain('| cache | CPU limit | none | none |  |');
    expect(all.match(/^\| (cache|dev-postgres ↔ test-postgres) \|/gm)).toHaveLength(2 * SETTINGS.length);
    expect(all).toContain('2 paired services, 8 differing settings.');
  });

  test('identical stacks: the count and no table, unless --all', () => {
    const same = compareModels(recordedModel(fixture('dev')), recordedModel(fixture('dev')), { dev: 'a.yaml', test: 'b.yaml' });
    expect(formatDivergenceMarkdown(same).trim().split('\n').at(-1)).toBe('3 paired services, 0 differing settings (30 identical rows not shown; --all shows them).');
    expect(formatDivergenceMarkdown(same, { all: true })).toContain('| (one side only) | Services | none | none |  |');
    const json = JSON.parse(formatDivergenceJson(same)) as { services: unknown[]; differing: number };
    expect(json).toMatchObject({ services: [], differing: 0 });
  });
});

describe('compare with several files per side: image, declared memory, persistence', () => {
  const divergence = compareModels(recordedModel(fixture('sides-dev')), recordedModel(fixture('sides-test')), { dev: 'base.yaml + dev.yaml', test: 'base.yaml + test.yaml' });
  const row = (service: string, setting: string): SettingRow => divergence.services.find((entry) => entry.dev === service)!.rows.find((entry) => entry.setting === setting)!;

  test.each([
    ['api', 'Declared memory', 'JVM heap 512 MiB', 'JVM heap 768 MiB'],
    ['cache', 'Declared memory', 'Redis maxmemory 256 MiB', 'Redis maxmemory 64 MiB'],
    ['cache', 'Persistence', 'Redis appendonly yes', 'Redis appendonly no, Redis save off'],
    ['db', 'Image', 'postgres:16', 'postgres:16.4'],
    // 16384 pages of 8 kB are the 128MB the base file writes: the same, not a difference.
    ['db', 'Declared memory', 'PostgreSQL shared_buffers 128 MiB', 'PostgreSQL shared_buffers 128 MiB'],
    ['db', 'Persistence', 'defaults', 'PostgreSQL fsync off'],
    ['api', 'Memory limit', '1 GiB', '1 GiB'],
  ])('%s %s: %s vs %s', (service, setting, dev, test) => {
    expect(row(service, setting)).toEqual({ setting, dev, test, same: dev === test });
  });

  test('the JSON view keeps only differing rows and counts them', () => {
    const json = JSON.parse(formatDivergenceJson(divergence)) as { services: Array<{ dev: string; rows: SettingRow[] }>; differing: number; devFile: string };
    expect(json.devFile).toBe('base.yaml + dev.yaml');
    expect(json.services.flatMap((service) => service.rows).every((entry) => !entry.same)).toBe(true);
    expect(json.differing).toBe(json.services.flatMap((service) => service.rows).length);
  });
});
