import { md } from '../core/markdown.js';
import { type ServiceDiagnosis } from '../stack/diagnose.js';
import type { ProbeReadiness, ReplicaReadiness } from '../stack/readiness.js';
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
export declare function readinessSection(readiness: ReadinessSection | undefined): string | undefined;
/** "✅ 4.2 s after start (waited 1.3 s)" — the container's time to ready when the daemon said when it started. */
export declare function readyCell(replica: ReplicaReadiness): ReturnType<typeof md>;
