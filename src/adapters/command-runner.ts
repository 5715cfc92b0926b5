import { spawn } from 'node:child_process';
import { CommandError, type CommandOptions, type CommandResult, type CommandRunner } from '../ports/command.js';

/** How long a command gets between SIGTERM and SIGKILL once its time is up. */
const KILL_GRACE_MS = 2000;
/** Output kept in memory per stream; `docker compose config` of a 10 MB file stays well below. */
const MAX_STDOUT_BYTES = 64 * 1024 * 1024;
const STDERR_TAIL_BYTES = 16 * 1024;

/**
 * Runs processes with a timeout and fails on any non-zero exit, empty stderr or not.
 * Each command gets its own process group: `docker compose` is a CLI plugin that `docker`
 * starts as a child, and killing only `docker` would leave the plugin running.
 */
export class ProcessCommandRunner implements CommandRunner {
  run(argv: string[], options: CommandOptions): Promise<CommandResult> {
    const [file, ...args] = argv;
    if (!file) return Promise.reject(new CommandError(argv, null, 'empty command', 'spawn'));
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
      });
      const stdout = new OutputBuffer(MAX_STDOUT_BYTES, false);
      const stderr = new OutputBuffer(STDERR_TAIL_BYTES, true);
      let reason: 'timeout' | 'aborted' | undefined;
      let killTimer: NodeJS.Timeout | undefined;

      const killGroup = (signal: NodeJS.Signals): void => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
          // Already gone.
        }
      };
      const stop = (why: 'timeout' | 'aborted'): void => {
        if (reason) return;
        reason = why;
        killGroup('SIGTERM');
        killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
      };
      const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
      const onAbort = (): void => stop('aborted');
      options.signal?.addEventListener('abort', onAbort, { once: true });
      if (options.signal?.aborted) onAbort();

      const lines = { stdout: new LineSplitter(), stderr: new LineSplitter() };
      child.stdout.on('data', (chunk: Buffer) => {
        stdout.push(chunk);
        if (options.onLine) lines.stdout.push(chunk, (line) => options.onLine?.(line, 'stdout'));
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr.push(chunk);
        if (options.onLine) lines.stderr.push(chunk, (line) => options.onLine?.(line, 'stderr'));
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.stdin ?? '');

      const finish = (): void => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      };
      child.on('error', (error) => {
        finish();
        clearTimeout(killTimer);
        reject(new CommandError(argv, null, error.message, 'spawn'));
      });
      child.on('close', (code, signal) => {
        finish();
        clearTimeout(killTimer);
        if (options.onLine) {
          lines.stdout.flush((line) => options.onLine?.(line, 'stdout'));
          lines.stderr.flush((line) => options.onLine?.(line, 'stderr'));
        }
        const exitCode = code ?? (signal ? 128 + (SIGNAL_NUMBERS[signal] ?? 0) : 1);
        const result = { stdout: stdout.text(), stderr: stderr.text(), exitCode, durationMs: Date.now() - started };
        if (reason) reject(new CommandError(argv, exitCode, result.stderr, reason, result.stdout));
        else if (exitCode !== 0) reject(new CommandError(argv, exitCode, result.stderr, 'exit', result.stdout));
        else resolve(result);
      });
    });
  }
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** Keeps the head (stdout, parsed whole) or the tail (stderr, for error messages) of a stream. */
class OutputBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(
    private readonly limit: number,
    private readonly keepTail: boolean,
  ) {}

  push(chunk: Buffer): void {
    if (!this.keepTail && this.size >= this.limit) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.keepTail && this.size > this.limit * 2) {
      const joined = Buffer.concat(this.chunks);
      this.chunks = [joined.subarray(joined.length - this.limit)];
      this.size = this.limit;
    }
  }

  text(): string {
    const joined = Buffer.concat(this.chunks);
    const kept = this.keepTail ? joined.subarray(Math.max(0, joined.length - this.limit)) : joined.subarray(0, this.limit);
    return kept.toString('utf8');
  }
}

class LineSplitter {
  private pending = '';
  push(chunk: Buffer, emit: (line: string) => void): void {
    const parts = (this.pending + chunk.toString('utf8')).split(/\r?\n/);
    this.pending = parts.pop() ?? '';
    for (const line of parts) emit(line);
  }
  flush(emit: (line: string) => void): void {
    if (this.pending !== '') emit(this.pending);
    this.pending = '';
  }
}
