import type { Leftovers } from '../cleanup/leftovers.js';
import type { CheckResult } from '../preflight/checks.js';
import type { ServiceDiagnosis } from '../stack/diagnose.js';

/**
 * Everything one run learned, gathered by main and post and rendered by the summary.
 * Main writes its part to a file in the run directory; post adds its own and renders it all.
 */
export interface RunReport {
  projectName: string;
  startedAtMs: number;
  preflight: CheckResult[];
  start?: {
    ok: boolean;
    durationMs: number;
    reason?: 'failed' | 'timeout' | 'interrupted';
    composeTail: string[];
    failing: ServiceDiagnosis[];
  };
  /** Set when main itself failed before or outside the start (bad input, daemon down). */
  mainError?: string;
  teardown?: {
    durationMs: number;
    problems: string[];
    leftovers?: Leftovers;
    skipped?: string;
  };
}

export function emptyReport(projectName: string, startedAtMs: number): RunReport {
  return { projectName, startedAtMs, preflight: [] };
}
