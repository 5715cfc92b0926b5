import { OWN_LABELS, OWN_PREFIX } from '../compose/labels.js';
import type { ProcessIdentity } from '../ports/host.js';
import type { LeaseRequest } from './request.js';

// Every record is a never-started container. Its labels are the facts, written once at creation
// (labels cannot change); its NAME is its state, because a rename is atomic on the target name
// and cheap (no layers):
//   dsa-lease.<ns>.wait.<id>.<gen>           a ticket waiting in the queue
//   dsa-lease.<ns>.mutex                     a ticket holding the admission mutex
//   dsa-lease.<ns>.held.<id>.0.<admitted-ms> the ticket, admitted: generation 0 of the lease
//   dsa-lease.<ns>.held.<id>.<gen>           later generations (renewal, transfer), created anew

/** 'ticket' while waiting (or holding the mutex), 'lease' once admitted. */
export type RecordKind = 'lease' | 'ticket';

/** Who asked, for people reading `status` and the job summary. */
export interface Who {
  repository?: string;
  runId?: string;
  job?: string;
  /** RUNNER_NAME on a runner, user@host elsewhere. */
  runner?: string;
}

export interface LeaseRecord {
  kind: RecordKind;
  containerId: string;
  name: string;
  namespace: string;
  /** Shared by a ticket, the lease it became and every generation of that lease. */
  id: string;
  generation: number;
  request: LeaseRequest;
  /** The budget (bytes) the requester admits itself against. */
  budgetBytes: number;
  owner: ProcessIdentity;
  who: Who;
  /** Claimed by the writer (a label): for people reading, never for judging staleness. */
  requestedAtMs: number;
  admittedAtMs?: number;
  renewedAtMs: number;
  /**
   * When the daemon created this generation's container, by the daemon's own clock: the one time
   * a writer cannot claim. Every renewal is a new generation, so it is also the last renewal the
   * daemon saw. Staleness counts from here (liveness.ts).
   */
  stampedAtMs: number;
  /** How long the writer asks the record to live past its stamp without renewal (capped by the reader). */
  ttlMs: number;
  /** Tickets: the TTL their lease will have once admitted (lease-ttl). */
  leaseTtlMs?: number;
  /** Tickets: place in the queue, from the daemon's creation time of generation 0 (see order.ts). */
  order?: string;
  /** A ticket that holds the admission mutex right now. */
  holdsMutex?: boolean;
}

const P = `${OWN_PREFIX}lease.`;

export const LEASE_LABELS = {
  kind: OWN_LABELS.kind,
  namespace: `${P}namespace`,
  id: `${P}id`,
  generation: `${P}generation`,
  project: `${P}project`,
  groups: `${P}groups`,
  ports: `${P}ports`,
  memory: `${P}memory-bytes`,
  budget: `${P}budget-bytes`,
  requestedAt: `${P}requested-at`,
  admittedAt: `${P}admitted-at`,
  renewedAt: `${P}renewed-at`,
  ttl: `${P}ttl-ms`,
  leaseTtl: `${P}lease-ttl-ms`,
  order: `${P}order`,
  ownerPid: `${P}owner.pid`,
  ownerStart: `${P}owner.start-ticks`,
  ownerPidNs: `${P}owner.pid-ns`,
  ownerBoot: `${P}owner.boot-id`,
  ownerHost: `${P}owner.host`,
  repository: `${P}who.repository`,
  runId: `${P}who.run-id`,
  job: `${P}who.job`,
  runner: `${P}who.runner`,
} as const;

/** The zero-layer image every record container is created from (never run). */
export const LEASE_IMAGE = 'docker-stability/lease:1';

/** Namespaces end up in container names, which allow [a-zA-Z0-9_.-]; '.' separates the parts. */
export const NAMESPACE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const DEFAULT_NAMESPACE = 'default';

export function recordName(kind: RecordKind, namespace: string, id: string, generation: number): string {
  return `dsa-lease.${namespace}.${kind === 'lease' ? 'held' : 'wait'}.${id}.${generation}`;
}

/** The name that admits a ticket: generation 0 of its lease, carrying the admission time. */
export function admittedName(namespace: string, id: string, admittedAtMs: number): string {
  return `${recordName('lease', namespace, id, 0)}.${admittedAtMs}`;
}

export function mutexName(namespace: string): string {
  return `dsa-lease.${namespace}.mutex`;
}

interface NameState {
  state: 'wait' | 'held' | 'mutex';
  id?: string;
  generation?: number;
  admittedAtMs?: number;
}

export function parseRecordName(name: string, namespace: string): NameState | undefined {
  if (name === mutexName(namespace)) return { state: 'mutex' };
  const prefix = `dsa-lease.${namespace}.`;
  if (!name.startsWith(prefix)) return undefined;
  const match = /^(wait|held)\.([0-9a-z]+)\.(\d+)(?:\.(\d+))?$/.exec(name.slice(prefix.length));
  if (!match) return undefined;
  return {
    state: match[1] as 'wait' | 'held',
    id: match[2],
    generation: Number(match[3]),
    admittedAtMs: match[4] !== undefined ? Number(match[4]) : undefined,
  };
}

export function namespaceFilter(namespace: string): string {
  return `${LEASE_LABELS.namespace}=${namespace}`;
}

function ownerLabels(owner: ProcessIdentity): Record<string, string> {
  return {
    [LEASE_LABELS.ownerPid]: String(owner.pid),
    [LEASE_LABELS.ownerStart]: String(owner.startTicks),
    [LEASE_LABELS.ownerPidNs]: owner.pidNamespace,
    [LEASE_LABELS.ownerBoot]: owner.bootId,
    [LEASE_LABELS.ownerHost]: owner.hostname,
  };
}

function decodeOwner(labels: Record<string, string>): ProcessIdentity {
  return {
    pid: Number(labels[LEASE_LABELS.ownerPid] ?? 0),
    startTicks: Number(labels[LEASE_LABELS.ownerStart] ?? 0),
    pidNamespace: labels[LEASE_LABELS.ownerPidNs] ?? '',
    bootId: labels[LEASE_LABELS.ownerBoot] ?? '',
    hostname: labels[LEASE_LABELS.ownerHost] ?? '',
  };
}

export function recordLabels(record: Omit<LeaseRecord, 'containerId' | 'name' | 'stampedAtMs'>): Record<string, string> {
  const labels: Record<string, string> = {
    [LEASE_LABELS.kind]: record.kind,
    [LEASE_LABELS.namespace]: record.namespace,
    [LEASE_LABELS.id]: record.id,
    [LEASE_LABELS.generation]: String(record.generation),
    [LEASE_LABELS.project]: record.request.project,
    [LEASE_LABELS.groups]: record.request.groups.join(','),
    [LEASE_LABELS.ports]: record.request.ports.join(','),
    [LEASE_LABELS.memory]: String(record.request.memoryBytes),
    [LEASE_LABELS.budget]: String(record.budgetBytes),
    [LEASE_LABELS.requestedAt]: String(record.requestedAtMs),
    [LEASE_LABELS.renewedAt]: String(record.renewedAtMs),
    [LEASE_LABELS.ttl]: String(record.ttlMs),
    ...ownerLabels(record.owner),
  };
  if (record.admittedAtMs !== undefined) labels[LEASE_LABELS.admittedAt] = String(record.admittedAtMs);
  if (record.order !== undefined) labels[LEASE_LABELS.order] = record.order;
  if (record.leaseTtlMs !== undefined) labels[LEASE_LABELS.leaseTtl] = String(record.leaseTtlMs);
  const who: Array<[string, string | undefined]> = [
    [LEASE_LABELS.repository, record.who.repository],
    [LEASE_LABELS.runId, record.who.runId],
    [LEASE_LABELS.job, record.who.job],
    [LEASE_LABELS.runner, record.who.runner],
  ];
  for (const [key, value] of who) if (value) labels[key] = value;
  return labels;
}

const list = (text: string | undefined): string[] => (text ? text.split(',').filter(Boolean) : []);
const int = (text: string | undefined): number | undefined => (text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined);

/**
 * The record a container describes: claims from its labels, state from its name, and its stamp
 * from the daemon's creation time (`docker ps` gives it in seconds). Undefined when the labels
 * are incomplete or the name is not one of ours.
 */
export function decodeRecord(container: { id: string; name: string; labels: Record<string, string>; createdSeconds: number }): LeaseRecord | undefined {
  const labels = container.labels;
  const labelKind = labels[LEASE_LABELS.kind];
  const labelGeneration = int(labels[LEASE_LABELS.generation]);
  const memoryBytes = int(labels[LEASE_LABELS.memory]);
  const budgetBytes = int(labels[LEASE_LABELS.budget]);
  const requestedAtMs = int(labels[LEASE_LABELS.requestedAt]);
  const renewedAtMs = int(labels[LEASE_LABELS.renewedAt]);
  const ttlMs = int(labels[LEASE_LABELS.ttl]);
  const namespace = labels[LEASE_LABELS.namespace];
  const id = labels[LEASE_LABELS.id];
  if ((labelKind !== 'lease' && labelKind !== 'ticket') || !namespace || !id) return undefined;
  if (labelGeneration === undefined || memoryBytes === undefined || budgetBytes === undefined) return undefined;
  if (requestedAtMs === undefined || renewedAtMs === undefined || ttlMs === undefined) return undefined;
  const named = parseRecordName(container.name, namespace);
  if (!named || (named.id !== undefined && named.id !== id)) return undefined;
  const kind: RecordKind = named.state === 'held' ? 'lease' : 'ticket';
  // A ticket admitted by renaming keeps its ticket labels; as a lease it was renewed when
  // admitted, and lives by the lease TTL it asked for.
  const renamedTicket = named.state === 'held' && labelKind === 'ticket';
  const leaseTtlMs = int(labels[LEASE_LABELS.leaseTtl]);
  const generation = named.state === 'held' ? named.generation! : labelGeneration;
  return {
    kind,
    containerId: container.id,
    name: container.name,
    namespace,
    id,
    generation,
    request: {
      project: labels[LEASE_LABELS.project] ?? '',
      groups: list(labels[LEASE_LABELS.groups]),
      ports: list(labels[LEASE_LABELS.ports]),
      memoryBytes,
    },
    budgetBytes,
    owner: decodeOwner(labels),
    who: {
      repository: labels[LEASE_LABELS.repository],
      runId: labels[LEASE_LABELS.runId],
      job: labels[LEASE_LABELS.job],
      runner: labels[LEASE_LABELS.runner],
    },
    requestedAtMs,
    admittedAtMs: named.admittedAtMs ?? int(labels[LEASE_LABELS.admittedAt]),
    renewedAtMs: renamedTicket ? (named.admittedAtMs ?? renewedAtMs) : renewedAtMs,
    stampedAtMs: container.createdSeconds * 1000,
    ttlMs: renamedTicket ? (leaseTtlMs ?? ttlMs) : ttlMs,
    leaseTtlMs: kind === 'ticket' ? leaseTtlMs : undefined,
    order: labels[LEASE_LABELS.order],
    holdsMutex: named.state === 'mutex' || undefined,
  };
}
