import { type LeaseRequest } from '../../lease/request.js';
import type { CliContext } from './index.js';
import { type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
export interface LockFlags extends LeaseFlags {
    group: string[];
    port: string[];
    memory: string;
}
export declare function lockRequest(flags: Pick<LockFlags, 'group' | 'port' | 'memory'>): LeaseRequest;
export declare function runLock(command: string[], flags: LockFlags, deps: LeaseCliDeps): Promise<number>;
/** `docker-stability lock -- CMD` as the registry calls it. */
export declare function lockAction(command: string[], flags: LockFlags, context: CliContext): Promise<number>;
