import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of each module on disk and reuses it while the file is
// unchanged: a bundle's second start skips most of its compilation. Node 20 has no such cache
// (nothing happens). NODE_COMPILE_CACHE, when the user sets it, wins over our directory, and
// NODE_DISABLE_COMPILE_CACHE turns it off; a directory that cannot be written is no error.

/** Turns the module compile cache on for what this process imports from now on. */
export function enableCompileCache(directory?: string): void {
  const { enableCompileCache: enable } = module as { enableCompileCache?: (directory?: string) => unknown };
  if (!enable) return;
  try {
    enable(process.env.NODE_COMPILE_CACHE ? undefined : directory);
  } catch {
    // An optimisation only: documented not to throw, and a start-up never fails for it.
  }
}

/**
 * Where the action's two steps keep it: the job's RUNNER_TEMP, which the runner empties after
 * the job. Main and post load one shared bundle (dist/action), so post starts from the code main
 * compiled; undefined outside a runner (node's default, under the OS's temp directory).
 */
export function actionCompileCache(env: NodeJS.ProcessEnv): string | undefined {
  return env.RUNNER_TEMP ? `${env.RUNNER_TEMP}/docker-stability/compile-cache` : undefined;
}
