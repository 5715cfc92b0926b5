import { code, codeBlock, details, inline, md, table } from '../core/markdown.js';
import { formatDuration } from '../core/units.js';
import { describeFailure, type ServiceDiagnosis } from '../stack/diagnose.js';
import type { ProbeReadiness, ReplicaReadiness } from '../stack/readiness.js';

// What the start learned after `up --wait`: the host ports the daemon published and, with
// `wait-for`, when each service was ready. A pure function of the report, like every section.

export interface ReadinessSection {
  ok: boolean;
  durationMs: number;
  /** The `ports` output: service (or `service#n`) → "5432/tcp" → "127.0.0.1:49153". */
  ports: Record<string, Record<string, string>>;
  probes: ProbeReadiness[];
  /** With export-env: the variables set for later steps (hosts and port numbers only). */
  variables?: Record<string, string>;
  /** The services whose probes failed, as an unhealthy service is diagnosed. */
  failing?: ServiceDiagnosis[];
  /** What could not be done (the ports not read, variables not set); none of it fails the run. */
  problems?: string[];
}

/** Rows per table; a stack of many services and replicas still fits the summary. */
const ROWS = 60;
const LOG_LINE_CHARS = 400;

export function readinessSection(readiness: ReadinessSection | undefined): string | undefined {
  if (!readiness) return undefined;
  const parts: string[] = [];
  if (readiness.probes.length) {
    const rows = readiness.probes.flatMap((probe) => probeRows(probe));
    parts.push(
      readiness.ok ? '### Readiness' : '### Readiness: wait-for not met',
      table(['Service', 'Waited for', 'Ready', 'Detail'], rows.slice(0, ROWS)),
      ...(rows.length > ROWS ? [`_${rows.length - ROWS} more rows in report.json._`] : []),
    );
  }
  const ports = Object.entries(readiness.ports);
  if (ports.length) {
    const rows = ports.flatMap(([service, bindings]) => Object.entries(bindings).map(([port, at]) => [service, port, md(code(at))]));
    const exported = Object.keys(readiness.variables ?? {});
    parts.push(
      '### Published ports',
      table(['Service', 'Container port', 'Reach it at'], rows.slice(0, ROWS)),
      exported.length ? `Exported for later steps: ${exported.slice(0, ROWS).map(code).join(', ')}${exported.length > ROWS ? ' …' : ''}.` : '',
    );
  }
  for (const problem of readiness.problems ?? []) parts.push(`- ${inline(problem)}`);
  if (readiness.failing?.length) parts.push(...readiness.failing.map(diagnosisDetails));
  const text = parts.filter(Boolean).join('\n\n');
  return text || undefined;
}

function probeRows(probe: ProbeReadiness): Array<Array<string | ReturnType<typeof md>>> {
  if (probe.problem && probe.replicas.length === 0) return [[probe.service, probe.target, md('❌'), probe.problem]];
  const rows = probe.replicas.map((replica) => [replicaName(probe, replica), probe.target, readyCell(replica), replica.detail]);
  if (probe.problem) rows.push([probe.service, probe.target, md('❌'), probe.problem]);
  return rows;
}

function replicaName(probe: ProbeReadiness, replica: ReplicaReadiness): string {
  return probe.replicas.length > 1 ? `${probe.service} #${replica.replica}` : probe.service;
}

/** "✅ 4.2 s after start (waited 1.3 s)" — the container's time to ready when the daemon said when it started. */
export function readyCell(replica: ReplicaReadiness): ReturnType<typeof md> {
  if (!replica.ready) return md('❌');
  const waited = replica.waitedMs !== undefined ? formatDuration(replica.waitedMs) : '';
  return md(replica.sinceStartMs !== undefined ? `✅ ${formatDuration(replica.sinceStartMs)} after start (waited ${waited})` : `✅ after ${waited}`);
}

function diagnosisDetails(diagnosis: ServiceDiagnosis): string {
  const health = diagnosis.healthLog.map((entry) => `exit ${entry.exitCode}: ${cut(entry.output)}`).join('\n');
  return [
    `- ${inline(describeFailure(diagnosis))}`,
    details(
      `${diagnosis.service}: health checks and last ${diagnosis.logTail.length} log lines`,
      [health ? `Health checks:\n\n${codeBlock(health)}` : '', `Log:\n\n${codeBlock(diagnosis.logTail.map(cut).join('\n') || '(empty)')}`].filter(Boolean).join('\n\n'),
    ),
  ].join('\n\n');
}

function cut(line: string): string {
  return line.length > LOG_LINE_CHARS ? `${line.slice(0, LOG_LINE_CHARS)}… (${line.length - LOG_LINE_CHARS} more characters)` : line;
}
