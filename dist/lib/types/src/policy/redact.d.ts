/** Names of the variables a compose file's text interpolates (`$NAME`, `${NAME}`, `${NAME:-x}`). */
export declare function referencedVariables(texts: string[]): Set<string>;
/** KEY=VALUE lines of an env file (quotes stripped, comments and blank lines skipped). */
export declare function parseEnvFile(text: string): Record<string, string>;
/** The message with every value of a referenced variable (from any source) replaced by ***. */
export declare function redactValues(message: string, names: Set<string>, sources: Array<Record<string, string | undefined>>): string;
/** The env files Compose reads for a stack: the given ones, else the project directory's .env. */
export declare function envFilePaths(workingDirectory: string, envFiles: string[]): string[];
