// The action's code, one bundle (dist/action) that both steps load: dist/main and dist/post are
// a few lines each (src/entry/main.ts, post.ts), so the runner's checkout holds the code once
// and post starts from the compile cache main wrote (node 22+).
export { mainStep, postStep } from '../app/action/steps.js';
