import { actionsRuntime } from '../../adapters/actions-runtime.js';
import { realDeps } from '../deps.js';
import { runStep } from '../step.js';
import { actionMain } from './main.js';
import { actionPost } from './post.js';

// The action's two steps as the runner starts them (dist/main, dist/post): the real adapters,
// the runner's cancellation as an AbortSignal, anything thrown turned into a failed step.

export async function mainStep(env: NodeJS.ProcessEnv, bootMs: number): Promise<void> {
  const deps = realDeps(env, actionsRuntime(env));
  const interrupt = deps.self.interruptSignal();
  try {
    await runStep(deps.runtime, () => actionMain(deps, interrupt.signal, bootMs));
  } finally {
    interrupt.dispose();
  }
}

export async function postStep(env: NodeJS.ProcessEnv, bootMs: number): Promise<void> {
  const deps = realDeps(env, actionsRuntime(env));
  await runStep(deps.runtime, () => actionPost(deps, bootMs));
}
