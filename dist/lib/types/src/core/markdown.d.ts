export declare function escapeCell(text: string): string;
export declare function table(headers: string[], rows: Array<Array<string | number>>, align?: Array<'left' | 'right'>): string;
/** A fenced block whose fence is longer than any backtick run inside (log lines may hold ```). */
export declare function codeBlock(text: string, language?: string): string;
export declare function details(summary: string, body: string): string;
export declare function escapeHtml(text: string): string;
