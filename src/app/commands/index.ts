import type { Command } from 'commander';

/** Each command module adds itself here; `setExitCode` carries its result back to cli(). */
export function registerCommands(program: Command, setExitCode: (code: number) => void): void {
  void program;
  void setExitCode;
}
