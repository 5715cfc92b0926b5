import path from 'node:path';
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { isWithin, resolveExisting, shortText, type RealPath } from '../core/paths.js';
import { parseDuration } from '../core/units.js';
import { RULES, RULE_IDS, isRuleId, type RuleId } from './catalog.js';
import type { Severity } from './finding.js';
import { parseUntrustedYaml, UntrustedYamlError } from '../yaml/untrusted.js';

// `.docker-stability.yml` (or the `policy-config` input / `--config`): severity per rule or
// `off`, thresholds, services to exempt per rule. Anything the parser does not know is an error
// naming its line: a misspelt rule that silently did nothing would be worse than no config.
//
//   policy:
//     rules:
//       cpu-limit: off
//       restart-policy: error
//       healthcheck-timing: { min-interval: 10s, slow-starters: [postgres, keycloak], exempt: [legacy] }
//       capabilities: { allow: [NET_BIND_SERVICE] }
//       image-tag: { severity: off, reason: "images are pinned by the registry mirror (OPS-12)" }
//
// Turning a rule off or exempting services is a suppression: it is listed in the summary and in
// SARIF with its `reason:` (a finding of its own without one), and it is refused for the security
// rules (guarded.ts), which only the workflow's policy-allow input can turn off.

/** Top-level sections of the file. Other capabilities that read it add theirs here. */
export const CONFIG_SECTIONS = ['policy'] as const;

export type RuleSeverity = Severity | 'off';

export interface RuleConfig {
  severity: RuleSeverity;
  /** Services the rule does not apply to. */
  exempt: string[];
  /** Why the file turns the rule off, lowers it or exempts services (`reason:`). */
  reason?: string;
  /** 1-based line of the rule's entry in the policy file; 0 when the file does not name it. */
  line: number;
}

export interface PolicyConfig {
  rules: Record<RuleId, RuleConfig>;
  healthcheckTiming: {
    /** Intervals below this are reported. */
    minIntervalMs: number;
    /** Image names (last path segment, prefix match) that start slowly and need a start period. */
    slowStarters: string[];
    /** A slow starter's start period below this is reported (`start_period: 1s` on a database). */
    minStartPeriodMs: number;
  };
  capabilities: {
    /** Capabilities (upper case, without CAP_) that are not reported. */
    allow: string[];
    /** Line of `allow:` in the policy file (0 when unset), for a refused allowance. */
    allowLine: number;
  };
  /** Absolute path of the policy file read; undefined for the defaults. */
  file?: string;
}

export const DEFAULT_SLOW_STARTERS = [
  'postgres',
  'postgis',
  'mysql',
  'mariadb',
  'mongo',
  'mssql',
  'oracle',
  'elasticsearch',
  'opensearch',
  'kafka',
  'cp-kafka',
  'zookeeper',
  'cassandra',
  'keycloak',
  'sonarqube',
  'neo4j',
  'clickhouse',
  'couchbase',
  'solr',
  'localstack',
  'rabbitmq',
];

export function defaultPolicyConfig(): PolicyConfig {
  const rules = Object.fromEntries(
    RULE_IDS.map((id): [RuleId, RuleConfig] => [id, { severity: RULES[id].defaultSeverity, exempt: [], line: 0 }]),
  ) as Record<RuleId, RuleConfig>;
  return {
    rules,
    healthcheckTiming: { minIntervalMs: 5000, slowStarters: [...DEFAULT_SLOW_STARTERS], minStartPeriodMs: 10_000 },
    capabilities: { allow: [], allowLine: 0 },
  };
}

export class PolicyConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n${problems.map((problem) => `  ${problem}`).join('\n')}`}`);
    this.name = 'PolicyConfigError';
  }
}

const SEVERITIES: RuleSeverity[] = ['error', 'warning', 'note', 'off'];
/** Options a rule takes besides severity and exempt. */
const RULE_OPTIONS: Partial<Record<RuleId, string[]>> = {
  'healthcheck-timing': ['min-interval', 'slow-starters', 'min-start-period'],
  capabilities: ['allow'],
};
/** Stack-wide rules have no service to exempt. */
const STACK_RULES: RuleId[] = ['memory-budget', 'fixed-name'];

/** Parses the configuration file's text; every problem is listed at once, each with its line. */
export function parsePolicyConfig(text: string, file: string): PolicyConfig {
  const config = defaultPolicyConfig();
  const problems: string[] = [];
  let doc: Document.Parsed;
  let lines: LineCounter;
  try {
    ({ doc, lines } = parseUntrustedYaml(text));
  } catch (error) {
    if (error instanceof UntrustedYamlError) throw new PolicyConfigError(file, [error.line > 0 ? `line ${error.line}: ${error.detail}` : error.detail]);
    throw error;
  }
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && 'range' in node ? node.range : undefined;
    return range ? lines.linePos(range[0]).line : 0;
  };
  const at = (node: Node | Pair | null | undefined): string => (lineOf(node) > 0 ? `line ${lineOf(node)}: ` : '');
  if (doc.contents === null) return config;
  const root = doc.contents;
  if (!isMap(root)) throw new PolicyConfigError(file, [`${at(root)}expected a mapping with a 'policy:' section`]);

  const entries = (map: YAMLMap, where: string, known: readonly string[]): Array<[string, Pair]> =>
    (map.items as Pair[]).flatMap((pair): Array<[string, Pair]> => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.includes(key)) {
        problems.push(`${at(pair.key as Node)}unknown key ${shortText(key, 40)} in ${where} (known: ${known.join(', ')})`);
        return [];
      }
      return [[key, pair]];
    });

  for (const [, section] of entries(root, 'the top level', CONFIG_SECTIONS)) {
    if (section.value === null) continue;
    if (!isMap(section.value)) {
      problems.push(`${at(section.value as Node)}policy: expected a mapping with 'rules:'`);
      continue;
    }
    for (const [, rulesPair] of entries(section.value, 'policy', ['rules'])) {
      if (rulesPair.value === null) continue;
      if (!isMap(rulesPair.value)) {
        problems.push(`${at(rulesPair.value as Node)}policy.rules: expected a mapping of rule ids`);
        continue;
      }
      for (const pair of rulesPair.value.items as Pair[]) {
        const id = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!isRuleId(id)) {
          problems.push(`${at(pair.key as Node)}unknown rule ${shortText(id, 40)} in policy.rules (known: ${RULE_IDS.join(', ')})`);
          continue;
        }
        config.rules[id].line = lineOf(pair.key as Node);
        parseRule(id, pair.value as Node | null, config, problems, at, lineOf);
      }
    }
  }
  if (problems.length > 0) throw new PolicyConfigError(file, problems);
  return config;
}

function parseRule(
  id: RuleId,
  value: Node | null,
  config: PolicyConfig,
  problems: string[],
  at: (node: Node | null | undefined) => string,
  lineOf: (node: Node | null | undefined) => number,
): void {
  const severity = (node: Node | null | undefined): RuleSeverity | undefined => {
    // YAML 1.2 reads a bare `off` as the string "off"; `false` is accepted as off too.
    const raw = isScalar(node) ? (node.value === false ? 'off' : String(node.value)) : undefined;
    if (raw && (SEVERITIES as string[]).includes(raw)) return raw as RuleSeverity;
    problems.push(`${at(node)}${id}: severity must be one of ${SEVERITIES.join(', ')}`);
    return undefined;
  };
  if (!isMap(value)) {
    const parsed = severity(value);
    if (parsed) config.rules[id].severity = parsed;
    return;
  }
  const known = ['severity', 'reason', ...(STACK_RULES.includes(id) ? [] : ['exempt']), ...(RULE_OPTIONS[id] ?? [])];
  for (const pair of value.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value as Node | null;
    if (!known.includes(key)) {
      problems.push(`${at(pair.key as Node)}unknown key ${shortText(key, 40)} for rule ${id} (known: ${known.join(', ')})`);
    } else if (key === 'reason') {
      if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') config.rules[id].reason = node.value.trim();
      else problems.push(`${at(node)}${id}.reason: expected a sentence saying why`);
    } else if (key === 'severity') {
      const parsed = severity(node);
      if (parsed) config.rules[id].severity = parsed;
    } else if (key === 'min-interval' || key === 'min-start-period') {
      const ms = isScalar(node) ? parseDuration(String(node.value)) : { error: 'expected a duration' };
      if (typeof ms !== 'number') problems.push(`${at(node)}${id}.${key}: ${ms.error}`);
      else if (key === 'min-interval') config.healthcheckTiming.minIntervalMs = ms;
      else config.healthcheckTiming.minStartPeriodMs = ms;
    } else {
      const list = stringList(node);
      if (!list) {
        problems.push(`${at(node)}${id}.${key}: expected a list of names`);
      } else if (key === 'exempt') {
        config.rules[id].exempt = list;
      } else if (key === 'slow-starters') {
        config.healthcheckTiming.slowStarters = list.map((name) => name.toLowerCase());
      } else if (key === 'allow') {
        config.capabilities.allow = list.map(normalizeCapability);
        config.capabilities.allowLine = lineOf(pair.key as Node);
      }
    }
  }
}

function stringList(node: Node | null): string[] | undefined {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) return undefined;
  const values = node.items.map((item) => (isScalar(item) ? item.value : undefined));
  return values.every((value): value is string | number => typeof value === 'string' || typeof value === 'number')
    ? values.map(String)
    : undefined;
}

/** `cap_net_admin`, `CAP_NET_ADMIN` and `NET_ADMIN` name the same capability. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}

/** Names looked for in the working directory when no configuration file is given. */
export const DEFAULT_CONFIG_FILES = ['.docker-stability.yml', '.docker-stability.yaml'];

export interface ConfigLocation {
  /** The file the user named (`--config`, `policy-config`), resolved against `base`; must exist. */
  explicit?: string;
  /** Absolute directory `explicit` is relative to (the CLI's cwd, the workspace). */
  base: string;
  /** Absolute directory searched for the default names. */
  workingDirectory: string;
  /**
   * The tree the file must stay in, symlinks followed: the pull request controls the workspace,
   * so a `.docker-stability.yml` linked to a file elsewhere is refused without being read.
   */
  within?: { root: string; realPath: RealPath };
}

/**
 * The configuration in force: the named file, else the first default name in the working
 * directory, else the defaults. Errors name the file as the user would find it.
 */
export function loadPolicyConfig(readText: (absolutePath: string) => string, where: ConfigLocation): { config: PolicyConfig; file?: string } {
  const candidates = where.explicit
    ? [path.resolve(where.base, where.explicit)]
    : DEFAULT_CONFIG_FILES.map((name) => path.join(where.workingDirectory, name));
  for (const candidate of candidates) {
    const shown = where.explicit ?? (path.relative(where.base, candidate) || candidate);
    if (where.within) {
      const root = where.within.realPath(path.resolve(where.within.root));
      const real = resolveExisting(candidate, where.within.realPath);
      if (!isWithin(root, real)) {
        throw new PolicyConfigError(shown, [`leads outside the workspace (to ${real}); a policy file is read only from inside ${root}`]);
      }
    }
    let text: string;
    try {
      text = readText(candidate);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (where.explicit) {
        throw new PolicyConfigError(shown, [code === 'ENOENT' ? 'the policy configuration file does not exist' : `cannot be read (${code ?? String(error)})`]);
      }
      if (code === 'ENOENT') continue;
      throw new PolicyConfigError(shown, [`cannot be read (${code ?? String(error)})`]);
    }
    return { config: { ...parsePolicyConfig(text, shown), file: candidate }, file: shown };
  }
  return { config: defaultPolicyConfig() };
}
