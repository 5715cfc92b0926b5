import { parse, type ParseEntry } from 'shell-quote';

// The simple commands of a `run:` script, with the line each starts on. shell-quote (a
// maintained tokenizer) does quoting, operators and comments; around it we handle what it does
// not: line continuations, heredoc bodies, and GitHub `${{ }}` expressions.

export interface SimpleCommand {
  /** Words of the command, prefixes (env assignments, sudo, …) still included. */
  words: string[];
  /** 0-based line of the script where the command starts. */
  line: number;
}

/** `${{ … }}` would be a bad substitution to a shell tokenizer; it stands for one word. */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g;
const COMMAND_SEPARATORS = new Set(['&&', '||', ';', ';;', '|', '|&', '&', '(', ')']);

/** Joins `\`-continued lines and drops heredoc bodies; keeps the starting line of each. */
function logicalLines(script: string): Array<{ text: string; line: number }> {
  const physical = script.replace(EXPRESSION, 'GITHUB_EXPRESSION').split(/\r?\n/);
  const result: Array<{ text: string; line: number }> = [];
  let pending: { text: string; line: number } | undefined;
  let heredocEnd: string | undefined;
  physical.forEach((raw, index) => {
    if (heredocEnd !== undefined) {
      if (raw.trim() === heredocEnd) heredocEnd = undefined;
      return;
    }
    const current = pending ?? { text: '', line: index };
    const continued = /(^|[^\\])(\\\\)*\\$/.test(raw);
    current.text += continued ? `${raw.slice(0, -1)} ` : raw;
    if (continued) {
      pending = current;
      return;
    }
    pending = undefined;
    result.push(current);
    const heredoc = [...current.text.matchAll(HEREDOC)].at(-1);
    if (heredoc) heredocEnd = heredoc[2];
  });
  if (pending) result.push(pending);
  return result;
}

function tokens(text: string): ParseEntry[] {
  try {
    // Keep $VAR as written: we read commands, we do not expand them.
    return parse(text, (name) => `$${name}`);
  } catch {
    return text.split(/\s+/).filter(Boolean);
  }
}

/** Every simple command of the script (split at &&, ||, ;, |, &, subshell parentheses). */
export function simpleCommands(script: string): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  for (const { text, line } of logicalLines(script)) {
    let words: string[] = [];
    const flush = (): void => {
      if (words.length > 0) commands.push({ words, line });
      words = [];
    };
    for (const token of tokens(text)) {
      if (typeof token === 'string') words.push(token);
      else if ('comment' in token) break;
      else if ('op' in token && COMMAND_SEPARATORS.has(token.op)) flush();
      else if ('op' in token && token.op === 'glob') words.push(token.pattern);
      // Redirections (>, <, 2>) end nothing: the next word is their target, harmless here.
    }
    flush();
  }
  return commands;
}

/** Prefixes that run the rest as a command: env assignments, sudo (with its flags), env, time… */
const WRAPPERS = new Set(['sudo', 'env', 'time', 'exec', 'nohup', 'command', 'nice', 'timeout', 'xargs', 'eval', 'retry']);
const SUDO_FLAGS_WITH_VALUE = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-R', '-T', '--user', '--group']);

/** The command itself, with env assignments and wrappers like `sudo -E env X=1` stripped. */
export function effectiveWords(words: string[]): string[] {
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      index += 1;
    } else if (WRAPPERS.has(word)) {
      index += 1;
      // Skip the wrapper's own options (and a timeout's duration).
      while (index < words.length && (words[index]!.startsWith('-') || (word === 'timeout' && /^\d/.test(words[index]!)))) {
        index += SUDO_FLAGS_WITH_VALUE.has(words[index]!) ? 2 : 1;
      }
    } else {
      break;
    }
  }
  return words.slice(index);
}
