import type { NetworkProbe } from '../ports/network.js';
/**
 * The runner's view of a stack's published ports, through node:net and node:http. Each attempt
 * settles once, within its timeout, and leaves no socket open. Nothing the other side says is
 * kept beyond an HTTP status code.
 */
export declare const nodeNetworkProbe: NetworkProbe;
