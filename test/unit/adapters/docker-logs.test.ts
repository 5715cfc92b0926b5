import { describe, expect, test } from 'vitest';
import { demuxDockerLogs, LogDemuxer } from '../../../src/adapters/docker-logs.js';
import type { LogChunk } from '../../../src/ports/docker.js';

function frame(stream: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('demuxDockerLogs', () => {
  test('joins stdout and stderr frames in order', () => {
    expect(demuxDockerLogs(Buffer.concat([frame(1, 'out 1\n'), frame(2, 'err 1\n'), frame(1, 'out 2\n')]))).toBe('out 1\nerr 1\nout 2\n');
  });
  test('a TTY body is raw text', () => {
    expect(demuxDockerLogs(Buffer.from('plain text\nfrom a tty\n'))).toBe('plain text\nfrom a tty\n');
  });
  test('an empty body is empty', () => {
    expect(demuxDockerLogs(Buffer.alloc(0))).toBe('');
  });
  test('a truncated last frame keeps what arrived', () => {
    const whole = Buffer.concat([frame(1, 'complete\n'), frame(1, 'cut short')]);
    expect(demuxDockerLogs(whole.subarray(0, whole.length - 4))).toContain('complete\n');
  });
});

describe('LogDemuxer: the same frames as a stream', () => {
  /** The body cut into pieces of `size` bytes, as the socket may deliver it; chunks per stream joined. */
  const demux = (body: Buffer, size: number): Record<string, string> => {
    const chunks: LogChunk[] = [];
    const demuxer = new LogDemuxer((chunk) => chunks.push(chunk));
    for (let offset = 0; offset < body.length; offset += size) demuxer.push(body.subarray(offset, offset + size));
    demuxer.end();
    return { stdout: chunks.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''), stderr: chunks.filter((c) => c.stream === 'stderr').map((c) => c.text).join('') };
  };
  const body = Buffer.concat([frame(1, 'out 1 ünïcödé\n'), frame(2, 'err 1 €\n'), frame(1, 'out 2\n'), frame(2, '')]);

  test.each([1, 3, 7, 8, 9, 64, 4096])('streams apart, whatever the piece size (%i bytes)', (size) => {
    expect(demux(body, size)).toEqual({ stdout: 'out 1 ünïcödé\nout 2\n', stderr: 'err 1 €\n' });
  });

  test.each([1, 2, 5, 100])('a TTY body is raw stdout; a character split between pieces is decoded whole (%i bytes)', (size) => {
    expect(demux(Buffer.from('tty ✓ line\nmore'), size)).toEqual({ stdout: 'tty ✓ line\nmore', stderr: '' });
  });

  test('a body shorter than a header is raw text', () => {
    expect(demux(Buffer.from('hi'), 10)).toEqual({ stdout: 'hi', stderr: '' });
  });
});
