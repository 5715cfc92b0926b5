import { createHash } from 'node:crypto';
import { MAX_CACHE_KEY_LENGTH } from '../ports/cache.js';

// Cache keys of baselines (pure). An entry is immutable, so each run saves under its own key
//   docker-stability-baseline:v1:<repo>:<workflow>:<job>:<stack hash>:<branch>:<run id>-<attempt>
// and a later run restores the newest entry by prefix, one prefix per branch, in this order:
// the pull request's base branch, the default branch, the current branch. Fields are separated
// by ':' — which a git ref cannot hold — so the prefix of branch `main` never matches `main-next`.

export interface RunIdentity {
  repository: string;
  workflow: string;
  job: string;
  runId: string;
  runAttempt: string;
  /** The branch this run's baseline is saved under: the PR's head branch, else the ref's name. */
  branch: string;
  /** GITHUB_BASE_REF on pull_request events. */
  baseBranch?: string;
  /** repository.default_branch of the event payload (GITHUB_EVENT_PATH), when it has one. */
  defaultBranch?: string;
}

export interface BaselineKeys {
  saveKey: string;
  /** Branch prefixes in the order they are tried (duplicates removed). */
  restoreKeys: string[];
  /** The branches behind restoreKeys, same order, for messages. */
  branches: string[];
}

export const BASELINE_KEY_PREFIX = 'docker-stability-baseline:v1:';

/** Who and where this run is, from the runner's variables and the event payload. */
export function runIdentity(env: NodeJS.ProcessEnv, readText: (file: string) => string | undefined): RunIdentity {
  const refName = env.GITHUB_REF_NAME || (env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, '');
  return {
    repository: env.GITHUB_REPOSITORY || 'local',
    workflow: env.GITHUB_WORKFLOW || 'local',
    job: env.GITHUB_JOB || 'local',
    runId: env.GITHUB_RUN_ID || 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    branch: env.GITHUB_HEAD_REF || refName || 'local',
    baseBranch: env.GITHUB_BASE_REF || undefined,
    defaultBranch: defaultBranch(env.GITHUB_EVENT_PATH ? readText(env.GITHUB_EVENT_PATH) : undefined),
  };
}

function defaultBranch(payload: string | undefined): string | undefined {
  if (!payload) return undefined;
  try {
    const event = JSON.parse(payload) as { repository?: { default_branch?: unknown } };
    const branch = event.repository?.default_branch;
    return typeof branch === 'string' && branch ? branch : undefined;
  } catch {
    return undefined;
  }
}

export function baselineKeys(identity: RunIdentity, stackHash: string): BaselineKeys {
  const stackPrefix = [identity.repository, identity.workflow, identity.job, stackHash].map(keyPart).join(':');
  const prefix = (branch: string): string => `${BASELINE_KEY_PREFIX}${stackPrefix}:${keyPart(branch)}:`;
  const branches = [...new Set([identity.baseBranch, identity.defaultBranch, identity.branch].filter((b): b is string => !!b))];
  const saveKey = `${prefix(identity.branch)}${keyPart(identity.runId)}-${keyPart(identity.runAttempt)}`;
  if (saveKey.length > MAX_CACHE_KEY_LENGTH) throw new Error(`baseline cache key longer than ${MAX_CACHE_KEY_LENGTH}: ${saveKey}`);
  return { saveKey, restoreKeys: branches.map(prefix), branches };
}

/**
 * One field of a key: kept as written when it is short and plain; otherwise the plain part,
 * shortened, and a hash of the whole (so `a,b` and `a_b` stay apart). Never ':' nor ','.
 */
export function keyPart(text: string): string {
  const plain = text.replace(/[^A-Za-z0-9._/@+-]/g, '_');
  if (plain === text && text.length <= 64) return text;
  return `${plain.slice(0, 48)}~${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}
