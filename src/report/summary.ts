import { leftoverCount } from '../cleanup/leftovers.js';
import { formatDuration } from '../settings/units.js';
import { describeFailure } from '../stack/diagnose.js';
import { codeBlock, details, table } from './markdown.js';
import type { RunReport } from './run-report.js';

export type Verdict = 'clean' | 'warnings' | 'failed';

/** The verdict and the reasons behind it, most serious first. */
export function verdictOf(report: RunReport): { verdict: Verdict; reasons: string[] } {
  const failures: string[] = [];
  const warnings: string[] = [];
  if (report.mainError) failures.push(report.mainError.split('\n')[0]!);
  for (const check of report.preflight) {
    if (check.status === 'fail') failures.push(`preflight: ${check.title}`);
    if (check.status === 'warn') warnings.push(`preflight: ${check.title}`);
  }
  if (report.start && !report.start.ok) {
    const services = report.start.failing.map((diagnosis) => diagnosis.service);
    failures.push(`the stack did not become healthy${services.length ? ` (${services.join(', ')})` : ''}`);
  }
  const left = report.teardown?.leftovers ? leftoverCount(report.teardown.leftovers) : 0;
  if (left > 0) failures.push(`${left} resources left after cleanup`);
  if (report.teardown?.problems.length) warnings.push(`${report.teardown.problems.length} cleanup problems`);
  if (failures.length > 0) return { verdict: 'failed', reasons: [...failures, ...warnings] };
  if (warnings.length > 0) return { verdict: 'warnings', reasons: warnings };
  return { verdict: 'clean', reasons: [] };
}

const VERDICT_LINE: Record<Verdict, string> = {
  clean: '✅ **Clean**',
  warnings: '⚠️ **Warnings**',
  failed: '❌ **Failed**',
};

/** The job summary: verdict first, then what was checked, started and cleaned. */
export function renderSummary(report: RunReport): string {
  const { verdict, reasons } = verdictOf(report);
  const sections: string[] = [
    `## Docker stack \`${report.projectName}\``,
    `${VERDICT_LINE[verdict]}${reasons.length ? ` — ${reasons.join('; ')}` : ' — the stack started, ran and left nothing behind.'}`,
  ];

  const start = report.start;
  const leftovers = report.teardown?.leftovers;
  sections.push(
    table(
      ['Metric', 'Value'],
      [
        ['Start-up', start ? `${formatDuration(start.durationMs)}${start.ok ? '' : ` (${start.reason})`}` : 'not started'],
        ['Teardown', report.teardown ? formatDuration(report.teardown.durationMs) : 'not run'],
        ['Left after cleanup', leftovers ? String(leftoverCount(leftovers)) : 'not counted'],
      ],
    ),
  );

  if (report.preflight.length > 0) {
    sections.push(
      '### Preflight',
      table(
        ['Check', 'Result', 'Detail'],
        report.preflight.map((check) => [check.title, check.status, check.detail]),
      ),
    );
  }

  if (start && !start.ok) {
    sections.push('### Why the stack did not start');
    for (const diagnosis of start.failing) {
      const health = diagnosis.healthLog.map((entry) => `exit ${entry.exitCode}: ${entry.output}`).join('\n');
      sections.push(
        `- ${describeFailure(diagnosis)}`,
        details(
          `${diagnosis.service}: health checks and last ${diagnosis.logTail.length} log lines`,
          [health ? `Health checks:\n\n${codeBlock(health)}` : '', `Log:\n\n${codeBlock(diagnosis.logTail.join('\n') || '(empty)')}`]
            .filter(Boolean)
            .join('\n\n'),
        ),
      );
    }
    if (start.failing.length === 0 && start.composeTail.length > 0) {
      sections.push(details('docker compose output', codeBlock(start.composeTail.join('\n'))));
    }
  }

  if (leftovers && leftoverCount(leftovers) > 0) {
    sections.push(
      '### Left behind',
      table(
        ['Kind', 'Names'],
        (['containers', 'networks', 'volumes'] as const)
          .filter((kind) => leftovers[kind].length > 0)
          .map((kind) => [kind, leftovers[kind].join(', ')]),
      ),
    );
  }
  if (report.teardown?.problems.length) {
    sections.push('### Cleanup problems', report.teardown.problems.map((problem) => `- ${problem}`).join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
