import type { postStep as PostStep } from '../app/action/steps.js';
import { actionCompileCache, enableCompileCache } from '../adapters/compile-cache.js';

enableCompileCache(actionCompileCache(process.env));
// The shared bundle beside this one (dist/action/index.js), the one main loaded and compiled;
// see main.ts.
const shared = '../action/index.js';
const { postStep } = (await import(/* webpackIgnore: true */ shared)) as { postStep: typeof PostStep };
// performance.now() counts from the process's start: node's own start-up, for the timings.
await postStep(process.env, performance.now());
