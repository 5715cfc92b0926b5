/** Follows symlinks: the real path, or the path itself when it cannot be resolved (missing). */
export type RealPath = (absolutePath: string) => string;
/**
 * The path with the symlinks of its longest existing prefix followed and the rest appended:
 * `/ws/link/new.sarif` with `/ws/link → /etc` is `/etc/new.sarif`. `realPath` answers the path
 * itself for a missing path (and for an existing one without links), so the walk goes up until
 * a prefix resolves elsewhere or the root is reached; a path without links comes back unchanged.
 */
export declare function resolveExisting(absolutePath: string, realPath: RealPath): string;
/** True when `candidate` is `root` or lies below it (both absolute, already resolved). */
export declare function isWithin(root: string, candidate: string): boolean;
/** A value for an error message: short values whole, long ones cut with their length named. */
export declare function shortText(value: string, max?: number): string;
/** A C0 control character or DEL: never shown, never part of a name or a path. */
export declare function isControl(char: string): boolean;
