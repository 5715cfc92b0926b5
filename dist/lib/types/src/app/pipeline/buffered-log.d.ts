import type { Annotation, Log } from '../../ports/runtime.js';
export declare class BufferedLog implements Log {
    private readonly entries;
    private target;
    debug(message: string): void;
    info(message: string): void;
    output(text: string | readonly string[]): void;
    notice(message: string, annotation?: Annotation): void;
    warning(message: string, annotation?: Annotation): void;
    error(message: string, annotation?: Annotation): void;
    group<T>(name: string, fn: () => Promise<T>): Promise<T>;
    /** Writes everything buffered into `log` (nested groups flattened into headed lines). */
    replay(log: Log): void;
}
