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
