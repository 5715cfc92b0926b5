// Whether a process still runs, for tests that kill, stop or outlive one.
import { readFileSync } from 'node:fs';
import { endedFromStat } from '../../src/adapters/host-probe.js';

/**
 * Signal 0 checks that the process exists (and may be signalled) without touching it; a zombie
 * exists too, so its /proc state is read as well. A killed detached process (a lease keeper, a
 * monitor) is reparented to PID 1 and stays a zombie until PID 1 reaps it: under a PID 1 that
 * does not (a shell in a container or a fresh root's PID namespace) that is forever.
 */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !endedFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
