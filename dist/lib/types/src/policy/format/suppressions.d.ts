import { type Cell } from '../../core/markdown.js';
import type { SuppressedFinding } from '../evaluate.js';
/** Rows shown per table; report.json and SARIF keep every one. */
export declare const SUPPRESSION_ROWS = 50;
/** Who suppressed it, as a table cell: the file (a pull request's path) escaped, our words not. */
export declare function suppressionOrigin(entry: SuppressedFinding): Cell;
/** Markdown for the suppressions (empty when there are none). */
export declare function suppressionsMarkdown(suppressed: SuppressedFinding[]): string;
