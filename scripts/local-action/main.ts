// The action's main step for GitHub's local runner, @github/local-action (`npm run local-action`).
// It imports an entry point and calls its exported run(); our src/entry/main.ts runs the step
// when imported (the bundle's entry, a top-level await) and exports nothing, so this module
// hands it the step as run() instead. @actions/core is replaced by local-action's stubs here, not
// by the runner's file commands: outputs and state stay in its memory, and post runs in the same
// process.
import { mainStep } from '../../src/app/action/steps.js';

export const run = (): Promise<void> => mainStep(process.env, performance.now());
