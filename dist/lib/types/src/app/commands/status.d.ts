import type { RegisterCommand } from './index.js';
import { type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
export declare function runStatus(flags: Partial<LeaseFlags> & {
    format: string;
}, deps: LeaseCliDeps, stdout: (text: string) => void): Promise<number>;
export declare const registerStatus: RegisterCommand;
