import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import type { RunnerJob } from './runner.js';

/**
 * Empties each job's RUNNER_TEMP after its test, as the runner does when a job ends: a monitor
 * that a failed test never stopped (post did not run) sees its run directory gone and ends
 * itself instead of sampling on for hours.
 */
export function emptyRunnerTempAfterEach(): (job: RunnerJob) => RunnerJob {
  const jobs: RunnerJob[] = [];
  afterEach(() => {
    for (const job of jobs.splice(0)) rmSync(job.runnerTemp, { recursive: true, force: true });
  });
  return (job) => {
    jobs.push(job);
    return job;
  };
}
