// Text that came from a container, the daemon or a pull request's file is data. This is the one
// place that makes it inert wherever it goes: in the runner's log (no workflow commands), in
// markdown (no HTML, no links), and everywhere without the secret values the run knows.
//
// How the GitHub runner reads a step's output (actions/runner, ProcessInvoker + ActionCommand):
// - stdout and stderr are cut into lines by .NET's ReadLine: at LF, CR and CR LF;
// - a line is a command when, after TrimStart (every Unicode space, tab, VT, FF, NEL…), it starts
//   with `::` and holds a second `::` (v2 form), or when `##[` appears ANYWHERE in it followed by
//   `]` (the legacy form, still parsed); command names are matched case-insensitively;
// - `::stop-commands::TOKEN` stops all processing until a line `::TOKEN::` (or `##[TOKEN]`).
// So untrusted lines are printed inside a stop-commands block whose token is random per block,
// and every line we print — in a block or not — is split on every line break and rewritten so
// that it cannot start a command on its own.

/** Blanked values read as this, in logs, summaries and files. */
export const REDACTED = '***';

/** Every character sequence a runner, a terminal or a browser may take as the end of a line. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** What .NET's TrimStart skips, plus what a reader would not see either (invisibles, colours). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const LEADING_INVISIBLE = /^(?:[\s\u0085\u180e\u200b-\u200d\u2060\ufeff\x00-\x1f\x7f-\x9f]|\x1b\[[0-9;]*m)*/;

/** Controls other than tab and colour (SGR) escapes: they could rewrite a terminal or hide text. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNSAFE_CONTROL = /\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Lines of any text, split at every line break a reader may act on. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** One line: line breaks become spaces (group titles, table cells, inline markdown). */
export function oneLine(text: string): string {
  return splitLines(text).join(' ');
}

function replaceControls(line: string): string {
  return line.replace(UNSAFE_CONTROL, (match) => (match.length > 1 ? match : '\ufffd'));
}

/**
 * A line that cannot be a workflow command: `::` at its start (after invisible characters) has
 * its first colon written as %3A, and every `##[` becomes `##%5B` — the runner's own escapes,
 * so a reader still sees what the container printed. Unsafe control characters become U+FFFD.
 */
export function inertLine(line: string): string {
  const text = replaceControls(line).replace(/##\[/g, '##%5B');
  const lead = LEADING_INVISIBLE.exec(text)![0];
  return text.startsWith('::', lead.length) ? `${lead}%3A${text.slice(lead.length + 1)}` : text;
}

/** Multi-line text as inert lines joined by LF. */
export function inertText(text: string): string {
  return splitLines(text).map(inertLine).join('\n');
}

/** Whether a line, as the runner reads it, would be taken for a command (v2 or legacy form). */
export function looksLikeCommand(line: string): boolean {
  const trimmed = line.replace(LEADING_INVISIBLE, '');
  return (trimmed.startsWith('::') && trimmed.indexOf('::', 2) > 0) || /##\[[^\]]*\]/.test(line);
}

/**
 * A token for one stop-commands block: random (the caller's source of randomness), never derived
 * from the content, and drawn again in the unlikely case the content holds it.
 */
export function stopToken(random: () => string, content: readonly string[]): string {
  for (;;) {
    const token = `dsa${random()}`.toLowerCase();
    if (!/^[a-z0-9]{16,}$/.test(token)) throw new Error('stopToken: the random source must give at least 13 letters or digits');
    if (!content.some((line) => line.toLowerCase().includes(token))) return token;
  }
}

/**
 * Lines shown verbatim inside `::stop-commands::TOKEN` … `::TOKEN::`: the runner obeys nothing
 * in between. Inside, lines keep a leading `::` (that is what the block is for), but `##[` is
 * still rewritten — the log viewer formats such lines itself — and unsafe controls replaced.
 */
export function stopCommandsBlock(lines: readonly string[], token: string): string[] {
  const shown = lines.map((line) => replaceControls(line).replace(/##\[/g, '##%5B'));
  if (shown.some((line) => line.toLowerCase().includes(token.toLowerCase()))) throw new Error('stopCommandsBlock: the content holds the token');
  return [`::stop-commands::${token}`, ...shown, `::${token}::`];
}

// ---- Secrets ---------------------------------------------------------------------------------

/** Shorter values ("1", "db", "yes") are too common to be secrets and would blank out words. */
export const MIN_SECRET_LENGTH = 4;

/**
 * The secret values a run knows, blanked wherever text leaves the process. Each value is also
 * looked for as the encodings our outputs give it (JSON strings, HTML, markdown), so a summary
 * or a report file is redacted even where the value was escaped before it was written, and each
 * line of a multi-line value is a value of its own (a log prints one line at a time).
 */
export class Redactor {
  private readonly known = new Set<string>();
  private patterns: string[] = [];

  /** onMask: told of the values the runner itself should mask too (see add). */
  constructor(private readonly onMask?: (value: string) => void) {}

  /** Adds values (shorter than MIN_SECRET_LENGTH are ignored); maskInRunner also tells onMask. */
  add(values: Iterable<string>, options: { maskInRunner?: boolean } = {}): void {
    let added = false;
    for (const value of values) {
      for (const part of [value, ...(splitLines(value).length > 1 ? splitLines(value) : [])]) {
        const trimmed = part.trim();
        if (trimmed.length < MIN_SECRET_LENGTH || this.known.has(trimmed)) continue;
        this.known.add(trimmed);
        added = true;
        if (options.maskInRunner) this.onMask?.(trimmed);
      }
    }
    if (!added) return;
    const variants = new Set<string>();
    for (const value of this.known) {
      for (const variant of [value, JSON.stringify(value).slice(1, -1), escapeHtml(value), escapeMarkdown(value)]) variants.add(variant);
    }
    // Longest first, so a value that contains another is blanked whole.
    this.patterns = [...variants].sort((a, b) => b.length - a.length);
  }

  /** The values added so far (for a process that must redact the same, such as the monitor). */
  values(): string[] {
    return [...this.known];
  }

  redact(text: string): string {
    let redacted = text;
    for (const pattern of this.patterns) if (redacted.includes(pattern)) redacted = redacted.split(pattern).join(REDACTED);
    return redacted;
  }

  /** A copy of a JSON-like value with every string (keys too) redacted. */
  redactJson<T>(value: T): T {
    if (this.patterns.length === 0 || value === undefined) return value;
    return JSON.parse(JSON.stringify(value), (_key, item: unknown) => {
      if (typeof item === 'string') return this.redact(item);
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        return Object.fromEntries(Object.entries(item as Record<string, unknown>).map(([key, inner]) => [this.redact(key), inner]));
      }
      return item;
    }) as T;
  }
}

// ---- Markdown ----------------------------------------------------------------------------

/** HTML's special characters as entities (inside HTML blocks such as `<summary>`). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Untrusted text as one line of markdown that renders as exactly that text: HTML's characters as
 * entities; emphasis (`_` only where it could open or close one), code, links and images,
 * strikethrough, math and table pipes backslash-escaped; autolinks (`://`, `www.`, e-mail and
 * mentions' `@`) broken by an escape; a heading or list marker at its start escaped; line
 * breaks as spaces. Plain words, paths and
 * numbers stay as they are, so the raw markdown stays readable.
 */
export function escapeMarkdown(text: string): string {
  return replaceControls(oneLine(text))
    .replace(/[\\`*[\]|~$@]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (char) => `\\${char}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^(\s*)(#{1,6}(?=\s|$)|[+-](?=\s|$)|[-=](?=[-=\s]*$)|\d{1,9}(?=[.)](\s|$)))/, (_match, space: string, marker: string) =>
      /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function fence(text: string, language = ''): string {
  const body = replaceControls(text.split(/\r\n|\r/).join('\n'));
  const longestRun = Math.max(2, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${language}\n${body}\n${marks}`;
}

/** Inline code whose delimiters are longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const body = replaceControls(oneLine(text));
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
  const marks = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return `${marks}${pad}${body}${pad}${marks}`;
}
