// Sizes and durations as users write them in inputs, CLI flags and compose files.
// Hand-written rather than a library: Docker's own grammar (go-units: "512m", "6g", "1.5GiB")
// and Go's duration grammar ("1m30s", "500ms") are what users copy from compose files, and
// the npm parsers we looked at (bytes, ms) accept neither "6GiB" nor "1m30s" exactly.

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  tib: 1024 ** 4,
};

/** The largest size or duration we accept: beyond it numbers stop being exact in a double. */
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

// No space between the number and the unit: Docker's go-units accepts one ("512 MB") and reads
// MB as MiB, which surprises whoever meant a million bytes. A size in an input is written as in a
// compose file (`512m`, `6GiB`), so a space is refused rather than guessed at. Compose files
// themselves never reach this parser unnormalised: `docker compose config` prints byte counts.
const SIZE_PATTERN = /^(\d+(?:\.\d+)?)([a-z]*)$/i;

/** Bytes of a Docker-style size ("512m", "6g", "6GiB", "1.5g", "1048576"), or an error text. */
export function parseSize(text: string): number | { error: string } {
  const trimmed = text.trim();
  const match = SIZE_PATTERN.exec(trimmed);
  const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    const spaced = /^\d+(?:\.\d+)?\s+[a-z]+$/i.test(trimmed);
    return {
      error: spaced
        ? `'${text}' is not a size: write the unit right after the number, like ${trimmed.replace(/\s+/, '')} (b, k, m, g, t, optionally with iB or B; all binary)`
        : `'${text}' is not a size; use a number with an optional unit, like 512m, 6g or 6GiB`,
    };
  }
  const bytes = Math.round(Number(match[1]) * unit);
  if (!Number.isFinite(bytes) || bytes > MAX_EXACT) {
    return { error: `'${text}' is too large to be a size` };
  }
  return bytes;
}

const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;

/**
 * Milliseconds of a Go-style duration ("1m30s", "500ms", "2h") as Compose prints them.
 * A bare integer counts as seconds, as `docker compose up --wait-timeout 60` does.
 */
export function parseDuration(text: string): number | { error: string } {
  const trimmed = text.trim();
  const bad = {
    error: `'${text}' is not a duration; use a number with a unit, like 90s, 1m30s, 500ms or 2h (a bare number means seconds)`,
  };
  if (/^\d+$/.test(trimmed)) return checkedDuration(Number(trimmed) * 1000, text);
  if (trimmed === '') return bad;
  let total = 0;
  DURATION_PART.lastIndex = 0;
  let consumed = 0;
  for (let part = DURATION_PART.exec(trimmed); part; part = DURATION_PART.exec(trimmed)) {
    total += Number(part[1]) * DURATION_UNITS[part[2]!]!;
    consumed = DURATION_PART.lastIndex;
  }
  if (consumed !== trimmed.length) return bad;
  return checkedDuration(total, text);
}

function checkedDuration(ms: number, text: string): number | { error: string } {
  if (!Number.isFinite(ms) || ms > MAX_EXACT) return { error: `'${text}' is too long to be a duration` };
  return Math.round(ms);
}

/** A share of something ("75%"), as a fraction in (0, 1]. */
export function parsePercent(text: string): number | { error: string } {
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
  const value = match ? Number(match[1]) : NaN;
  if (!match || !(value > 0 && value <= 100)) {
    return { error: `'${text}' is not a percentage between 0% and 100%` };
  }
  return value / 100;
}

const BYTE_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** "512 MiB", "1.5 GiB": binary units, as `docker stats` prints them. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let step = 0;
  while (Math.abs(value) >= 1024 && step < BYTE_STEPS.length - 1) {
    value /= 1024;
    step += 1;
  }
  const digits = step === 0 || Number.isInteger(value) ? 0 : value < 10 ? 2 : 1;
  const number = digits ? value.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '') : value.toFixed(0);
  return `${number} ${BYTE_STEPS[step]}`;
}

/** "850 ms", "12.4 s", "3m 05s", "2h 10m": short and readable in a table. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const wholeSeconds = Math.round(seconds);
  const minutes = Math.floor(wholeSeconds / 60);
  if (minutes < 60) return `${minutes}m ${String(wholeSeconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
