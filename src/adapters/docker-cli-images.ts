import { statSync } from 'node:fs';
import { CommandError, type CommandRunner } from '../ports/command.js';
import type { ImageTools } from '../ports/images.js';

// Saving, loading and identifying images with the docker CLI, through the CommandRunner port
// rather than the DockerApi port: `docker image inspect` resolves a reference exactly as the
// daemon does, and `docker save -o` / `docker load -i` stream between the daemon and a file
// without passing gigabytes through this process. Every call has a timeout. (Pulling is the
// pull phase's: src/stack/pull.ts, through `docker compose pull`.)

const INSPECT_TIMEOUT_MS = 30_000;
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

  async save(references: string[], file: string): Promise<{ durationMs: number; sizeBytes: number }> {
    const result = await this.commands.run(['docker', 'save', '--output', file, ...references], { timeoutMs: SAVE_LOAD_TIMEOUT_MS });
    return { durationMs: result.durationMs, sizeBytes: statSync(file).size };
  }

  async load(file: string): Promise<{ durationMs: number }> {
    const result = await this.commands.run(['docker', 'load', '--quiet', '--input', file], { timeoutMs: SAVE_LOAD_TIMEOUT_MS });
    return { durationMs: result.durationMs };
  }
}
