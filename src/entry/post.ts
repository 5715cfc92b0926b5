import { post } from '../app/post.js';

await post();
