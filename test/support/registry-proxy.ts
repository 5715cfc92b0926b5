// A small HTTP proxy in front of the local registry (test/support/cache-server/local-registry.ts)
// that misbehaves on purpose, as registries and their proxies do: the first N pull attempts get
// an error status on the manifest (503 for a registry that is failing then recovering, 429 for
// a rate limit), every response can be delayed (a slow registry). The daemon starts each pull
// with `GET /v2/`, so that request counts the attempts. On loopback, so dockerd treats it as an
// insecure registry and talks plain HTTP to it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyBehaviour {
  /** Pull attempts whose manifest requests fail with `status`. */
  failAttempts?: number;
  status?: number;
  /** Delay before every response, in ms. */
  delayMs?: number;
}

export interface RegistryProxy {
  /** 127.0.0.1:PORT: image references through the proxy start with it. */
  host: string;
  /** Pull attempts seen (GET /v2/), and the requests answered with an error. */
  readonly attempts: number;
  readonly failed: string[];
  set(behaviour: ProxyBehaviour): void;
  stop(): Promise<void>;
}

const BODIES: Record<number, { code: string; message: string }> = {
  429: { code: 'TOOMANYREQUESTS', message: 'You have reached your pull rate limit. You may increase the limit by authenticating and upgrading' },
  503: { code: 'UNAVAILABLE', message: 'service unavailable' },
};

export async function startRegistryProxy(registryHost: string, behaviour: ProxyBehaviour = {}): Promise<RegistryProxy> {
  const [targetHost, targetPort] = registryHost.split(':') as [string, string];
  let current = behaviour;
  let attempts = 0;
  const failed: string[] = [];
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (request.method === 'GET' && url === '/v2/') attempts += 1;
    const answer = (): void => {
      const status = current.status ?? 503;
      if (/\/manifests\//.test(url) && attempts <= (current.failAttempts ?? 0)) {
        failed.push(`${request.method} ${url} → ${status}`);
        request.resume();
        const body = BODIES[status] ?? { code: 'UNKNOWN', message: `status ${status}` };
        response.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '3600' } : {}) });
        response.end(JSON.stringify({ errors: [body] }));
        return;
      }
      const upstream = http.request({ host: targetHost, port: Number(targetPort), path: url, method: request.method, headers: request.headers }, (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      });
      upstream.on('error', (error) => {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(String(error));
      });
      request.pipe(upstream);
    };
    if (current.delayMs) setTimeout(answer, current.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    get attempts() {
      return attempts;
    },
    failed,
    set: (next) => {
      current = next;
      attempts = 0;
      failed.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
