import type { ProcessIdentity } from '../ports/host.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { Blocker } from './admission.js';
import type { LeaseRecord, Who } from './records.js';
import type { LeaseRequest } from './request.js';

// Leases as people read them: in the wait messages, the timeout error, `status` and the summary.

export interface HolderView {
  id: string;
  kind: 'lease' | 'ticket';
  /** "octo/app run 123 job test on runner-2 (pid 4242)" or "alice@laptop (pid 4242)". */
  who: string;
  project: string;
  groups: string[];
  ports: string[];
  memoryBytes: number;
  /** When it was admitted (leases) or asked (tickets). */
  sinceMs: number;
  /** What of ours it stands in the way of, when it is a blocker. */
  blocking?: { as: Blocker['as']; ports: string[]; groups: string[]; memory: boolean };
}

/** Who asked, from the runner's environment; user@host outside a runner. */
export function whoFromEnv(env: NodeJS.ProcessEnv, userAtHost: string): Who {
  return {
    repository: env.GITHUB_REPOSITORY || undefined,
    runId: env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `.${env.GITHUB_RUN_ATTEMPT}` : ''}` : undefined,
    job: env.GITHUB_JOB || undefined,
    runner: env.RUNNER_NAME || userAtHost,
  };
}

export function describeWho(who: Who, owner: ProcessIdentity): string {
  const run = [who.repository, who.runId && `run ${who.runId}`, who.job && `job ${who.job}`].filter(Boolean).join(' ');
  const where = who.runner || owner.hostname || 'an unknown host';
  return `${run ? `${run} on ` : ''}${where} (pid ${owner.pid})`;
}

export function holderView(record: LeaseRecord, blocker?: Blocker): HolderView {
  return {
    id: record.id,
    kind: record.kind,
    who: describeWho(record.who, record.owner),
    project: record.request.project,
    groups: record.request.groups,
    ports: record.request.ports,
    memoryBytes: record.request.memoryBytes,
    sinceMs: believable(record.admittedAtMs ?? record.requestedAtMs, record.stampedAtMs),
    blocking: blocker ? { as: blocker.as, ports: blocker.ports, groups: blocker.groups, memory: blocker.memory } : undefined,
  };
}

/** A claimed time well after the daemon's stamp is not believed (a forged record or a far-off clock). */
function believable(claimedMs: number, stampedAtMs: number): number {
  return claimedMs > stampedAtMs + 60_000 ? stampedAtMs : claimedMs;
}

/** "group test-stack, port tcp/5432, 1 GiB of memory"; 'nothing' for an empty claim. */
export function describeClaims(claims: Pick<LeaseRequest, 'groups' | 'ports'> & { memoryBytes?: number }): string {
  const parts = [
    claims.groups.length ? `${claims.groups.length > 1 ? 'groups' : 'group'} ${claims.groups.join(', ')}` : '',
    claims.ports.length ? `${claims.ports.length > 1 ? 'ports' : 'port'} ${claims.ports.join(', ')}` : '',
    claims.memoryBytes ? `${formatBytes(claims.memoryBytes)} of memory` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing';
}

export function clockTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "<who> for project p: group test-stack, port tcp/5432" — what of ours a blocker holds, no times. */
export function describeHolding(view: HolderView): string {
  const blocking = view.blocking;
  const what = blocking
    ? describeClaims({ groups: blocking.groups, ports: blocking.ports, memoryBytes: blocking.memory ? view.memoryBytes : 0 })
    : describeClaims(view);
  return `${view.who}${view.project ? ` for project ${view.project}` : ''}: ${what}${blocking?.as === 'earlier' ? ' (ahead of us in the queue)' : ''}`;
}

/** One line about a blocker: what it holds that we need, whose it is and since when. */
export function describeBlocker(view: HolderView, nowMs: number): string {
  const blocking = view.blocking;
  const what = blocking
    ? describeClaims({ groups: blocking.groups, ports: blocking.ports, memoryBytes: blocking.memory ? view.memoryBytes : 0 })
    : describeClaims(view);
  const project = view.project ? ` for project ${view.project}` : '';
  const since = `since ${clockTime(view.sinceMs)} (${formatDuration(Math.max(0, nowMs - view.sinceMs))})`;
  return blocking?.as === 'earlier'
    ? `${view.who}${project} waits ahead of us for ${what}, ${since}`
    : `${view.who}${project} holds ${what} ${since}`;
}
