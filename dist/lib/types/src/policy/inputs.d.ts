export type PolicyMode = 'error' | 'warn' | 'off';
/** `policy`: error (fail the step on error findings, the default), warn, or off. */
export declare function parsePolicyMode(raw: string): PolicyMode | {
    error: string;
};
/** `default-memory-limit`: empty for none, else a size of at least 6 MiB. */
export declare function parseDefaultMemoryLimit(raw: string): number | undefined | {
    error: string;
};
/** `default-cpu-limit`: empty for none, else a positive number of CPUs ("1", "0.5"). */
export declare function parseDefaultCpuLimit(raw: string): number | undefined | {
    error: string;
};
/** `sarif-file` / `--output`: empty for none, else a relative or absolute path to a file. */
export declare function parseSarifFile(raw: string): string | undefined | {
    error: string;
};
