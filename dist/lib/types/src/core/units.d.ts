/** Bytes of a Docker-style size ("512m", "6g", "6GiB", "1.5g", "1048576"), or an error text. */
export declare function parseSize(text: string): number | {
    error: string;
};
/**
 * Milliseconds of a Go-style duration ("1m30s", "500ms", "2h") as Compose prints them.
 * A bare integer counts as seconds, as `docker compose up --wait-timeout 60` does.
 */
export declare function parseDuration(text: string): number | {
    error: string;
};
/** A share of something ("75%"), as a fraction in (0, 1]. */
export declare function parsePercent(text: string): number | {
    error: string;
};
/** "512 MiB", "1.5 GiB": binary units, as `docker stats` prints them. */
export declare function formatBytes(bytes: number): string;
/** "850 ms", "12.4 s", "3m 05s", "2h 10m": short and readable in a table. */
export declare function formatDuration(ms: number): string;
