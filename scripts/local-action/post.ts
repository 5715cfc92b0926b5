// The action's post step for @github/local-action (`--post`); see main.ts beside this file.
export { post as run } from '../../src/app/post.js';
