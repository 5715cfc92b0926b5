import { parseSize } from '../core/units.js';

// Pure parsers for the policy's action inputs and CLI flags, in the style of src/settings: each
// returns the value or an error text naming what is accepted. The integrator adds the input
// name in front ("policy: …").

export type PolicyMode = 'error' | 'warn' | 'off';

/** `policy`: error (fail the step on error findings, the default), warn, or off. */
export function parsePolicyMode(raw: string): PolicyMode | { error: string } {
  const value = raw.trim().toLowerCase() || 'error';
  return value === 'error' || value === 'warn' || value === 'off'
    ? value
    : { error: `'${raw}' is not a policy mode; use error (fail on error findings), warn or off` };
}

/** Docker refuses memory limits below 6 MiB. */
const MIN_MEMORY_LIMIT = 6 * 1024 * 1024;

/** `default-memory-limit`: empty for none, else a size of at least 6 MiB. */
export function parseDefaultMemoryLimit(raw: string): number | undefined | { error: string } {
  if (raw.trim() === '') return undefined;
  const bytes = parseSize(raw);
  if (typeof bytes !== 'number') return bytes;
  if (bytes < MIN_MEMORY_LIMIT) return { error: `'${raw}' is below Docker's minimum memory limit of 6 MiB; use e.g. 512m or 1g` };
  return bytes;
}

/** `default-cpu-limit`: empty for none, else a positive number of CPUs ("1", "0.5"). */
export function parseDefaultCpuLimit(raw: string): number | undefined | { error: string } {
  const text = raw.trim();
  if (text === '') return undefined;
  const cpus = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(cpus > 0 && cpus <= 1024)) return { error: `'${raw}' is not a CPU count; use a positive number like 1 or 0.5` };
  return cpus;
}

/** `sarif-file` / `--output`: empty for none, else a relative or absolute path to a file. */
export function parseSarifFile(raw: string): string | undefined | { error: string } {
  const text = raw.trim();
  if (text === '') return undefined;
  if (text.endsWith('/') || text.includes('\n')) return { error: `'${raw}' is not a file path` };
  return text;
}
