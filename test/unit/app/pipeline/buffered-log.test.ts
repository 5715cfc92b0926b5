import { describe, expect, test } from 'vitest';
import { BufferedLog } from '../../../../src/app/pipeline/buffered-log.js';
import type { Annotation, Log } from '../../../../src/ports/runtime.js';

// Phases that run side by side write into buffers; the pipeline replays each into its own group
// afterwards. What a replay must keep: order, kinds, annotations, untrusted text as output.

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const at = (annotation?: Annotation): string => (annotation ? ` @${annotation.file}:${annotation.startLine}` : '');
  return {
    lines,
    debug: (message) => void lines.push(`debug ${message}`),
    info: (message) => void lines.push(`info ${message}`),
    notice: (message, annotation) => void lines.push(`notice ${message}${at(annotation)}`),
    warning: (message, annotation) => void lines.push(`warning ${message}${at(annotation)}`),
    error: (message, annotation) => void lines.push(`error ${message}${at(annotation)}`),
    output: (text) => void lines.push(`output ${[text].flat().join(' | ')}`),
    group: async (name, fn) => {
      lines.push(`group ${name}`);
      return fn();
    },
  };
}

describe('BufferedLog', () => {
  test('nothing reaches the real log until the replay, then everything in the order it was written', async () => {
    const buffer = new BufferedLog();
    const log = recordingLog();
    buffer.info('first');
    buffer.warning('careful', { file: 'compose.yaml', startLine: 3 });
    buffer.output(['container said', '::stop-commands::x']);
    buffer.debug('detail');
    buffer.notice('note');
    buffer.error('bad', { file: 'compose.yaml', startLine: 9 });
    expect(log.lines).toEqual([]);
    buffer.replay(log);
    expect(log.lines).toEqual([
      'info first',
      'warning careful @compose.yaml:3',
      // Untrusted text stays output (inert), never becomes an info line.
      'output container said | ::stop-commands::x',
      'debug detail',
      'notice note',
      'error bad @compose.yaml:9',
    ]);
  });

  test('nested groups become headed, indented lines (a group cannot open inside the phase\'s own)', async () => {
    const buffer = new BufferedLog();
    const log = recordingLog();
    const result = await buffer.group('Baseline', async () => {
      buffer.info('recalled');
      await buffer.group('Images', async () => buffer.info('loaded 2'));
      return 42;
    });
    buffer.info('after');
    expect(result).toBe(42);
    buffer.replay(log);
    expect(log.lines).toEqual(['info Baseline', 'info   recalled', 'info   Images', 'info     loaded 2', 'info after']);
  });

  test('a group whose body throws still closes: later lines land outside it', async () => {
    const buffer = new BufferedLog();
    const log = recordingLog();
    await expect(buffer.group('Failing', async () => {
      buffer.info('inside');
      throw new Error('boom');
    })).rejects.toThrow('boom');
    buffer.info('outside');
    buffer.replay(log);
    expect(log.lines).toEqual(['info Failing', 'info   inside', 'info outside']);
  });

  test('a replay empties the buffer: a second replay writes nothing again', () => {
    const buffer = new BufferedLog();
    const log = recordingLog();
    buffer.info('once');
    buffer.replay(log);
    buffer.replay(log);
    expect(log.lines).toEqual(['info once']);
  });
});
