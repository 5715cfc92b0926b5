import { type ComposeCli } from '../../compose/compose-cli.js';
import type { RegisterCommand } from './index.js';
import { type LeaseCliDeps, type LeaseFlags } from './lease-cli.js';
import { type StackFlags } from './stack-options.js';
export interface DownDeps extends LeaseCliDeps {
    compose: ComposeCli;
    cwd: string;
}
export declare function runDown(flags: StackFlags & LeaseFlags, deps: DownDeps): Promise<number>;
export declare const registerDown: RegisterCommand;
