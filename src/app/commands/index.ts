import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerClean } from './clean.js';
import { registerCompare } from './compare.js';
import { registerDown } from './down.js';
import { registerHoldLease } from './hold-lease.js';
import { registerLock } from './lock.js';
import { registerRun } from './run.js';
import { registerStatus } from './status.js';
import { registerUp } from './up.js';

/** What a command module gets: the program to add itself to, and a way to set the exit code. */
export type RegisterCommand = (program: Command, setExitCode: (code: number) => void) => void;

/** Every command, in the order `--help` lists them. Each module registers itself. */
const COMMANDS: RegisterCommand[] = [registerRun, registerCheck, registerCompare, registerUp, registerDown, registerLock, registerStatus, registerClean, registerHoldLease];

export function registerCommands(program: Command, setExitCode: (code: number) => void): void {
  for (const register of COMMANDS) register(program, setExitCode);
}
