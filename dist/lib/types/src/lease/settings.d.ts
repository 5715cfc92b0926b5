import { type MemoryBudget } from './budget.js';
export declare const LEASE_INPUTS: {
    readonly lockGroup: {
        readonly name: "lock-group";
        readonly default: "";
    };
    readonly memoryBudget: {
        readonly name: "memory-budget";
        readonly default: "75%";
    };
    readonly lockTimeout: {
        readonly name: "lock-timeout";
        readonly default: "30m";
    };
    readonly leaseTtl: {
        readonly name: "lease-ttl";
        readonly default: "6h";
    };
};
export interface LeaseSettings {
    groups: string[];
    memoryBudget: MemoryBudget;
    /** How long to wait for admission; 0 means do not wait. */
    lockTimeoutMs: number;
    /** How long a lease whose owner cannot be seen stays valid without renewal. */
    leaseTtlMs: number;
}
export type RawLeaseInputs = Record<keyof typeof LEASE_INPUTS, string>;
export declare function parseLeaseSettings(raw: RawLeaseInputs): {
    settings: LeaseSettings;
} | {
    problems: string[];
};
