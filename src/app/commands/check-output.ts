import path from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { errorMessage } from '../../core/errors.js';
import { acceptedFindingsDocument, describeOutcome, parseAcceptedFindings, type AcceptedFindings } from '../../policy/accepted-findings.js';
import type { SuppressedFinding } from '../../policy/evaluate.js';
import type { Finding } from '../../policy/finding.js';
import { textWidth } from '../../policy/format/grouped.js';
import { renderPolicyFailure, renderPolicyReport, REPORT_FORMATS, type ReportFormat } from '../../policy/format/report.js';
import { formatCounts } from '../../policy/format/text.js';
import type { CheckDeps, CheckFlags } from './check.js';
import { EXIT, ExitError } from './exit.js';

// What `check` prints or writes: the report in its format with the accepted-findings file
// applied (or first written), and a document even when the check could not run.

/**
 * json and sarif always leave a document where the report would have gone (stdout or
 * --output): a consumer that parses it learns the check failed instead of reading nothing.
 */
export function emitFailureDocument(flags: Pick<CheckFlags, 'output'>, deps: Pick<CheckDeps, 'cwd' | 'io' | 'stdout'>, format: ReportFormat, message: string, exitCode: number): void {
  const document = renderPolicyFailure(format, message, exitCode, packageJson.version);
  if (document === undefined) return;
  if (!flags.output) return deps.stdout(document);
  try {
    deps.io.writeText(path.resolve(deps.cwd, flags.output), document);
  } catch {
    deps.stdout(document);
  }
}

/** The accepted-findings file named by --baseline, parsed; a missing or bad one is exit 2. */
export function readAcceptedFindings(file: string, deps: CheckDeps): AcceptedFindings {
  let text: string;
  try {
    text = deps.io.readText(path.resolve(deps.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExitError(EXIT.usage, `--baseline: '${file}' ${code === 'ENOENT' ? `does not exist; write it with --write-baseline ${file}` : `cannot be read (${code ?? errorMessage(error)})`}`);
  }
  return parseAcceptedFindings(text, file);
}

/**
 * Prints or writes the report in the chosen format, with the accepted-findings file applied (or
 * first written, with --write-baseline); the exit code says whether errors remain.
 */
export function reportFindings(flags: CheckFlags, deps: CheckDeps, format: ReportFormat, findings: Finding[], accepted: AcceptedFindings | undefined, suppressed: SuppressedFinding[] = []): number {
  let baseline = flags.baseline && accepted ? { file: flags.baseline, accepted } : undefined;
  if (flags.writeBaseline) {
    const text = acceptedFindingsDocument(findings);
    try {
      deps.io.writeText(path.resolve(deps.cwd, flags.writeBaseline), text);
    } catch (error) {
      throw new ExitError(EXIT.usage, `--write-baseline: '${flags.writeBaseline}' cannot be written (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
    }
    baseline = { file: flags.writeBaseline, accepted: parseAcceptedFindings(text, flags.writeBaseline) };
    deps.stderr(`${findings.length} finding${findings.length === 1 ? '' : 's'} recorded in ${flags.writeBaseline}; commit it and check with --baseline ${flags.writeBaseline}.\n`);
  }
  const report = renderPolicyReport(findings, {
    format,
    verbose: flags.verbose,
    width: textWidth(deps.columns),
    toolVersion: packageJson.version,
    baseline,
    suppressed,
  });
  if (report.outcome && baseline && (format !== 'text' || flags.output)) deps.stderr(`${describeOutcome(report.outcome, baseline.file)}\n`);
  if (flags.output) {
    deps.io.writeText(path.resolve(deps.cwd, flags.output), report.text);
    deps.stderr(`${formatCounts(report.counts)}; ${format} report written to ${flags.output}\n`);
  } else {
    deps.stdout(report.text);
  }
  return report.counts.error > 0 ? EXIT.failed : EXIT.ok;
}

/** `--format json` / `--format=sarif` among raw arguments, when it names a format. */
export function formatAmong(args: readonly string[]): ReportFormat | undefined {
  const value = valueOf(args, '--format');
  return (REPORT_FORMATS as readonly string[]).includes(value ?? '') ? (value as ReportFormat) : undefined;
}

export function valueOf(args: readonly string[], flag: string): string | undefined {
  for (let index = args.length - 1; index >= 0; index -= 1) {
    const arg = args[index]!;
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    if (arg === flag && index + 1 < args.length) return args[index + 1];
  }
  return undefined;
}
