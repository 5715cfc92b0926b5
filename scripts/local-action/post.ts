// The action's post step for @github/local-action (`--post`); see main.ts beside this file.
import { postStep } from '../../src/app/action/steps.js';

export const run = (): Promise<void> => postStep(process.env, performance.now());
