import { StringDecoder } from 'node:string_decoder';
import type { LogChunk } from '../ports/docker.js';

/**
 * Text of a `GET /containers/{id}/logs` body. Without a TTY the daemon multiplexes stdout and
 * stderr into frames (1 byte stream, 3 zero bytes, 4 bytes big-endian length, payload); with a
 * TTY the body is raw text. Frames are detected, not assumed, so both shapes read correctly.
 * https://docs.docker.com/engine/api/v1.41/#tag/Container/operation/ContainerAttach
 */
export function demuxDockerLogs(body: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < body.length) {
    if (offset + 8 > body.length || !isFrameHeader(body, offset)) {
      return offset === 0 ? body.toString('utf8') : Buffer.concat([...parts, body.subarray(offset)]).toString('utf8');
    }
    const length = body.readUInt32BE(offset + 4);
    parts.push(body.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length;
  }
  return Buffer.concat(parts).toString('utf8');
}

function isFrameHeader(body: Buffer, offset: number): boolean {
  const stream = body[offset];
  return (stream === 0 || stream === 1 || stream === 2) && body[offset + 1] === 0 && body[offset + 2] === 0 && body[offset + 3] === 0;
}

/**
 * The same framing read as a stream: bytes arrive in pieces of any size, frames are cut out as
 * they complete, and each stream's text is decoded on its own (a multi-byte character may span
 * two frames of a TTY's raw text). Whether the body is framed is decided by its first 8 bytes.
 */
export class LogDemuxer {
  private pending: Buffer = Buffer.alloc(0);
  private framed: boolean | undefined;
  private readonly decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };

  constructor(private readonly onChunk: (chunk: LogChunk) => void) {}

  push(data: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    if (this.framed === undefined) {
      if (this.pending.length < 8) return;
      this.framed = isFrameHeader(this.pending, 0);
    }
    if (!this.framed) {
      this.emit('stdout', this.pending);
      this.pending = Buffer.alloc(0);
      return;
    }
    let offset = 0;
    while (this.pending.length - offset >= 8) {
      const length = this.pending.readUInt32BE(offset + 4);
      if (this.pending.length - offset - 8 < length) break;
      // Stream 0 (stdin) is never sent for logs; anything not stderr is shown as stdout.
      this.emit(this.pending[offset] === 2 ? 'stderr' : 'stdout', this.pending.subarray(offset + 8, offset + 8 + length));
      offset += 8 + length;
    }
    this.pending = this.pending.subarray(offset);
  }

  /** The end of the body: whatever is left (a cut frame, a short raw body) is shown as it is. */
  end(): void {
    if (this.pending.length) this.emit('stdout', this.framed ? this.pending.subarray(Math.min(8, this.pending.length)) : this.pending);
    this.pending = Buffer.alloc(0);
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.decoders[stream].end();
      if (rest) this.onChunk({ stream, text: rest });
    }
  }

  private emit(stream: LogChunk['stream'], bytes: Buffer): void {
    const text = this.decoders[stream].write(bytes);
    if (text) this.onChunk({ stream, text });
  }
}
