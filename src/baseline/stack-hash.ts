import { createHash } from 'node:crypto';
import type { ComposeModel } from '../compose/model.js';

// "The same stack" across runs: a hash of the canonical model (`docker compose config`), so two
// runs of one stack meet under one cache key even with unique project names, and a changed
// image, limit or command is another stack. Pure.
//
// What is taken out, and why:
// - values of environment variables, build args, secrets' and configs' inline content: they may
//   be secrets, and cache keys and files are readable by every workflow of the repository;
//   the names stay (a new variable is a changed stack, a new value is not);
// - the project name and the project directory wherever they occur (the top-level `name`,
//   `<project>_default` networks, `<project>_data` volumes, absolute build contexts and bind
//   sources), which differ per run or per runner installation and say nothing about the stack.

const SECRET_CONTENT_KEYS = new Set(['content', 'environment']);

/** services.<name>.environment and services.<name>.build.args: maps whose values may be secrets. */
function holdsSecretValues(trail: string[]): boolean {
  return (
    trail[0] === 'services' &&
    ((trail.length === 3 && trail[2] === 'environment') || (trail.length === 4 && trail[2] === 'build' && trail[3] === 'args'))
  );
}

export interface StackIdentity {
  projectName: string;
  /** Compose's working directory; absolute paths under it are written relative to it. */
  projectDirectory?: string;
}

/** 16 hex digits of SHA-256 over the canonical, secret-free, run-independent model. */
export function stackHash(model: ComposeModel, identity: StackIdentity): string {
  return createHash('sha256').update(canonicalStack(model, identity)).digest('hex').slice(0, 16);
}

/** The text that is hashed (for tests and for explaining a changed hash): sorted-key JSON. */
export function canonicalStack(model: ComposeModel, identity: StackIdentity): string {
  const { name: _name, ...rest } = model;
  return JSON.stringify(normalise(rest, identity, []));
}

function normalise(value: unknown, identity: StackIdentity, trail: string[]): unknown {
  if (typeof value === 'string') return normaliseText(value, identity);
  if (Array.isArray(value)) {
    // `environment` in list form ("KEY=value") only appears before Compose canonicalises it;
    // handled anyway: keep the name.
    if (holdsSecretValues(trail)) return value.map((item) => String(item).split('=')[0]).sort();
    return value.map((item) => normalise(item, identity, trail));
  }
  if (value === null || typeof value !== 'object') return value;
  const secretValues = holdsSecretValues(trail);
  const topLevelDefinition = trail.length === 2 && (trail[0] === 'secrets' || trail[0] === 'configs');
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const result: Record<string, unknown> = {};
  for (const [key, child] of entries) {
    const normalKey = normaliseText(key, identity);
    if (secretValues) {
      result[normalKey] = child === null ? null : '<value>';
    } else if (topLevelDefinition && SECRET_CONTENT_KEYS.has(key)) {
      result[normalKey] = '<value>';
    } else {
      result[normalKey] = normalise(child, identity, [...trail, key]);
    }
  }
  return result;
}

function normaliseText(text: string, identity: StackIdentity): string {
  let result = text;
  if (identity.projectDirectory && identity.projectDirectory.length > 1) result = result.split(identity.projectDirectory).join('<project-dir>');
  if (identity.projectName) result = result.split(identity.projectName).join('<project>');
  return result;
}
