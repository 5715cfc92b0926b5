import { describe, expect, test } from 'vitest';
import { demuxDockerLogs } from '../../../src/adapters/docker-logs.js';

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
