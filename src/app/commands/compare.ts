import path from 'node:path';
import type { Command } from 'commander';
import { ProcessCommandRunner } from '../../adapters/command-runner.js';
import { DockerComposeCli, type ComposeCli } from '../../compose/compose-cli.js';
import type { ComposeModel } from '../../compose/model.js';
import { ComposeSources } from '../../compose/positions.js';
import { compareModels, formatDivergenceJson, formatDivergenceMarkdown } from '../../policy/compare.js';
import type { PolicyIo } from '../../policy/check.js';
import { asInputError, nodePolicyIo } from './check.js';
import { EXIT, ExitError } from './exit.js';
import type { RegisterCommand } from './index.js';
import { stackFromFlags } from './stack-options.js';

// `docker-stability compare DEV_FILE TEST_FILE`: the configuration-divergence table between a
// development and a test stack, generated from what Compose makes of each file.

const FORMATS = ['markdown', 'json'] as const;

export interface CompareDeps {
  compose: ComposeCli;
  io: PolicyIo;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
}

async function loadModel(file: string, envFiles: string[], deps: CompareDeps): Promise<ComposeModel> {
  const target = stackFromFlags({ file: [file], profile: [], envFile: envFiles }, deps.cwd, deps.env);
  // Parsed first for the same reason as `check`: Compose spins on alias bombs.
  ComposeSources.load(target.files.map((name) => path.resolve(target.workingDirectory, name)), deps.io.readText);
  return deps.compose.config(target);
}

export async function runCompare(devFile: string, testFile: string, flags: { format: string; envFile: string[] }, deps: CompareDeps): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(flags.format)) {
    throw new ExitError(EXIT.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
  }
  try {
    const dev = await loadModel(devFile, flags.envFile, deps);
    const test = await loadModel(testFile, flags.envFile, deps);
    const divergence = compareModels(dev, test, { dev: devFile, test: testFile });
    deps.stdout(flags.format === 'json' ? formatDivergenceJson(divergence) : formatDivergenceMarkdown(divergence));
    return EXIT.ok;
  } catch (error) {
    throw asInputError(error);
  }
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export const registerCompare: RegisterCommand = (program: Command, setExitCode) => {
  program
    .command('compare')
    .description('Print the configuration divergence between a dev and a test compose file (storage, limits, health checks, restart, durability, ports).')
    .argument('<dev-file>', 'the development compose file')
    .argument('<test-file>', 'the test compose file')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'markdown')
    .option('--env-file <file>', 'env file for interpolation of both files (repeatable)', collect, [])
    .action(async (devFile: string, testFile: string, flags: { format: string; envFile: string[] }) => {
      setExitCode(
        await runCompare(devFile, testFile, flags, {
          compose: new DockerComposeCli(new ProcessCommandRunner()),
          io: nodePolicyIo,
          cwd: process.cwd(),
          env: process.env,
          stdout: (text) => process.stdout.write(text),
        }),
      );
    });
};
