import type { Annotation, Log } from '../../ports/runtime.js';

// Phases that run at the same time cannot write into the log as they go: their lines would land
// in each other's groups. Each gets a buffer; the pipeline replays it into the phase's own group
// once the parallel stage is over, in the order the product describes the phases.

type Entry =
  | { kind: 'debug' | 'info'; message: string }
  | { kind: 'output'; text: string | readonly string[] }
  | { kind: 'notice' | 'warning' | 'error'; message: string; annotation?: Annotation }
  | { kind: 'group'; name: string; entries: Entry[] };

export class BufferedLog implements Log {
  private readonly entries: Entry[] = [];
  private target: Entry[] = this.entries;

  debug(message: string): void {
    this.target.push({ kind: 'debug', message });
  }
  info(message: string): void {
    this.target.push({ kind: 'info', message });
  }
  output(text: string | readonly string[]): void {
    this.target.push({ kind: 'output', text });
  }
  notice(message: string, annotation?: Annotation): void {
    this.target.push({ kind: 'notice', message, annotation });
  }
  warning(message: string, annotation?: Annotation): void {
    this.target.push({ kind: 'warning', message, annotation });
  }
  error(message: string, annotation?: Annotation): void {
    this.target.push({ kind: 'error', message, annotation });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const group: Entry = { kind: 'group', name, entries: [] };
    this.target.push(group);
    const outer = this.target;
    this.target = group.entries;
    try {
      return await fn();
    } finally {
      this.target = outer;
    }
  }

  /** Writes everything buffered into `log` (nested groups flattened into headed lines). */
  replay(log: Log): void {
    replayEntries(log, this.entries, '');
    this.entries.length = 0;
  }
}

function replayEntries(log: Log, entries: Entry[], indent: string): void {
  for (const entry of entries) {
    if (entry.kind === 'group') {
      log.info(`${indent}${entry.name}`);
      replayEntries(log, entry.entries, `${indent}  `);
    } else if (entry.kind === 'output') {
      log.output(entry.text);
    } else if (entry.kind === 'debug' || entry.kind === 'info') {
      log[entry.kind](`${indent}${entry.message}`);
    } else if ('annotation' in entry) {
      log[entry.kind](entry.message, entry.annotation);
    }
  }
}
