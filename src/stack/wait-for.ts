// The `wait-for` input: what "ready" means for a service beyond Compose's own wait (running, and
// healthy when it has a health check). Most official images ship no HEALTHCHECK, so `up --wait`
// returns while the database still boots; a probe from the runner closes that race.
//
// The grammar (one probe per line; commas separate probes too, except that a log probe's pattern
// runs to the end of its line, so it may hold commas):
//
//   probe   = service ":" ( tcp | http | log )
//   service = a Compose service name: [a-zA-Z0-9][a-zA-Z0-9_.-]*
//   tcp     = port [ "/tcp" ]             db:5432        a TCP connection to the host port published
//                                                        for the container's port 5432
//   http    = [ port ":" ] "http:" path   api:http:/healthz, api:8080:http:/healthz
//                                         a GET answered 2xx, on the published port of the given
//                                         container port (default: the service's lowest published
//                                         TCP port); path starts with "/", no spaces, query allowed
//   log     = "log:/" pattern "/"         worker:log:/ready to accept/
//                                         a line of the container's log (stdout or stderr) matching
//                                         the RE2 pattern (linear time: no back-references or
//                                         look-around; "(?i)" for any case); lines are matched on
//                                         their first LOG_MATCH_CHARS characters
//   port    = 1..65535, the port inside the container (the target of the file's `ports:`)
//
// Every replica of the service must pass. Ports are read from the daemon after `up`, never from
// the YAML: an ephemeral host port ("5432" without a host side) is found all the same.

export type WaitFor =
  | { service: string; kind: 'tcp'; port: number; text: string }
  | { service: string; kind: 'http'; port?: number; path: string; text: string }
  | { service: string; kind: 'log'; pattern: string; text: string };

/** Only the start of a long line is matched: bounds the work per line whatever the pattern. */
export const LOG_MATCH_CHARS = 4096;
const MAX_PATTERN_CHARS = 1000;
const MAX_PATH_CHARS = 2048;
const MAX_PROBES = 100;

const SERVICE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const PORT = /^[1-9][0-9]{0,4}$/;

/** Splits the input into probe texts: lines, then commas, except within a log probe's pattern. */
export function splitWaitFor(raw: string): string[] {
  const entries: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    let rest = line;
    while (rest.trim() !== '') {
      const comma = rest.indexOf(',');
      const log = rest.search(/:log:\//);
      if (log >= 0 && (comma < 0 || log < comma)) {
        entries.push(rest.trim());
        break;
      }
      entries.push((comma < 0 ? rest : rest.slice(0, comma)).trim());
      rest = comma < 0 ? '' : rest.slice(comma + 1);
    }
  }
  return entries.filter((entry) => entry !== '');
}

/** Parses the `wait-for` input; the problems name each bad probe and say what would do. */
export function parseWaitFor(raw: string): WaitFor[] | { problems: string[] } {
  const probes: WaitFor[] = [];
  const problems: string[] = [];
  const texts = splitWaitFor(raw);
  if (texts.length > MAX_PROBES) return { problems: [`${texts.length} probes; at most ${MAX_PROBES}`] };
  for (const text of texts) {
    const parsed = parseProbe(text);
    if ('problem' in parsed) problems.push(`'${text}': ${parsed.problem}`);
    else probes.push(parsed);
  }
  return problems.length ? { problems } : probes;
}

function parseProbe(text: string): WaitFor | { problem: string } {
  const colon = text.indexOf(':');
  if (colon < 0) return { problem: 'expected service:port, service:http:/path or service:log:/pattern/' };
  const service = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  if (!SERVICE.test(service)) return { problem: `'${service}' is not a Compose service name` };

  if (rest.startsWith('log:')) {
    const body = rest.slice('log:'.length);
    if (!body.startsWith('/') || !body.endsWith('/') || body.length < 3) return { problem: 'a log probe is log:/pattern/ (the pattern between slashes, not empty)' };
    const pattern = body.slice(1, -1);
    if (pattern.length > MAX_PATTERN_CHARS) return { problem: `the pattern is longer than ${MAX_PATTERN_CHARS} characters` };
    return { service, kind: 'log', pattern, text };
  }

  const http = /^(?:([^:]+):)?http:(.*)$/.exec(rest);
  if (http) {
    const port = http[1] === undefined ? undefined : parsePort(http[1]);
    if (typeof port === 'object') return port;
    const path = http[2]!;
    if (!path.startsWith('/')) return { problem: 'an HTTP probe is [port:]http:/path (the path starts with /)' };
    if (/\s/.test(path) || path.length > MAX_PATH_CHARS) return { problem: `the path may hold no spaces and at most ${MAX_PATH_CHARS} characters` };
    return { service, kind: 'http', ...(port !== undefined ? { port } : {}), path, text };
  }

  const port = parsePort(rest.replace(/\/tcp$/, ''));
  if (typeof port === 'object') {
    return /^\d+\/udp$/.test(rest) ? { problem: 'UDP ports cannot be probed from the runner; probe the log instead' } : port;
  }
  return { service, kind: 'tcp', port, text };
}

function parsePort(text: string): number | { problem: string } {
  const port = PORT.test(text) ? Number(text) : NaN;
  return port >= 1 && port <= 65535 ? port : { problem: `'${text}' is not a port (1-65535, the port inside the container)` };
}

/**
 * Probes naming a service the stack does not have (as Compose resolved it: a service in a profile
 * that is not enabled is not there), told before anything starts rather than after the wait.
 */
export function unknownServices(probes: WaitFor[], services: Iterable<string>): string | undefined {
  const known = new Set(services);
  const unknown = probes.filter((probe) => !known.has(probe.service));
  if (unknown.length === 0) return undefined;
  return `wait-for: ${unknown.map((probe) => `'${probe.text}'`).join(', ')} ${unknown.length === 1 ? 'names a service' : 'name services'} the stack does not have (its services: ${[...known].sort().join(', ') || 'none'}; one in a profile that is not enabled is not started)`;
}

/** How a probe reads in the log and the summary: "TCP 5432", "HTTP GET :8080/healthz", "log /ready/". */
export function describeProbe(probe: WaitFor): string {
  if (probe.kind === 'tcp') return `TCP ${probe.port}`;
  if (probe.kind === 'http') return `HTTP GET ${probe.port !== undefined ? `:${probe.port}` : ''}${probe.path}`;
  return `log /${probe.pattern}/`;
}
