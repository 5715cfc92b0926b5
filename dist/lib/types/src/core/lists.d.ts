/** Splits a list input: one item per line or comma-separated, blanks and `#` comments ignored. */
export declare function splitList(raw: string): string[];
