import type { LeaseDeps } from '../../lease/context.js';
import { type DeadOwnerSweep } from '../sweep.js';
import type { RegisterCommand } from './index.js';
export interface CleanFlags {
    dryRun?: boolean;
    format: string;
    namespace: string;
    leaseTtl?: string;
}
export declare function runClean(flags: CleanFlags, deps: LeaseDeps & {
    stdout: (text: string) => void;
}): Promise<number>;
export declare function cleanJson(sweep: DeadOwnerSweep): object;
export declare function cleanText(sweep: DeadOwnerSweep): string;
export declare const registerClean: RegisterCommand;
