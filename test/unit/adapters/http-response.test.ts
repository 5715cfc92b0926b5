import { describe, expect, test } from 'vitest';
import { readHttpResponse } from '../../../src/adapters/http-response.js';

const head = (status: string, headers: string[]): string => [`HTTP/1.1 ${status}`, ...headers, '', ''].join('\r\n');
const text = (value: ReturnType<typeof readHttpResponse>): unknown =>
  typeof value === 'string' || 'error' in value ? value : { status: value.status, body: value.body.toString('utf8'), connection: value.headers.connection };

describe('readHttpResponse', () => {
  test.each([
    ['Content-Length body, as dockerd answers a small stats call', head('200 OK', ['Content-Type: application/json', 'Content-Length: 7']) + '{"a":1}', { status: 200, body: '{"a":1}', connection: undefined }],
    ['body not all there yet', head('200 OK', ['Content-Length: 10']) + '{"a":', 'incomplete'],
    ['headers not all there yet', 'HTTP/1.1 200 OK\r\nContent-Len', 'incomplete'],
    ['chunked body (a payload past Go’s 2 KB buffer)', head('200 OK', ['Transfer-Encoding: chunked']) + '4\r\n{"a"\r\n3\r\n:1}\r\n0\r\n\r\n', { status: 200, body: '{"a":1}', connection: undefined }],
    ['chunked, last chunk missing', head('200 OK', ['Transfer-Encoding: chunked']) + '4\r\n{"a"\r\n', 'incomplete'],
    ['chunked, final CRLF missing', head('200 OK', ['Transfer-Encoding: chunked']) + '4\r\n{"a"\r\n0\r\n', 'incomplete'],
    ['chunk extensions are ignored', head('200 OK', ['Transfer-Encoding: chunked']) + '2;x=y\r\nok\r\n0\r\n\r\n', { status: 200, body: 'ok', connection: undefined }],
    ['404 with its message', head('404 Not Found', ['Content-Length: 27']) + '{"message":"No such thing"}', { status: 404, body: '{"message":"No such thing"}', connection: undefined }],
    ['Connection: close is reported', head('500 Internal Server Error', ['Connection: close', 'Content-Length: 2']) + 'no', { status: 500, body: 'no', connection: 'close' }],
    ['not HTTP', 'SSH-2.0-OpenSSH\r\n\r\n', { error: 'not an HTTP/1.x status line: SSH-2.0-OpenSSH' }],
    ['no framing', head('200 OK', ['Content-Type: text/plain']) + 'x', { error: 'response body without Content-Length or chunked coding' }],
    ['bad chunk size', head('200 OK', ['Transfer-Encoding: chunked']) + 'zz\r\n', { error: "bad chunk size 'zz'" }],
  ])('%s', (_, raw, expected) => {
    expect(text(readHttpResponse(Buffer.from(raw, 'utf8')))).toEqual(expected);
  });

  test('a multi-byte character split across two reads is whole in the body', () => {
    const body = Buffer.from('{"name":"café"}', 'utf8');
    const raw = Buffer.concat([Buffer.from(head('200 OK', [`Content-Length: ${body.length}`])), body]);
    expect(readHttpResponse(raw.subarray(0, raw.length - 4))).toBe('incomplete');
    expect(text(readHttpResponse(raw))).toMatchObject({ body: '{"name":"café"}' });
  });
});
