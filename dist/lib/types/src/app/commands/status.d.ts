import type { CliContext } from './index.js';
import { type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
export declare function runStatus(flags: Partial<LeaseFlags> & {
    format: string;
}, deps: LeaseCliDeps, stdout: (text: string) => void): Promise<number>;
/** `docker-stability status` as the registry calls it. */
export declare function statusAction(flags: LeaseFlags & {
    format: string;
}, context: CliContext): Promise<number>;
