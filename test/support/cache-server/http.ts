// Small helpers for the test cache servers (node:http, no framework: the routes are few and
// the point is to speak the exact bytes @actions/cache expects).
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

export function sendEmpty(response: ServerResponse, status: number): void {
  response.writeHead(status);
  response.end();
}

/** Streams a file, at most `bytesPerSecond` when set (a slow cache backend, for the tests that need one). */
export async function sendFile(response: ServerResponse, file: string, bytesPerSecond?: number): Promise<void> {
  response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': statSync(file).size });
  const source = createReadStream(file, { highWaterMark: 64 * 1024 });
  await pipeline(source, bytesPerSecond ? throttle(bytesPerSecond) : new Transform({ transform: (chunk, _e, done) => done(null, chunk) }), response);
}

function throttle(bytesPerSecond: number): Transform {
  const started = Date.now();
  let sent = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length;
      const due = started + (sent / bytesPerSecond) * 1000;
      setTimeout(() => done(null, chunk), Math.max(0, due - Date.now()));
    },
  });
}

export function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A Twirp error as the toolkit's clients read it (`code`, `msg`). */
export function twirpError(response: ServerResponse, status: number, code: string, msg: string): void {
  sendJson(response, status, { code, msg });
}

/**
 * A server on an ephemeral loopback port whose handler's failures become Twirp `internal` errors
 * (or a dropped connection once headers went out); `onListenError` cleans up what the server
 * would have fronted (its Azurite) before the error is thrown.
 */
export async function serveTwirp(
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  onListenError: () => Promise<void>,
): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) twirpError(response, 500, 'internal', String(error));
      else response.destroy();
    });
  });
  const port = await listen(server).catch(async (error: unknown) => {
    await onListenError();
    throw error;
  });
  return { server, port };
}

export function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}
