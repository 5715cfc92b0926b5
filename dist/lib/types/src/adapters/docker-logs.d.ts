import type { LogChunk } from '../ports/docker.js';
/**
 * Text of a `GET /containers/{id}/logs` body. Without a TTY the daemon multiplexes stdout and
 * stderr into frames (1 byte stream, 3 zero bytes, 4 bytes big-endian length, payload); with a
 * TTY the body is raw text. Frames are detected, not assumed, so both shapes read correctly.
 * https://docs.docker.com/engine/api/v1.41/#tag/Container/operation/ContainerAttach
 */
export declare function demuxDockerLogs(body: Buffer): string;
/**
 * The same framing read as a stream: bytes arrive in pieces of any size, frames are cut out as
 * they complete, and each stream's text is decoded on its own (a multi-byte character may span
 * two frames of a TTY's raw text). Whether the body is framed is decided by its first 8 bytes.
 */
export declare class LogDemuxer {
    private readonly onChunk;
    private pending;
    private framed;
    private readonly decoders;
    constructor(onChunk: (chunk: LogChunk) => void);
    push(data: Buffer): void;
    /** The end of the body: whatever is left (a cut frame, a short raw body) is shown as it is. */
    end(): void;
    private emit;
}
