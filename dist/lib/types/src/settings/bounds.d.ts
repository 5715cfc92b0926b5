import type { FileProbe } from '../ports/files.js';
export declare const MAX_LIST_LENGTH = 8192;
/** Linux's PATH_MAX, less the terminating byte. */
export declare const MAX_PATH_LENGTH = 4095;
/** Linux's NAME_MAX: one segment of a path. */
export declare const MAX_SEGMENT_LENGTH = 255;
export declare const MAX_SCALAR_LENGTH = 256;
/** The longest value an input takes. */
export declare function maxInputLength(name: string): number;
/** What is wrong with an input's raw value before parsing, or undefined. */
export declare function inputBoundProblem(name: string, value: string): string | undefined;
/** A path the file system can be asked about: bounded length and segments. */
export declare function pathProblem(field: string, value: string): string | undefined;
/** A value that would reach an argv, refused when Compose could take it for a flag. */
export declare function flagLikeProblem(field: string, value: string, what: string, instead: string): string | undefined;
/**
 * A file the action writes (the SARIF report): inside the workspace or RUNNER_TEMP once the
 * symlinks of its existing part are followed, so neither the file nor a folder made for it lands
 * anywhere else.
 */
export declare function writablePathProblem(field: string, value: string, roots: string[], probe: FileProbe): string | undefined;
/** A file the action reads (the policy file): inside the workspace, symlinks followed. */
export declare function readablePathProblem(field: string, value: string, workspace: string, probe: FileProbe): string | undefined;
