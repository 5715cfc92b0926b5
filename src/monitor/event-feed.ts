import { COMPOSE_LABELS } from '../compose/labels.js';
import type { Clock } from '../ports/clock.js';
import type { DockerApi, DockerEvent } from '../ports/docker.js';
import type { MonitorEvent } from './records.js';

/** The container events the summary shows or counts. `health_status` matches "health_status: x". */
export const WATCHED_ACTIONS = ['start', 'die', 'kill', 'oom', 'restart', 'health_status'];

export type FeedEvent = Omit<MonitorEvent, 'id'> & { fullId: string; image: string };

const MAX_BACKOFF_MS = 5000;
/** Keys of recent events, to drop what a reconnect's replay (`since`) delivers twice. */
const RECENT_KEYS = 1024;

/**
 * The project's container events, for as long as the monitor runs. The daemon keeps only its
 * last 256 events, so the stream must be open while things happen; after the daemon goes
 * away, it reconnects with backoff and replays from the last event seen (`since`).
 */
export class EventFeed {
  private since: number;
  private readonly recent = new Set<string>();

  constructor(
    private readonly docker: DockerApi,
    private readonly clock: Clock,
    private readonly label: string,
    sinceSeconds: number,
    private readonly onEvent: (event: FeedEvent) => void,
  ) {
    this.since = sinceSeconds;
  }

  async run(signal: AbortSignal): Promise<void> {
    let backoff = 250;
    while (!signal.aborted) {
      const opened = this.clock.now();
      try {
        await this.docker.streamEvents(
          { filters: { type: ['container'], label: [this.label], event: WATCHED_ACTIONS }, since: this.since },
          (event) => this.accept(event),
          signal,
        );
      } catch {
        // Could not open: the daemon is away. Retried below.
      }
      if (signal.aborted) return;
      // A stream that stayed open a while was healthy; start the backoff over.
      if (this.clock.now() - opened > 30_000) backoff = 250;
      await this.clock.sleep(backoff, signal);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }

  private accept(event: DockerEvent): void {
    const key = `${event.timeNano}/${event.id}/${event.action}`;
    if (this.recent.has(key)) return;
    this.recent.add(key);
    if (this.recent.size > RECENT_KEYS) this.recent.delete(this.recent.values().next().value!);
    this.since = Math.max(this.since, Math.floor(event.timeNano / 1e9));
    this.onEvent(toFeedEvent(event));
  }
}

/** Only the attributes the summary shows: never labels or environment (they may hold secrets). */
export function toFeedEvent(event: DockerEvent): FeedEvent {
  const name = event.attributes.name ?? event.id.slice(0, 12);
  const exitCode = event.attributes.exitCode;
  return {
    t: Math.round(event.timeNano / 1e6),
    fullId: event.id,
    name,
    service: event.attributes[COMPOSE_LABELS.service] ?? name,
    image: event.attributes.image ?? '',
    action: event.action,
    ...(exitCode !== undefined && /^-?\d+$/.test(exitCode) ? { exitCode: Number(exitCode) } : {}),
    ...(event.attributes.signal ? { signal: event.attributes.signal } : {}),
  };
}
