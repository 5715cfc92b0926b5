import type { DockerApi, DockerEvent, RemoveOutcome } from '../ports/docker.js';
import { byQueueOrder, orderKey } from './order.js';
import { decodeRecord, LEASE_IMAGE, LEASE_LABELS, mutexName, namespaceFilter, type LeaseRecord } from './records.js';

// The lease records of one namespace, kept in the daemon as never-started containers. Creating or
// renaming to a name that is taken fails atomically (409), which is what the mutex and the lease
// generations rely on; removal and rename are always by container ID, so nobody touches a newer
// holder's container that happens to carry the same name.

export interface Snapshot {
  /** Live and stale alike: the newest generation of every lease. */
  leases: LeaseRecord[];
  /** The newest generation of every ticket whose lease does not exist yet, in queue order. */
  tickets: LeaseRecord[];
  /** Every container (all generations, both kinds) of each lease id, for removal. */
  containersById: Map<string, string[]>;
  /** The ticket that holds the admission mutex, if any. */
  mutex?: LeaseRecord;
}

/**
 * Marks the image, for finding untagged copies. Image labels are copied into every container
 * made from it, so record containers carry it too; nothing selects on it but ensureImage.
 */
const LEASE_IMAGE_LABEL = 'docker-stability.lease.image';

/** A tar archive with no entries: two zero blocks. Importing it makes an image with no layers. */
const EMPTY_TAR = Buffer.alloc(1024);

/**
 * Queue keys of tickets by container id, for the whole process: a creation time never changes,
 * and each acquire would otherwise inspect every ticket again. Bounded by dropping it all.
 */
const creationOrders = new Map<string, string | undefined>();
const MAX_CACHED_ORDERS = 10_000;
/** Daemon connections known to have the lease image, for the whole process. */
const imageReadyOn = new WeakSet<DockerApi>();

export class LeaseStore {
  constructor(
    private readonly docker: DockerApi,
    readonly namespace: string,
  ) {}

  /**
   * Imports the zero-layer image once per daemon (offline, a few milliseconds). Processes that
   * import at the same instant leave all but one image untagged; the first use in each process
   * removes those that no container uses (containers are created by tag, so normally none).
   */
  async ensureImage(): Promise<void> {
    if (imageReadyOn.has(this.docker)) return;
    const images = await this.docker.listImages({ labels: [LEASE_IMAGE_LABEL] });
    if (!images.some((image) => image.repoTags.includes(LEASE_IMAGE))) {
      await this.docker.importImage(EMPTY_TAR, LEASE_IMAGE, [`LABEL ${LEASE_IMAGE_LABEL}=1`]);
    }
    const untagged = images.filter((image) => image.repoTags.every((tag) => tag === '<none>:<none>'));
    // 'in-use' (a container was created from it before the tag moved) is fine: a later run sweeps it.
    await Promise.all(untagged.map((image) => this.docker.removeImage(image.id).catch(() => 'in-use')));
    imageReadyOn.add(this.docker);
  }

  async snapshot(): Promise<Snapshot> {
    const containers = await this.docker.listContainers({ all: true, labels: [namespaceFilter(this.namespace)] });
    const newest = new Map<string, LeaseRecord>();
    const containersById = new Map<string, string[]>();
    let mutex: LeaseRecord | undefined;
    for (const container of containers) {
      const record = decodeRecord(container);
      if (!record) continue;
      if (record.holdsMutex) mutex = record;
      containersById.set(record.id, [...(containersById.get(record.id) ?? []), container.id]);
      const key = `${record.kind}/${record.id}`;
      const seen = newest.get(key);
      if (!seen || seen.generation < record.generation) newest.set(key, record);
    }
    const records = [...newest.values()];
    const leases = records.filter((record) => record.kind === 'lease');
    const held = new Set(leases.map((lease) => lease.id));
    const tickets: LeaseRecord[] = [];
    for (const ticket of records.filter((record) => record.kind === 'ticket' && !held.has(record.id))) {
      const order = ticket.order ?? (await this.creationOrder(ticket.containerId));
      // A ticket removed between the list and the inspect has left the queue.
      if (order) tickets.push({ ...ticket, order });
    }
    tickets.sort(byQueueOrder);
    return { leases, tickets, containersById, mutex };
  }

  /** The ticket holding the mutex, if any (one cheap list, by name). */
  async mutex(): Promise<LeaseRecord | undefined> {
    const name = mutexName(this.namespace);
    const found = await this.docker.listContainers({ all: true, labels: [namespaceFilter(this.namespace)], name });
    return found.filter((container) => container.name === name).map(decodeRecord)[0];
  }

  /** Queue key of a ticket's first generation: its creation time on the daemon's clock. */
  async creationOrder(containerId: string): Promise<string | undefined> {
    if (!creationOrders.has(containerId)) {
      const details = await this.docker.inspectContainer(containerId);
      if (!details) return undefined;
      if (creationOrders.size >= MAX_CACHED_ORDERS) creationOrders.clear();
      creationOrders.set(containerId, details.created ? orderKey(details.created) : undefined);
    }
    return creationOrders.get(containerId);
  }

  /** Creates a record container; 'name-taken' when another holds the name. */
  async create(name: string, labels: Record<string, string>): Promise<{ id: string } | 'name-taken'> {
    await this.ensureImage();
    const spec = { name, image: LEASE_IMAGE, cmd: ['docker-stability-lease'], labels };
    try {
      return await this.docker.createContainer(spec);
    } catch (error) {
      // Someone removed the image (an image prune between two leases): import it again, once.
      if (!/no such image/i.test(error instanceof Error ? error.message : String(error))) throw error;
      imageReadyOn.delete(this.docker);
      await this.ensureImage();
      return this.docker.createContainer(spec);
    }
  }

  /** Renames by ID; a container that already has the name (a breaker renamed it back) counts as renamed. */
  async rename(containerId: string, name: string): Promise<'renamed' | 'missing' | 'name-taken'> {
    try {
      return await this.docker.renameContainer(containerId, name);
    } catch (error) {
      if (/same name as its current name/i.test(error instanceof Error ? error.message : String(error))) return 'renamed';
      throw error;
    }
  }

  remove(containerId: string): Promise<RemoveOutcome> {
    creationOrders.delete(containerId);
    return this.docker.removeContainer(containerId, { force: true, volumes: false });
  }

  /**
   * Streams the namespace's create, rename and destroy events until the signal aborts, reopening the
   * stream when it drops (a daemon restart); callers poll as well, so a gap costs latency only.
   */
  async watch(onEvent: (event: DockerEvent) => void, signal: AbortSignal, sleep: (ms: number, signal: AbortSignal) => Promise<void>): Promise<void> {
    const query = {
      filters: { type: ['container'], event: ['create', 'destroy', 'rename'], label: [namespaceFilter(this.namespace)] },
    };
    while (!signal.aborted) {
      try {
        await this.docker.streamEvents(query, onEvent, signal);
      } catch {
        // Could not open the stream; polling covers the gap until it reopens.
      }
      if (!signal.aborted) await sleep(1000, signal);
    }
  }
}

export interface EventSubject {
  containerId: string;
  /** The mutex was given back (renamed away from the mutex name, or its holder removed). */
  leftMutex: boolean;
  /** A ticket was admitted (renamed to its lease name). */
  admitted: boolean;
  /** The memory its record reserves or asks for. */
  memoryBytes: number;
}

/** What an event did to the records of a namespace (the daemon copies labels into events). */
export function eventSubject(event: DockerEvent, namespace: string): EventSubject {
  const mutex = mutexName(namespace);
  const renamed = event.action === 'rename';
  const oldName = renamed ? (event.attributes.oldName ?? '').replace(/^\//, '') : '';
  return {
    containerId: event.id,
    leftMutex: renamed ? oldName === mutex : event.action === 'destroy' && event.attributes.name === mutex,
    admitted: renamed && (event.attributes.name ?? '').startsWith(`dsa-lease.${namespace}.held.`),
    memoryBytes: Number(event.attributes[LEASE_LABELS.memory] ?? 0) || 0,
  };
}
