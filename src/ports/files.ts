// The file system as settings see it: one real implementation (src/adapters/file-probe.ts).

/** What the settings parser may ask of the file system; one real implementation, fakes in tests. */
export interface FileProbe {
  isFile(absolutePath: string): boolean;
  isDirectory(absolutePath: string): boolean;
  /** The path with symlinks resolved, or the path itself when it does not exist. */
  realPath(absolutePath: string): string;
}
