import { describe, expect, test } from 'vitest';
import { imageMetricRows, renderImagesSection } from '../../../src/report/images-section.js';
import type { RunReport } from '../../../src/report/run-report.js';
import { renderTerminalReport } from '../../../src/report/terminal.js';
import type { BuildSection } from '../../../src/stack/build.js';
import type { PullSection } from '../../../src/stack/pull.js';

const pull: PullSection = {
  policy: 'missing',
  durationMs: 7600,
  images: [
    {
      image: 'postgres:15',
      services: ['db', 'replica'],
      outcome: 'pulled',
      why: 'not on the daemon',
      durationMs: 7500,
      attempts: [
        { ms: 500, error: 'received unexpected HTTP status: 503 Service Unavailable', kind: 'transient', waitMs: 2000 },
        { ms: 500, error: 'received unexpected HTTP status: 503 Service Unavailable', kind: 'transient', waitMs: 4000 },
        { ms: 500 },
      ],
    },
    { image: 'redis:7', services: ['cache'], outcome: 'present', why: 'on the daemon', durationMs: 0, attempts: [] },
  ],
};
const build: BuildSection = { policy: 'missing', durationMs: 12_300, services: [{ service: 'app', image: 'p-app', outcome: 'built', why: 'not on the daemon', durationMs: 12_300 }] };

describe('the images in the summary', () => {
  test('metrics: pull and build beside the start-up', () => {
    expect(imageMetricRows({ pull, build })).toEqual([
      ['Pull', '7.6 s (1 image pulled, 1 after retries)'],
      ['Build', '12.3 s (app 12.3 s)'],
    ]);
    expect(imageMetricRows({})).toEqual([]);
  });

  test('one row per image: its way, its time, its attempts', () => {
    const section = renderImagesSection({ pull, build })!;
    expect(section).toContain('(pull: missing, build: missing)');
    expect(section).toContain('| db, replica | postgres:15 | pulled | 7.5 s | 3 attempts (waited 6.0 s): received unexpected HTTP status: 503 Service Unavailable |');
    expect(section).toContain('| cache | redis:7 | already here | — | on the daemon |');
    expect(section).toContain('| app | p-app | built | 12.3 s | not on the daemon |');
    expect(renderImagesSection({})).toBeUndefined();
  });

  test('what a registry or a build says is escaped: no HTML, no broken table, no link', () => {
    const hostile: PullSection = {
      ...pull,
      images: [{ image: 'evil:1', services: ['x'], outcome: 'failed', why: '', durationMs: 1, attempts: [{ ms: 1, error: '<img src=x onerror=alert(1)> | [click](http://evil)', kind: 'permanent' }] }],
    };
    const failedBuild: BuildSection = { ...build, services: [{ ...build.services[0]!, outcome: 'failed', tail: ['</details><script>x</script>', '```'] }] };
    const section = renderImagesSection({ pull: hostile, build: failedBuild })!;
    expect(section).not.toContain('<img');
    // A build's lines stay inside a fence longer than any backtick run they hold: shown, not run.
    expect(section).toMatch(/\n(`{4,})\n<\/details><script>x<\/script>\n```\n\1\n/);
    expect(section).not.toMatch(/[^\\]\| \[click\]\(http/);
    expect(section).toContain('<details><summary>app: last 2 lines of the build</summary>');
  });

  test('the terminal line says the pull and the build apart from the start-up', () => {
    const report: RunReport = { projectName: 'p', startedAtMs: 0, preflight: [], pull, build, start: { ok: true, durationMs: 2500, composeTail: [], failing: [] } };
    expect(renderTerminalReport(report)).toContain('p: pulled in 7.6 s, built in 12.3 s, started in 2.5 s');
  });
});
