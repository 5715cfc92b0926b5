import { effectiveWords } from './shell-commands.js';

/** Subcommands that start or stop a stack; logs, ps, config, exec and friends only look. */
const LIFECYCLE = new Set(['up', 'down', 'run', 'start', 'stop', 'restart', 'create', 'kill', 'rm']);

/** Compose's global options that take a value (so the subcommand is found after them). */
const GLOBAL_WITH_VALUE = new Set([
  '-f',
  '--file',
  '-p',
  '--project-name',
  '--profile',
  '--env-file',
  '--project-directory',
  '--ansi',
  '--progress',
  '--parallel',
  '-c',
  '--context',
  '-H',
  '--host',
  '--log-level',
]);

export interface ComposeCall {
  /** How it was invoked: `docker compose` (v2) or `docker-compose` (v1 or the v2 alias). */
  tool: 'docker compose' | 'docker-compose';
  subcommand: string;
}

/** The Compose lifecycle call a simple command makes, if it makes one. */
export function composeLifecycleCall(words: string[]): ComposeCall | undefined {
  const command = effectiveWords(words);
  const program = command[0]?.split('/').pop();
  let rest: string[];
  let tool: ComposeCall['tool'];
  if (program === 'docker-compose') {
    tool = 'docker-compose';
    rest = command.slice(1);
  } else if (program === 'docker') {
    // `docker --context x compose up`: docker's own global flags may come first.
    const composeAt = command.indexOf('compose', 1);
    if (composeAt < 0 || command.slice(1, composeAt).some((word) => !word.startsWith('-') && !isFlagValue(command, command.indexOf(word, 1)))) {
      return undefined;
    }
    tool = 'docker compose';
    rest = command.slice(composeAt + 1);
  } else {
    return undefined;
  }
  for (let index = 0; index < rest.length; index += 1) {
    const word = rest[index]!;
    if (GLOBAL_WITH_VALUE.has(word)) {
      index += 1;
    } else if (!word.startsWith('-')) {
      return LIFECYCLE.has(word) ? { tool, subcommand: word } : undefined;
    }
  }
  return undefined;
}

function isFlagValue(words: string[], index: number): boolean {
  return index > 0 && GLOBAL_WITH_VALUE.has(words[index - 1]!);
}
