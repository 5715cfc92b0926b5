import { describe, expect, test } from 'vitest';
import { EventFeed, toFeedEvent, WATCHED_ACTIONS, type FeedEvent } from '../../../src/monitor/event-feed.js';
import type { DockerApi, DockerEvent, EventQuery } from '../../../src/ports/docker.js';
import { FakeClock } from '../lease/fakes.js';

// The project's container events for as long as the monitor runs: a stream that drops is
// reopened with backoff and replayed from the last event seen; what the replay repeats is
// dropped; only the attributes the summary shows are kept.

const S = 1_700_000_000;
const event = (second: number, id: string, action: string, attributes: Record<string, string> = {}): DockerEvent => ({
  type: 'container',
  action,
  id,
  attributes: { name: `p-${id}-1`, image: 'img', 'com.docker.compose.service': id, ...attributes },
  timeNano: (S + second) * 1e9,
});

/** A daemon whose event streams, one per opening, the test scripts: events then a drop, or a refusal. */
function daemon(clock: FakeClock, streams: Array<{ events?: DockerEvent[]; openFor?: number } | 'refused'>, abort: AbortController) {
  const queries: EventQuery[] = [];
  const opened: number[] = [];
  const docker = {
    streamEvents: async (query: EventQuery, onEvent: (event: DockerEvent) => void) => {
      queries.push(structuredClone(query));
      opened.push(clock.now());
      const stream = streams.shift();
      if (stream === undefined) return void abort.abort();
      if (stream === 'refused') throw new Error('connect ECONNREFUSED');
      for (const each of stream.events ?? []) onEvent(each);
      clock.time += stream.openFor ?? 0;
    },
  } as unknown as DockerApi;
  return { docker, queries, opened };
}

async function feed(streams: Parameters<typeof daemon>[1]) {
  const clock = new FakeClock(0);
  const abort = new AbortController();
  const { docker, queries, opened } = daemon(clock, streams, abort);
  const seen: FeedEvent[] = [];
  await new EventFeed(docker, clock, 'com.docker.compose.project=p', S, (each) => seen.push(each)).run(abort.signal);
  return { seen, queries, opened };
}

describe('EventFeed', () => {
  test('asks for the project\'s watched container events since the run began', async () => {
    const { queries } = await feed([]);
    expect(queries).toEqual([{ filters: { type: ['container'], label: ['com.docker.compose.project=p'], event: WATCHED_ACTIONS }, since: S }]);
  });

  test('a dropped stream is reopened from the last event seen; the replay\'s repeats are dropped', async () => {
    const first = [event(1, 'db', 'start'), event(5, 'db', 'health_status: healthy')];
    const { seen, queries } = await feed([{ events: first }, { events: [...first.slice(1), event(9, 'db', 'die', { exitCode: '137' })] }]);
    expect(queries.map((query) => query.since)).toEqual([S, S + 5, S + 9]);
    expect(seen.map((each) => `${each.t} ${each.service} ${each.action}`)).toEqual([
      `${(S + 1) * 1000} db start`,
      `${(S + 5) * 1000} db health_status: healthy`,
      `${(S + 9) * 1000} db die`,
    ]);
  });

  test('while the daemon is away the backoff doubles up to 5 s; a stream that stayed open a while starts it over', async () => {
    const { opened } = await feed(['refused', 'refused', 'refused', 'refused', 'refused', 'refused', { openFor: 31_000 }, 'refused']);
    const gaps = opened.slice(1).map((at, index) => at - opened[index]!);
    expect(gaps).toEqual([250, 500, 1000, 2000, 4000, 5000, 31_000 + 250, 500]);
  });

  test('an aborted feed opens nothing', async () => {
    const clock = new FakeClock(0);
    let opened = 0;
    const docker = { streamEvents: async () => void (opened += 1) } as unknown as DockerApi;
    await new EventFeed(docker, clock, 'x', 0, () => undefined).run(AbortSignal.abort());
    expect(opened).toBe(0);
  });
});

describe('toFeedEvent', () => {
  test('the attributes the summary shows, never labels or environment', () => {
    const feedEvent = toFeedEvent(event(2, 'db', 'die', { exitCode: '1', signal: 'SIGKILL', 'com.example.secret': 'hunter2', PASSWORD: 'x' }));
    expect(feedEvent).toEqual({ t: (S + 2) * 1000, fullId: 'db', name: 'p-db-1', service: 'db', image: 'img', action: 'die', exitCode: 1, signal: 'SIGKILL' });
  });

  test.each([
    ['0', 0],
    ['-1', -1],
    ['137', 137],
    ['', undefined],
    ['1e3', undefined],
    ['seven', undefined],
  ])('exit code %j → %j', (exitCode, expected) => {
    expect(toFeedEvent(event(0, 'db', 'die', { exitCode })).exitCode).toBe(expected);
  });

  test('without a name or a service label: the short id stands for both', () => {
    const bare: DockerEvent = { type: 'container', action: 'oom', id: '0123456789abcdef0123', attributes: {}, timeNano: 0 };
    expect(toFeedEvent(bare)).toEqual({ t: 0, fullId: '0123456789abcdef0123', name: '0123456789ab', service: '0123456789ab', image: '', action: 'oom' });
  });
});
