import type { mainStep as MainStep } from '../app/action/steps.js';
import { actionCompileCache, enableCompileCache } from '../adapters/compile-cache.js';

enableCompileCache(actionCompileCache(process.env));
// The shared bundle beside this one (dist/action/index.js), loaded as it is: the specifier is a
// variable and webpackIgnore'd so ncc leaves it to node rather than bundling it a second time.
const shared = '../action/index.js';
const { mainStep } = (await import(/* webpackIgnore: true */ shared)) as { mainStep: typeof MainStep };
// performance.now() counts from the process's start: node's own start-up, for the timings.
await mainStep(process.env, performance.now());
