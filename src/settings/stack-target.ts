import path from 'node:path';
import type { StackTarget } from '../compose/target.js';
import type { FileProbe } from '../ports/files.js';
import { shortText } from '../core/paths.js';
import { flagLikeProblem, pathProblem } from './bounds.js';

/** Names Compose looks for when no `-f` is given, in its order of preference. */
export const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** Compose's own rule for project names (compose-go `NormalizeProjectName` / loader). */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** Profile names as the Compose specification allows them; `*` enables every profile. */
const PROFILE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** The stack as the inputs name it (paths as given), before they are checked against the workspace. */
export interface StackTargetInput extends StackTarget {
  /** Root relative paths start from and, when `confine` is on, that nothing may escape (GITHUB_WORKSPACE). */
  workspace: string;
  /**
   * Whether paths must stay inside the workspace (default true). The action confines them: a
   * pull request's symlink must not lead the runner's checks out of the checkout. A developer's
   * CLI does not: `check -f ../compose.yaml` from a subdirectory reads what the user can read.
   */
  confine?: boolean;
}

/** Validates paths and names; returns the target or the list of problems, each naming its field. */
export function resolveStackTarget(
  input: StackTargetInput,
  probe: FileProbe,
  fieldNames: { files: string; workingDirectory: string; projectName: string; envFiles: string; profiles?: string },
): { target: StackTarget } | { problems: string[] } {
  const problems: string[] = [];
  // Lengths before any file system call: stat() of an over-long path throws ENAMETOOLONG.
  for (const [field, values] of [[fieldNames.workingDirectory, [input.workingDirectory]], [fieldNames.files, input.files], [fieldNames.envFiles, input.envFiles]] as const) {
    for (const value of values) {
      const problem = pathProblem(field, value);
      if (problem) problems.push(problem);
    }
  }
  for (const file of input.files) {
    const problem = flagLikeProblem(fieldNames.files, file, 'compose file', `write ./${file.slice(0, 40)}`);
    if (problem) problems.push(problem);
  }
  for (const file of input.envFiles) {
    const problem = flagLikeProblem(fieldNames.envFiles, file, 'env file', `write ./${file.slice(0, 40)}`);
    if (problem) problems.push(problem);
  }
  for (const profile of input.profiles.filter((name) => name !== '*' && !PROFILE_NAME.test(name))) {
    problems.push(`${fieldNames.profiles ?? 'profiles'}: ${shortText(profile, 40)} is not a profile name; use letters, digits, '.', '_' and '-', starting with a letter or digit`);
  }
  if (problems.length > 0) return { problems };
  const workspace = probe.realPath(path.resolve(input.workspace));
  const workingDirectory = path.resolve(workspace, input.workingDirectory || '.');
  const inside = (absolute: string): boolean => {
    if (input.confine === false) return true;
    const relative = path.relative(workspace, probe.realPath(absolute));
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };

  if (!inside(workingDirectory)) {
    problems.push(`${fieldNames.workingDirectory}: '${input.workingDirectory}' is outside the workspace ${workspace}`);
  } else if (!probe.isDirectory(workingDirectory)) {
    problems.push(`${fieldNames.workingDirectory}: '${input.workingDirectory}' is not a directory (looked at ${workingDirectory})`);
  }
  if (problems.length > 0) return { problems };

  let files = input.files;
  if (files.length === 0) {
    const found = DEFAULT_COMPOSE_FILES.find((name) => probe.isFile(path.join(workingDirectory, name)));
    if (!found) {
      problems.push(`${fieldNames.files}: no compose file given and none found in ${workingDirectory} (looked for ${DEFAULT_COMPOSE_FILES.join(', ')})`);
    }
    // As Compose does without -f: the file, then its override file when there is one.
    const override = found?.replace(/\.(ya?ml)$/, '.override.$1');
    files = found ? [found, ...(override && probe.isFile(path.join(workingDirectory, override)) ? [override] : [])] : [];
  }
  const checkFiles = (list: string[], field: string, what: string): void => {
    for (const file of list) {
      const absolute = path.resolve(workingDirectory, file);
      if (!inside(absolute)) problems.push(`${field}: '${file}' is outside the workspace ${workspace}`);
      else if (!probe.isFile(absolute)) problems.push(`${field}: ${what} '${file}' does not exist (looked at ${absolute})`);
    }
  };
  checkFiles(files, fieldNames.files, 'compose file');
  checkFiles(input.envFiles, fieldNames.envFiles, 'env file');

  if (!PROJECT_NAME.test(input.projectName)) {
    problems.push(
      `${fieldNames.projectName}: ${shortText(input.projectName, 80)} is not a valid Compose project name; use lowercase letters, digits, '-' and '_', starting with a letter or digit`,
    );
  }
  if (problems.length > 0) return { problems };
  return {
    target: {
      workingDirectory,
      files,
      projectName: input.projectName,
      profiles: input.profiles,
      envFiles: input.envFiles,
      ...(input.services?.length ? { services: input.services } : {}),
      ...(input.composeFlags?.length ? { composeFlags: input.composeFlags } : {}),
    },
  };
}

/** Lower-case slug usable inside a project name ("Build & Test" → "build-test"). */
export function projectSlug(text: string, maxLength = 24): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/**
 * A project name unique per job and attempt: run id, attempt and job id from the runner, plus a
 * random suffix because matrix legs of one job share all three and may share a daemon.
 */
export function defaultProjectName(env: NodeJS.ProcessEnv, randomHex: string): string {
  const parts = ['dsa', env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, projectSlug(env.GITHUB_JOB ?? '')]
    .filter((part): part is string => Boolean(part));
  return [...parts, randomHex].join('-');
}
