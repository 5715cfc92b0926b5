import type { Severity } from './finding.js';

// Every rule the policy knows: its id, default severity and the help text that SARIF viewers,
// the docs and `--help` show. The rules' logic lives in rules/; this table is the one list of ids
// (the config parser and inline suppressions reject anything not named here).

export const RULE_IDS = [
  'memory-limit',
  'cpu-limit',
  'tmpfs-size',
  'memory-budget',
  'healthcheck',
  'healthcheck-timing',
  'depends-on-healthy',
  'restart-policy',
  'port-conflict',
  'port-bind-all',
  'container-name',
  'image-tag',
  'privileged',
  'docker-socket',
  'host-namespace',
  'capabilities',
  'unsafe-durability',
  'direct-compose',
  'unlocked-stack',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  /** A short sentence: what the rule catches. */
  title: string;
  /** Why it matters and how to fix it (plain text; SARIF help and the docs). */
  help: string;
  tags: string[];
}

export const RULES: Record<RuleId, RuleInfo> = {
  'memory-limit': info('memory-limit', 'error', 'A service has no memory limit.', 'A container without a memory limit can take all of the runner\'s memory and bring the Docker daemon down with every other job on it. Set `mem_limit` (or `deploy.resources.limits.memory`), or let the action inject `default-memory-limit`.', ['resources']),
  'cpu-limit': info('cpu-limit', 'warning', 'A service has no CPU limit.', 'Without `cpus` (or `deploy.resources.limits.cpus`) one busy container starves the others and the runner itself, so health checks time out. Set a CPU limit, or let the action inject `default-cpu-limit`.', ['resources']),
  'tmpfs-size': info('tmpfs-size', 'error', 'A tmpfs mount has no size.', 'A tmpfs without `size` can grow until the host runs out of memory (tmpfs pages are RAM). Add `size=` to the `tmpfs:` entry, or `tmpfs: {size: …}` to the tmpfs volume.', ['resources']),
  'memory-budget': info('memory-budget', 'error', 'The stack reserves more memory than the budget.', 'The stack\'s memory limits plus tmpfs sizes exceed the memory budget (by default 75 % of the daemon\'s memory), so it cannot run beside anything else and may not fit at all. Lower limits or tmpfs sizes, or raise the budget.', ['resources']),
  healthcheck: info('healthcheck', 'warning', 'A service others depend on, or that publishes ports, has no health check.', 'Without a health check "started" is all Compose knows, so tests race the service\'s start-up. Add a `healthcheck:` (or declare the image\'s own) and make dependants wait with `condition: service_healthy`.', ['reliability']),
  'healthcheck-timing': info('healthcheck-timing', 'warning', 'A health check runs too often, times out after its interval, or lacks a start period.', 'Checks every 1–2 s load a busy runner and fail under it; a timeout at or above the interval lets a hanging probe hold up the next; a slow starter without `start_period` is marked unhealthy while it initialises. Use an interval of at least the floor (5 s by default), a timeout below it, and a start period for databases and JVMs.', ['reliability']),
  'depends-on-healthy': info('depends-on-healthy', 'warning', 'A dependency with a health check is not waited for.', '`depends_on` without `condition: service_healthy` only waits until the container has started, not until the service answers: a start-up race. Use the long syntax with `condition: service_healthy`.', ['reliability']),
  'restart-policy': info('restart-policy', 'warning', 'A service restarts always or unless-stopped.', 'In a test stack `restart: always` hides crash loops behind "running" and brings containers back after cleanup. Use `no` (the default) or `on-failure` with a retry count.', ['reliability']),
  'port-conflict': info('port-conflict', 'error', 'A host port is published twice.', 'Two services (or two replicas) publishing the same host address and port cannot both start; the second fails with "port is already allocated". Publish a different port, or no fixed host port at all: `"5432"` publishes an ephemeral host port, which the action\'s `ports` output (and, with `export-env`, `DB_PORT_5432`) hands to later steps — the way parallel jobs share a daemon without waiting for each other\'s ports.', ['ports']),
  'port-bind-all': info('port-bind-all', 'note', 'A port is published on every interface.', 'Without a host address the port is bound on 0.0.0.0 and ::, reachable from outside the runner. Publish on 127.0.0.1 (`"127.0.0.1:5432:5432"`) unless other hosts must reach it.', ['ports', 'security']),
  'container-name': info('container-name', 'warning', 'A service has a fixed container_name.', 'A fixed `container_name` stops two copies of the stack (parallel jobs, matrix legs) from running on one daemon. Remove it; Compose names containers after the project.', ['isolation']),
  'image-tag': info('image-tag', 'warning', 'An image has no tag or uses latest.', 'An untagged or `latest` image changes under the tests without a commit. Pin a version tag (or a digest).', ['reproducibility']),
  privileged: info('privileged', 'error', 'A service runs privileged.', 'A privileged container has full access to the host: a pull request could take over a self-hosted runner through its compose file. Remove `privileged: true`; grant single capabilities if needed.', ['security']),
  'docker-socket': info('docker-socket', 'error', 'The Docker socket is mounted into a service.', 'Access to the Docker socket is root on the host: a pull request could take over the runner. Remove the mount; if a test needs Docker, use a dedicated daemon.', ['security']),
  'host-namespace': info('host-namespace', 'error', 'A service shares a host namespace.', '`network_mode`, `pid`, `ipc` or `userns_mode` set to `host` lets the container see or reach the runner\'s processes and network directly, and breaks isolation between parallel stacks. Remove it.', ['security', 'isolation']),
  capabilities: info('capabilities', 'warning', 'A service adds Linux capabilities.', '`cap_add` widens what the container may do to the host (`ALL` is nearly privileged). Add only what is needed, or allow specific capabilities in the policy configuration.', ['security']),
  'unsafe-durability': info('unsafe-durability', 'note', 'Durability is switched off.', 'Settings like `fsync=off` or Redis `appendfsync no` are fine for throwaway test data, but written data then waits in the page cache, which is charged to the container\'s memory. Keep them for tests only, with a memory limit.', ['resources']),
  'direct-compose': info('direct-compose', 'warning', 'A workflow job starts or stops a Compose stack directly.', 'A `docker compose up|down|run` (or `docker-compose …`) in a job that does not use this action skips the preflight, policy, lease and cleanup: the stack may collide with another job\'s ports and nothing guarantees it is removed. Use the docker-stability action in the job, or `docker-stability up`/`down`/`run` in scripts. Checked by `docker-stability check --workflows` and the `check-workflows` input.', ['workflows', 'isolation']),
  'unlocked-stack': info('unlocked-stack', 'warning', 'Jobs start the same stack at once without a lock group.', 'Two jobs (or every leg of a matrix) start the same stack on a shared daemon at the same time. Ports and memory are leased automatically, but anything else the stacks share (external volumes, fixed names, test data) is not: set `lock-group` to queue them.', ['workflows', 'isolation']),
};

function info(id: RuleId, defaultSeverity: Severity, title: string, help: string, tags: string[]): RuleInfo {
  return { id, defaultSeverity, title, help, tags };
}

export function isRuleId(text: string): text is RuleId {
  return (RULE_IDS as readonly string[]).includes(text);
}
