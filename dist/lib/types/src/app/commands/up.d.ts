import { type ComposeCli } from '../../compose/compose-cli.js';
import type { RegisterCommand } from './index.js';
import { type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
import { type StackFlags } from './stack-options.js';
export interface UpFlags extends StackFlags, LeaseFlags {
    group: string[];
    waitTimeout: string;
}
export interface UpDeps extends LeaseCliDeps {
    compose: ComposeCli;
    cwd: string;
    /** How to start this CLI again (for the keeper): node, its flags and the script. */
    self: {
        command: string;
        args: string[];
    };
}
export declare function runUp(flags: UpFlags, deps: UpDeps): Promise<number>;
export declare const registerUp: RegisterCommand;
