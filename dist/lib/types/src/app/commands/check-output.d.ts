import { type AcceptedFindings } from '../../policy/accepted-findings.js';
import type { SuppressedFinding } from '../../policy/evaluate.js';
import type { Finding } from '../../policy/finding.js';
import { type ReportFormat } from '../../policy/format/report.js';
import type { CheckDeps, CheckFlags } from './check.js';
/**
 * json and sarif always leave a document where the report would have gone (stdout or
 * --output): a consumer that parses it learns the check failed instead of reading nothing.
 */
export declare function emitFailureDocument(flags: Pick<CheckFlags, 'output'>, deps: Pick<CheckDeps, 'cwd' | 'io' | 'stdout'>, format: ReportFormat, message: string, exitCode: number): void;
/** The accepted-findings file named by --baseline, parsed; a missing or bad one is exit 2. */
export declare function readAcceptedFindings(file: string, deps: CheckDeps): AcceptedFindings;
/**
 * Prints or writes the report in the chosen format, with the accepted-findings file applied (or
 * first written, with --write-baseline); the exit code says whether errors remain.
 */
export declare function reportFindings(flags: CheckFlags, deps: CheckDeps, format: ReportFormat, findings: Finding[], accepted: AcceptedFindings | undefined, suppressed?: SuppressedFinding[]): number;
/** `--format json` / `--format=sarif` among raw arguments, when it names a format. */
export declare function formatAmong(args: readonly string[]): ReportFormat | undefined;
export declare function valueOf(args: readonly string[], flag: string): string | undefined;
