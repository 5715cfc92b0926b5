import { describe, expect, test } from 'vitest';
import type { ContainerSummary, DockerApi, LogChunk, LogQuery } from '../../../src/ports/docker.js';
import { LineSplitter, LogTail, MAX_LINE_CHARS } from '../../../src/stack/log-tail.js';
import { collectServiceLogs, mergeByTime } from '../../../src/stack/service-logs.js';

// Keeping every service's log: the bound (last N bytes, whole lines, a note where it was cut),
// lines cut out of chunks of any size, replicas merged by time and named, and what is asked of
// the daemon (only as many last lines as could fit).

describe('LogTail', () => {
  test('keeps whole lines, newest last, within the bound; counts what it dropped', () => {
    const tail = new LogTail(10);
    for (const line of ['aaaa', 'bbbb', 'cccc', 'dd']) tail.add(line);
    // 'cccc\n' + 'dd\n' = 8 bytes; adding 'bbbb\n' again would be 13.
    expect(tail.kept()).toEqual(['cccc', 'dd']);
    expect(tail.keptBytes).toBe(8);
    expect([tail.droppedLines, tail.droppedBytes]).toEqual([2, 10]);
  });

  test('counts bytes, not characters', () => {
    const tail = new LogTail(8);
    tail.add('ééé'); // 6 bytes + newline
    tail.add('x');
    expect(tail.kept()).toEqual(['x']);
  });

  test('a million lines through a 1 KiB bound stay a 1 KiB bound', () => {
    const tail = new LogTail(1024);
    for (let index = 0; index < 1_000_000; index += 1) tail.add(`line ${index}`);
    expect(tail.keptBytes).toBeLessThanOrEqual(1024);
    expect(tail.kept().at(-1)).toBe('line 999999');
    expect(tail.droppedLines + tail.kept().length).toBe(1_000_000);
  });
});

describe('LineSplitter', () => {
  const split = (chunks: string[]): string[] => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));
    for (const chunk of chunks) splitter.push(chunk);
    splitter.end();
    return lines;
  };

  test.each([
    [['a\nb\n'], ['a', 'b']],
    [['a', 'b\nc', '\n'], ['ab', 'c']],
    [['a\r\n', 'b'], ['a', 'b']],
    [['\n\n'], ['', '']],
    [[''], []],
  ])('%j → %j', (chunks, lines) => {
    expect(split(chunks)).toEqual(lines);
  });

  test('a line longer than the cap is cut there, saying how much was left out, in any chunking', () => {
    const long = 'x'.repeat(MAX_LINE_CHARS + 500);
    const expected = [`${'x'.repeat(MAX_LINE_CHARS)}… [500 more characters cut]`, 'next'];
    expect(split([`${long}\nnext\n`])).toEqual(expected);
    expect(split([...long.match(/.{1,1000}/g)!, '\nnext\n'])).toEqual(expected);
  });
});

test('mergeByTime: replicas interleaved by their timestamps, each one in its own order; an untimed line stays with the line before it', () => {
  expect(
    mergeByTime([
      ['2026-01-01T00:00:01.000000000Z web-1 stdout a', 'continued', '2026-01-01T00:00:03.000000000Z web-1 stdout c'],
      ['2026-01-01T00:00:02.000000000Z web-2 stdout b', '2026-01-01T00:00:03.000000000Z web-2 stdout d'],
    ]),
  ).toEqual([
    '2026-01-01T00:00:01.000000000Z web-1 stdout a',
    'continued',
    '2026-01-01T00:00:02.000000000Z web-2 stdout b',
    '2026-01-01T00:00:03.000000000Z web-1 stdout c',
    '2026-01-01T00:00:03.000000000Z web-2 stdout d',
  ]);
});

/** A daemon with the given containers, whose logs come in the given chunks (as frames arrive). */
function daemon(containers: Array<{ service: string; replica?: number; oneoff?: boolean; chunks: LogChunk[]; fail?: Error }>) {
  const queries: Array<LogQuery & { id: string }> = [];
  const summaries: ContainerSummary[] = containers.map((c) => ({
    id: `${c.service}-${c.replica ?? 1}${c.oneoff ? '-run' : ''}`,
    name: `p-${c.service}-${c.replica ?? 1}`,
    image: 'img',
    state: 'exited',
    status: 'Exited',
    labels: { 'com.docker.compose.service': c.service, 'com.docker.compose.container-number': String(c.replica ?? 1), ...(c.oneoff ? { 'com.docker.compose.oneoff': 'True' } : {}) },
    createdSeconds: 0,
    ports: [],
  }));
  const docker = {
    listContainers: async () => summaries,
    streamContainerLogs: async (id: string, query: LogQuery, onChunk: (chunk: LogChunk) => void) => {
      queries.push({ ...query, id });
      const c = containers[summaries.findIndex((summary) => summary.id === id)]!;
      // The daemon sends the last `tail` lines, as it does.
      const text = c.chunks.map((chunk) => chunk.text).join('');
      const skip = query.tail !== undefined ? Math.max(0, text.split('\n').length - 1 - query.tail) : 0;
      let seen = 0;
      for (const chunk of c.chunks) {
        const lines = chunk.text.split('\n').length - 1;
        seen += lines;
        if (seen > skip) onChunk(chunk);
      }
      if (c.fail) throw c.fail;
    },
  } as unknown as DockerApi;
  return { docker, queries };
}

const at = (second: number): string => `2026-01-01T00:00:${String(second).padStart(2, '0')}.000000000Z`;
const out = (second: number, text: string): LogChunk => ({ stream: 'stdout', text: `${at(second)} ${text}\n` });
const err = (second: number, text: string): LogChunk => ({ stream: 'stderr', text: `${at(second)} ${text}\n` });

describe('collectServiceLogs', () => {
  test('one file per service: stdout and stderr with their timestamps; one-off containers left out', async () => {
    const { docker } = daemon([
      { service: 'db', chunks: [out(1, 'starting'), err(2, 'warning: x'), out(3, 'ready')] },
      { service: 'web', chunks: [out(1, 'up')] },
      { service: 'web', oneoff: true, chunks: [out(1, 'a test run')] },
    ]);
    const logs = await collectServiceLogs(docker, 'p', { maxBytesPerService: 1024 ** 2 });
    expect(logs.map((log) => [log.service, log.containers, log.truncated])).toEqual([
      ['db', ['p-db-1'], false],
      ['web', ['p-web-1'], false],
    ]);
    expect(logs[0]!.text).toBe(`${at(1)} stdout starting\n${at(2)} stderr warning: x\n${at(3)} stdout ready\n`);
  });

  test('replicas in one file, merged by time, each line naming its replica', async () => {
    const { docker } = daemon([
      { service: 'web', replica: 2, chunks: [out(2, 'second')] },
      { service: 'web', replica: 1, chunks: [out(1, 'first'), out(3, 'third')] },
    ]);
    const [web] = await collectServiceLogs(docker, 'p', { maxBytesPerService: 1024 ** 2 });
    expect(web!.containers).toEqual(['p-web-1', 'p-web-2']);
    expect(web!.text.trimEnd().split('\n')).toEqual([`${at(1)} web-1 stdout first`, `${at(2)} web-2 stdout second`, `${at(3)} web-1 stdout third`]);
  });

  test('a log longer than the bound keeps its last lines under a note; the daemon is asked for what fits at a usual line size, then at the measured one', async () => {
    const chunks = Array.from({ length: 5000 }, (_, index) => out(index % 60, `line ${index} ${'x'.repeat(60)}`));
    const { docker, queries } = daemon([{ service: 'noisy', chunks }]);
    const budget = 64 * 1024;
    const [noisy] = await collectServiceLogs(docker, 'p', { maxBytesPerService: budget });
    const lines = noisy!.text.trimEnd().split('\n');
    expect(noisy!.truncated).toBe(true);
    expect(lines[0]).toBe("[docker-stability] Earlier lines were left out: only the last 64 KiB of this service's log are kept (logs-max-size).");
    expect(lines.at(-1)).toMatch(/ stdout line 4999 x+$/);
    expect(Buffer.byteLength(lines.slice(1).join('\n')) + 1).toBeLessThanOrEqual(budget);
    // 512 lines of ~108 bytes fall short of 64 KiB: twice as many are asked for.
    expect(queries).toEqual([
      { id: 'noisy-1', follow: false, timestamps: true, tail: 512, timeoutMs: 60_000 },
      { id: 'noisy-1', follow: false, timestamps: true, tail: 1024, timeoutMs: 60_000 },
    ]);
  });

  test('short lines: the second read asks for as many as the bound holds at their size; never more than always covers it', async () => {
    const { docker, queries } = daemon([{ service: 'dots', chunks: Array.from({ length: 10_000 }, () => out(1, '.')) }]);
    const [dots] = await collectServiceLogs(docker, 'p', { maxBytesPerService: 64 * 1024 });
    expect(dots!.truncated).toBe(true);
    // "…Z stdout ." is 40 bytes: 64 KiB / 40 × 1.25 = 2048 lines; 31 bytes is the least a line can be.
    expect(queries.map((query) => query.tail)).toEqual([512, 2048]);
    expect(Math.max(...queries.map((query) => query.tail!))).toBeLessThanOrEqual(Math.ceil((64 * 1024) / 31));
  });

  test('a log smaller than the bound: one read, kept whole, no note', async () => {
    const { docker, queries } = daemon([{ service: 'db', chunks: [out(1, 'a'), out(2, 'b')] }]);
    const [db] = await collectServiceLogs(docker, 'p', { maxBytesPerService: 64 * 1024 });
    expect([db!.truncated, db!.text.split('\n').length]).toEqual([false, 3]);
    expect(queries).toHaveLength(1);
  });

  test('replicas share the bound', async () => {
    const chunks = (n: number): LogChunk[] => Array.from({ length: 2000 }, (_, index) => out(index % 60, `r${n} ${index} ${'y'.repeat(40)}`));
    const { docker, queries } = daemon([
      { service: 'web', replica: 1, chunks: chunks(1) },
      { service: 'web', replica: 2, chunks: chunks(2) },
    ]);
    const [web] = await collectServiceLogs(docker, 'p', { maxBytesPerService: 64 * 1024 });
    expect(Buffer.byteLength(web!.text)).toBeLessThanOrEqual(64 * 1024 + 200);
    expect(queries.map((query) => query.tail)).toEqual([256, 512, 256, 512]);
  });

  test('a log that cannot be read to its end keeps what arrived, with a note at the end', async () => {
    const { docker } = daemon([{ service: 'db', chunks: [out(1, 'before the daemon froze')], fail: new Error('the log did not end within 60000 ms') }]);
    const [db] = await collectServiceLogs(docker, 'p', { maxBytesPerService: 1024 ** 2 });
    expect(db!.text).toBe(`${at(1)} stdout before the daemon froze\n[docker-stability] The log of p-db-1 could not be read to its end (the log did not end within 60000 ms); what arrived is kept.\n`);
    expect(db!.problems).toHaveLength(1);
  });
});
