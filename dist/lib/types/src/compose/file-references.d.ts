import { type Pair } from 'yaml';
import { type ComposeSource, type Position } from './compose-source.js';
/** A file Compose reads because a compose file names it, and where it is named. */
export interface FileReference {
    kind: 'include' | 'extends' | 'env_file';
    /** Absolute path, resolved as Compose resolves it (symlinks not followed). */
    target: string;
    at: Position;
    /** The service whose definition names it (extends, env_file). */
    service?: string;
}
/** The files an `include:` names (`- a.yaml`, `- path: [a, b]`, `env_file:`), each where it is written. */
export declare function includedFiles(source: ComposeSource, include: Pair | undefined): FileReference[];
/** The entries of a service's `env_file:` (a path, a list of paths, or `- path: …` entries). */
export declare function envEntries(source: ComposeSource, pair: Pair | undefined): Array<{
    path: string;
    at: Position;
}>;
