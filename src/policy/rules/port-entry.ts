import type { SourceEntry } from '../../compose/positions.js';
import { isRecord } from '../context.js';

// Which `ports:` entry, as written, produced a port of the canonical model. Compose expands
// ranges ("6000-6002:6000-6002" becomes three entries) and rewrites the short syntax into the
// long one, so entries are compared by meaning. An entry we cannot read (an interpolated
// `${PORT}:80`) matches nothing and the caller falls back to the `ports:` key.

export interface ModelPort {
  hostIp: string;
  published?: string;
  target: number;
  protocol: string;
}

interface WrittenPort {
  hostIp: string;
  published?: [number, number];
  target: [number, number];
  protocol: string;
}

function range(text: string): [number, number] | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  return [from, match[2] ? Number(match[2]) : from];
}

function normalizeIp(ip: string | undefined): string {
  const bare = (ip ?? '').replace(/^\[|\]$/g, '');
  return bare === '' || bare === '0.0.0.0' || bare === '::' ? '' : bare;
}

/** Reads a short-syntax ("127.0.0.1:8080:80/udp", "[::1]::80", 80) or long-syntax entry. */
export function readWrittenPort(value: unknown): WrittenPort | undefined {
  if (typeof value === 'number') return { hostIp: '', target: [value, value], protocol: 'tcp' };
  if (isRecord(value)) {
    const target = range(String(value.target ?? ''));
    const published = value.published === undefined || value.published === null || value.published === '' ? undefined : range(String(value.published));
    if (!target || (value.published !== undefined && value.published !== null && value.published !== '' && !published)) return undefined;
    return { hostIp: normalizeIp(value.host_ip as string | undefined), published, target, protocol: String(value.protocol ?? 'tcp').toLowerCase() };
  }
  if (typeof value !== 'string' || value.includes('$')) return undefined;
  const [spec = '', protocol = 'tcp'] = value.split('/');
  let hostIp = '';
  let rest = spec;
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(spec);
  if (bracketed) {
    hostIp = bracketed[1]!;
    rest = bracketed[2]!;
  }
  const parts = rest.split(':');
  if (!bracketed && parts.length === 3) hostIp = parts.shift()!;
  if (parts.length > 2) return undefined;
  const target = range(parts[parts.length - 1]!);
  const publishedText = parts.length === 2 ? parts[0]! : '';
  const published = publishedText ? range(publishedText) : undefined;
  if (!target || (publishedText && !published)) return undefined;
  return { hostIp: normalizeIp(hostIp), published, target, protocol: protocol.toLowerCase() };
}

/** True when the written entry produced the model's port. */
export function portEntryMatches(entry: SourceEntry, port: ModelPort): boolean {
  const written = readWrittenPort(entry.value);
  if (!written || written.protocol !== port.protocol || written.hostIp !== normalizeIp(port.hostIp)) return false;
  if (port.target < written.target[0] || port.target > written.target[1]) return false;
  const published = port.published ? range(port.published) : undefined;
  if (!published || !written.published) return !published && !written.published;
  return published[0] >= written.published[0] && published[1] <= written.published[1];
}

/** "6000-6002" for consecutive numbers, "80, 443" otherwise. */
export function compactPorts(ports: number[]): string {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end += 1;
    runs.push(end > index ? `${sorted[index]}-${sorted[end]}` : String(sorted[index]));
    index = end + 1;
  }
  return runs.join(', ');
}
