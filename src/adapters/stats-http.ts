import http from 'node:http';
import type { RawStats } from '../ports/docker.js';

/**
 * One-shot stats over kept-alive unix-socket connections. The monitor asks for every
 * container's stats each interval; through dockerode each call opens a connection and passes
 * several layers (and an abort signal with its listeners), which cost the monitor more CPU than
 * the 1 % of a core it may use (bench/monitor.ts). This path is one small GET on a reused
 * socket with a socket timeout.
 */
export class UnixStatsClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });

  constructor(
    private readonly socketPath: string,
    private readonly timeoutMs: number,
  ) {}

  /**
   * undefined when the container is gone (404). Rejects with `statusCode` on other HTTP
   * errors, with `code` (ECONNREFUSED…) when the daemon is away, and with `timedOut` when it
   * does not answer within the timeout.
   */
  get(id: string): Promise<RawStats | undefined> {
    return new Promise((resolve, reject) => {
      const request = http.get(
        { socketPath: this.socketPath, path: `/containers/${encodeURIComponent(id)}/stats?stream=false&one-shot=true`, agent: this.agent, headers: { Host: 'docker' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const body = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            if (status === 404) return resolve(undefined);
            if (status >= 300) return reject(Object.assign(new Error(`HTTP ${status}: ${body.slice(0, 300)}`), { statusCode: status }));
            try {
              resolve(JSON.parse(body) as RawStats);
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.setTimeout(this.timeoutMs, () => request.destroy(Object.assign(new Error(`no answer within ${this.timeoutMs} ms`), { timedOut: true })));
      request.on('error', reject);
    });
  }
}
