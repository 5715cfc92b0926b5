// A minimal HTTP/1.1 response reader for the monitor's stats client (stats-http.ts): status,
// headers, and a body framed by Content-Length or chunked transfer coding. Pure; the client
// feeds it what arrived so far and gets 'incomplete' until a whole response is there.

export interface HttpResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: Buffer;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');
/** A stats payload is a few KB; anything far larger is not what we asked for. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export function readHttpResponse(data: Buffer): HttpResponse | 'incomplete' | { error: string } {
  if (data.length > MAX_RESPONSE_BYTES) return { error: `response larger than ${MAX_RESPONSE_BYTES} bytes` };
  const headEnd = data.indexOf(HEAD_END);
  if (headEnd < 0) return 'incomplete';
  const [statusLine = '', ...lines] = data.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!status) return { error: `not an HTTP/1.x status line: ${statusLine.slice(0, 80)}` };
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = data.subarray(headEnd + HEAD_END.length);
  if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) {
    const body = dechunk(rest);
    return typeof body === 'string' ? (body === 'incomplete' ? body : { error: body }) : { status: Number(status[1]), headers, body };
  }
  const length = headers['content-length'];
  if (length === undefined) {
    // Without a length the body ends when the server closes: we only ask for framed bodies.
    return Number(status[1]) === 204 || Number(status[1]) === 304 ? { status: Number(status[1]), headers, body: Buffer.alloc(0) } : { error: 'response body without Content-Length or chunked coding' };
  }
  const bytes = Number(length);
  if (!Number.isInteger(bytes) || bytes < 0) return { error: `bad Content-Length '${length}'` };
  if (rest.length < bytes) return 'incomplete';
  return { status: Number(status[1]), headers, body: rest.subarray(0, bytes) };
}

/** The body of a chunked message; 'incomplete' until the last (0-size) chunk and its CRLF arrived. */
function dechunk(data: Buffer): Buffer | 'incomplete' | string {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = data.indexOf(CRLF, offset);
    if (lineEnd < 0) return 'incomplete';
    const sizeText = data.subarray(offset, lineEnd).toString('latin1').split(';')[0]!.trim();
    if (!/^[0-9a-f]+$/i.test(sizeText)) return `bad chunk size '${sizeText.slice(0, 20)}'`;
    const size = parseInt(sizeText, 16);
    const start = lineEnd + CRLF.length;
    if (size === 0) {
      // No trailers are expected: the message ends with an empty line.
      return data.length >= start + CRLF.length ? Buffer.concat(parts) : 'incomplete';
    }
    if (data.length < start + size + CRLF.length) return 'incomplete';
    parts.push(data.subarray(start, start + size));
    offset = start + size + CRLF.length;
  }
}
