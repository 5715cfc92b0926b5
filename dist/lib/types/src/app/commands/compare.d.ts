import { type ComposeCli } from '../../compose/compose-cli.js';
import type { PolicyIo } from '../../policy/check.js';
import type { CliContext } from './index.js';
export interface CompareFlags {
    format: string;
    all?: boolean;
    dev: string[];
    test: string[];
    /** Both sides. */
    profile: string[];
    envFile: string[];
    devProfile: string[];
    testProfile: string[];
    devEnvFile: string[];
    testEnvFile: string[];
}
export interface CompareDeps {
    compose: ComposeCli;
    io: PolicyIo;
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: (text: string) => void;
}
interface Side {
    files: string[];
    profiles: string[];
    envFiles: string[];
}
/** The two sides the flags describe: two positional files, or --dev/--test lists (not both). */
export declare function sidesFromFlags(positional: string[], flags: CompareFlags): {
    dev: Side;
    test: Side;
};
export declare function runCompare(positional: string[], flags: CompareFlags, deps: CompareDeps): Promise<number>;
/** `docker-stability compare` as the registry calls it. */
export declare function compareAction(files: string[], flags: CompareFlags, context: CliContext): Promise<number>;
export {};
