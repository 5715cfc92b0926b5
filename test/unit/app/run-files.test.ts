import { describe, expect, test } from 'vitest';
import type { StartSections } from '../../../src/app/pipeline/report.js';
import { monitorFiles, overrideFilePath, readStartSections, runDirectory, writeReportJson, writeStartSections } from '../../../src/app/run-files.js';
import { Redactor } from '../../../src/core/untrusted.js';
import { REPORT_SCHEMA } from '../../../src/report/run-report.js';
import { MemoryFiles } from './world.js';

// The run directory main and post share: where it is, and what crosses from main to post in it
// (the start's sections — without the secret values, post does not know them to redact).

const SECTIONS: StartSections = { projectName: 'p', startedAtMs: 1, preflight: [], timings: [], failure: 'db printed hunter2-token and died' };

function redactor(...secrets: string[]): Redactor {
  const redacting = new Redactor();
  redacting.add(secrets);
  return redacting;
}

describe('runDirectory', () => {
  test.each([
    [{ RUNNER_TEMP: '/home/runner/work/_temp' }, '/home/runner/work/_temp/docker-stability/p'],
    // Outside a runner (the CLI, the library): the system's temporary directory.
    [{}, '/var/tmp/docker-stability/p'],
    [{ RUNNER_TEMP: '' }, '/var/tmp/docker-stability/p'],
  ])('env %j → %s, created', (env, dir) => {
    const made: string[] = [];
    const files = new MemoryFiles();
    files.makeDirectory = (path) => (made.push(path), path);
    expect(runDirectory(files, env, '/var/tmp', 'p')).toBe(dir);
    expect(made).toEqual([dir]);
  });
});

describe('the start\'s sections, main to post', () => {
  test('written atomically and read back, with the secret values blanked', () => {
    const files = new MemoryFiles();
    const atomic: string[] = [];
    const write = files.writeAtomic;
    files.writeAtomic = (file, text) => (atomic.push(file), write(file, text));
    writeStartSections(files, '/run', SECTIONS, redactor('hunter2-token'));
    expect(atomic).toEqual(['/run/main-report.json']);
    expect(files.readText('/run/main-report.json')).not.toContain('hunter2-token');
    expect(readStartSections(files, '/run')).toEqual({ ...SECTIONS, failure: 'db printed *** and died' });
  });

  test.each([
    ['no file (main was killed before its first checkpoint)', undefined],
    ['half a file', '{"projectName": "p", "startedAt'],
  ])('%s → undefined, post starts from nothing', (_name, text) => {
    const files = new MemoryFiles(text === undefined ? {} : { '/run/main-report.json': text });
    expect(readStartSections(files, '/run')).toBeUndefined();
  });
});

describe('report.json', () => {
  test('carries the schema, ends with a newline, secret values blanked; its path is returned', () => {
    const files = new MemoryFiles();
    const file = writeReportJson(files, '/run/report.json', { projectName: 'p', startedAtMs: 1, preflight: [], mainError: 'token hunter2-token refused' }, redactor('hunter2-token'));
    expect(file).toBe('/run/report.json');
    const text = files.readText(file)!;
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ schema: REPORT_SCHEMA, projectName: 'p', mainError: 'token *** refused' });
  });
});

test('the monitor\'s files and the override file live in the run directory', () => {
  expect(monitorFiles('/run')).toEqual({ configFile: '/run/monitor-config.json', samplesFile: '/run/monitor.ndjson' });
  expect(overrideFilePath('/run')).toBe('/run/docker-stability.override.yaml');
});
