import type { ComposeModel } from '../compose/model.js';
import { type PublishedPort } from '../compose/resources.js';
export interface LeaseRequest {
    /** Compose project the lease admits; '' for a critical section (`docker-stability lock`). */
    project: string;
    /** Named groups: one holder at a time per group. */
    groups: string[];
    /** Host ports as portKey strings. */
    ports: string[];
    /** Memory reserved against the budget; 0 takes no part in the budget. */
    memoryBytes: number;
}
export declare function groupProblems(groups: string[], field: string): string[];
/** The lease a Compose stack needs: every fixed host port it publishes and its memory reservation. */
export declare function leaseRequestForStack(model: ComposeModel, project: string, groups?: string[]): LeaseRequest;
type PortParts = Pick<PublishedPort, 'hostIp' | 'port' | 'protocol'>;
/** The parts of a portKey ("tcp/5432", "udp/127.0.0.1:53", "tcp/::1:8080"). */
export declare function parsePortKey(key: string): PortParts | undefined;
/**
 * A `--port` flag as users write published ports: "5432", "5432/udp", "127.0.0.1:5432",
 * "[::1]:5432/tcp". Returns the portKey.
 */
export declare function parsePortFlag(text: string): string | {
    error: string;
};
export interface Overlap {
    ports: string[];
    groups: string[];
}
/** Ports (from b's side) and groups two requests both claim; empty lists when they can coexist. */
export declare function overlap(a: Pick<LeaseRequest, 'ports' | 'groups'>, b: Pick<LeaseRequest, 'ports' | 'groups'>): Overlap;
export declare function overlaps(o: Overlap): boolean;
export {};
