import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { errorMessage } from '../core/errors.js';
import { EXIT, ExitError } from './commands/exit.js';
import { registerCommands, type CliContext } from './commands/index.js';

/** `docker-stability …`: runs one command and returns its exit code (never calls process.exit). */
export async function cli(argv: string[], context: CliContext): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('docker-stability')
    .description('Keep Docker Compose test stacks stable: policy checks, leases in the daemon, monitoring and cleanup.')
    .version(packageJson.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCommands(program, context, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 1, which we make 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ExitError) {
      context.self.stderr(`docker-stability: ${error.message}\n`);
      return error.exitCode;
    }
    context.self.stderr(`docker-stability: ${errorMessage(error)}\n`);
    return EXIT.failed;
  }
}
