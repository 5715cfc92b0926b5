import type { ComposeService } from '../../compose/model.js';
import { memoryLimitBytes } from '../../compose/resources.js';
import { formatBytes } from '../../core/units.js';
import type { Hit, Rule } from '../context.js';
import { commandText } from '../service-facts.js';

// unsafe-durability: switches that stop a database from waiting for the disk. Fine for tests;
// reported (as a note) with what it costs: unflushed writes sit in the page cache, which the
// kernel charges to the container's memory cgroup. Environment values are read to spot a switch,
// but only the switch and the variable's name are ever reported, never the value.

interface SwitchPattern {
  /** How the switch is named in messages. */
  name: string;
  engine: string;
  pattern: RegExp;
}

const OFF = '(?:off|false|no|0)';

export const DURABILITY_SWITCHES: SwitchPattern[] = [
  { name: 'fsync=off', engine: 'PostgreSQL', pattern: new RegExp(`(?<![\\w])fsync\\s*=\\s*["']?${OFF}\\b`, 'i') },
  { name: 'synchronous_commit=off', engine: 'PostgreSQL', pattern: new RegExp(`synchronous_commit\\s*=\\s*["']?(?:off|local|false|no|0)\\b`, 'i') },
  { name: 'full_page_writes=off', engine: 'PostgreSQL', pattern: new RegExp(`full_page_writes\\s*=\\s*["']?${OFF}\\b`, 'i') },
  { name: 'innodb_flush_log_at_trx_commit=0/2', engine: 'MySQL', pattern: /innodb[-_]flush[-_]log[-_]at[-_]trx[-_]commit\s*=\s*["']?[02]\b/i },
  { name: 'sync_binlog=0', engine: 'MySQL', pattern: /(?<![\w])sync[-_]binlog\s*=\s*["']?0\b/i },
  { name: 'innodb_doublewrite=off', engine: 'MySQL', pattern: new RegExp(`skip[-_]innodb[-_]doublewrite|innodb[-_]doublewrite\\s*=\\s*["']?${OFF}\\b`, 'i') },
  { name: 'innodb_flush_method=nosync', engine: 'MySQL', pattern: /innodb[-_]flush[-_]method\s*=\s*["']?nosync\b/i },
  { name: 'appendfsync no', engine: 'Redis', pattern: /appendfsync["']?\s+["']?no\b/i },
  { name: '--nojournal', engine: 'MongoDB', pattern: /--nojournal\b/i },
  { name: 'translog.durability=async', engine: 'Elasticsearch', pattern: /translog\.durability\s*[=:]\s*["']?async\b/i },
];

export interface FoundSwitch {
  name: string;
  engine: string;
  /** Where it is set: the command, the entrypoint, or an environment variable (named). */
  in: 'command' | 'entrypoint' | 'environment';
  variable?: string;
}

/** Every durability switch a service turns off, in command, entrypoint or environment. */
export function durabilitySwitches(service: ComposeService): FoundSwitch[] {
  const found: FoundSwitch[] = [];
  const scan = (text: string, where: FoundSwitch['in'], variable?: string): void => {
    for (const candidate of DURABILITY_SWITCHES) {
      if (candidate.pattern.test(text)) found.push({ name: candidate.name, engine: candidate.engine, in: where, variable });
    }
  };
  scan(commandText(service.command), 'command');
  scan(commandText(service.entrypoint), 'entrypoint');
  for (const [variable, value] of Object.entries(service.environment ?? {})) {
    if (typeof value === 'string') scan(value, 'environment', variable);
  }
  return found;
}

const unsafeDurability: Rule = {
  id: 'unsafe-durability',
  check: ({ services, where }) =>
    services.flatMap(([name, service]) =>
      durabilitySwitches(service).map((found): Hit => {
        const limit = memoryLimitBytes(service);
        const cost = limit
          ? `bounded by its ${formatBytes(limit)} memory limit`
          : 'unbounded, as the service has no memory limit';
        const pattern = DURABILITY_SWITCHES.find((candidate) => candidate.name === found.name)!.pattern;
        const at =
          found.in === 'environment'
            ? where.entry(name, ['environment'], ({ key, value }) => key === found.variable || (typeof value === 'string' && (value === found.variable || value.startsWith(`${found.variable}=`))))
            : where.entry(name, [found.in], ({ value }) => typeof value === 'string' && pattern.test(value));
        const place = found.in === 'environment' ? `environment variable ${found.variable}` : found.in;
        return {
          rule: 'unsafe-durability',
          service: name,
          at,
          message: `${found.engine} durability is off in ${name} (${found.name}, in its ${place}): fine for throwaway test data, but unflushed writes wait in the page cache, charged to the container's memory — ${cost}.`,
        };
      }),
    ),
};

export const DURABILITY_RULES: Rule[] = [unsafeDurability];
