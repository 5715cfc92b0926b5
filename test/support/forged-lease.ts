// A lease record written by hand, as someone with access to the daemon could: a never-started
// container named like a lease and labelled like one, claiming an owner nobody can check, a
// renewal in the year 2100, a TTL of a century, a lock group and a memory reservation. Made with
// the docker CLI (not our code), from the busybox test image (a record's image is not checked).
import { docker } from './docker.js';

export interface Forgery {
  namespace: string;
  id: string;
  project: string;
  groups: string[];
  memoryBytes: number;
}

export const YEAR_2100_MS = Date.UTC(2100, 0, 1);

export function forgeLease(forgery: Forgery): { name: string; containerId: string } {
  const P = 'docker-stability.lease.';
  const labels: Record<string, string> = {
    'docker-stability.kind': 'lease',
    [`${P}namespace`]: forgery.namespace,
    [`${P}id`]: forgery.id,
    [`${P}generation`]: '1',
    [`${P}project`]: forgery.project,
    [`${P}groups`]: forgery.groups.join(','),
    [`${P}ports`]: '',
    [`${P}memory-bytes`]: String(forgery.memoryBytes),
    [`${P}budget-bytes`]: String(forgery.memoryBytes),
    [`${P}requested-at`]: String(YEAR_2100_MS),
    [`${P}admitted-at`]: String(YEAR_2100_MS),
    [`${P}renewed-at`]: String(YEAR_2100_MS),
    [`${P}ttl-ms`]: String(100 * 365 * 86_400_000),
    [`${P}owner.pid`]: '31337',
    [`${P}owner.start-ticks`]: '1',
    [`${P}owner.pid-ns`]: 'pid:[4026531836]',
    [`${P}owner.boot-id`]: 'a-host-nobody-can-check',
    [`${P}owner.host`]: 'attacker',
    [`${P}who.runner`]: 'attacker',
  };
  const name = `dsa-lease.${forgery.namespace}.held.${forgery.id}.1`;
  const containerId = docker(['create', '--name', name, ...Object.entries(labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]), 'dsa-test/busybox:1', 'true']);
  return { name, containerId };
}

/** The daemon's own creation time of a container, in ms. */
export function createdAtMs(containerId: string): number {
  return Date.parse(docker(['inspect', '--format', '{{.Created}}', containerId]));
}
