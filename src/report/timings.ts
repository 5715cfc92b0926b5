import { formatDuration } from '../core/units.js';
import type { PhaseTiming, RunReport } from './run-report.js';

// "Where the job's time went": the segments of main and post in one line each, so a user (and
// the benchmarks, which read the same report.json) see what the action cost besides the stack.

function segments(timings: PhaseTiming[]): string {
  return timings
    .filter((timing) => timing.ms > 0 || timing.parts)
    .map((timing) => {
      const parts = timing.parts ? Object.entries(timing.parts).sort((a, b) => b[1] - a[1]).slice(0, 3) : [];
      return `${timing.phase} ${formatDuration(timing.ms)}${parts.length ? ` (${parts.map(([name, ms]) => `${name} ${formatDuration(ms)}`).join(', ')} side by side)` : ''}`;
    })
    .join(' · ');
}

export function timingsLine(report: RunReport): string | undefined {
  const timings = report.timings;
  if (!timings || timings.start.length === 0) return undefined;
  const total = (list: PhaseTiming[]): string => formatDuration(list.reduce((sum, timing) => sum + timing.ms, 0));
  return [
    `Where the job's time went — main ${total(timings.start)}: ${segments(timings.start)}.`,
    ...(timings.finish?.length ? [`Post ${total(timings.finish)}: ${segments(timings.finish)}.`] : []),
  ].join('  \n');
}
