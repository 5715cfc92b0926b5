import { type LeaseRequest } from '../../lease/request.js';
import type { RegisterCommand } from './index.js';
import { type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
export interface LockFlags extends LeaseFlags {
    group: string[];
    port: string[];
    memory: string;
}
export declare function lockRequest(flags: Pick<LockFlags, 'group' | 'port' | 'memory'>): LeaseRequest;
export declare function runLock(command: string[], flags: LockFlags, deps: LeaseCliDeps): Promise<number>;
export declare const registerLock: RegisterCommand;
