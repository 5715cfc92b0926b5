import { mainStep } from '../app/action/steps.js';

// performance.now() counts from the process's start: node's own start-up, for the timings.
await mainStep(process.env, performance.now());
