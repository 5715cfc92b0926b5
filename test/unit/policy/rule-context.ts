// A RuleContext from a compose file written in the test, for running one rule family directly:
// positions from the text itself, the model as `docker compose config` would give it (the tests
// write the canonical forms: sizes in bytes, long port syntax), the default configuration and a
// workspace the test names. Rules are pure functions of this context.
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DaemonResources } from '../../../src/compose/declared-resources.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import { ComposeSources } from '../../../src/compose/positions.js';
import { defaultPolicyConfig, type PolicyConfig } from '../../../src/policy/config.js';
import { Locator, type Hit, type InjectedLimits, type MemoryBudget, type Rule, type RuleContext } from '../../../src/policy/context.js';
import { hostFacts } from '../../../src/policy/host.js';
import type { ImageHealth } from '../../../src/policy/service-facts.js';
import type { RuleId } from '../../../src/policy/catalog.js';

export const WORKSPACE = '/work/repo';
export const COMPOSE_FILE = `${WORKSPACE}/compose.yaml`;

export interface ContextOptions {
  /** The model when it differs from the text (what Compose resolves: interpolation, merges). */
  model?: ComposeModel;
  config?: PolicyConfig;
  memoryBudget?: MemoryBudget;
  injected?: Map<string, InjectedLimits>;
  daemon?: DaemonResources;
  images?: Map<string, ImageHealth>;
  env?: NodeJS.ProcessEnv;
  /** Other files the compose file names (env files, includes), by absolute path. */
  files?: Record<string, string>;
  /** The host's symlinks: path → where it really leads. */
  realPath?: (file: string) => string;
}

export function ruleContext(yaml: string, options: ContextOptions = {}): RuleContext {
  const files: Record<string, string> = { [COMPOSE_FILE]: yaml, ...options.files };
  const read = (file: string): string => {
    const text = files[file];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return text;
  };
  const sources = ComposeSources.load([COMPOSE_FILE], read);
  const model = options.model ?? (parseYaml(yaml) as ComposeModel);
  return {
    model,
    services: Object.entries(model.services ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    config: options.config ?? defaultPolicyConfig(),
    memoryBudget: options.memoryBudget,
    injected: options.injected ?? new Map(),
    standardised: new Map(),
    daemon: options.daemon,
    images: options.images ?? new Map(),
    where: new Locator(sources, COMPOSE_FILE),
    describe: (position) => `${path.relative(WORKSPACE, position.file)}${position.line > 0 ? `:${position.line}` : ''}`,
    host: hostFacts({ workspace: WORKSPACE, env: options.env ?? {}, ...(options.realPath ? { realPath: options.realPath } : {}) }),
    references: sources.references(),
  };
}

/** The hits of one rule of a family, as `service@line: message` lines (or `service@line` with `short`). */
export function hitsOf(family: Rule[], id: RuleId, context: RuleContext): Hit[] {
  const rule = family.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`${id} is not in this rule family`);
  return rule.check(context);
}

/** Where each hit points: "service@line" (the stack's own findings have an empty service). */
export function placed(hits: Hit[]): string[] {
  return hits.map((hit) => `${hit.service}@${hit.at.line}`);
}
