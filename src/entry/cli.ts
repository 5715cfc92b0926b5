#!/usr/bin/env node
import { nodeFiles } from '../adapters/node-files.js';
import { thisProcess } from '../adapters/this-process.js';
import { cli } from '../app/cli.js';

process.exitCode = await cli(process.argv, { self: thisProcess(process.env), files: nodeFiles });
