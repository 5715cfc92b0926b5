import { GLOBAL_FLAG_RULES, parseFlags, UP_FLAG_RULES } from '../compose/flags.js';
import { splitList } from '../core/lists.js';
import { IMAGE_POLICIES, type ImagePolicy } from '../stack/images.js';
import { INPUTS } from './keys.js';

// The inputs that say what Compose starts and how: the services, extra flags for `up` and for
// every call, and when images are pulled and built. settings.ts merges the problems into its
// own list, so every bad input is named at once.

export interface ComposeSettings {
  /** `up-flags`, judged and normalised (`--timeout=5`). */
  upFlags: string[];
  build: ImagePolicy;
  pull: ImagePolicy;
}

export interface ParsedComposeInputs {
  compose: ComposeSettings;
  /** Into the StackTarget: every compose call needs them. */
  services: string[];
  composeFlags: string[];
}

/**
 * Compose's own rule for service names, with a letter or digit first: a name is never read as
 * a flag (argv puts services after `--` as well).
 */
const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;

export function parseComposeInputs(raw: { services: string; upFlags: string; composeFlags: string; build: string; pull: string }): ParsedComposeInputs | { problems: string[] } {
  const problems: string[] = [];
  const services = [...new Set(splitList(raw.services))];
  for (const service of services) {
    if (!SERVICE_NAME.test(service)) problems.push(`${INPUTS.services.name}: '${service}' is not a service name; use letters, digits, '.', '_' and '-', starting with a letter or digit`);
  }
  const flags = (name: string, text: string, rules: typeof UP_FLAG_RULES): string[] => {
    const parsed = parseFlags(text, rules);
    if ('problems' in parsed) problems.push(...parsed.problems.map((problem) => `${name}: ${problem}`));
    return 'flags' in parsed ? parsed.flags : [];
  };
  const upFlags = flags(INPUTS.upFlags.name, raw.upFlags, UP_FLAG_RULES);
  const composeFlags = flags(INPUTS.composeFlags.name, raw.composeFlags, GLOBAL_FLAG_RULES);
  const policy = (name: string, value: string): ImagePolicy => {
    if ((IMAGE_POLICIES as readonly string[]).includes(value)) return value as ImagePolicy;
    problems.push(`${name}: '${value}' is not a policy; use ${IMAGE_POLICIES.join(', ')}`);
    return 'missing';
  };
  const build = policy(INPUTS.build.name, raw.build);
  const pull = policy(INPUTS.pull.name, raw.pull);
  if (problems.length) return { problems };
  return { compose: { upFlags, build, pull }, services, composeFlags };
}
