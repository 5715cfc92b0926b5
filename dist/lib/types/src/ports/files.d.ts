/** What the settings parser may ask of the file system. */
export interface FileProbe {
    isFile(absolutePath: string): boolean;
    isDirectory(absolutePath: string): boolean;
    /** The path with symlinks resolved, or the path itself when it does not exist. */
    realPath(absolutePath: string): string;
}
/** Reading and writing the run's own files (state files, reports, override, samples). */
export interface Files extends FileProbe {
    /** The file's text, or undefined when it does not exist or cannot be read. */
    readText(absolutePath: string): string | undefined;
    /** The last `bytes` of a file ('' when it does not exist). */
    readTail(absolutePath: string, bytes: number): string;
    /** `noFollow`: refuse to write through a symbolic link (the error's code is ELOOP). */
    writeText(absolutePath: string, text: string, options?: {
        noFollow?: boolean;
    }): void;
    /** Written to a temporary file and renamed, so a reader (or a killed writer) never sees half. */
    writeAtomic(absolutePath: string, text: string): void;
    /** Creates the directory and its parents; returns it. */
    makeDirectory(absolutePath: string): string;
    /** Names in a directory, or undefined when it is not one. */
    list(absolutePath: string): string[] | undefined;
    /** A new private directory under the system's temporary directory. */
    temporaryDirectory(prefix: string): string;
    /** Removes a file or a directory tree; never throws. */
    remove(absolutePath: string): void;
}
