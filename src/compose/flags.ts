import { parse } from 'shell-quote';

// `up-flags` and `compose-flags`: extra flags for our own `docker compose` calls, split as a
// shell would split them (shell-quote: quotes and escapes) but never run by one — no variables,
// no globs, no operators. Each flag is judged against what this lifecycle needs: flags that
// would run `up` attached, start nothing, or change what the policy and the lease judged are
// refused with the reason and the input to use instead. A flag this version does not know is
// refused too: a newer Compose's flag could do any of those things (`up --watch` never returns).
// What passes is written back as `--long-name=value`, so no value can turn into a flag.

interface FlagRule {
  /** Long name first; a short alias after it. */
  names: string[];
  /** The flag takes a value (`--timeout 5`, `--timeout=5`, `-t5`). */
  value?: boolean;
  /** Checks the value; returns why it is wrong. */
  check?: (value: string) => string | undefined;
  /** Why the flag cannot be passed, and what to do instead. */
  refuse?: string;
}

const integer = (value: string): string | undefined => (/^-?\d+$/.test(value) ? undefined : `'${show(value)}' is not a whole number`);
const oneOf =
  (...values: string[]) =>
  (value: string): string | undefined =>
    values.includes(value) ? undefined : `'${show(value)}' is not one of ${values.join(', ')}`;

const ATTACHED = 'it needs `up` attached to the containers, but the stack is started detached (`up --detach --wait`) so the steps after this one can use it';
const JUDGED = 'the policy, the preflight and the lease judge what starts from the compose files';

/** `docker compose up` flags (Compose 2.26 and later). */
export const UP_FLAG_RULES: FlagRule[] = [
  { names: ['--always-recreate-deps'] },
  { names: ['--force-recreate'] },
  { names: ['--no-recreate'] },
  { names: ['--renew-anon-volumes', '-V'] },
  { names: ['--timestamps'] },
  { names: ['--no-color'] },
  { names: ['--no-log-prefix'] },
  { names: ['--quiet-pull'] },
  { names: ['--timeout', '-t'], value: true, check: integer },
  { names: ['--detach', '-d'], refuse: 'every start is already detached (`up --detach --wait`); remove it' },
  { names: ['--wait'], refuse: 'every start already waits for each service to be running and healthy; remove it' },
  { names: ['--wait-timeout'], value: true, refuse: 'use the wait-timeout input' },
  { names: ['--abort-on-container-exit'], refuse: ATTACHED },
  { names: ['--exit-code-from'], value: true, refuse: ATTACHED },
  { names: ['--attach'], value: true, refuse: ATTACHED },
  { names: ['--attach-dependencies'], refuse: ATTACHED },
  { names: ['--no-attach'], value: true, refuse: ATTACHED },
  { names: ['--no-start'], refuse: 'nothing would start, and waiting for the services would fail' },
  { names: ['--build'], refuse: 'builds are a phase of their own: use the build input (always)' },
  { names: ['--no-build'], refuse: 'builds are a phase of their own: use the build input (never)' },
  { names: ['--pull'], value: true, refuse: 'pulls are a phase of their own: use the pull input (missing, always or never)' },
  { names: ['--remove-orphans'], refuse: 'every start already removes orphans; remove it' },
  { names: ['--scale'], value: true, refuse: `${JUDGED}: set scale (or deploy.replicas) in a compose file, e.g. one more file in compose-files` },
  { names: ['--no-deps'], refuse: `${JUDGED}, dependencies included; name the services to start in the services input` },
  { names: ['--watch', '-w'], refuse: 'it watches the sources in the foreground and never returns' },
  { names: ['--menu'], refuse: 'it is interactive' },
  { names: ['--dry-run'], refuse: 'nothing would start' },
];

/** Global `docker compose` flags (before the subcommand). */
export const GLOBAL_FLAG_RULES: FlagRule[] = [
  { names: ['--ansi'], value: true, check: oneOf('never', 'always', 'auto') },
  { names: ['--compatibility'] },
  { names: ['--parallel'], value: true, check: integer },
  { names: ['--progress'], value: true },
  { names: ['--dry-run'], refuse: 'nothing would start' },
  { names: ['--file', '-f'], value: true, refuse: 'use the compose-files input' },
  { names: ['--project-name', '-p'], value: true, refuse: 'use the project-name input' },
  { names: ['--project-directory'], value: true, refuse: 'use the working-directory input' },
  { names: ['--profile'], value: true, refuse: 'use the profiles input' },
  { names: ['--env-file'], value: true, refuse: 'use the env-files input' },
];

/** A word of the input as a problem quotes it: on one line, and not endless. */
function show(word: string): string {
  // eslint-disable-next-line no-control-regex -- line breaks and controls are what this removes
  const line = word.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** Splits and judges a flags input; the flags as they will be passed, or every problem found. */
export function parseFlags(text: string, rules: FlagRule[]): { flags: string[] } | { problems: string[] } {
  const problems: string[] = [];
  const words: string[] = [];
  let entries: ReturnType<typeof parse<{ variable: string }>>;
  try {
    entries = parse(text, (name) => ({ variable: name }));
  } catch (error) {
    // shell-quote refuses a `${` it cannot close ("Bad substitution").
    return { problems: [`cannot be split into words (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()}); quote it`] };
  }
  for (const entry of entries) {
    if (typeof entry === 'string') words.push(entry);
    else if ('variable' in entry) problems.push(`'$${show(entry.variable)}': variables are not expanded here; use \${{ env.${show(entry.variable)} }} in the workflow`);
    else if ('comment' in entry) break;
    else problems.push(`'${show('pattern' in entry ? entry.pattern : entry.op)}' is shell syntax; flags are split like a shell's words but never run by a shell (quote it)`);
  }
  const flags: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const parsed = splitFlag(word, rules);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const { rule, name } = parsed;
    let value = parsed.value;
    if (rule.value && value === undefined) {
      // As Compose's own parser does: the next word is the value, whatever it starts with.
      value = words[index + 1];
      index += 1;
      if (value === undefined) {
        problems.push(`'${show(name)}' needs a value`);
        continue;
      }
    }
    if (rule.refuse) {
      problems.push(`'${show(name)}' is refused: ${rule.refuse}`);
      continue;
    }
    const wrong = value !== undefined ? rule.check?.(value) : undefined;
    if (wrong) problems.push(`'${show(name)}': ${wrong}`);
    else flags.push(value === undefined ? rule.names[0]! : `${rule.names[0]!}=${value}`);
  }
  return problems.length ? { problems } : { flags };
}

function splitFlag(word: string, rules: FlagRule[]): { rule: FlagRule; name: string; value?: string } | { problem: string } {
  const known = rules.map((rule) => rule.names.join('/')).join(', ');
  if (word === '--') return { problem: "'--' ends the flags; services go in the services input" };
  if (!word.startsWith('-') || word === '-') return { problem: `'${show(word)}' is not a flag; services go in the services input, and a flag's value after the flag` };
  if (word.startsWith('--')) {
    const equals = word.indexOf('=');
    const name = equals < 0 ? word : word.slice(0, equals);
    const rule = rules.find((candidate) => candidate.names.includes(name));
    if (!rule) return { problem: `'${show(name)}' is not a flag this version knows (known: ${known})` };
    if (equals >= 0 && !rule.value) return { problem: `'${show(name)}' takes no value` };
    return { rule, name, ...(equals >= 0 ? { value: word.slice(equals + 1) } : {}) };
  }
  const name = word.slice(0, 2);
  const rule = rules.find((candidate) => candidate.names.includes(name));
  if (!rule) return { problem: `'${show(name)}' is not a flag this version knows (known: ${known})` };
  if (word.length === 2) return { rule, name };
  if (!rule.value) return { problem: `'${show(word)}': write short flags one by one` };
  return { rule, name, value: word.slice(2).replace(/^=/, '') };
}

/** `--parallel=N` among the global flags: how many pulls or builds may run at once (undefined: all). */
export function parallelLimit(composeFlags: readonly string[] = []): number | undefined {
  const value = composeFlags.findLast((flag) => flag.startsWith('--parallel='))?.slice('--parallel='.length);
  const limit = value === undefined ? NaN : Number(value);
  return Number.isInteger(limit) && limit > 0 ? limit : undefined;
}
