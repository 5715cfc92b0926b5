#!/usr/bin/env node
import { cli } from '../app/cli.js';

process.exitCode = await cli(process.argv);
