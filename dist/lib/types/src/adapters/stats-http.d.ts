import type { RawStats } from '../ports/docker.js';
/**
 * One-shot stats over kept-alive unix-socket connections, with a bare HTTP/1.1 exchange.
 *
 * Why not dockerode or node:http: the monitor asks for every container's stats each interval,
 * and the per-request cost of those layers (streams, agents, abort listeners) was most of its
 * CPU. bench/monitor.ts, 20 containers every second on a 2-core runner: through dockerode
 * ~1.8 % of a core, node:http with keep-alive ~1.3 %, this client well under the 1 % goal. It
 * sends one GET per socket at a time and reads one framed response (readHttpResponse).
 */
export declare class UnixStatsClient {
    private readonly socketPath;
    private readonly timeoutMs;
    private readonly idle;
    private readonly idleListeners;
    /** The API version the adapter agreed with the daemon ("1.51"); unversioned paths without it. */
    apiVersion: string | undefined;
    constructor(socketPath: string, timeoutMs: number);
    /**
     * undefined when the container is gone (404). Rejects with `statusCode` on other HTTP
     * errors, with `code` (ECONNREFUSED…) when the daemon is away, and with `timedOut` when it
     * does not answer within the timeout.
     */
    get(id: string): Promise<RawStats | undefined>;
    private exchange;
    private exchangeOn;
    private takeIdle;
    /** Keeps a socket for the next call; idle, it does not hold the process open, and it leaves the pool when it closes. */
    private park;
}
