import { type Deps } from '../deps.js';
import type { RegisterCommand } from './index.js';
export declare function runDown(deps: Deps, cwd: string, flags?: {
    confine?: boolean;
}): Promise<number>;
export declare const registerDown: RegisterCommand;
