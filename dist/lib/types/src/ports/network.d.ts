/** How one attempt went: ready, or why not, in words for the log and the summary. */
export type ProbeAttempt = {
    ok: true;
    detail: string;
} | {
    ok: false;
    reason: string;
};
export interface NetworkProbe {
    /**
     * Opens a TCP connection to host:port. Ready when the connection is accepted and is not closed
     * by the other side within `holdMs` (or the other side speaks first): Docker's userland proxy
     * accepts every connection to a published port and closes it at once when nothing listens in
     * the container, so an accepted connection alone proves nothing.
     */
    tcp(host: string, port: number, options: {
        timeoutMs: number;
        holdMs: number;
    }): Promise<ProbeAttempt>;
    /** `GET url` (no redirects followed); ready on a 2xx status. */
    http(url: string, options: {
        timeoutMs: number;
    }): Promise<ProbeAttempt>;
}
