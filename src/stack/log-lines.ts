import { LOG_MATCH_CHARS } from './wait-for.js';

// Lines of a container's log for `wait-for: svc:log:/pattern/`. The pattern comes from the
// workflow — on a pull request, from the pull request — and the log from the container, so
// neither may cost the runner more than linear time: patterns run on RE2 (re2js, a port of
// Google's linear-time engine: no back-references, no look-around, no catastrophic
// backtracking), and only the first LOG_MATCH_CHARS characters of a line are ever matched.

export type LinePredicate = (line: string) => boolean;

/**
 * Compiles a log pattern with RE2. re2js is loaded only when a log probe exists (it is a quarter
 * of a megabyte of JavaScript that most runs never need).
 */
export async function compileLogPattern(pattern: string): Promise<LinePredicate | { error: string }> {
  const { RE2JS } = await import('re2js');
  try {
    const compiled = RE2JS.compile(pattern);
    return (line) => compiled.test(line);
  } catch (error) {
    return { error: `'${pattern}' is not an RE2 pattern: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Cuts the chunks of a log stream into lines, per stream (stdout and stderr interleave at any
 * point), and asks the predicate about each; a line longer than LOG_MATCH_CHARS is asked about
 * its start only and the rest is skipped without being kept.
 */
export class LineMatcher {
  private readonly pending = { stdout: '', stderr: '' };
  private readonly skipping = { stdout: false, stderr: false };
  lines = 0;

  constructor(private readonly matches: LinePredicate) {}

  /** True as soon as a complete (or long enough) line matches. */
  push(stream: 'stdout' | 'stderr', text: string): boolean {
    let rest = text;
    while (rest !== '') {
      const newline = rest.indexOf('\n');
      const piece = newline < 0 ? rest : rest.slice(0, newline);
      rest = newline < 0 ? '' : rest.slice(newline + 1);
      if (!this.skipping[stream]) {
        this.pending[stream] += piece;
        if (this.pending[stream].length >= LOG_MATCH_CHARS) {
          // Asked once about its start; the remainder of this line is skipped.
          const start = this.pending[stream].slice(0, LOG_MATCH_CHARS);
          this.pending[stream] = '';
          this.skipping[stream] = newline < 0;
          if (this.ask(start)) return true;
          continue;
        }
      }
      if (newline < 0) break;
      if (this.skipping[stream]) {
        this.skipping[stream] = false;
        continue;
      }
      const line = this.pending[stream];
      this.pending[stream] = '';
      if (this.ask(line)) return true;
    }
    return false;
  }

  /** The end of the stream: a last line without its newline is asked about too. */
  end(): boolean {
    for (const stream of ['stdout', 'stderr'] as const) {
      const line = this.pending[stream];
      this.pending[stream] = '';
      if (line !== '' && !this.skipping[stream] && this.ask(line)) return true;
    }
    return false;
  }

  private ask(line: string): boolean {
    this.lines += 1;
    return this.matches(line.replace(/\r$/, ''));
  }
}
