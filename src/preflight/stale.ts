import type { CheckResult } from './checks.js';

/** A stack left on this daemon by a job that is gone (found by the lease/cleanup work). */
export interface StaleProject {
  project: string;
  /** Why it is considered dead ("owner job 812 ended 3 h ago"). */
  reason: string;
  /** Containers, networks and volumes it still holds. */
  resources: number;
}

/**
 * Where the preflight learns about dead jobs' leftovers on this daemon. Filled in by the
 * lease/cleanup work; until then preflight reports the check as not made.
 */
export type StaleProjectsProbe = () => Promise<StaleProject[]>;

export async function checkStaleProjects(probe: StaleProjectsProbe | undefined): Promise<CheckResult> {
  const base = { id: 'stale-projects', title: 'Leftovers of dead jobs on this daemon' };
  if (!probe) return { ...base, status: 'skip', detail: 'not checked: this version cannot yet tell dead jobs from running ones' };
  try {
    const stale = await probe();
    if (stale.length === 0) return { ...base, status: 'pass', detail: 'none found' };
    const list = stale.map((entry) => `${entry.project} (${entry.resources} resources; ${entry.reason})`).join(', ');
    return { ...base, status: 'warn', detail: `${stale.length} found: ${list}. The cleanup sweep removes them` };
  } catch (error) {
    return { ...base, status: 'warn', detail: `could not be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}
