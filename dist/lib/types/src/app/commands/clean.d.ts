import type { LeaseDeps } from '../../lease/context.js';
import { type DeadOwnerSweep } from '../sweep.js';
import type { CliContext } from './index.js';
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
/** `docker-stability clean` as the registry calls it. */
export declare function cleanAction(flags: CleanFlags, context: CliContext): Promise<number>;
