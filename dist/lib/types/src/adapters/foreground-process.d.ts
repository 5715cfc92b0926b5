import type { ForegroundResult } from '../ports/process.js';
export declare function runForeground(argv: string[], env?: NodeJS.ProcessEnv): Promise<ForegroundResult>;
