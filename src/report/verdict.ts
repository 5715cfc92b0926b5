import { leftoverCount } from '../cleanup/leftovers.js';
import { formatDuration } from '../core/units.js';
import { baselineVerdict } from '../baseline/section.js';
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
  failures.push(...(report.failOn?.met ?? []).map((met) => `fail-on ${met}`));

  // What happened while the stack ran, when fail-on did not already make it a failure.
  const met = new Set((report.failOn?.met ?? []).map((line) => line.split(':')[0]));
  for (const service of report.monitor?.services ?? []) {
    if (service.oomKills > 0 && !met.has('oom')) warnings.push(`${service.service} was OOM-killed`);
    if (service.restarts > 0 && !met.has('restart')) warnings.push(`${service.service} restarted ${service.restarts}×`);
    if (service.unhealthy > 0 && !met.has('unhealthy')) warnings.push(`${service.service} turned unhealthy`);
  }
  const gaps = report.monitor?.gaps ?? [];
  if (gaps.length > 0) {
    const away = gaps.reduce((sum, gap) => sum + (gap.toMs - gap.fromMs), 0);
    warnings.push(`the Docker daemon was away ${gaps.length === 1 ? 'once' : `${gaps.length} times`} (${formatDuration(away)} without samples)`);
  }
  if (report.monitorProblems?.length) warnings.push(`monitor: ${report.monitorProblems[0]}`);
  // A registry that needed retries works today and may not tomorrow.
  const retried = (report.pull?.images ?? []).filter((image) => image.outcome === 'pulled' && image.attempts.length > 1);
  if (retried.length) warnings.push(`${retried.map((image) => image.image).join(', ')} pulled only after retries`);

  const policy = report.policy?.findings ?? [];
  const policyErrors = policy.filter((finding) => finding.severity === 'error').length;
  if (policyErrors > 0) warnings.push(`${policyErrors} policy ${policyErrors === 1 ? 'error' : 'errors'}`);
  if (report.lease?.outcome === 'timed-out') failures.push('no lease was granted in time');
  const baseline = report.history?.baseline;
  if (baseline?.recall.status === 'found') {
    const regressions = baselineVerdict(baseline.recall, report, baseline.thresholds).outputs.regressions;
    if (regressions > 0) warnings.push(`${regressions} ${regressions === 1 ? 'regression' : 'regressions'} against the baseline`);
  }

  const left = report.teardown?.leftovers ? leftoverCount(report.teardown.leftovers) : 0;
  if (left > 0) failures.push(`${left} resources left after cleanup`);
  if (report.teardown?.problems.length) warnings.push(`${report.teardown.problems.length} cleanup problems`);
  if (report.cleanup?.left.length) warnings.push(`${report.cleanup.left.length} resources the sweep could not remove`);

  if (failures.length > 0) return { verdict: 'failed', reasons: [...failures, ...warnings] };
  if (warnings.length > 0) return { verdict: 'warnings', reasons: warnings };
  return { verdict: 'clean', reasons: [] };
}
