import path from 'node:path';
import { ProcessCommandRunner } from '../../adapters/command-runner.js';
import { DockerComposeCli, type ComposeCli } from '../../compose/compose-cli.js';
import type { ComposeModel } from '../../compose/model.js';
import { ComposeSources } from '../../compose/positions.js';
import { compareModels, formatDivergenceJson, formatDivergenceMarkdown } from '../../policy/compare.js';
import type { PolicyIo } from '../../policy/check.js';
import { envFilePaths, parseEnvFile, redactValues, referencedVariables } from '../../compose/secrets.js';
import { asInputError, policyIoOf } from './check.js';
import { EXIT, ExitError } from './exit.js';
import type { CliContext } from './index.js';
import { stackFromFlags } from './stack-options.js';

// `docker-stability compare DEV_FILE TEST_FILE`, or `compare --dev FILE… --test FILE…` with
// profiles and env files per side: the configuration-divergence table between a development and
// a test stack, generated from what Compose makes of each side. Only differing rows unless --all.

const FORMATS = ['markdown', 'json'] as const;

export interface CompareFlags {
  format: string;
  all?: boolean;
  dev: string[];
  test: string[];
  /** Both sides. */
  profile: string[];
  envFile: string[];
  devProfile: string[];
  testProfile: string[];
  devEnvFile: string[];
  testEnvFile: string[];
}

export interface CompareDeps {
  compose: ComposeCli;
  io: PolicyIo;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
}

interface Side {
  files: string[];
  profiles: string[];
  envFiles: string[];
}

interface LoadedSide {
  model: ComposeModel;
  /** The compose files' text, for the names of the variables they interpolate. */
  texts: string[];
  /** Values of the env files Compose read for this side. */
  envValues: Array<Record<string, string>>;
}

async function loadSide(side: Side, deps: CompareDeps): Promise<LoadedSide> {
  const target = stackFromFlags({ file: side.files, profile: side.profiles, envFile: side.envFiles }, deps.cwd, deps.env);
  // Parsed first for the same reason as `check`: Compose spins on alias bombs.
  const sources = ComposeSources.load(target.files.map((name) => path.resolve(target.workingDirectory, name)), deps.io.readText);
  const envValues = envFilePaths(target.workingDirectory, target.envFiles).flatMap((file) => {
    try {
      return [parseEnvFile(deps.io.readText(file))];
    } catch {
      return [];
    }
  });
  return { model: await deps.compose.config(target), texts: sources.files.map((source) => source.text), envValues };
}

/** The two sides the flags describe: two positional files, or --dev/--test lists (not both). */
export function sidesFromFlags(positional: string[], flags: CompareFlags): { dev: Side; test: Side } {
  if (positional.length > 0 && flags.dev.length + flags.test.length > 0) {
    throw new ExitError(EXIT.usage, 'compare: give DEV_FILE TEST_FILE, or --dev FILE… --test FILE…, not both');
  }
  const devFiles = positional.length > 0 ? positional.slice(0, 1) : flags.dev;
  const testFiles = positional.length > 0 ? positional.slice(1, 2) : flags.test;
  if (positional.length > 2 || devFiles.length === 0 || testFiles.length === 0) {
    throw new ExitError(EXIT.usage, 'compare: give DEV_FILE TEST_FILE, or --dev FILE [--dev FILE]… --test FILE [--test FILE]…');
  }
  return {
    dev: { files: devFiles, profiles: [...flags.profile, ...flags.devProfile], envFiles: [...flags.envFile, ...flags.devEnvFile] },
    test: { files: testFiles, profiles: [...flags.profile, ...flags.testProfile], envFiles: [...flags.envFile, ...flags.testEnvFile] },
  };
}

function label(side: Side): string {
  return `${side.files.join(' + ')}${side.profiles.length > 0 ? ` (profile ${side.profiles.join(', ')})` : ''}`;
}

export async function runCompare(positional: string[], flags: CompareFlags, deps: CompareDeps): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(flags.format)) {
    throw new ExitError(EXIT.usage, `--format: '${flags.format}' is not one of ${FORMATS.join(', ')}`);
  }
  const sides = sidesFromFlags(positional, flags);
  try {
    const [dev, test] = await Promise.all([loadSide(sides.dev, deps), loadSide(sides.test, deps)]);
    const divergence = compareModels(dev.model, test.model, { dev: label(sides.dev), test: label(sides.test) });
    const view = { all: flags.all === true };
    const text = flags.format === 'json' ? formatDivergenceJson(divergence, view) : formatDivergenceMarkdown(divergence, view);
    // The rows hold facts, not values; still, no value of a variable the files interpolate leaves.
    const names = referencedVariables([...dev.texts, ...test.texts]);
    deps.stdout(redactValues(text, names, [deps.env, ...dev.envValues, ...test.envValues]));
    return EXIT.ok;
  } catch (error) {
    throw asInputError(error);
  }
}


/** `docker-stability compare` as the registry calls it. */
export function compareAction(files: string[], flags: CompareFlags, context: CliContext): Promise<number> {
  const { self } = context;
  return runCompare(files, flags, { compose: new DockerComposeCli(new ProcessCommandRunner()), io: policyIoOf(context.files), cwd: self.cwd(), env: self.env, stdout: self.stdout });
}
