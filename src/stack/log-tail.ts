// The last N bytes of a log, kept line by line while the rest streams past: memory stays at the
// bound however large the log is (a service that printed gigabytes is the case this is for).

/** A line longer than this is cut (a TTY's raw output may have no line breaks at all). */
export const MAX_LINE_CHARS = 64 * 1024;

/** Whole lines, newest last, at most `maxBytes` of them (UTF-8, newlines included). */
export class LogTail {
  private lines: string[] = [];
  private head = 0;
  private bytes = 0;
  /** Lines (and their bytes) that were dropped to stay within the bound. */
  droppedLines = 0;
  droppedBytes = 0;

  constructor(private readonly maxBytes: number) {}

  add(line: string): void {
    const size = Buffer.byteLength(line) + 1;
    this.lines.push(line);
    this.bytes += size;
    while (this.bytes > this.maxBytes && this.head < this.lines.length) {
      const dropped = this.lines[this.head]!;
      this.head += 1;
      const droppedSize = Buffer.byteLength(dropped) + 1;
      this.bytes -= droppedSize;
      this.droppedLines += 1;
      this.droppedBytes += droppedSize;
    }
    // Compact now and then, so the array does not grow with what was dropped.
    if (this.head > 1024 && this.head * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.head);
      this.head = 0;
    }
  }

  kept(): string[] {
    return this.lines.slice(this.head);
  }

  get keptBytes(): number {
    return this.bytes;
  }
}

/**
 * Cuts a stream's chunks into lines; a line longer than MAX_LINE_CHARS is cut there, with how
 * much was left out, and the rest of it skipped without being kept.
 */
export class LineSplitter {
  private pending = '';
  private skipped = 0;

  constructor(private readonly onLine: (line: string) => void) {}

  push(text: string): void {
    let rest = text;
    while (rest !== '') {
      const newline = rest.indexOf('\n');
      const piece = newline < 0 ? rest : rest.slice(0, newline);
      rest = newline < 0 ? '' : rest.slice(newline + 1);
      if (this.skipped > 0 || this.pending.length + piece.length > MAX_LINE_CHARS) {
        const room = Math.max(0, MAX_LINE_CHARS - this.pending.length);
        this.pending += piece.slice(0, room);
        this.skipped += piece.length - Math.min(room, piece.length);
      } else {
        this.pending += piece;
      }
      if (newline >= 0) this.flush();
    }
  }

  end(): void {
    if (this.pending !== '' || this.skipped > 0) this.flush();
  }

  private flush(): void {
    const line = this.pending.replace(/\r$/, '');
    this.onLine(this.skipped > 0 ? `${line}… [${this.skipped} more characters cut]` : line);
    this.pending = '';
    this.skipped = 0;
  }
}
