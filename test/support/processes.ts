// Whether a process still runs, for tests that kill, stop or outlive one.

/** Signal 0 checks that the process exists (and may be signalled) without touching it. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
