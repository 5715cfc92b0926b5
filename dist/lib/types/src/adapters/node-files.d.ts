import type { Files } from '../ports/files.js';
/** The Files port over node:fs. */
export declare const nodeFiles: Files;
export declare function readTextFile(file: string): string | undefined;
/** The last `bytes` of a file ('' when it does not exist): enough to find the monitor's end record. */
export declare function readFileTail(file: string, bytes: number): string;
