import { describe, expect, test } from 'vitest';
import { describeTimings, PhaseClock } from '../../../../src/app/pipeline/phase-clock.js';

// Segments follow each other (their sum is the step's time); parts of a segment ran side by side.

class SteppedClock {
  time = 0;
  now = (): number => this.time;
}

describe('PhaseClock', () => {
  test('each segment is timed from its start to its end, in order, after what was recorded before it', async () => {
    const time = new SteppedClock();
    const clock = new PhaseClock(time);
    clock.record('node start', 130.6);
    await clock.time('checks', async () => {
      time.time += 240;
    });
    const value = await clock.time('up', async () => {
      time.time += 3100;
      return 'ok';
    });
    expect(value).toBe('ok');
    expect(clock.timings).toEqual([
      { phase: 'node start', ms: 131 },
      { phase: 'checks', ms: 240 },
      { phase: 'up', ms: 3100 },
    ]);
  });

  test('parts run side by side inside one segment, each with its own time', async () => {
    const time = new SteppedClock();
    const clock = new PhaseClock(time);
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    await clock.time('checks', async (part) => {
      const daemon = part('daemon', Promise.resolve('pong'));
      const policy = part('policy', slow.then(() => 'findings'));
      await daemon;
      time.time += 230;
      release();
      expect(await policy).toBe('findings');
    });
    expect(clock.timings).toEqual([{ phase: 'checks', ms: 230, parts: { daemon: 0, policy: 230 } }]);
  });

  test('a segment that throws is still recorded, and a part that rejects too', async () => {
    const time = new SteppedClock();
    const clock = new PhaseClock(time);
    await expect(
      clock.time('admission', async (part) => {
        time.time += 50;
        await part('lease', Promise.reject(new Error('timed out')));
      }),
    ).rejects.toThrow('timed out');
    expect(clock.timings).toEqual([{ phase: 'admission', ms: 50, parts: { lease: 0 } }]);
  });

  test('a negative recorded time (a clock that went back) counts as zero', () => {
    const clock = new PhaseClock(new SteppedClock());
    clock.record('node start', -5);
    expect(clock.timings).toEqual([{ phase: 'node start', ms: 0 }]);
  });
});

describe('describeTimings', () => {
  test.each([
    [[], ''],
    [[{ phase: 'policy', ms: 240 }], 'policy 240 ms'],
    [[{ phase: 'admission', ms: 999 }, { phase: 'up', ms: 1000 }], 'admission 999 ms · up 1.0 s'],
    [[{ phase: 'up', ms: 3149 }, { phase: 'teardown', ms: 61_000 }], 'up 3.1 s · teardown 61.0 s'],
  ])('%j → %j', (timings, line) => {
    expect(describeTimings(timings)).toBe(line);
  });
});
