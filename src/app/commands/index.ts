import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerCompare } from './compare.js';

/** What a command module gets: the program to add itself to, and a way to set the exit code. */
export type RegisterCommand = (program: Command, setExitCode: (code: number) => void) => void;

/** Every command, in the order `--help` lists them. Each module registers itself. */
const COMMANDS: RegisterCommand[] = [registerCheck, registerCompare];

export function registerCommands(program: Command, setExitCode: (code: number) => void): void {
  for (const register of COMMANDS) register(program, setExitCode);
}
