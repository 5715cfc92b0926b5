#!/usr/bin/env node
import { enableCompileCache } from '../adapters/compile-cache.js';

// Node's default directory (under the OS's temp directory) outlives the process: a laptop's or
// cron's next command starts from the code this one compiled. The commands load after it.
enableCompileCache();
const [{ nodeFiles }, { thisProcess }, { cli }] = await Promise.all([import('../adapters/node-files.js'), import('../adapters/this-process.js'), import('../app/cli.js')]);

process.exitCode = await cli(process.argv, { self: thisProcess(process.env), files: nodeFiles });
