import path from 'node:path';
import { nodeFiles } from '../../adapters/node-files.js';
import { resolveStackTarget } from '../../settings/stack-target.js';
import { type StackTarget } from '../../compose/target.js';
import { EXIT, ExitError } from './exit.js';

// The stack flags every stack command shares, spelled as `docker compose` spells them.

export interface StackFlags {
  file: string[];
  projectName?: string;
  profile: string[];
  envFile: string[];
  projectDirectory?: string;
  /** `--confine`: paths may not leave the current directory, as the action's stay in the workspace. */
  confine?: boolean;
}

/**
 * The stack the flags describe, relative to the current directory. Unlike the action's inputs
 * (confined to GITHUB_WORKSPACE), they may lead anywhere the user can read: `-f ../compose.yaml`
 * from a subdirectory is what a developer means. `--confine` restores the action's rule (the
 * check sub-action runs the CLI in the workspace with it). Bad flags exit with 2.
 */
export function stackFromFlags(flags: StackFlags, cwd: string, env: NodeJS.ProcessEnv): StackTarget {
  const workingDirectory = flags.projectDirectory ?? '.';
  const resolved = resolveStackTarget(
    {
      workspace: cwd,
      confine: flags.confine === true,
      workingDirectory,
      files: flags.file,
      projectName: flags.projectName ?? env.COMPOSE_PROJECT_NAME ?? defaultCliProjectName(cwd, workingDirectory),
      profiles: flags.profile,
      envFiles: flags.envFile,
    },
    nodeFiles,
    { files: '-f/--file', workingDirectory: '--project-directory', projectName: '-p/--project-name', envFiles: '--env-file', profiles: '--profile' },
  );
  if ('problems' in resolved) throw new ExitError(EXIT.usage, resolved.problems.join('\n'));
  return resolved.target;
}

/** Compose's own default: the working directory's name, lower-cased, invalid characters dropped. */
export function defaultCliProjectName(cwd: string, workingDirectory: string): string {
  const name = path.basename(path.resolve(cwd, workingDirectory)).toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return /^[a-z0-9]/.test(name) ? name : `stack${name}`;
}
