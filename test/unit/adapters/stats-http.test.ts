import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { UnixStatsClient } from '../../../src/adapters/stats-http.js';

// The monitor's stats client against a small HTTP server on a unix socket of its own (no
// daemon): what each answer becomes, kept-alive connections reused, a pooled connection the
// server closed retried once on a fresh one, and a server that never answers.

type Reply = (request: string, socket: net.Socket) => void;

let dir: string;
let server: net.Server;
let connections: number;
let requests: string[];
let reply: Reply;
let open: net.Socket[];

const json = (status: number, body: string, headers = ''): string => `HTTP/1.1 ${status} X\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dsa-stats-'));
  connections = 0;
  requests = [];
  open = [];
  reply = (_request, socket) => socket.write(json(200, '{"read":"now","memory_stats":{"usage":1}}'));
  server = net.createServer((socket) => {
    connections += 1;
    open.push(socket);
    socket.on('data', (chunk) => {
      const request = chunk.toString('latin1');
      requests.push(request.split('\r\n')[0]!);
      reply(request, socket);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(path.join(dir, 'docker.sock'), resolve));
});

afterEach(async () => {
  // Kept-alive connections would hold the server open.
  for (const socket of open) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const client = (timeoutMs = 5000) => new UnixStatsClient(path.join(dir, 'docker.sock'), timeoutMs);

describe('UnixStatsClient', () => {
  test('a one-shot GET for the container, versioned when the API version is known; the JSON parsed', async () => {
    const stats = client();
    expect(await stats.get('abc/../x')).toEqual({ read: 'now', memory_stats: { usage: 1 } });
    stats.apiVersion = '1.51';
    await stats.get('abc');
    expect(requests).toEqual(['GET /containers/abc%2F..%2Fx/stats?stream=false&one-shot=true HTTP/1.1', 'GET /v1.51/containers/abc/stats?stream=false&one-shot=true HTTP/1.1']);
  });

  test('kept-alive: one connection serves call after call', async () => {
    const stats = client();
    for (let call = 0; call < 3; call += 1) await stats.get('abc');
    expect(connections).toBe(1);
  });

  test('"Connection: close": the next call opens a new connection', async () => {
    reply = (_request, socket) => socket.end(json(200, '{}', 'Connection: close\r\n'));
    const stats = client();
    await stats.get('a');
    await stats.get('b');
    expect(connections).toBe(2);
  });

  test('a container that is gone is undefined; another error status rejects with it', async () => {
    reply = (request, socket) => socket.write(request.includes('/gone/') ? json(404, '{"message":"No such container"}') : json(500, '{"message":"boom"}'));
    const stats = client();
    expect(await stats.get('gone')).toBeUndefined();
    await expect(stats.get('broken')).rejects.toMatchObject({ statusCode: 500, message: 'HTTP 500: {"message":"boom"}' });
  });

  test('a pooled connection the server closed meanwhile: retried once on a fresh one', async () => {
    const stats = client();
    await stats.get('a');
    // The daemon closes the kept-alive connection instead of answering on it (an idle timeout).
    reply = (_request, socket) => (socket === open[0] ? socket.end() : socket.write(json(200, '{"again":true}')));
    await expect(stats.get('b')).resolves.toEqual({ again: true });
    expect(connections).toBe(2);
    expect(requests.filter((request) => request.includes('/containers/b/'))).toHaveLength(2);
  });

  test('a server that never answers: rejected as timed out', async () => {
    reply = () => undefined;
    await expect(client(100).get('a')).rejects.toMatchObject({ timedOut: true, message: 'no answer within 100 ms' });
  });

  test('no server at all: rejected with the connection\'s code', async () => {
    await expect(new UnixStatsClient(path.join(dir, 'nobody.sock'), 1000).get('a')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('what is not HTTP is an error, not a hang', async () => {
    reply = (_request, socket) => socket.write('SSH-2.0-OpenSSH\r\n\r\n');
    await expect(client().get('a')).rejects.toThrow(/^Docker stats: not an HTTP\/1\.x status line: SSH-2\.0-OpenSSH/);
  });
});
