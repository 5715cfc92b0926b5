import { type ComposeCli } from '../../compose/compose-cli.js';
import type { PolicyIo } from '../../policy/check.js';
import type { RegisterCommand } from './index.js';
export interface CompareDeps {
    compose: ComposeCli;
    io: PolicyIo;
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: (text: string) => void;
}
export declare function runCompare(devFile: string, testFile: string, flags: {
    format: string;
    envFile: string[];
}, deps: CompareDeps): Promise<number>;
export declare const registerCompare: RegisterCommand;
