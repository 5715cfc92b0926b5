import type { SourceEntry } from '../../compose/positions.js';
export interface ModelPort {
    hostIp: string;
    published?: string;
    target: number;
    protocol: string;
}
interface WrittenPort {
    hostIp: string;
    published?: [number, number];
    target: [number, number];
    protocol: string;
}
/** Reads a short-syntax ("127.0.0.1:8080:80/udp", "[::1]::80", 80) or long-syntax entry. */
export declare function readWrittenPort(value: unknown): WrittenPort | undefined;
/** True when the written entry produced the model's port. */
export declare function portEntryMatches(entry: SourceEntry, port: ModelPort): boolean;
/** "6000-6002" for consecutive numbers, "80, 443" otherwise. */
export declare function compactPorts(ports: number[]): string;
export {};
