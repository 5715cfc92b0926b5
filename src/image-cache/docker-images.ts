import { statSync } from 'node:fs';
import { CommandError, type CommandRunner } from '../ports/command.js';

// Pulling, saving, loading and identifying images with the docker CLI, through the CommandRunner
// port rather than the DockerApi port: `docker pull` uses the credentials `docker login` (and
// docker/login-action) stored, including credential helpers, which the Engine API leaves to its
// caller; and `docker save -o` / `docker load -i` stream between the daemon and a file without
// passing gigabytes through this process. Every call has a timeout.

export interface ImageTools {
  /** The image ID (sha256:…) a reference points at locally, or undefined when it is not here. */
  imageId(reference: string): Promise<string | undefined>;
  /** Pulls all at once (as Compose does) and times the whole; failures are listed, not thrown. */
  pull(references: string[]): Promise<{ durationMs: number; failed: Array<{ reference: string; error: string }> }>;
  save(references: string[], file: string): Promise<{ durationMs: number; sizeBytes: number }>;
  load(file: string): Promise<{ durationMs: number }>;
}

const INSPECT_TIMEOUT_MS = 30_000;
const PULL_TIMEOUT_MS = 15 * 60_000;
const SAVE_LOAD_TIMEOUT_MS = 15 * 60_000;

export class DockerCliImages implements ImageTools {
  constructor(private readonly commands: CommandRunner) {}

  async imageId(reference: string): Promise<string | undefined> {
    try {
      const result = await this.commands.run(['docker', 'image', 'inspect', '--format', '{{.Id}}', reference], { timeoutMs: INSPECT_TIMEOUT_MS });
      return result.stdout.trim() || undefined;
    } catch (error) {
      // "No such image" is an answer; a daemon that does not answer is not.
      if (error instanceof CommandError && error.reason === 'exit' && /no such (image|object)/i.test(error.stderrTail)) return undefined;
      throw error;
    }
  }

  async pull(references: string[]): Promise<{ durationMs: number; failed: Array<{ reference: string; error: string }> }> {
    const started = Date.now();
    const results = await Promise.all(
      references.map((reference) =>
        this.commands.run(['docker', 'pull', '--quiet', reference], { timeoutMs: PULL_TIMEOUT_MS }).then(
          () => undefined,
          (error: unknown) => ({ reference, error: error instanceof Error ? error.message : String(error) }),
        ),
      ),
    );
    return { durationMs: Date.now() - started, failed: results.filter((r): r is { reference: string; error: string } => r !== undefined) };
  }

  async save(references: string[], file: string): Promise<{ durationMs: number; sizeBytes: number }> {
    const result = await this.commands.run(['docker', 'save', '--output', file, ...references], { timeoutMs: SAVE_LOAD_TIMEOUT_MS });
    return { durationMs: result.durationMs, sizeBytes: statSync(file).size };
  }

  async load(file: string): Promise<{ durationMs: number }> {
    const result = await this.commands.run(['docker', 'load', '--quiet', '--input', file], { timeoutMs: SAVE_LOAD_TIMEOUT_MS });
    return { durationMs: result.durationMs };
  }
}
