/* eslint-disable no-control-regex -- control characters are what the runner trims and what this checks for */
// Reads a step's output as the GitHub runner does (actions/runner: ProcessInvoker cuts lines at
// LF, CR and CR LF; ActionCommand.TryParseV2 takes `::name props::data` after TrimStart, and
// TryParse the legacy `##[name props]data` anywhere in a line; `::stop-commands::TOKEN` stops all
// processing until `::TOKEN::`; names match case-insensitively). Tests use it to prove that
// nothing a container printed is obeyed, and hostile payloads (hostile.ts) to try.

/** The commands the runner knows (ActionCommandManager's extensions). */
const RUNNER_COMMANDS = new Set([
  'add-mask', 'add-matcher', 'remove-matcher', 'debug', 'notice', 'warning', 'error', 'group', 'endgroup',
  'echo', 'set-env', 'set-output', 'save-state', 'add-path', 'stop-commands', 'internal-set-repo-path',
]);

export interface RunnerCommand {
  name: string;
  properties: string;
  data: string;
  line: string;
}

export interface RunnerReading {
  /** Commands the runner would carry out, in order (stop-commands and resume tokens included). */
  obeyed: RunnerCommand[];
  /** Every line, and whether it fell inside a stop-commands block (the block's own lines count as inside). */
  lines: Array<{ text: string; inBlock: boolean }>;
  /** A block still open at the end of the output. */
  unclosedToken?: string;
}

// .NET's TrimStart: Unicode white space, NEL, and the information separators it counts too.
const TRIM_START = /^[\s\u0085\x1c-\x1f]+/;

function parseV2(line: string, known: Set<string>): RunnerCommand | undefined {
  const trimmed = line.replace(TRIM_START, '');
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!known.has(name.toLowerCase())) return undefined;
  return { name: name.toLowerCase(), properties: space < 0 ? '' : info.slice(space + 1), data: trimmed.slice(end + 2), line };
}

function parseLegacy(line: string, known: Set<string>): RunnerCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const info = line.slice(start + 3, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!known.has(name.toLowerCase())) return undefined;
  return { name: name.toLowerCase(), properties: space < 0 ? '' : info.slice(space + 1), data: line.slice(end + 1), line };
}

export function readAsRunner(output: string): RunnerReading {
  const known = new Set(RUNNER_COMMANDS);
  const obeyed: RunnerCommand[] = [];
  const lines: RunnerReading['lines'] = [];
  let token: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parseV2(line, known) ?? parseLegacy(line, known);
    if (token !== undefined) {
      lines.push({ text: line, inBlock: true });
      if (command?.name === token) {
        obeyed.push(command);
        known.delete(token);
        token = undefined;
      }
      continue;
    }
    if (command?.name === 'stop-commands') {
      lines.push({ text: line, inBlock: true });
      obeyed.push(command);
      token = command.data.toLowerCase();
      known.add(token);
      continue;
    }
    lines.push({ text: line, inBlock: false });
    if (command) obeyed.push(command);
  }
  return { obeyed, lines, ...(token !== undefined ? { unclosedToken: token } : {}) };
}

/** Lines outside every block that the runner, or its log viewer, could take for a command. */
export function commandLikeLinesOutsideBlocks(reading: RunnerReading): string[] {
  return reading.lines.filter((line) => !line.inBlock && (/^[\s\u0085\x1c-\x1f]*::/.test(line.text) || line.text.includes('##['))).map((line) => line.text);
}
