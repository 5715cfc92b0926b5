// Waiting in tests: for what a running step or command prints, to act at a precise point of its
// work (interrupt it, kill it, freeze the daemon under it), or for a condition to hold.
import type { ChildProcess } from 'node:child_process';

/** Resolves once the process has printed (stdout or stderr) text matching the pattern. */
export function printed(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (pattern.test(seen)) finish();
    };
    const onClose = (): void => {
      cleanup();
      reject(new Error(`ended before it printed ${pattern}: ${seen.slice(-2000)}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`never printed ${pattern} within ${timeoutMs} ms: ${seen.slice(-2000)}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('close', onClose);
    };
    const finish = (): void => {
      cleanup();
      resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('close', onClose);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls the condition every 250 ms; fails when it does not hold within the timeout. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(250);
  }
}
