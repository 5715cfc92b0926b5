// The library bundle (dist/lib): the public API of src/index.ts.
export * from '../index.js';
