import { nodeFiles } from '../adapters/node-files.js';
import { thisProcess } from '../adapters/this-process.js';
import { monitorWorker } from '../app/monitor.js';

// A worker, not a step: once its end record is written nothing is left to wait for.
process.exit(await monitorWorker(thisProcess(process.env), nodeFiles));
