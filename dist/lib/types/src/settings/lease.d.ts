import { type MemoryBudget } from '../lease/budget.js';
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
    readonly leaseNamespace: {
        readonly name: "lease-namespace";
        readonly default: "default";
    };
};
export interface LeaseSettings {
    groups: string[];
    memoryBudget: MemoryBudget;
    /** How long to wait for admission; 0 means do not wait. */
    lockTimeoutMs: number;
    /** How long a lease whose owner cannot be seen stays valid without renewal. */
    leaseTtlMs: number;
    /** Leases of other namespaces are never seen: separate fleets (and tests) never meet. */
    namespace: string;
}
export type RawLeaseInputs = Record<Exclude<keyof typeof LEASE_INPUTS, 'leaseNamespace'>, string> & {
    leaseNamespace?: string;
};
export declare function parseLeaseSettings(raw: RawLeaseInputs): {
    settings: LeaseSettings;
} | {
    problems: string[];
};
