import type { LeaseHandle } from './acquire.js';
import { type LeaseDeps } from './context.js';
import { type RenewOutcome } from './lifecycle.js';
export declare function holdLease(deps: LeaseDeps, handle: LeaseHandle, options: {
    ttlMs: number;
    signal: AbortSignal;
}): Promise<RenewOutcome | 'stopped' | 'not-handed-over'>;
