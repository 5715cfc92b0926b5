// List inputs as users write them in workflows and flags.

/** Splits a list input: one item per line or comma-separated, blanks and `#` comments ignored. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}
