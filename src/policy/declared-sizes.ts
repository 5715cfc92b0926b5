import { declaredMemory, type Program } from '../compose/declared-memory.js';
import type { ComposeService } from '../compose/model.js';

// What a service tells its program about memory and persistence, for `compare`'s rows: the JVM
// heap, Redis maxmemory, PostgreSQL shared_buffers, the InnoDB buffer pool, Node's old space
// (read once, with each program's own size grammar, by src/compose/declared-memory.ts — the
// same reader memory-fit uses); Redis appendonly/save and PostgreSQL fsync. Only the parsed size
// or switch is ever shown, never the text around it.

export interface DeclaredSize {
  what: string;
  /** Bytes, or a share of the container's limit (the JVM's MaxRAMPercentage). */
  bytes?: number;
  percentOfLimit?: number;
}

const LABELS: Record<Program, string> = {
  jvm: 'JVM heap',
  redis: 'Redis maxmemory',
  postgres: 'PostgreSQL shared_buffers',
  mysql: 'InnoDB buffer pool',
  node: 'Node old space',
};

/** Every size the service declares, one per program (PostgreSQL's without its connections). */
export function declaredSizes(service: ComposeService): DeclaredSize[] {
  return declaredMemory(service).map((declaration) =>
    declaration.bytes !== undefined
      ? { what: LABELS[declaration.program], bytes: declaration.bytes - (declaration.extra?.bytes ?? 0) }
      : { what: LABELS[declaration.program], percentOfLimit: Math.round((declaration.shareOfLimit ?? 0) * 10000) / 100 },
  );
}

/** Words of a command or variable; an `sh -c` script's words too. An empty argument (`--save ""`) stays. */
function tokensOf(value: string[] | string | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((item) => (item === '' ? [''] : item.split(/\s+/).filter(Boolean)));
}

/** Tokens of the command and entrypoint, then of the named variables, in that order. */
function texts(service: ComposeService, variables: string[]): string[][] {
  const environment = service.environment ?? {};
  const fromEnv = variables.map((name) => environment[name]).filter((value): value is string => typeof value === 'string');
  return [tokensOf(service.entrypoint), tokensOf(service.command), ...fromEnv.map((value) => tokensOf(value))];
}

/** The value of `--name value`, `--name=value` or `-c name=value` (also `-cname=value`); the last one wins. */
function setting(tokens: string[], names: string[]): string | undefined {
  let found: string | undefined;
  tokens.forEach((token, index) => {
    const bare = token.replace(/^-{1,2}/, '').replace(/^c(?=[a-z_-]+=)/, '');
    for (const name of names) {
      if (bare.startsWith(`${name}=`)) found = bare.slice(name.length + 1);
      else if (token.startsWith('-') && bare === name && index + 1 < tokens.length) found = tokens[index + 1];
    }
  });
  return found?.replace(/^(['"])(.*)\1$/, '$2');
}

/** Persistence switches written for the service: "Redis appendonly no", "PostgreSQL fsync off". */
export function persistenceSwitches(service: ComposeService): string[] {
  const switches: string[] = [];
  const redis = texts(service, ['REDIS_ARGS']).flat();
  const appendonly = setting(redis, ['appendonly']);
  if (appendonly !== undefined && /^(yes|no)$/i.test(appendonly)) switches.push(`Redis appendonly ${appendonly.toLowerCase()}`);
  const save = setting(redis, ['save']);
  if (save !== undefined) switches.push(save === '' || save === '""' || save === "''" ? 'Redis save off' : /^\d+$/.test(save) ? 'Redis save on' : 'Redis save set');
  const fsync = setting(texts(service, []).flat(), ['fsync']);
  if (fsync !== undefined && /^(on|off|true|false|yes|no|1|0)$/i.test(fsync)) {
    switches.push(`PostgreSQL fsync ${/^(on|true|yes|1)$/i.test(fsync) ? 'on' : 'off'}`);
  }
  return switches;
}
