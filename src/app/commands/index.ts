import type { Command } from 'commander';
import { DEFAULT_NAMESPACE } from '../../lease/records.js';
import type { Files } from '../../ports/files.js';
import type { ThisProcess } from '../../ports/process.js';
import { INPUTS } from '../../settings/keys.js';
import { emitFailureDocument, formatAmong, valueOf } from './check-output.js';
import { EXIT } from './exit.js';
import { addInputFlags, addLeaseOptions, addStackOptions, collect } from './options.js';
import { UP_DEFAULTS } from './up-defaults.js';

// Every command, in the order `--help` lists them: its arguments, options and description, and
// its implementation loaded only when it runs — `--version`, `--help` and one command's run do
// not evaluate the others (nor the Engine API client, the policy's YAML parser or @actions/*).

/** What every command's action gets: this process and the file system. */
export interface CliContext {
  self: ThisProcess;
  files: Files;
}

/** Registers the commands; each action resolves to the command's exit code. */
export function registerCommands(program: Command, context: CliContext, setExitCode: (code: number) => void): void {
  const { self } = context;
  const run = (action: () => Promise<number>): Promise<void> => action().then(setExitCode);
  const policyFormats = ['text', 'json', 'sarif', 'github'];

  const runCommand = addStackOptions(
    program
      .command('run')
      .description("Run a command against a Compose stack with the action's whole lifecycle: policy, preflight, lease, up --wait, monitor, report, cleanup. Exits with the command's code (1 when the stack failed).")
      .argument('<command...>', 'the command to run against the stack, after --'),
  )
    .option('-s, --service <name>', 'start only this service and what it depends on (repeatable; default: all)', collect, [])
    .option('-g, --lock-group <name>', 'a named lock group the stack belongs to (repeatable)', collect, [])
    .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
    .option('--summary <file>', 'write the markdown summary (tables and charts) to this file')
    .option('--report <file>', 'write the machine-readable report.json to this file')
    .option('--namespace <name>', 'lease namespace', DEFAULT_NAMESPACE);
  addInputFlags(runCommand).action((argv: string[], flags) => run(async () => (await import('./run.js')).runAction(argv, flags, context)));

  const checkCommand = addStackOptions(program.command('check').description('Check compose files against the stability policy (exit 1 on error findings, 2 on bad input).'))
    .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
    .option('--format <format>', `output format: ${policyFormats.join(', ')}`, 'text')
    .option('--verbose', 'text: one line per finding instead of findings grouped by rule')
    .option('--output <file>', 'write the report to this file instead of standard output')
    .option('--baseline <file>', 'accepted findings (from --write-baseline): report them as notes, fail only on new ones; security findings are never silenced')
    .option('--write-baseline <file>', "record today's findings in this file as accepted, then report against it")
    .option('--memory-budget <size|percent>', `memory the stack may reserve: a share of the daemon's memory or a size (default: ${INPUTS.memoryBudget.default}; a share is judged only when a daemon answers)`)
    .option('--default-memory-limit <size>', 'inject this memory limit into services without one (e.g. 512m)')
    .option('--default-cpu-limit <cpus>', 'inject this CPU limit into services without one (e.g. 1)')
    .option('--write-override <file>', 'keep the generated override file (with --default-*-limit) at this path')
    .option('--healthcheck-defaults <timing>', 'standard health-check timing for aggressive checks, e.g. interval=10s,timeout=5s,retries=5,start-period=20s')
    .option('--workflows [dir]', 'also check the workflow files in this directory (default .github/workflows) for direct compose calls')
    .option('--policy-allow <rules>', "allow these rules (comma-separated, repeatable), as the action's policy-allow input: the only way to allow a security rule", collect, [])
    .action((flags) => run(async () => (await import('./check.js')).checkAction(flags, context)));
  // Usage errors (an unknown flag, a missing value) end in Commander before the check runs: json
  // and sarif still get their document. Commander stops reading options at the first one it does
  // not know and leaves the rest in `args`, so the format is looked for in both.
  checkCommand.exitOverride((error) => {
    if (error.exitCode !== 0) {
      const parsed = checkCommand.opts<{ format?: string; output?: string }>();
      const format = formatAmong(checkCommand.args) ?? formatAmong(['--format', parsed.format ?? '']);
      const output = valueOf(checkCommand.args, '--output') ?? parsed.output;
      if (format) emitFailureDocument({ output }, { cwd: self.cwd(), io: { readText: () => '', writeText: (file, text) => context.files.writeText(file, text) }, stdout: self.stdout }, format, error.message, EXIT.usage);
    }
    throw error;
  });

  program
    .command('compare')
    .description('Print where a dev and a test stack differ (image, storage, limits, declared memory, health checks, restart, durability and persistence switches, ports): only the differing rows unless --all.')
    .argument('[dev-file]', 'the development compose file (or use --dev, repeatable)')
    .argument('[test-file]', 'the test compose file (or use --test, repeatable)')
    .option('--dev <file>', 'a compose file of the dev side, in -f order (repeatable)', collect, [])
    .option('--test <file>', 'a compose file of the test side, in -f order (repeatable)', collect, [])
    .option('--profile <profile>', 'a Compose profile for both sides (repeatable)', collect, [])
    .option('--dev-profile <profile>', 'a Compose profile for the dev side (repeatable)', collect, [])
    .option('--test-profile <profile>', 'a Compose profile for the test side (repeatable)', collect, [])
    .option('--env-file <file>', 'env file for interpolation of both sides (repeatable)', collect, [])
    .option('--dev-env-file <file>', 'env file for the dev side (repeatable)', collect, [])
    .option('--test-env-file <file>', 'env file for the test side (repeatable)', collect, [])
    .option('--all', 'also print the settings that are the same on both sides')
    .option('--format <format>', 'output format: markdown, json', 'markdown')
    .action((devFile: string | undefined, testFile: string | undefined, flags) =>
      run(async () => (await import('./compare.js')).compareAction([devFile, testFile].filter((file): file is string => file !== undefined), flags, context)),
    );

  const upCommand = addStackOptions(
    program
      .command('up')
      .description('Start a Compose stack (checks, lease, up --detach --wait) under a lease in the Docker daemon, so it takes turns with CI and other stacks; `down` ends it')
      .argument('[services...]', 'start only these services (and what they depend on), as `docker compose up SERVICE...`; the lease and the policy judge what starts'),
  )
    .option('-g, --group <name>', 'a named group the stack belongs to: one holder at a time (repeatable)', collect, [])
    .option('--config <file>', 'policy configuration (default: .docker-stability.yml in the project directory)')
    .option('--namespace <name>', 'lease namespace: separate fleets (and tests) never meet', DEFAULT_NAMESPACE)
    .option('--timeout <duration>', `how long to wait for the lease (as the action's ${INPUTS.lockTimeout.name}; 0 = do not wait)`);
  addInputFlags(upCommand, UP_DEFAULTS).action((services: string[], flags) => run(async () => (await import('./up.js')).upAction(services, flags, context)));

  addStackOptions(program.command('down').description('Tear a stack down (volumes and orphans included, no grace period) and release its lease'))
    .option('--namespace <name>', 'lease namespace', DEFAULT_NAMESPACE)
    .option(`--${INPUTS.stopTimeout.name} <duration>`, `grace period before containers are killed (default: ${INPUTS.stopTimeout.default})`)
    .option(`--${INPUTS.removeBuiltImages.name}`, 'also remove the images the stack built')
    .action((flags) => run(async () => (await import('./down.js')).downAction(flags, context)));

  addLeaseOptions(
    program
      .command('lock')
      .description('Run a command while holding a lease in the Docker daemon: named groups, host ports, memory; waits its turn in a fair queue')
      .argument('<command...>', 'the command to run, after -- (exit code is its exit code)')
      .option('-g, --group <name>', 'a named group: one holder at a time (repeatable)', collect, [])
      .option('--port <port>', 'a host port the command needs: 5432, 5432/udp or 127.0.0.1:5432 (repeatable)', collect, [])
      .option('--memory <size>', 'memory to reserve against the budget, like 512m or 2g', '0'),
  ).action((command: string[], flags) => run(async () => (await import('./lock.js')).lockAction(command, flags, context)));

  addLeaseOptions(
    program
      .command('status')
      .description('List the leases in the Docker daemon: who holds what since when, the memory budget in use, and who waits.')
      .option('--format <format>', 'output format: text, json', 'text'),
    { timeout: false },
  ).action((flags) => run(async () => (await import('./status.js')).statusAction(flags, context)));

  program
    .command('clean')
    .description("Remove what dead jobs left on this daemon (resources with this tool's owner label whose lease is stale or gone), then their leases. Safe under cron.")
    .option('--dry-run', 'list what would be removed, remove nothing')
    .option('--format <format>', 'output format: text, json', 'text')
    .option('--namespace <name>', 'lease namespace to clean', DEFAULT_NAMESPACE)
    .option('--lease-ttl <duration>', "the longest a lease lives past the daemon's timestamp of its last renewal, whatever it claims", INPUTS.leaseTtl.default)
    .action((flags) => run(async () => (await import('./clean.js')).cleanAction(flags, context)));

  program
    .command('hold-lease', { hidden: true })
    .description('keep a lease alive (started by `up`; not for people)')
    .requiredOption('--id <id>', 'lease id')
    .option('--namespace <name>', 'lease namespace', DEFAULT_NAMESPACE)
    .option('--lease-ttl <duration>', 'lease TTL', INPUTS.leaseTtl.default)
    .action((flags) => run(async () => (await import('./hold-lease.js')).holdLeaseAction(flags, context)));
}
