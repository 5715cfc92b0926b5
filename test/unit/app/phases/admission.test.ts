import { describe, expect, test } from 'vitest';
import { admitStack, AdmissionError } from '../../../../src/app/phases/admission.js';
import { probeEngine } from '../../../../src/preflight/daemon.js';
import { acquireLease } from '../../../../src/lease/acquire.js';
import { releaseLease } from '../../../../src/lease/lifecycle.js';
import { processDeps } from '../../lease/fakes.js';
import { settingsOf, type World } from '../pipeline-support.js';
import { HEALTHY_MODEL, world } from '../world.js';

// Admission as the pipeline calls it: the budget resolved from the daemon's memory, the request
// from the model, who we wait for said in the log, and each way it ends as a report section.

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

async function admit(w: World, signal = new AbortController().signal) {
  const lines: string[] = [];
  const log = { ...w.deps.runtime, info: (line: string) => void lines.push(line) };
  const daemon = await probeEngine(w.docker, () => w.clock.now());
  const admission = admitStack(w.deps, log, settingsOf(w), HEALTHY_MODEL, daemon, { signal, namespace: 'default' });
  return { admission, lines };
}

async function holder(w: World, group: string) {
  return acquireLease(processDeps(w.docker, w.clock, w.host, 300), { project: 'other', groups: [group], ports: [], memoryBytes: 2 * GiB }, {
    namespace: 'default',
    budgetBytes: 6 * GiB,
    timeoutMs: 0,
    ttlMs: 3_600_000,
    who: { runner: 'alice@laptop' },
  });
}

describe('admitStack', () => {
  test('uncontended: admitted at once, the budget as a share of the daemon\'s memory, leases\' use said', async () => {
    const w = world();
    const { admission, lines } = await admit(w);
    const { lease, section } = await admission;
    expect(section).toEqual({ outcome: 'admitted', waitedMs: 0, waitedFor: [], budgetBytes: 6 * GiB, usedBytes: 320 * MiB, ownBytes: 320 * MiB });
    expect(lease.record.request).toEqual({ project: 'p', groups: [], ports: [], memoryBytes: 320 * MiB });
    expect(lines).toEqual([`Admitted after 0 ms (lease ${lease.handle.id}; leases hold 320 MiB of the 6 GiB budget).`]);
  });

  test('behind another job: says whom it waits for, then is admitted once that lease is released', async () => {
    const w = world({ inputs: { 'lock-group': 'it' } });
    const other = await holder(w, 'it');
    const { admission, lines } = await admit(w);
    // Once it has said whom it waits for, the other job ends.
    while (lines.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await releaseLease({ docker: w.docker }, other.handle);
    const { section } = await admission;
    expect(lines[0]).toMatch(/^Waiting 0 ms for admission, #1 in line: alice@laptop \(pid 300\) for project other holds group it since 2026-11-27 10:00:00 UTC \(0 ms\)$/);
    expect(section.outcome).toBe('admitted');
    expect(section.waitedFor).toEqual(['alice@laptop (pid 300) for project other: group it']);
    // The budget counts what the other job held while we waited; once it left, only ours.
    expect(section.usedBytes).toBe(320 * MiB);
  });

  test('an abort while waiting is not an admission failure of its own: the abort goes up as it is', async () => {
    const w = world({ inputs: { 'lock-group': 'it' } });
    await holder(w, 'it');
    const abort = new AbortController();
    const { admission, lines } = await admit(w, abort.signal);
    while (lines.length === 0) await new Promise((resolve) => setImmediate(resolve));
    abort.abort();
    const error = await admission.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(AdmissionError);
    expect((error as Error).name).toBe('LeaseAbortedError');
  });

  test('a daemon that refuses the ticket: its error, not an admission verdict', async () => {
    const w = world();
    w.docker.createContainer = async () => {
      throw new Error('no space left on device');
    };
    const { admission } = await admit(w);
    await expect(admission).rejects.toThrow(/^no space left on device$/);
  });
});
