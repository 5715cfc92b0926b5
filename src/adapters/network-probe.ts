import http from 'node:http';
import net from 'node:net';
import type { NetworkProbe, ProbeAttempt } from '../ports/network.js';

/**
 * The runner's view of a stack's published ports, through node:net and node:http. Each attempt
 * settles once, within its timeout, and leaves no socket open. Nothing the other side says is
 * kept beyond an HTTP status code.
 */
export const nodeNetworkProbe: NetworkProbe = {
  tcp: (host, port, { timeoutMs, holdMs }) =>
    new Promise<ProbeAttempt>((resolve) => {
      const socket = net.connect({ host, port });
      let settled = false;
      let hold: NodeJS.Timeout | undefined;
      const settle = (answer: ProbeAttempt): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(hold);
        socket.destroy();
        resolve(answer);
      };
      const timer = setTimeout(() => settle({ ok: false, reason: `no connection within ${timeoutMs} ms` }), timeoutMs);
      socket.once('connect', () => {
        // Docker's userland proxy accepts first and closes at once when nothing listens behind it.
        hold = setTimeout(() => settle({ ok: true, detail: 'accepted and held open' }), holdMs);
      });
      socket.once('data', () => settle({ ok: true, detail: 'accepted; the service spoke first' }));
      socket.once('end', () => settle({ ok: false, reason: 'accepted, then closed at once (nothing listens behind the published port yet)' }));
      socket.once('close', () => settle({ ok: false, reason: 'the connection closed' }));
      socket.once('error', (error: NodeJS.ErrnoException) => settle({ ok: false, reason: error.code === 'ECONNREFUSED' ? 'connection refused' : (error.code ?? error.message) }));
    }),

  http: (url, { timeoutMs }) =>
    new Promise<ProbeAttempt>((resolve) => {
      let settled = false;
      const settle = (answer: ProbeAttempt): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.destroy();
        resolve(answer);
      };
      // No keep-alive: the probe must not hold a connection the service counts.
      const request = http.get(url, { agent: false, headers: { 'user-agent': 'docker-stability-readiness', connection: 'close' } }, (response) => {
        const status = response.statusCode ?? 0;
        response.resume();
        settle(status >= 200 && status < 300 ? { ok: true, detail: `HTTP ${status}` } : { ok: false, reason: `HTTP ${status}` });
      });
      const timer = setTimeout(() => settle({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
      request.once('error', (error: NodeJS.ErrnoException) =>
        settle({ ok: false, reason: error.code === 'ECONNREFUSED' ? 'connection refused' : error.code === 'ECONNRESET' ? 'connection reset (nothing listens behind the published port yet?)' : (error.code ?? error.message) }),
      );
    }),
};
