import path from 'node:path';

// Compose's own error messages may quote interpolated values ("invalid hostPort: s3cr3t"). Before
// such a message reaches a log, an annotation or the summary, the values of the variables the
// compose files reference are blanked out, wherever they came from: the environment, --env-file
// files, or the project's .env.

const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** Shorter values ("1", "db", "yes") are too common to be secrets and would blank out words. */
const MIN_SECRET_LENGTH = 4;

/** Names of the variables a compose file's text interpolates (`$NAME`, `${NAME}`, `${NAME:-x}`). */
export function referencedVariables(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(REFERENCE)) names.add(match[1]!);
  return names;
}

/** KEY=VALUE lines of an env file (quotes stripped, comments and blank lines skipped). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    values[match[1]!] = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/** The message with every value of a referenced variable (from any source) replaced by ***. */
export function redactValues(message: string, names: Set<string>, sources: Array<Record<string, string | undefined>>): string {
  const values = new Set<string>();
  for (const source of sources) {
    for (const name of names) {
      const value = source[name];
      if (value !== undefined && value.length >= MIN_SECRET_LENGTH) values.add(value);
    }
  }
  let redacted = message;
  // Longest first, so a value containing another is blanked whole.
  for (const value of [...values].sort((a, b) => b.length - a.length)) redacted = redacted.split(value).join('***');
  return redacted;
}

/** The env files Compose reads for a stack: the given ones, else the project directory's .env. */
export function envFilePaths(workingDirectory: string, envFiles: string[]): string[] {
  return envFiles.length > 0 ? envFiles.map((file) => path.resolve(workingDirectory, file)) : [path.join(workingDirectory, '.env')];
}
