import path from 'node:path';

// Where a path really leads, for judging it against a root (the workspace, RUNNER_TEMP) or a
// protected host directory. A pull request controls the files of the workspace, symlinks
// included, so a path is judged after its links are followed — as far as it exists, because a
// file about to be written (a SARIF report) or a bind source Docker will create does not exist
// yet, while a linked directory above it does.

/** Follows symlinks: the real path, or the path itself when it cannot be resolved (missing). */
export type RealPath = (absolutePath: string) => string;

/**
 * The path with the symlinks of its longest existing prefix followed and the rest appended:
 * `/ws/link/new.sarif` with `/ws/link → /etc` is `/etc/new.sarif`. `realPath` answers the path
 * itself for a missing path (and for an existing one without links), so the walk goes up until
 * a prefix resolves elsewhere or the root is reached; a path without links comes back unchanged.
 */
export function resolveExisting(absolutePath: string, realPath: RealPath): string {
  const normalized = path.resolve(absolutePath);
  const rest: string[] = [];
  for (let current = normalized; ; current = path.dirname(current)) {
    const real = realPath(current);
    if (real !== current) return path.join(real, ...rest.reverse());
    const parent = path.dirname(current);
    if (parent === current) return normalized;
    rest.push(path.basename(current));
  }
}

/** True when `candidate` is `root` or lies below it (both absolute, already resolved). */
export function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** A value for an error message: short values whole, long ones cut with their length named. */
export function shortText(value: string, max = 80): string {
  const oneLine = Array.from(value, (char) => (isControl(char) ? '?' : char)).join('');
  return oneLine.length <= max ? `'${oneLine}'` : `'${oneLine.slice(0, max)}…' (${value.length} characters)`;
}

/** A C0 control character or DEL: never shown, never part of a name or a path. */
export function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
